package vn.gov.soctrang.tnmt.tdkt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Mail about tasks through a real (in-process) SMTP server: a unit's staff hear of a new task in their group, a
 * person of a task assigned to them, the assignee and the Office of deadlines near and passed, each once. A mail
 * server that is down fails no step: the message waits in the outbox with its error and goes out once it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TaskMailTest extends ProcessTestSupport {

  private static final int SMTP_PORT = freePort();
  private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  private static final String LINK = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
    registry.add("tdkt.mail.max-attempts", () -> 3);
  }

  @Autowired OutboxSender sender;
  @Autowired DeadlineReminders reminders;
  @Autowired MailOutbox outbox;
  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;

  @BeforeAll
  static void startSmtp() {
    SMTP.start();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @BeforeEach
  void everyoneHasAnAddress() throws Exception {
    if (!SMTP.isRunning()) {
      SMTP.start();
    }
    SMTP.purgeEmailFromAllMailboxes();
    TestClock.freezeAt(TestClock.now());
    jdbc.update("delete from mail_outbox");
    jdbc.update("delete from mail_reminder");
    jdbc.update("update person set email = username || '@soctrang.test'");
  }

  @Test
  void aUnitsStaffHearOfANewTaskAndAPersonOfATaskAssignedToThem() throws Exception {
    ProcessInstance cycle = startCycle(YEAR, false);
    sender.sendDue();
    Task registration = task(unitInstance(cycle, "qldd"), UserTask.REGISTER_COMMITMENT);
    String unitName = organizationService.unit("qldd").getName();

    Mail mail = single(to("qlddcv"), "Đăng ký thi đua – " + unitName);
    assertThat(mail.subject()).isEqualTo("[TĐKT] Việc mới: Đăng ký thi đua – " + unitName + " – năm " + YEAR);
    assertThat(mail.text()).startsWith("Kính gửi ông/bà ").contains(
        "Công việc: Đăng ký thi đua", "Chu trình: Thi đua, khen thưởng năm " + YEAR, "Đơn vị: " + unitName,
        "Hạn xử lý: Không quy định", "Mở công việc: " + LINK + registration.getId());
    assertThat(mail.html()).contains("<a href=\"" + LINK + registration.getId() + "\">", unitName);
    // The head is also one of the unit's staff; nobody outside the unit hears of its registration.
    single(to("qlddtruong"), "Đăng ký thi đua – " + unitName);
    assertThat(about(to("khtccv"), unitName)).isEmpty();
    assertThat(about(to("vanphong"), "Đăng ký thi đua")).isEmpty();
    // The link opens Tasklist on this server (the fragment selects the task).
    assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    tasks.setAssignee(registration.getId(), "qlddcv");
    // Taking a task from one's own group's list is no news to oneself.
    Task other = task(unitInstance(cycle, "khtc"), UserTask.REGISTER_COMMITMENT);
    as("khtccv");
    try {
      tasks.claim(other.getId(), "khtccv");
    } finally {
      identity.clearAuthentication();
    }
    sender.sendDue();
    Mail assigned = single(to("qlddcv"), "Việc giao cho ông/bà");
    assertThat(assigned.subject()).isEqualTo("[TĐKT] Việc giao cho ông/bà: Đăng ký thi đua – " + unitName + " – năm "
        + YEAR);
    assertThat(assigned.text()).contains("vừa được giao cho ông/bà", LINK + registration.getId());
    assertThat(about(to("khtccv"), "Việc giao")).isEmpty();
  }

  @Test
  void deadlinesNearAndPassedAreMailedOnceAndTheOfficeIsCopiedOnTheOverdue() throws Exception {
    ProcessInstance cycle = startCycle(YEAR, false);
    ProcessInstance unit = unitInstance(cycle, "qldd");
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    Task draft = task(unit, UserTask.DRAFT_REPORT);
    assertThat(draft.getDueDate()).as("the report task has a due date").isNotNull();
    LocalDate due = LocalDate.ofInstant(draft.getDueDate().toInstant(), ZONE);
    String dueText = VietnameseDates.format(due);
    jdbc.update("delete from mail_outbox");

    TestClock.freezeAt(due.minusDays(20).atTime(9, 0).atZone(ZONE).toInstant());
    reminders.check();
    assertThat(outbox.aboutTask(draft.getId())).extracting(OutboxMail::getKind).doesNotContain(MailKind.DEADLINE_NEAR);

    TestClock.freezeAt(due.minusDays(1).atTime(9, 0).atZone(ZONE).toInstant());
    reminders.check();
    reminders.check();
    sender.sendDue();
    Mail near = single(to("qlddcv"), "Sắp đến hạn");
    assertThat(near.subject()).startsWith("[TĐKT] Sắp đến hạn " + dueText + ": Lập báo cáo thi đua");
    assertThat(near.text()).contains("Hạn xử lý: " + dueText, LINK + draft.getId());
    single(to("qlddtruong"), "Sắp đến hạn");
    assertThat(about(to("vanphong"), "Sắp đến hạn")).isEmpty();

    tasks.setAssignee(draft.getId(), "qlddcv");
    TestClock.freezeAt(due.plusDays(1).atTime(9, 0).atZone(ZONE).toInstant());
    reminders.check();
    reminders.check();
    sender.sendDue();
    Mail overdue = single(to("qlddcv"), "Quá hạn");
    assertThat(overdue.subject()).startsWith("[TĐKT] Quá hạn từ " + dueText + ": Lập báo cáo thi đua");
    assertThat(overdue.text()).contains("đã quá hạn", "Văn phòng Sở", LINK + draft.getId());
    single(to("vanphong"), "Quá hạn");
    single(to("chanhvanphong"), "Quá hạn");
    // Assigned now: the rest of the unit is not mailed about someone else's overdue work.
    assertThat(about(to("qlddtruong"), "Quá hạn")).isEmpty();
    // Still just one near-deadline mail each.
    assertThat(about(to("qlddcv"), "Sắp đến hạn")).hasSize(1);
  }

  @Test
  void aMailServerThatIsDownFailsNoStepAndTheMailGoesOutWhenItIsBack() throws Exception {
    ProcessInstance cycle = startCycle(YEAR, false);
    ProcessInstance unit = unitInstance(cycle, "qldd");
    jdbc.update("delete from mail_outbox");

    SMTP.stop();
    complete(unit, UserTask.REGISTER_COMMITMENT, "qlddcv", registration());
    // The step went through and its data is stored.
    assertThat(jdbc.queryForObject("select count(*) from registration r join unit u on u.id = r.unit_id "
        + "where u.code = 'qldd'", Integer.class)).isOne();
    Task draft = task(unit, UserTask.DRAFT_REPORT);

    assertThat(sender.sendDue()).isZero();
    List<OutboxMail> waiting = outbox.aboutTask(draft.getId());
    assertThat(waiting).isNotEmpty().allSatisfy(m -> {
      assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
      assertThat(m.getAttempts()).isOne();
      assertThat(m.getLastError()).isNotBlank();
      assertThat(m.getNextAttemptAt()).isAfter(TestClock.now());
    });
    ResponseEntity<List<Map<String, Object>>> pending = rest.withBasicAuth("admin", "demo")
        .exchange("/api/admin/mail-outbox?status=PENDING", HttpMethod.GET, null, LIST);
    assertThat(pending.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pending.getBody()).filteredOn(m -> draft.getId().equals(m.get("taskId")))
        .hasSize(waiting.size()).allSatisfy(m -> assertThat((String) m.get("lastError")).isNotBlank());
    assertThat(rest.withBasicAuth("vanphong", "demo").getForEntity("/api/admin/mail-outbox", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    SMTP.start();
    assertThat(sender.sendDue()).as("not before the retry delay").isZero();
    TestClock.advance(Duration.ofMinutes(2));
    assertThat(sender.sendDue()).isEqualTo(waiting.size());
    single(to("qlddcv"), "Lập báo cáo thi đua");
    single(to("qlddtruong"), "Lập báo cáo thi đua");
    assertThat(outbox.aboutTask(draft.getId())).extracting(OutboxMail::getStatus).containsOnly(MailStatus.SENT);

    // Down for good: after the last attempt the message is FAILED, listed for the administrator, and can be retried.
    SMTP.stop();
    tasks.setAssignee(draft.getId(), "qlddtruong");
    for (int attempt = 0; attempt < 3; attempt++) {
      sender.sendDue();
      TestClock.advance(Duration.ofMinutes(10));
    }
    ResponseEntity<List<Map<String, Object>>> failed = rest.withBasicAuth("admin", "demo")
        .exchange("/api/admin/mail-outbox?status=FAILED", HttpMethod.GET, null, LIST);
    assertThat(failed.getBody()).hasSize(1);
    Map<String, Object> given = failed.getBody().get(0);
    assertThat(given).containsEntry("kind", "TASK_ASSIGNED").containsEntry("recipientUser", "qlddtruong")
        .containsEntry("attempts", 3);
    assertThat((String) given.get("lastError")).isNotBlank();
    // Cockpit shows it on the unit's instance, as it lists incidents through the engine's API.
    ResponseEntity<List<Map<String, Object>>> incidents = rest.withBasicAuth("admin", "demo").exchange(
        "/engine-rest/incident?processInstanceId=" + unit.getId(), HttpMethod.GET, null, LIST);
    assertThat(incidents.getBody()).singleElement().satisfies(i -> {
      assertThat(i).containsEntry("incidentType", MailIncidents.TYPE);
      assertThat((String) i.get("incidentMessage")).contains("qlddtruong", "không gửi được sau 3 lần",
          "/api/admin/mail-outbox/" + given.get("id") + "/retry");
    });
    // Another round of sending does not raise it twice.
    sender.sendDue();
    assertThat(runtime.createIncidentQuery().processInstanceId(unit.getId()).count()).isOne();

    SMTP.start();
    ResponseEntity<Map<String, Object>> retried = rest.withBasicAuth("admin", "demo").exchange(
        "/api/admin/mail-outbox/" + given.get("id") + "/retry", HttpMethod.POST, null,
        new ParameterizedTypeReference<>() {
        });
    assertThat(retried.getBody()).containsEntry("status", "SENT");
    single(to("qlddtruong"), "Việc giao cho ông/bà");
    assertThat(runtime.createIncidentQuery().processInstanceId(unit.getId()).count()).as("resolved").isZero();
  }

  @Test
  void theSmtpServerIsNotPartOfTheApplicationsHealth() {
    SMTP.stop();
    HealthIndicator health = context.getBean("mailHealthContributor", HealthIndicator.class);
    assertThat(health.health().getStatus().getCode()).isEqualTo("UP");
  }

  // Reading the delivered mail back.

  record Mail(String to, String subject, String text, String html) {
  }

  private static String to(String username) {
    return username + "@soctrang.test";
  }

  private static List<Mail> about(String address, String subjectPart) throws Exception {
    return Arrays.stream(SMTP.getReceivedMessages()).map(TaskMailTest::read)
        .filter(m -> m.to().equals(address) && m.subject().contains(subjectPart)).toList();
  }

  private static Mail single(String address, String subjectPart) throws Exception {
    List<Mail> found = about(address, subjectPart);
    assertThat(found).as("mail to %s about «%s»", address, subjectPart).hasSize(1);
    return found.get(0);
  }

  private static Mail read(MimeMessage message) {
    try {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      return new Mail(((InternetAddress) to[0]).getAddress(), message.getSubject(), part(message, "text/plain"),
          part(message, "text/html"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = part(multipart.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
