package vn.gov.soctrang.tnmt.tdkt.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.nomination.NominationStatus;

/** Every nomination status is counted in exactly one of the six groups the issue asks for, and the right one. */
class NominationGroupTest {

  @Test
  void everyStatusIsMappedToExactlyOneGroup() {
    Map<NominationStatus, NominationGroup> mapping = new EnumMap<>(NominationStatus.class);
    for (NominationStatus status : NominationStatus.values()) {
      mapping.put(status, NominationGroup.of(status));
    }
    assertThat(mapping).hasSize(NominationStatus.values().length).doesNotContainValue(null);
    assertThat(EnumSet.copyOf(mapping.values())).as("every group has a status")
        .containsExactlyInAnyOrder(NominationGroup.values());
  }

  @Test
  void theGroupsAreTheOnesTheOfficeCounts() {
    assertGroup(NominationGroup.PROPOSED, NominationStatus.PROPOSED);
    assertGroup(NominationGroup.NOT_MET, NominationStatus.NOT_MET);
    assertGroup(NominationGroup.MET_HERE, NominationStatus.MET, NominationStatus.COUNCIL_APPROVED,
        NominationStatus.OBJECTED);
    assertGroup(NominationGroup.RAISED, NominationStatus.SUBMITTED_UPWARD, NominationStatus.RETURNED_BY_PROVINCE);
    assertGroup(NominationGroup.AWARDED, NominationStatus.AWARDED);
    assertGroup(NominationGroup.REFUSED, NominationStatus.COUNCIL_REJECTED, NominationStatus.REFUSED_BY_PROVINCE,
        NominationStatus.NOT_CONFIRMED, NominationStatus.WITHDRAWN_BY_OBJECTION, NominationStatus.AWARD_REVOKED);
  }

  @Test
  void metCriteriaIsDecidedForEveryStatus() {
    Set<NominationStatus> notMet = EnumSet.of(NominationStatus.PROPOSED, NominationStatus.NOT_MET,
        NominationStatus.NOT_CONFIRMED);
    Arrays.stream(NominationStatus.values()).forEach(s ->
        assertThat(NominationGroup.metCriteria(s)).as(s.name()).isEqualTo(!notMet.contains(s)));
  }

  @Test
  void everyGroupHasAVietnameseLabel() {
    Arrays.stream(NominationGroup.values()).forEach(g -> assertThat(g.label()).isNotBlank());
    assertThat(NominationGroup.RAISED.label()).isEqualTo("Đề nghị cấp trên");
  }

  private static void assertGroup(NominationGroup group, NominationStatus... statuses) {
    Set<NominationStatus> expected = EnumSet.copyOf(Arrays.asList(statuses));
    Set<NominationStatus> actual = EnumSet.noneOf(NominationStatus.class);
    Arrays.stream(NominationStatus.values()).filter(s -> NominationGroup.of(s) == group).forEach(actual::add);
    assertThat(actual).as(group.name()).isEqualTo(expected);
  }
}
