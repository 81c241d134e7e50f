package vn.gov.soctrang.tnmt.tdkt.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.soctrang.tnmt.tdkt.testclock.AtDate;

/**
 * The demo organisation lives in December 2026, after the 2025 mergers: its issuing body's later names are dated rows
 * seeded once after the first, and the webapps' header names the body in force on the day (not the seed plan's).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "tdkt.seed.demo-history=true")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@AtDate("2026-12-10")
class DemoHistoryTest {

  @Autowired TestRestTemplate rest;
  @Autowired OrganizationHistoryService history;
  @Autowired OrganizationSeeder seeder;

  @Test
  void theDemoBodyIsNamedAsOnEachDateAndSeededOnlyOnce() {
    assertThat(history.issuingBodyOn(LocalDate.of(2024, 11, 20)).getName()).isEqualTo("Sở Tài nguyên và Môi trường");
    IssuingBody spring2025 = history.issuingBodyOn(LocalDate.of(2025, 5, 15));
    assertThat(List.of(spring2025.getName(), spring2025.getSuperior(), spring2025.getPlace()))
        .containsExactly("Sở Nông nghiệp và Môi trường", "UBND tỉnh Sóc Trăng", "Sóc Trăng");
    IssuingBody now = history.issuingBodyOn(LocalDate.of(2026, 12, 10));
    assertThat(List.of(now.getName(), now.getSuperior(), now.getPlace(), now.getSymbol()))
        .containsExactly("Sở Nông nghiệp và Môi trường", "UBND thành phố Cần Thơ", "Cần Thơ", "SNNMT");
    assertThat(now.getSourceNote()).contains("Nghị quyết số 202/2025/QH15");

    int rows = history.issuingBodies().size();
    assertThat(rows).isEqualTo(3);
    seeder.seedDemoIssuingBodies();
    assertThat(history.issuingBodies()).as("a second start adds nothing").hasSize(rows);
  }

  @Test
  void everyWebappHeaderNamesTheBodyInForceToday() {
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      ResponseEntity<String> config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
      assertThat(config.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
      assertThat(config.getHeaders().getContentType().toString()).as(app).startsWith("application/javascript");
      assertThat(config.getHeaders().getCacheControl()).as(app).contains("no-cache");
      assertThat(config.getBody()).as(app)
          .contains("vendor: 'Sở Nông nghiệp và Môi trường Cần Thơ ·'")
          .doesNotContain("Sóc Trăng")
          // the rest of the project's file is served as it is
          .contains("availableLocales: ['vi', 'en']", "customScripts");
    }
    assertThat(rest.getForEntity("/camunda/app/khac/scripts/config.js", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @AtDate("2024-11-20")
  void beforeTheMergersTheHeaderKeepsTheSeedPlansName() {
    assertThat(rest.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class).getBody())
        .contains("vendor: 'Sở Tài nguyên và Môi trường Sóc Trăng ·'");
  }

  @Test
  void aNameWithQuotesCannotBreakOutOfTheScript() {
    assertThat(WebappBrandController.javaScriptText("Sở 'A' \\ </script>\nB"))
        .isEqualTo("Sở \\'A\\' \\\\ \\u003c/script> B");
  }
}
