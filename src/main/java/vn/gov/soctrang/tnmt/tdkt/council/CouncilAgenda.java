package vn.gov.soctrang.tnmt.tdkt.council;

import java.util.List;

/**
 * What a feature puts before the Council: the items of one reference of its own (a yearly cycle, a titles run) that
 * the Council votes on by secret ballot, and where the Council's result on each item goes. The council module keeps
 * the meeting, the sealed box and the count; it knows the items only through this interface (ADR 0019).
 *
 * <p>A feature registers its agenda as a Spring bean; {@link #kind()} is stored with every meeting
 * ({@code council_meeting.agenda_kind}, with the reference in {@code agenda_ref}) and must be unique.
 */
public interface CouncilAgenda {

  /** The kind code stored with each meeting, in capitals: {@code CYCLE}, {@code TITLES}. */
  String kind();

  /**
   * The items the Council votes on for a reference, in the order of the ballot. The same list must come back for the
   * whole meeting (from the opening to the tally): a ballot that does not list exactly these items is not valid.
   */
  List<AgendaItem> items(long ref);

  /**
   * What the Council considers on this reference, as the minutes' title «xét … năm 2026» says it in Vietnamese, e.g.
   * «khen thưởng», «công nhận danh hiệu thi đua».
   */
  String subject(long ref);

  /**
   * The Council's result on one item, recorded in the tally's transaction.
   *
   * @param reason the counts and the share required, in Vietnamese, for the feature to show
   */
  void decided(long ref, AgendaItem item, boolean approved, String reason);

  /**
   * One item of the agenda.
   *
   * @param id the feature's own id of the item, unique within the reference; what a ballot lists
   * @param unit the unit's short name, as the ballot and the minutes show it
   * @param nominee the person or collective proposed
   * @param honourCode the award type's or title's code, whose dated share of approvals applies
   *     ({@code council.approval.<code>})
   * @param honourLabel the award's or title's name
   */
  record AgendaItem(long id, String unit, String nominee, String honourCode, String honourLabel) {
  }
}
