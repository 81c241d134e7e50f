package vn.gov.soctrang.tnmt.tdkt.adhoc;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilService;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritCode;

/**
 * What the Director decided on an ad-hoc award, as the decision document prints it: the number and date, the
 * nominee, the award under the rules in force on the decision's date, and the achievement.
 */
@Service
@Transactional(readOnly = true)
public class AdHocDecisions {

  /**
   * The decision on one proposal.
   *
   * @param nomineeKey the person's username, or {@code unit:<code>} for the unit itself
   * @param award the award given (rule {@code AWARD_CODE} on the decision's date)
   * @param councilMeeting the date of the Council's meeting that voted on the proposal, null when it came straight
   */
  public record Decision(long awardId, String number, LocalDate date, String unitCode, String nomineeKey,
      String nomineeName, boolean collective, String achievement, LocalDate achievementDate, String result,
      MeritCode award, LocalDate councilMeeting) {
  }

  private final AdHocAwardService service;
  private final AdHocAwardRepository awards;
  private final CouncilService council;

  AdHocDecisions(AdHocAwardService service, AdHocAwardRepository awards, CouncilService council) {
    this.service = service;
    this.awards = awards;
    this.council = council;
  }

  /** The award a process instance proposed (what {@code POST /api/ad-hoc-awards} answered), if any. */
  public java.util.Optional<Long> awardOfProcess(String processInstanceId) {
    return awards.findByProcessInstanceId(processInstanceId).map(AdHocAward::getId);
  }

  /** The award's decision; refused while the Director has not given it. */
  public Decision of(long awardId) {
    AdHocAward a = service.award(awardId);
    if (a.getDecisionNumber() == null || a.getDecisionDate() == null) {
      throw new IllegalStateException("Ad-hoc award " + awardId + " is not decided yet");
    }
    LocalDate day = a.getDecisionDate();
    return new Decision(a.getId(), a.getDecisionNumber(), day, a.getUnitCode(), a.getNomineeKey(),
        a.getNomineeName(), a.isCollective(), a.getAchievement(), a.getAchievementDate(), a.getResult(),
        MeritCode.valueOf(service.rule(AdHocRule.AWARD_CODE, day).getValue()),
        a.getCouncilApproved() == null ? null
            : council.countedMeetingDate(AdHocCouncilAgenda.KIND, a.getId()).orElse(null));
  }
}
