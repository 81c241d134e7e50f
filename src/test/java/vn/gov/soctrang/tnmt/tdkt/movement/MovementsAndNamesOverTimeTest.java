package vn.gov.soctrang.tnmt.tdkt.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.gov.soctrang.tnmt.tdkt.IsoDates;
import vn.gov.soctrang.tnmt.tdkt.OwnApplication;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicationVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Issue 14, as the Department lives it: the administrator declares the 2026–2030 movement and enters the 2025
 * reorganisation through the API; a 2024 cycle then prints the names, the movement and the legal basis of 2024,
 * and a 2026 cycle in the same database those of 2026 — in the decision, the minutes, the public page and the
 * exports.
 */
@AutoConfigureMockMvc
@OwnApplication
class MovementsAndNamesOverTimeTest extends ProcessTestSupport {

  private static final String NEW_MOVEMENT = "Thi đua đổi mới, sáng tạo vì nông nghiệp và môi trường bền vững";
  private static final String OLD_MOVEMENT = "Sóc Trăng chung sức xây dựng nông thôn mới";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired MockMvc mvc;
  @Autowired vn.gov.soctrang.tnmt.tdkt.document.DocumentService documents;

  @Test
  void eachCycleShowsTheMovementNamesAndLawOfItsOwnDate() throws Exception {
    // The Department has not declared its next movement yet (the demo's sample ones are set aside).
    jdbc.update("delete from movement where code like 'MAU-%' and id not in (select movement_id from cycle)");

    MvcResult overlap = mvc.perform(post("/api/admin/movements").header("Authorization", basic("admin"))
        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(movement(2025, 2029)))).andReturn();
    assertThat(overlap.getResponse().getStatus()).isEqualTo(400);
    assertThat(overlap.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("trùng với phong trào");
    assertThat(mvc.perform(post("/api/admin/movements").header("Authorization", basic("vanphong"))
        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(movement(2026, 2030))))
        .andReturn().getResponse().getStatus()).as("only the administrator declares a movement").isEqualTo(403);
    assertThat(mvc.perform(post("/api/admin/movements").header("Authorization", basic("admin"))
        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(movement(2026, 2030))))
        .andReturn().getResponse().getStatus()).isEqualTo(201);

    assertThat(mvc.perform(post("/api/admin/issuing-bodies").header("Authorization", basic("admin"))
        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("validFrom", "2025-07-01",
            "superior", "UBND thành phố Cần Thơ", "name", "Sở Nông nghiệp và Môi trường", "symbol", "SNNMT",
            "place", "Cần Thơ", "directorTitle", "Giám đốc", "sourceNote",
            "Nghị quyết số 202/2025/QH15 (hợp nhất tỉnh); quyết định thành lập Sở Nông nghiệp và Môi trường"))))
        .andReturn().getResponse().getStatus()).isEqualTo(201);
    assertThat(mvc.perform(post("/api/admin/units/qldd/names").header("Authorization", basic("admin"))
        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("validFrom", "2025-07-01",
            "name", "Phòng Đất đai", "shortName", "P. Đất đai", "sourceNote", "Quyết định tổ chức lại các phòng"))))
        .andReturn().getResponse().getStatus()).isEqualTo(201);

    // 2024: the plan's movement, the Department of Natural Resources and Environment, Decree 98/2023.
    TestClock.freezeAt(LocalDate.of(2024, 11, 20));
    ProcessInstance year2024 = decided(2024);
    String decision2024 = document(2024, "DIRECTOR_DECISION");
    assertThat(decision2024).contains(OLD_MOVEMENT, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "98/2023/NĐ-CP",
        "Phòng Quản lý đất đai").doesNotContain("152/2025", "Nông nghiệp và Môi trường", "Phòng Đất đai");
    assertThat(document(2024, "COUNCIL_MINUTES")).contains("Sở Tài nguyên và Môi trường")
        .doesNotContain("Nông nghiệp và Môi trường");
    publish(year2024);

    // 2026: the new movement, the merged Department of the new city, Decree 152/2025.
    TestClock.freezeAt(LocalDate.of(2026, 11, 20));
    ProcessInstance year2026 = decided(2026);
    String decision2026 = document(2026, "DIRECTOR_DECISION");
    assertThat(decision2026).contains(NEW_MOVEMENT, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "152/2025/NĐ-CP",
        "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022", "Phòng Đất đai", "Cần Thơ")
        .doesNotContain("98/2023", OLD_MOVEMENT, "Tài nguyên và Môi trường");
    assertThat(document(2026, "COUNCIL_MINUTES")).contains("Sở Nông nghiệp và Môi trường")
        .doesNotContain("Tài nguyên và Môi trường");
    publish(year2026);

    String page2026 = page("/cong-bo/2026");
    assertThat(page2026).contains(NEW_MOVEMENT, "Sở Nông nghiệp và Môi trường", "2026–2030")
        .doesNotContain(OLD_MOVEMENT);
    IsoDates.assertNone("the public page", page2026);
    assertThat(page("/cong-bo/2024")).contains(OLD_MOVEMENT, "Sở Tài nguyên và Môi trường")
        .doesNotContain(NEW_MOVEMENT);
    assertThat(export("/api/cycles/2026/nominations.csv")).contains(NEW_MOVEMENT).doesNotContain(OLD_MOVEMENT);
    assertThat(export("/api/cycles/2024/nominations.csv")).contains(OLD_MOVEMENT).doesNotContain(NEW_MOVEMENT);

    // The administrator applies the transitional rule by hand: 2026's dossiers under the rules of 30/06/2025.
    assertThat(mvc.perform(put("/api/admin/cycles/2026/regime-date").header("Authorization", basic("vanphong"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2025-06-30\",\"reason\":\"x\"}"))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
    MvcResult noReason = mvc.perform(put("/api/admin/cycles/2026/regime-date").header("Authorization",
        basic("admin")).contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"30-06-2025\"}")).andReturn();
    assertThat(noReason.getResponse().getStatus()).isEqualTo(400);
    assertThat(noReason.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("không phải là ngày hợp lệ", "lý do");
    assertThat(mvc.perform(put("/api/admin/cycles/2026/regime-date").header("Authorization", basic("admin"))
        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("date", "2025-06-30",
            "reason", "Hồ sơ đã trình Hội đồng trước ngày 01/07/2025 (điều khoản chuyển tiếp)"))))
        .andReturn().getResponse().getStatus()).isEqualTo(200);
    long cycle2026 = jdbc.queryForObject("select id from cycle where cycle_year = 2026", Long.class);
    documents.directorDecision(cycle2026, "12/QĐ-2026", TestClock.today(), "vanphong");
    assertThat(document(2026, "DIRECTOR_DECISION")).contains("98/2023/NĐ-CP", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG")
        .doesNotContain("152/2025");

    // The 2024 decision, read again today, is what was issued: nothing of 2026 rewrote it.
    assertThat(document(2024, "DIRECTOR_DECISION")).isEqualTo(decision2024);
    assertThat(jdbc.queryForList("select object_type from audit_entry", String.class))
        .contains("MOVEMENT", "ISSUING_BODY", "UNIT_NAME", "REGIME_DATE");
  }

  private static Map<String, Object> movement(int first, int last) {
    return Map.of("code", "NTM-" + first + "-" + last, "name", NEW_MOVEMENT, "shortName", "Đổi mới, sáng tạo",
        "firstYear", first, "lastYear", last, "finalSummaryYear", last, "criteriaDecision", "nominationCriteria",
        "description", "Phong trào thi đua giai đoạn " + first + "–" + last + " của Sở.",
        "sourceNote", "Kế hoạch số 12/KH-SNNMT của Sở (thử nghiệm)");
  }

  /** A cycle of that year up to the Director's Giấy khen for qldd's collective. */
  private ProcessInstance decided(int year) {
    ProcessInstance cycle = startCycle(year, false);
    reportAndAccept(cycle, "qldd", List.of(collective("GIAY_KHEN")));
    organizationService.activeUnits().stream().filter(u -> !u.getCode().equals("qldd"))
        .forEach(u -> reportAndAccept(cycle, u.getCode(), List.of()));
    runJobs();
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of(ConsolidationVariables.CONFIRM_LIST.name(),
        true));
    approvedAndDisclosed(cycle);
    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(), "12/QĐ-"
        + year,
        AwardDecisionVariables.DECISION_DATE.name(), TestClock.today().toString()));
    runJobs();
    return cycle;
  }

  private void publish(ProcessInstance cycle) {
    complete(cycle, UserTask.PUBLISH_MODELS, "ttcnttcv", Map.of(PublicationVariables.PUBLICATION_TITLE.name(),
        runtime.getVariable(cycle.getId(), PublicationVariables.PUBLICATION_TITLE.name())));
    runJobs();
  }

  /** The latest version of a document of the year, as the Office downloads it, as text. */
  private String document(int year, String kind) throws Exception {
    JsonNode list = JSON.readTree(mvc.perform(get("/api/cycles/" + year + "/documents")
        .header("Authorization", basic("vanphong"))).andReturn().getResponse().getContentAsString(
            StandardCharsets.UTF_8));
    for (JsonNode d : list) {
      if (d.path("kind").asText().equals(kind)) {
        byte[] docx = mvc.perform(get(d.path("download").asText()).header("Authorization", basic("vanphong")))
            .andReturn().getResponse().getContentAsByteArray();
        return IsoDates.docxText(docx);
      }
    }
    throw new AssertionError("no " + kind + " in " + list);
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private String export(String path) throws Exception {
    return mvc.perform(get(path).header("Authorization", basic("vanphong"))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
