package vn.gov.soctrang.tnmt.tdkt.publication;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.report.ReportStatus;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReport;

/**
 * The movement's figures per unit over its years (DOMAIN.md §9): reports the Office accepted and what they
 * recorded, nominations and how many met the criteria, and the awards in force by type (revoked ones not counted).
 */
public final class MovementTotals {

  /** Nominations that never met the criteria; every other status passed the Office's evaluation. */
  private static final Set<NominationStatus> NOT_MET = EnumSet.of(NominationStatus.PROPOSED, NominationStatus.NOT_MET);

  public record Row(Unit unit, int reportsAccepted, int guidanceDocuments, int propagandaSessions, int participants,
      int nominations, int nominationsMet, int giayKhen, int bangKhenUbnd, int bangKhenTtg, int huanChuongLd3) {

    public int awards() {
      return giayKhen + bangKhenUbnd + bangKhenTtg + huanChuongLd3;
    }
  }

  private MovementTotals() {
  }

  /** One row per unit that took part, ordered by the unit's position in the organisation. */
  public static List<Row> of(Collection<UnitReport> reports, Collection<Nomination> nominations,
      Collection<Award> awards) {
    Map<Long, Unit> units = new LinkedHashMap<>();
    reports.forEach(r -> units.putIfAbsent(r.getUnit().getId(), r.getUnit()));
    nominations.forEach(n -> units.putIfAbsent(n.getUnit().getId(), n.getUnit()));
    awards.forEach(a -> units.putIfAbsent(a.getUnit().getId(), a.getUnit()));
    return units.values().stream().sorted(Comparator.comparing(Unit::getSortOrder).thenComparing(Unit::getCode))
        .map(unit -> {
          List<UnitReport> accepted = reports.stream().filter(r -> r.getUnit().getId().equals(unit.getId()))
              .filter(r -> r.getStatus() == ReportStatus.ACCEPTED).toList();
          List<Nomination> proposed = nominations.stream().filter(n -> n.getUnit().getId().equals(unit.getId()))
              .toList();
          List<Award> inForce = awards.stream().filter(a -> a.getUnit().getId().equals(unit.getId()))
              .filter(Award::isActive).toList();
          Function<AwardType, Integer> count = type -> (int) inForce.stream()
              .filter(a -> a.getAwardType() == type).count();
          return new Row(unit, accepted.size(), accepted.stream().mapToInt(UnitReport::getGuidanceDocumentCount).sum(),
              accepted.stream().mapToInt(UnitReport::getPropagandaSessionCount).sum(),
              accepted.stream().mapToInt(UnitReport::getParticipantCount).sum(), proposed.size(),
              (int) proposed.stream().filter(n -> !NOT_MET.contains(n.getStatus())).count(),
              count.apply(AwardType.GIAY_KHEN), count.apply(AwardType.BANG_KHEN_UBND),
              count.apply(AwardType.BANG_KHEN_TTG), count.apply(AwardType.HUAN_CHUONG_LD3));
        }).toList();
  }
}
