package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.report.UnitReportVariables;
import vn.gov.soctrang.tnmt.tdkt.report.RegistrationRepository;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * Places over time in the registration: a cycle offers, and the server accepts, only the places that exist during
 * the cycle (its year's 1 January to its report deadline). The seeded districts ended on 30/06/2025; the sample list
 * of thành phố Cần Thơ's communes and wards (docs/samples/dia-ban-mau.csv) begins on 01/07/2025.
 */
class LocalitiesOverTimeTest extends ProcessTestSupport {

  private static final Path SAMPLE = Path.of("docs/samples/dia-ban-mau.csv");

  @Autowired OrganizationAdminService admin;
  @Autowired LocalityRepository localities;
  @Autowired RegistrationRepository registrations;

  @BeforeEach
  void importTheNewCity() throws IOException {
    OrganizationAdminService.ImportResult result = admin.importLocalities(
        LocalityTable.read(Files.readAllBytes(SAMPLE)));
    assertThat(result.created()).isEqualTo(15);
  }

  @AfterEach
  void removeTheNewCity() {
    registrations.deleteAll();
    jdbc.update("delete from locality where parent_id in (select id from locality where code = 'ct-cantho')");
    jdbc.update("delete from locality where code = 'ct-cantho'");
  }

  private ProcessInstance qldd(int year) {
    return unitInstance(startCycle(year, false), "qldd");
  }

  private String offered(ProcessInstance unit) {
    return runtime.getVariable(unit.getId(), UnitReportVariables.LOCALITY_OPTIONS.name()).toString();
  }

  private static Map<String, Object> registering(String localityCode) {
    Map<String, Object> values = new HashMap<>(registration());
    values.put(UnitReportVariables.LOCALITY_CODE.name(), localityCode);
    return values;
  }

  @Test
  @AtDate("2026-11-16")
  void aCycleAfterTheTwoTierReformOffersNoDistrictAndRefusesOne() {
    ProcessInstance unit = qldd(2026);

    assertThat(offered(unit)).contains("\"ct-p-soctrang\"", "Phường Sóc Trăng, Thành phố Cần Thơ", "\"ct-x-kesach\"")
        .doesNotContain("\"h-", "\"label\":\"Huyện", "\"label\":\"Thị xã", "\"ct-cantho\"");

    assertThatThrownBy(() -> complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registering("h-chauthanh")))
        .hasMessageContaining("«Huyện Châu Thành» không còn là đơn vị hành chính trong thời gian của chu trình thi "
            + "đua năm 2026")
        .hasMessageContaining("chỉ có hiệu lực đến ngày 30/06/2025");
    assertThatThrownBy(() -> complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registering("ct-cantho")))
        .hasMessageContaining("là đơn vị hành chính cấp tỉnh");
    assertThat(unit).isWaitingAt(UserTask.REGISTER_COMMITMENT.id());
    assertThat(registrations.count()).isZero();

    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registering("ct-p-soctrang"));
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.REGISTERED_LOCALITY_NAME.name()))
        .isEqualTo("Phường Sóc Trăng, Thành phố Cần Thơ");
  }

  @Test
  @AtDate("2024-03-01")
  void aCycleBeforeTheReformStillOffersAndAcceptsTheOldDistricts() {
    ProcessInstance unit = qldd(2024);

    assertThat(offered(unit)).contains("\"h-chauthanh\"", "\"x-phutam\"", "Xã Phú Tâm, Huyện Châu Thành")
        .doesNotContain("\"ct-");

    assertThatThrownBy(() -> complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registering("ct-p-soctrang")))
        .hasMessageContaining("«Phường Sóc Trăng, Thành phố Cần Thơ» chưa được thành lập trong thời gian của chu "
            + "trình thi đua năm 2024 (01/01/2024 – 31/03/2024): có hiệu lực từ ngày 01/07/2025");
    assertThat(registrations.count()).isZero();

    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registering("h-chauthanh"));
    assertThat(runtime.getVariable(unit.getId(), UnitReportVariables.REGISTERED_LOCALITY_NAME.name()))
        .isEqualTo("Huyện Châu Thành");
  }

  @Test
  @AtDate("2025-11-20")
  void theCycleOfTheReformYearOffersBothTheEndingDistrictsAndTheNewWards() {
    ProcessInstance unit = qldd(2025);

    assertThat(offered(unit)).contains("\"h-chauthanh\"", "\"ct-p-soctrang\"").doesNotContain("\"ct-cantho\"");
  }
}
