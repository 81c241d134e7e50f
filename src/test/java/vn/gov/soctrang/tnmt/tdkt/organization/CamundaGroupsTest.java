package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.soctrang.tnmt.tdkt.organization.Role.ADMIN;
import static vn.gov.soctrang.tnmt.tdkt.organization.Role.DEPUTY_DIRECTOR;
import static vn.gov.soctrang.tnmt.tdkt.organization.Role.DIRECTOR;
import static vn.gov.soctrang.tnmt.tdkt.organization.Role.INSPECTOR;
import static vn.gov.soctrang.tnmt.tdkt.organization.Role.OFFICE;
import static vn.gov.soctrang.tnmt.tdkt.organization.Role.UNIT_HEAD;
import static vn.gov.soctrang.tnmt.tdkt.organization.Role.UNIT_STAFF;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CamundaGroupsTest {

  private static final Unit LAND = new Unit("qldd", "Phòng QLĐĐ", "Phòng Quản lý đất đai", 1);
  private static final Unit OFFICE_UNIT = new Unit("vp", "Văn phòng", "Văn phòng Sở", 0);

  private static Person person(Unit unit, Set<Role> roles) {
    return new Person("canbo1", "Nguyễn Văn A", unit, "Chuyên viên", Gender.MALE, null, roles);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("unit head", LAND, Set.of(UNIT_HEAD), false, Set.of("donviqldd", "truongqldd")),
        Arguments.of("unit staff", LAND, Set.of(UNIT_STAFF), false, Set.of("donviqldd")),
        Arguments.of("unit head also marked staff", LAND, Set.of(UNIT_STAFF, UNIT_HEAD), false,
            Set.of("donviqldd", "truongqldd")),
        Arguments.of("Office", OFFICE_UNIT, Set.of(OFFICE), false, Set.of("vanphongso")),
        Arguments.of("Office staff of the Office unit", OFFICE_UNIT, Set.of(OFFICE, UNIT_STAFF), false,
            Set.of("vanphongso", "donvivp")),
        Arguments.of("director", null, Set.of(DIRECTOR), false, Set.of("lanhdaoso")),
        Arguments.of("deputy director", null, Set.of(DEPUTY_DIRECTOR), false, Set.of("lanhdaoso")),
        Arguments.of("director on the council", null, Set.of(DIRECTOR), true, Set.of("lanhdaoso", "hoidongtdkt")),
        Arguments.of("unit head on the council", LAND, Set.of(UNIT_HEAD), true,
            Set.of("donviqldd", "truongqldd", "hoidongtdkt")),
        Arguments.of("council seat without any role", null, Set.of(), true, Set.of("hoidongtdkt")),
        Arguments.of("inspector", null, Set.of(INSPECTOR), false, Set.of("thanhtraso")),
        Arguments.of("admin", null, Set.of(ADMIN), false, Set.of("camunda-admin")),
        Arguments.of("no role, no seat", LAND, Set.of(), false, Set.of()),
        Arguments.of("unit roles without a unit give no unit group", null, Set.of(UNIT_STAFF, UNIT_HEAD), false,
            Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void groupsFollowRolesUnitAndCouncilSeat(String description, Unit unit, Set<Role> roles, boolean seatedOnCouncil,
      Set<String> expected) {
    assertThat(CamundaGroups.groupsOf(person(unit, roles), seatedOnCouncil))
        .as(description)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void unitGroupNamesAreThePrefixAndTheUnitCode() {
    assertThat(CamundaGroups.staffGroup("qldd")).isEqualTo("donviqldd");
    assertThat(CamundaGroups.headGroup("qldd")).isEqualTo("truongqldd");
  }

  @Test
  void unitGroupIdsAreLettersAndDigitsOnly() {
    // Camunda ids must be letters and digits only, so the unit groups must not contain separators.
    assertThat(CamundaGroups.groupsOf(person(LAND, Set.of(UNIT_HEAD)), false))
        .allMatch(g -> g.matches("[a-z0-9]+"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyGroupAPersonIsInSelectsThemAsACandidate(String description, Unit unit, Set<Role> roles,
      boolean seatedOnCouncil, Set<String> expected) {
    Person person = person(unit, roles);
    for (String group : CamundaGroups.groupsOf(person, seatedOnCouncil)) {
      CamundaGroups.Candidates candidates = CamundaGroups.candidatesOf(Set.of(group));
      boolean selected = person.getRoles().stream().anyMatch(candidates.roles()::contains)
          || (unit != null && candidates.unitCodes().contains(unit.getCode()))
          || (seatedOnCouncil && candidates.council());
      assertThat(selected).as(description + " in " + group).isTrue();
    }
  }

  @Test
  void candidatesOfGroupsAreTheirRolesUnitsAndTheCouncil() {
    CamundaGroups.Candidates c = CamundaGroups.candidatesOf(Set.of("donviqldd", "truongttr", "lanhdaoso",
        "hoidongtdkt", "benchbare"));
    assertThat(c.roles()).containsExactlyInAnyOrder(DIRECTOR, DEPUTY_DIRECTOR);
    assertThat(c.unitCodes()).containsExactlyInAnyOrder("qldd", "ttr");
    assertThat(c.council()).isTrue();
    CamundaGroups.Candidates none = CamundaGroups.candidatesOf(Set.of("benchbare", "donvi"));
    assertThat(none.roles()).isEmpty();
    assertThat(none.unitCodes()).isEmpty();
    assertThat(none.council()).isFalse();
  }
}
