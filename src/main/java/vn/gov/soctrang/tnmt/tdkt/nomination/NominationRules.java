package vn.gov.soctrang.tnmt.tdkt.nomination;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/**
 * Rules a unit's list of nominations must satisfy before it leaves the unit: a person from the unit for an
 * individual, an award the year allows, and one award per nominee per year (one achievement, one award).
 */
public final class NominationRules {

  private NominationRules() {
  }

  /**
   * @param unitPeople usernames of the unit's people
   * @param finalSummaryCycle whether this cycle closes the five-year movement
   * @param policy which awards the settings in force let a cycle propose
   */
  public static void check(List<NominationDraft> drafts, Set<String> unitPeople, boolean finalSummaryCycle,
      AwardYearPolicy policy, Problems problems) {
    Set<String> nominees = new HashSet<>();
    for (NominationDraft d : drafts) {
      String at = d.place() + ": ";
      if (d.type() == NomineeType.INDIVIDUAL) {
        if (d.personUsername() == null) {
          problems.add(at + "chọn cá nhân được đề nghị khen thưởng.");
        } else if (!unitPeople.contains(d.personUsername())) {
          problems.add(at + "cá nhân được chọn không thuộc đơn vị.");
        }
      }
      if (d.type() == NomineeType.COLLECTIVE && d.personUsername() != null) {
        problems.add(at + "đề nghị cho tập thể thì không chọn cá nhân.");
      }
      if (d.award() != null) {
        policy.problem(d.award(), finalSummaryCycle).ifPresent(p -> problems.add(at + p));
      }
      if (d.type() != null) {
        String nominee = d.type() == NomineeType.COLLECTIVE ? "#collective" : d.personUsername();
        if (nominee != null && !nominees.add(nominee)) {
          problems.add(at + (d.type() == NomineeType.COLLECTIVE ? "tập thể đơn vị" : "cá nhân này")
              + " đã có đề nghị khác trong năm; mỗi thành tích chỉ được đề nghị một hình thức khen thưởng.");
        }
      }
    }
  }
}
