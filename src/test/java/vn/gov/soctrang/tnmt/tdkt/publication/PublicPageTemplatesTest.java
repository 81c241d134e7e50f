package vn.gov.soctrang.tnmt.tdkt.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.ITemplateEngine;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.cycle.Cycle;
import vn.gov.soctrang.tnmt.tdkt.movement.Movement;
import vn.gov.soctrang.tnmt.tdkt.nomination.AwardType;
import vn.gov.soctrang.tnmt.tdkt.nomination.Nomination;
import vn.gov.soctrang.tnmt.tdkt.organization.IssuingBody;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationHistoryService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;

/**
 * The public pages as the templates write them, with the template engine Spring Boot configures for the application:
 * what a user typed (a unit's name, a title, achievements, a movement's name) comes out as text, never as markup, and
 * no page carries an inline style or script (the content security policy allows neither).
 */
class PublicPageTemplatesTest {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T03:00:00Z"), ZONE);

  private final ApplicationContextRunner boot = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ThymeleafAutoConfiguration.class))
      .withPropertyValues("spring.thymeleaf.enabled=false");

  private final PublicationService publication = mock(PublicationService.class);
  private final OrganizationHistoryService history = mock(OrganizationHistoryService.class);

  @Test
  void whatUsersTypedIsEscapedOnAYearsPage() {
    when(history.issuingBodyOn(any())).thenReturn(new IssuingBody(LocalDate.of(2020, 1, 1), "UBND tỉnh Sóc Trăng",
        "Sở Tài nguyên và Môi trường", "STNMT", "Sóc Trăng", "Giám đốc", "test", Instant.EPOCH, "test"));
    PublicYear year = year();
    when(publication.publicYear(2026)).thenReturn(Optional.of(year));

    withController(controller -> {
      ResponseEntity<String> page = controller.year(2026);
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(page.getBody())
          .contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Điển hình tiên tiến 2026</title>",
              "<h2>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Điển hình tiên tiến 2026</h2>",
              "<td>Phòng &lt;b&gt;Đất đai&lt;/b&gt;</td>", "<td>Trần Văn &quot;Đức&quot;</td>",
              "<p>Giới thiệu &amp; tôn vinh</p>", "Phong trào thi đua «Thi đua &lt;i&gt;xanh&lt;/i&gt;» giai đoạn 2026–2030",
              "<td>12/QĐ-STNMT ngày 15/01/2027</td>", "Bằng khen của Chủ tịch UBND tỉnh",
              "Sáng kiến, giải pháp: Số hóa &lt;hồ sơ&gt;", "Công bố ngày 20/02/2027", "Sở Tài nguyên và Môi trường",
              "UBND TỈNH SÓC TRĂNG", "href=\"/cong-bo/2026.pdf\"", "href=\"/cong-bo\"",
              "<link rel=\"stylesheet\" href=\"/cong-bo/giao-dien/cong-bo.css\">")
          .doesNotContain("<script", "<b>", "<i>", "<hồ sơ>");
      assertNoInlineStyleOrScript(page.getBody());
    });
  }

  @Test
  void theListOfYearsAndTheShortAnswersHaveNoInlineStyleOrScript() {
    when(history.issuingBodyOn(any())).thenReturn(new IssuingBody(LocalDate.of(2020, 1, 1), "UBND tỉnh Sóc Trăng",
        "Sở <Tài nguyên>", "STNMT", "Sóc Trăng", "Giám đốc", "test", Instant.EPOCH, "test"));
    when(publication.publishedYears()).thenReturn(List.of(2026, 2025));
    when(publication.publicYear(1999)).thenReturn(Optional.empty());

    withController(controller -> {
      String index = controller.index().getBody();
      assertThat(index).contains("<title>Công bố khen thưởng</title>", "<a href=\"/cong-bo/2026\">Năm 2026</a>",
          "<a href=\"/cong-bo/2025\">Năm 2025</a>", "Sở &lt;Tài nguyên&gt;").doesNotContain("<Tài nguyên>");
      ResponseEntity<String> missing = controller.year(1999);
      assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(missing.getBody()).contains("<h2>Năm 1999 chưa được công bố</h2>", "Các năm đã công bố");
      for (String page : List.of(index, missing.getBody())) {
        assertNoInlineStyleOrScript(page);
      }
    });
  }

  private void withController(Consumer<PublicPageController> test) {
    boot.run(context -> test.accept(new PublicPageController(publication, mock(PublishedPdfs.class), CLOCK, history,
        context.getBean(ITemplateEngine.class))));
  }

  private static void assertNoInlineStyleOrScript(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<style", " style=", "<script", " on");
  }

  private static PublicYear year() {
    Movement movement = mock(Movement.class);
    when(movement.quotedName()).thenReturn("«Thi đua <i>xanh</i>»");
    when(movement.period()).thenReturn("2026–2030");
    Cycle cycle = mock(Cycle.class);
    when(cycle.getYear()).thenReturn(2026);
    when(cycle.getMovement()).thenReturn(movement);
    Publication published = new Publication(1L, SCRIPT + " Điển hình tiên tiến 2026", "Giới thiệu & tôn vinh",
        List.of(7L), "ttcnttcv", Instant.parse("2027-02-20T02:00:00Z"));
    Award award = mock(Award.class);
    when(award.getNomineeName()).thenReturn("Trần Văn \"Đức\"");
    when(award.getUnit()).thenReturn(new Unit("dd", "Đất đai", "Phòng <b>Đất đai</b>", 1));
    when(award.getAwardType()).thenReturn(AwardType.BANG_KHEN_UBND);
    when(award.getDecisionNumber()).thenReturn("12/QĐ-STNMT");
    when(award.getDecisionDate()).thenReturn(LocalDate.of(2027, 1, 15));
    Nomination nomination = mock(Nomination.class);
    when(nomination.getAchievements()).thenReturn("Hoàn thành xuất sắc <nhiệm vụ>");
    when(nomination.getInitiatives()).thenReturn("Số hóa <hồ sơ>");
    return new PublicYear(cycle, published, List.of(new PublicYear.Entry(award, nomination, true)), List.of(), null);
  }
}
