package vn.gov.soctrang.tnmt.tdkt.faults;

import vn.gov.soctrang.tnmt.tdkt.BallotBoxKeys;
import vn.gov.soctrang.tnmt.tdkt.CouncilMeetingForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.soctrang.tnmt.tdkt.FormVariables;
import vn.gov.soctrang.tnmt.tdkt.Jobs;
import vn.gov.soctrang.tnmt.tdkt.OwnApplication;
import vn.gov.soctrang.tnmt.tdkt.evidence.SampleFiles;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationService;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * The catalogue of bad input over every way into the application, one row per (way in × kind of bad input): the
 * engine's REST API completing each kind of task and correlating the province's message, the app's API, evidence
 * uploads and the pages. Every row names what is sent, the status expected, and proves that the answer carries a
 * Vietnamese message without any Java, engine or SQL text, and that nothing at all was stored: the app's tables, the
 * engine's running state (tasks, variables, jobs) and its history are the same before and after, so the task is still
 * open with its variables unchanged.
 *
 * <p>The rows are run on one whole cycle of the current year, driven forward between the groups of rows by the real
 * users ("▶" steps), so that each task is refused while it is really open. Text with HTML, script and Markdown that
 * is accepted (a report summary, an achievement, a return reason, an objection, the publication's title) is then
 * followed to where it is shown: the Markdown of the Tasklist forms, the generated .docx, the public page, and the
 * scripts of the dashboard and the evidence page, which insert text as text only.
 *
 * <p>Extra unknown fields, decided per way in: the app API's start of a cycle refuses them (400); the organisation
 * and settings bodies ignore them (nothing of them is stored); the engine REST API stores form fields as process
 * variables, so a refused submission stores none of them (proved here) and the system's own variables are refused
 * whenever sent ({@code SystemVariableGuard}).
 */
@OwnApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCatalogueTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final int YEAR = TestClock.startYear();
  private static final String KEY = "TDKT-" + YEAR;
  private static final List<String> COUNCIL = List.of("giamdoc", "phogiamdoc", "chanhvanphong", "ttrtruong",
      "qlddtruong", "ccbvmttruong", "khtctruong");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
  };

  // The kinds of bad input.
  private static final String HUGE = "Báo cáo dài ".repeat(90_000); // about 1 MB
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String SQL = "'; drop table nomination; --";
  private static final String MALFORMED = "{\"variables\": {\"cycleYear\": {\"value\": 2026";
  private static final String UNKNOWN_TASK = "00000000-khong-co-nhiem-vu";

  /** Vietnamese letters with diacritics: a message in Vietnamese has some. */
  private static final Pattern VIETNAMESE = Pattern.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡ"
      + "ùúụủũưừứựửữỳýỵỷỹđ]", Pattern.CASE_INSENSITIVE);
  /** What a user must never read: Java, the engine's or the database's own words, a stack trace. */
  private static final Pattern LEAK = Pattern.compile("Exception|java\\.|javax\\.|jakarta\\.|org\\.|\\bat [a-z]+\\."
      + "|ENGINE-\\d|SQLState|Syntax error|Cannot |could not|Whitelabel|\\bnull\\b|ProcessEngine|Hibernate|\\bH2\\b");

  /** App tables compared row by row, and large or engine tables compared by their number of rows. */
  private static final List<String> COMPARED = List.of("cycle", "registration", "unit_report", "nomination",
      "objection", "award", "award_event", "award_revocation", "revocation_ground", "setting", "holiday",
      "calendar_year", "person", "person_role", "unit", "locality", "council_member", "council_meeting",
      "council_attendance", "ballot_count", "ballot_cast", "province_submission",
      "province_submission_event", "publication", "movement_total", "difficulty_report", "notification",
      "audit_entry", "generated_document", "evidence", "merit_record");
  private static final List<String> COUNTED = List.of("evidence_content", "generated_document_content",
      "ballot_key", "sealed_ballot",
      "act_ge_bytearray", "act_ru_execution", "act_ru_job", "act_ru_authorization", "act_hi_procinst",
      "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_id_user", "act_id_membership", "act_id_group");

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired OrganizationService organization;

  private final Map<String, String> ballotIds = new LinkedHashMap<>();

  /** One row of the catalogue. */
  record Row(String wayIn, String kind, String user, HttpMethod method, String path, Object body, MediaType type,
      int status, String expected) {

    String name() {
      return wayIn + " · " + kind + " → " + status;
    }
  }

  @TestFactory
  Stream<DynamicNode> everyWayInRefusesBadInputAndStoresNothing() {
    List<Supplier<DynamicNode>> plan = List.of(
        () -> rows("Bắt đầu chu trình (engine REST, mẫu bắt đầu)", this::startFormRows),
        () -> rows("Bắt đầu chu trình (POST /api/cycles)", this::cycleApiRows),
        () -> step("▶ Văn phòng bắt đầu chu trình năm " + YEAR, this::startCycle),
        () -> rows("Đăng ký thi đua (registerCommitment)", this::registerRows),
        () -> step("▶ Phòng Quản lý đất đai đăng ký thi đua", () -> register("qldd")),
        () -> rows("Lập báo cáo và đề nghị khen thưởng (draftReport)", this::draftRows),
        () -> rows("Tải lên minh chứng (POST /api/tasks/{id}/evidence)", this::uploadRows),
        () -> step("▶ Tải lên tệp tên «../../etc/passwd»: lưu với tên an toàn", this::pathTraversalIsDefused),
        () -> step("▶ Phòng Quản lý đất đai nộp báo cáo có HTML, script, Markdown", this::draftWithMarkup),
        () -> step("Tasklist: tóm tắt báo cáo hiện ở dạng chữ (Markdown đã thoát)", this::summaryIsEscapedInTasklist),
        () -> rows("Trưởng đơn vị phê duyệt (approveReport)", this::approveRows),
        () -> step("▶ Trưởng đơn vị trả lại với lý do có HTML; đơn vị nộp lại", this::returnWithMarkup),
        () -> rows("Văn phòng tiếp nhận (reviewReport)", this::reviewRows),
        () -> step("▶ Mọi đơn vị báo cáo, Văn phòng tiếp nhận và xác nhận danh sách", this::everyUnitReports),
        () -> rows("Quyết định kiểm tra (decideInspection)", this::inspectionRows),
        () -> step("▶ Không kiểm tra thực tế", () -> submit("vanphong", "decideInspection", "",
            Map.of("inspectionNeeded", "NO"))),
        () -> rows("Họp Hội đồng: điểm danh (openCouncilMeeting)", this::attendanceRows),
        () -> step("▶ Hội đồng họp đủ thành viên", () -> submit("chanhvanphong", "openCouncilMeeting", "",
            CouncilMeetingForm.rest(today(), COUNCIL))),
        () -> rows("Niêm phong hòm phiếu (sealBallotBox)", this::sealRows),
        () -> step("▶ Chủ trì và thư ký niêm phong hòm phiếu", this::boxSealed),
        () -> rows("Bỏ phiếu kín (castBallot)", this::ballotRows),
        () -> step("▶ Mọi thành viên bỏ phiếu đồng ý", this::councilVotes),
        () -> rows("Mở hòm phiếu (openBallotBox)", this::openBoxRows),
        () -> step("▶ Chủ trì và thư ký mở hòm phiếu; xác nhận biên bản", this::boxOpenedAndMinutesConfirmed),
        () -> rows("Ý kiến phản đối (POST /api/cycles/{year}/objections)", this::objectionRows),
        () -> step("▶ Một ý kiến phản đối có HTML; hết thời gian công khai", this::objectionWithMarkup),
        () -> rows("Hội đồng xem xét ý kiến phản đối (ruleOnObjections)", this::rulingRows),
        () -> step("▶ Hội đồng bác ý kiến phản đối", () -> submit("vanphong", "ruleOnObjections", "", Map.of(
            "upheldObjections", List.of(), "rulingNote", "Không chấp nhận ý kiến phản đối"))),
        () -> rows("Giám đốc quyết định tặng Giấy khen (decideAwards)", this::decideAwardsRows),
        () -> step("▶ Giám đốc quyết định; hồ sơ lên tỉnh được chuẩn bị, ký và gửi", this::decideAndSendUpward),
        () -> rows("Kết quả của tỉnh (POST /engine-rest/message)", this::provinceMessageRows),
        () -> step("▶ Tỉnh trả lời qua message: khen thưởng", this::provinceApproves),
        () -> rows("Công bố điển hình (publishModels)", this::publishRows),
        () -> step("▶ Trung tâm CNTT công bố với tiêu đề có HTML", this::publishWithMarkup),
        () -> step("Trang công bố: HTML của người dùng hiện ở dạng chữ", this::publicPageEscapes),
        () -> step("Văn bản .docx: HTML của người dùng là chữ trong văn bản", this::documentsHoldTextNotMarkup),
        () -> step("Bảng điều khiển và trang minh chứng: chỉ chèn chữ (textContent)", this::scriptsInsertTextOnly),
        () -> rows("API ứng dụng: chu trình, đề nghị, văn bản, khen thưởng", this::appApiRows),
        () -> rows("API ứng dụng: bảng điều khiển, thống kê, xuất tệp", this::dashboardRows),
        () -> rows("Quản trị: thiết lập, ngày nghỉ", this::settingsRows),
        () -> rows("Quản trị: cán bộ, đơn vị, địa phương, Hội đồng", this::organizationRows),
        () -> rows("Sổ theo dõi danh hiệu, khen thưởng (Văn phòng)", this::meritRows),
        () -> step("▶ Trường lạ trong thân yêu cầu quản trị bị bỏ qua, không lưu", this::unknownFieldsAreIgnored),
        () -> rows("Bình xét danh hiệu thi đua: mở đợt (mẫu bắt đầu, POST /api/year-end-titles/{year})",
            this::titlesStartRows),
        () -> step("▶ Văn phòng mở đợt bình xét danh hiệu thi đua năm " + YEAR, () -> assertThat(post("vanphong",
            "/api/year-end-titles/" + YEAR, null).getStatusCode().value()).isEqualTo(201)),
        () -> rows("Đơn vị đề nghị danh hiệu thi đua (proposeTitles)", this::proposeTitlesRows),
        () -> rows("Khen thưởng đột xuất: đơn vị đề nghị (mẫu bắt đầu, POST /api/ad-hoc-awards)", this::adHocRows),
        () -> step("Khen thưởng đột xuất: đề nghị bị từ chối không lưu gì", () -> assertThat(jdbc.queryForObject(
            "select count(*) from ad_hoc_award", Integer.class)).isZero()),
        () -> rows("Phong trào thi đua theo chuyên đề: khai báo, phát động (POST /api/thematic-movements, mẫu bắt đầu)",
            this::thematicRows),
        () -> step("Phong trào theo chuyên đề: khai báo bị từ chối không lưu gì", () -> assertThat(jdbc.queryForObject(
            "select count(*) from movement where movement_kind = 'CHUYEN_DE'", Integer.class)).isZero()),
        () -> rows("Phản ánh khó khăn (engine REST, mẫu bắt đầu)", this::difficultyRows),
        () -> step("Tasklist: phản ánh, chỉ đạo và trả lời có HTML hiện ở dạng chữ", this::difficultyTextIsEscaped),
        () -> rows("Trang: công bố, minh chứng, bảng điều khiển", this::pageRows));
    return plan.stream().map(Supplier::get);
  }

  // The rows of each way in.

  private List<Row> startFormRows() {
    String path = "/engine-rest/process-definition/key/annual-cycle/submit-form";
    String deadline = TestClock.today().plusDays(20).toString();
    return List.of(
        engine("thiếu năm thi đua", "vanphong", path, Map.of("reportDeadline", deadline), 400, "Năm thi đua"),
        engine("năm là chữ", "vanphong", path, Map.of("cycleYear", "abc", "reportDeadline", deadline), 400, null),
        engine("năm là đối tượng", "vanphong", path, Map.of("cycleYear", Map.of("a", 1), "reportDeadline", deadline),
            400, null),
        engine("năm âm", "vanphong", path, Map.of("cycleYear", -1, "reportDeadline", deadline), 400, null),
        engine("năm 99999", "vanphong", path, Map.of("cycleYear", 99999, "reportDeadline", deadline), 400, null),
        engine("ngày 31/02/2026", "vanphong", path, Map.of("cycleYear", YEAR, "reportDeadline", "31/02/2026"), 400,
            null),
        engine("ngày 2026-13-01", "vanphong", path, Map.of("cycleYear", YEAR, "reportDeadline", "2026-13-01"), 400,
            null),
        engine("ngày «yesterday»", "vanphong", path, Map.of("cycleYear", YEAR, "reportDeadline", "yesterday"), 400,
            null),
        engine("ngày 1 MB", "vanphong", path, Map.of("cycleYear", YEAR, "reportDeadline", HUGE), 400, null),
        engine("năm tổng kết là mảng", "vanphong", path, Map.of("cycleYear", YEAR, "reportDeadline", deadline,
            "finalSummary", List.of(true)), 400, null),
        engine("trường lạ kèm năm sai", "vanphong", path, Map.of("cycleYear", -1, "reportDeadline", deadline,
            "hacker", "x"), 400, null),
        raw("JSON hỏng", "vanphong", HttpMethod.POST, path, MALFORMED, 400),
        engine("người không có quyền bắt đầu", "qlddcv", path, Map.of("cycleYear", YEAR, "reportDeadline", deadline),
            403, null));
  }

  private List<Row> cycleApiRows() {
    String deadline = TestClock.today().plusDays(20).toString();
    return List.of(
        api("không có nội dung", "vanphong", HttpMethod.POST, "/api/cycles", null, 400),
        api("trường lạ", "vanphong", HttpMethod.POST, "/api/cycles", Map.of("year", YEAR, "reportDeadline", deadline,
            "status", "FINISHED"), 400),
        api("năm là chữ", "vanphong", HttpMethod.POST, "/api/cycles", Map.of("year", "abc", "reportDeadline",
            deadline), 400),
        api("năm -1", "vanphong", HttpMethod.POST, "/api/cycles", Map.of("year", -1, "reportDeadline", deadline), 400),
        api("ngày 31/02/2026", "vanphong", HttpMethod.POST, "/api/cycles", Map.of("year", YEAR, "reportDeadline",
            "31/02/2026"), 400),
        api("năm tổng kết là mảng", "vanphong", HttpMethod.POST, "/api/cycles", Map.of("year", YEAR,
            "reportDeadline", deadline, "finalSummary", List.of(true)), 400),
        raw("JSON hỏng", "vanphong", HttpMethod.POST, "/api/cycles", "{\"year\": 20", 400));
  }

  private List<Row> registerRows() {
    String task = taskId("khtccv", "registerCommitment", "&processVariables=unitCode_eq_khtc");
    Map<String, Object> good = Map.of("commitment", "Cam kết hoàn thành", "localityCode", "x-phutam",
        "supportPlan", "Hướng dẫn thủ tục");
    return List.of(
        submitRow("thiếu cam kết", "khtccv", task, without(good, "commitment"), 400, "Vui lòng"),
        submitRow("địa phương không có", "khtccv", task, with(good, "localityCode", "x-khong-co"), 400, null),
        submitRow("địa phương là câu SQL", "khtccv", task, with(good, "localityCode", SQL), 400, null),
        submitRow("cam kết 1 MB", "khtccv", task, with(good, "commitment", HUGE), 400, null),
        submitRow("cam kết là đối tượng", "khtccv", task, with(good, "commitment", Map.of("a", 1)), 400, null),
        submitRow("cam kết là mảng", "khtccv", task, with(good, "commitment", List.of("a")), 400, null),
        submitRow("trường lạ kèm thiếu cam kết", "khtccv", task, with(without(good, "commitment"), "hacker", "x"),
            400, null),
        submitRow("gửi biến hệ thống unitCode", "khtccv", task, with(good, "unitCode", "qldd"), 400, null),
        submitRow("đơn vị khác (qlddcv) làm việc của khtc", "qlddcv", task, good, 403, null),
        completeRow("đơn vị khác qua /complete", "qlddcv", task, good, 403),
        submitRow("mã nhiệm vụ không có", "khtccv", UNKNOWN_TASK, good, 409, null),
        completeRow("mã nhiệm vụ không có qua /complete", "khtccv", UNKNOWN_TASK, good, 409),
        raw("JSON hỏng", "khtccv", HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form", MALFORMED, 400));
  }

  private List<Row> draftRows() {
    String task = taskId("qlddcv", "draftReport", "&processVariables=unitCode_eq_qldd");
    Map<String, Object> good = Map.of("guidanceOnTime", true, "propagandaDone", true, "localitySupported", true,
        "reportSummary", "Hoàn thành nhiệm vụ");
    Map<String, Object> nominated = new HashMap<>(good);
    nominated.putAll(individual(1, "qlddcv", "GIAY_KHEN", "Sáng kiến"));
    return List.of(
        submitRow("thiếu tóm tắt", "qlddcv", task, without(good, "reportSummary"), 400, "Vui lòng"),
        submitRow("tóm tắt 1 MB", "qlddcv", task, with(good, "reportSummary", HUGE), 400, null),
        submitRow("hộp chọn là chữ", "qlddcv", task, with(good, "guidanceOnTime", "abc"), 400, null),
        submitRow("hộp chọn là mảng", "qlddcv", task, with(good, "guidanceOnTime", List.of(true)), 400, null),
        submitRow("số văn bản âm", "qlddcv", task, with(good, "guidanceDocumentCount", -5), 400, null),
        submitRow("số người tham gia vô lý", "qlddcv", task, with(good, "participantCount", 2_000_000_000), 400,
            null),
        submitRow("số người là chữ", "qlddcv", task, with(good, "participantCount", "nhiều"), 400, null),
        submitRow("cá nhân không có", "qlddcv", task, with(nominated, "individual1Person", "khong-ai"), 400, null),
        submitRow("cá nhân của đơn vị khác", "qlddcv", task, with(nominated, "individual1Person", "khtccv"), 400,
            null),
        submitRow("cá nhân là câu SQL", "qlddcv", task, with(nominated, "individual1Person", SQL), 400, null),
        submitRow("hình thức khen không có", "qlddcv", task, with(nominated, "individual1Award", "HUAN_CHUONG_VANG"),
            400, null),
        submitRow("đề nghị tập thể thiếu hình thức", "qlddcv", task, with(good, "collectiveProposed", true), 400,
            null),
        submitRow("thành tích 1 MB", "qlddcv", task, with(nominated, "individual1Achievements", HUGE), 400, null),
        submitRow("khtccv nộp báo cáo của qldd", "khtccv", task, good, 403, null),
        submitRow("gửi biến hệ thống headGroup", "qlddcv", task, with(good, "headGroup", "khtctruong"), 400, null));
  }

  private List<Row> uploadRows() {
    String task = taskId("qlddcv", "draftReport", "&processVariables=unitCode_eq_qldd");
    String path = "/api/tasks/" + task + "/evidence";
    return List.of(
        upload("tệp rỗng", "qlddcv", path, "trong.pdf", new byte[0], 400),
        upload("không có tệp", "qlddcv", path, null, null, 400),
        upload("tệp chạy được mang đuôi .pdf", "qlddcv", path, "Kế hoạch.pdf", SampleFiles.windowsExecutable(), 400),
        upload("tệp chữ mang đuôi .docx", "qlddcv", path, "Báo cáo.docx", SampleFiles.text(), 400),
        upload("tệp 11 MB (giới hạn 10 MB)", "qlddcv", path, "lon.pdf", SampleFiles.pdf("lon", 11 * 1024 * 1024), 400),
        upload("tệp 54 MB (quá giới hạn máy chủ)", "qlddcv", path, "rat-lon.pdf", new byte[54 * 1024 * 1024], 413),
        upload("nhiệm vụ không có", "qlddcv", "/api/tasks/" + UNKNOWN_TASK + "/evidence", "a.pdf", SampleFiles.pdf(),
            404),
        upload("đơn vị khác (khtccv) tải lên việc của qldd", "khtccv", path, "a.pdf", SampleFiles.pdf(), 403),
        new Row("Tải lên minh chứng", "multipart không có ranh giới", "qlddcv", HttpMethod.POST, path, "abc",
            MediaType.MULTIPART_FORM_DATA, 400, null),
        new Row("Tải lên minh chứng", "không phải multipart", "qlddcv", HttpMethod.POST, path, "{\"file\":1}",
            MediaType.APPLICATION_JSON, 415, null));
  }

  private List<Row> approveRows() {
    String task = taskId("qlddtruong", "approveReport", "");
    return List.of(
        submitRow("thiếu quyết định", "qlddtruong", task, Map.of(), 400, "Vui lòng"),
        submitRow("quyết định không có", "qlddtruong", task, Map.of("headDecision", "MAYBE"), 400, null),
        submitRow("quyết định là câu SQL", "qlddtruong", task, Map.of("headDecision", SQL), 400, null),
        submitRow("trả lại không có lý do", "qlddtruong", task, Map.of("headDecision", "RETURN"), 400, null),
        submitRow("trả lại với lý do 1 MB", "qlddtruong", task, Map.of("headDecision", "RETURN", "headComment", HUGE),
            400, null),
        submitRow("trưởng đơn vị khác phê duyệt", "khtctruong", task, Map.of("headDecision", "APPROVE"), 403, null),
        submitRow("chuyên viên tự phê duyệt", "qlddcv", task, Map.of("headDecision", "APPROVE"), 403, null));
  }

  private List<Row> reviewRows() {
    String task = taskId("vanphong", "reviewReport", "&processVariables=unitCode_eq_qldd");
    return List.of(
        submitRow("thiếu quyết định", "vanphong", task, Map.of(), 400, "Vui lòng"),
        submitRow("quyết định không có", "vanphong", task, Map.of("officeDecision", "XYZ"), 400, null),
        submitRow("quyết định là số", "vanphong", task, Map.of("officeDecision", 1), 400, null),
        submitRow("trả lại không có lý do", "vanphong", task, Map.of("officeDecision", "RETURN"), 400, null),
        submitRow("đơn vị tự tiếp nhận", "qlddcv", task, Map.of("officeDecision", "ACCEPT"), 403, null));
  }

  private List<Row> inspectionRows() {
    String task = taskId("vanphong", "decideInspection", "");
    return List.of(
        submitRow("thiếu quyết định", "vanphong", task, Map.of(), 400, "Vui lòng"),
        submitRow("quyết định không có", "vanphong", task, Map.of("inspectionNeeded", "MAYBE"), 400, null),
        submitRow("kiểm tra mà không chọn đơn vị", "vanphong", task, Map.of("inspectionNeeded", "YES"), 400, null),
        submitRow("đơn vị không có", "vanphong", task, Map.of("inspectionNeeded", "YES", "inspectionUnitCodes",
            List.of("khong-co")), 400, null),
        submitRow("đơn vị là câu SQL", "vanphong", task, Map.of("inspectionNeeded", "YES", "inspectionUnitCodes",
            List.of(SQL)), 400, null),
        submitRow("đơn vị quyết định thay Văn phòng", "qlddcv", task, Map.of("inspectionNeeded", "NO"), 403, null));
  }

  private List<Row> attendanceRows() {
    String task = taskId("chanhvanphong", "openCouncilMeeting", "");
    return List.of(
        submitRow("thiếu ngày họp", "chanhvanphong", task, Map.of("presentMembers", COUNCIL), 400, "Vui lòng"),
        submitRow("ngày 31/02/2026", "chanhvanphong", task, CouncilMeetingForm.rest("31/02/2026", COUNCIL), 400, null),
        submitRow("ngày 2026-13-01", "chanhvanphong", task, CouncilMeetingForm.rest("2026-13-01", COUNCIL), 400, null),
        submitRow("ngày «yesterday»", "chanhvanphong", task, CouncilMeetingForm.rest("yesterday", COUNCIL), 400, null),
        submitRow("người dự không phải thành viên", "chanhvanphong", task,
            CouncilMeetingForm.rest(today(), List.of("giamdoc", "qlddcv")), 400, "không phải thành viên"),
        submitRow("người dự không có", "chanhvanphong", task, CouncilMeetingForm.rest(today(), List.of("khong-ai")),
            400, "không phải thành viên"),
        submitRow("danh sách là chữ, không phải JSON", "chanhvanphong", task,
            meeting(Map.of("presentMembers", "giamdoc")), 400, null),
        submitRow("giờ họp 25:00", "chanhvanphong", task, meeting(Map.of("meetingTime", "25:00")), 400,
            "không phải là giờ hợp lệ"),
        submitRow("thiếu địa điểm họp", "chanhvanphong", task, meeting(Map.of("meetingPlace", " ")), 400,
            "Địa điểm họp"),
        submitRow("người có mặt lại gửi phiếu bằng văn bản", "chanhvanphong", task,
            meeting(Map.of("writtenBallotMembers", List.of("phogiamdoc"))), 400, "không gửi phiếu bằng văn bản"),
        submitRow("Ban kiểm phiếu có người vắng mặt", "chanhvanphong", task, 
            meeting(Map.of("presentMembers", COUNCIL.subList(0, 6), "countingCommittee", List.of(COUNCIL.get(6)))), 400,
            "Ban kiểm phiếu"),
        submitRow("chủ trì kiêm thư ký", "chanhvanphong", task, meeting(Map.of("meetingSecretary", "giamdoc")), 400,
            "hai người khác nhau"),
        submitRow("đơn vị điểm danh thay thư ký", "qlddcv", task, Map.of("meetingDate", today()), 403, null));
  }

  /** The full attendance of the demo Council with some fields replaced. */
  private Map<String, Object> meeting(Map<String, Object> replaced) {
    Map<String, Object> form = new java.util.LinkedHashMap<>(CouncilMeetingForm.rest(today(), COUNCIL));
    form.putAll(replaced);
    return form;
  }

  private List<Row> sealRows() {
    String task = taskId("giamdoc", "sealBallotBox", "&assignee=giamdoc");
    String good = BallotBoxKeys.passphrase("giamdoc");
    return List.of(
        submitRow("thiếu mật khẩu", "giamdoc", task, Map.of("sealPassphraseRepeat", good), 400, "Vui lòng"),
        submitRow("mật khẩu ngắn", "giamdoc", task, Map.of("sealPassphrase", "Ab1!", "sealPassphraseRepeat", "Ab1!"),
            400, "ít nhất 12 ký tự"),
        submitRow("mật khẩu chứa tên đăng nhập", "giamdoc", task, Map.of("sealPassphrase", "Giamdoc-2026!x",
            "sealPassphraseRepeat", "Giamdoc-2026!x"), 400, null),
        submitRow("nhập lại không khớp", "giamdoc", task, Map.of("sealPassphrase", good, "sealPassphraseRepeat",
            good + "x"), 400, "không khớp"),
        submitRow("mật khẩu là đối tượng", "giamdoc", task, Map.of("sealPassphrase", Map.of("a", 1),
            "sealPassphraseRepeat", good), 400, null),
        submitRow("quản trị niêm phong thay chủ trì", "admin", task, BallotBoxKeys.seal("admin"), 403, null));
  }

  private void boxSealed() {
    for (String holder : List.of("giamdoc", "chanhvanphong")) {
      submit(holder, "sealBallotBox", "&assignee=" + holder, BallotBoxKeys.seal(holder));
    }
    runAsynchronousSteps();
  }

  private List<Row> openBoxRows() {
    String task = taskId("giamdoc", "openBallotBox", "");
    return List.of(
        submitRow("thiếu mật khẩu của thư ký", "giamdoc", task, Map.of("chairPassphrase",
            BallotBoxKeys.passphrase("giamdoc")), 400, "Vui lòng"),
        submitRow("mật khẩu của thư ký sai", "giamdoc", task, BallotBoxKeys.open("giamdoc", "giamdoc"), 400,
            "không đúng"),
        submitRow("hai mật khẩu đổi chỗ", "giamdoc", task, BallotBoxKeys.open("chanhvanphong", "giamdoc"), 400,
            "không đúng"),
        submitRow("mật khẩu 1 MB", "admin", task, Map.of("chairPassphrase", HUGE, "secretaryPassphrase", HUGE), 400,
            null));
  }

  private List<Row> ballotRows() {
    String task = taskId("giamdoc", "castBallot", "&assignee=giamdoc");
    ballotOptions("giamdoc", task).forEach(o -> ballotIds.put((String) o.get("label"), (String) o.get("value")));
    assertThat(ballotIds).hasSize(3);
    return List.of(
        submitRow("đề nghị không có trong phiếu", "giamdoc", task, Map.of("ballotApprovals", List.of("999999")), 400,
            null),
        submitRow("phiếu là câu SQL", "giamdoc", task, Map.of("ballotApprovals", List.of(SQL)), 400, null),
        submitRow("phiếu là chữ, không phải JSON", "giamdoc", task, Map.of("ballotApprovals", "tat-ca"), 400, null),
        new Row("submit-form", "phiếu là biến Json hỏng", "giamdoc", HttpMethod.POST, "/engine-rest/task/" + task
            + "/submit-form", Map.of("variables", Map.of("ballotApprovals", Map.of("value", "[\"1\"", "type",
            "Json"))), MediaType.APPLICATION_JSON, 400, null),
        submitRow("thành viên khác bỏ phiếu thay", "phogiamdoc", task, Map.of("ballotApprovals", List.of()), 403,
            null));
  }

  private List<Row> objectionRows() {
    String path = "/api/cycles/" + YEAR + "/objections";
    long nomination = Long.parseLong(ballotIds.values().iterator().next());
    return List.of(
        api("thiếu đề nghị", "ccbvmtcv", HttpMethod.POST, path, Map.of("content", "Phản đối"), 400),
        api("đề nghị là chữ", "ccbvmtcv", HttpMethod.POST, path, Map.of("nominationId", "12", "content", "Phản đối"),
            400),
        api("đề nghị không có", "ccbvmtcv", HttpMethod.POST, path, Map.of("nominationId", 999_999, "content",
            "Phản đối"), 400),
        api("đề nghị âm", "ccbvmtcv", HttpMethod.POST, path, Map.of("nominationId", -1, "content", "Phản đối"), 400),
        api("thiếu nội dung", "ccbvmtcv", HttpMethod.POST, path, Map.of("nominationId", nomination), 400),
        api("nội dung là đối tượng", "ccbvmtcv", HttpMethod.POST, path, Map.of("nominationId", nomination,
            "content", Map.of("a", 1)), 400),
        api("nội dung 1 MB", "ccbvmtcv", HttpMethod.POST, path, Map.of("nominationId", nomination, "content", HUGE),
            400),
        api("năm chưa có chu trình", "ccbvmtcv", HttpMethod.POST, "/api/cycles/1999/objections",
            Map.of("nominationId", nomination, "content", "Phản đối"), 400),
        api("năm là chữ", "ccbvmtcv", HttpMethod.POST, "/api/cycles/abc/objections",
            Map.of("nominationId", nomination, "content", "Phản đối"), 400),
        raw("JSON hỏng", "ccbvmtcv", HttpMethod.POST, path, "{\"nominationId\": ", 400),
        api("không có nội dung", "ccbvmtcv", HttpMethod.POST, path, null, 400));
  }

  private List<Row> rulingRows() {
    String task = taskId("vanphong", "ruleOnObjections", "");
    return List.of(
        submitRow("thiếu ghi chú", "vanphong", task, Map.of("upheldObjections", List.of()), 400, "Vui lòng"),
        submitRow("ý kiến không có", "vanphong", task, Map.of("upheldObjections", List.of("999999"), "rulingNote",
            "Ghi chú"), 400, null),
        submitRow("ghi chú 1 MB", "vanphong", task, Map.of("upheldObjections", List.of(), "rulingNote", HUGE), 400,
            null));
  }

  private List<Row> decideAwardsRows() {
    String task = taskId("giamdoc", "decideAwards", "");
    return List.of(
        submitRow("thiếu số quyết định", "giamdoc", task, Map.of("decisionDate", today()), 400, "Vui lòng"),
        submitRow("ngày 31/02/2026", "giamdoc", task, Map.of("decisionNumber", "125/QĐ-STNMT", "decisionDate",
            "31/02/2026"), 400, null),
        submitRow("ngày 2026-13-01", "giamdoc", task, Map.of("decisionNumber", "125/QĐ-STNMT", "decisionDate",
            "2026-13-01"), 400, null),
        submitRow("ngày «yesterday»", "giamdoc", task, Map.of("decisionNumber", "125/QĐ-STNMT", "decisionDate",
            "yesterday"), 400, null),
        submitRow("số quyết định 1 MB", "giamdoc", task, Map.of("decisionNumber", HUGE, "decisionDate", today()), 400,
            null),
        submitRow("ngày là số", "giamdoc", task, Map.of("decisionNumber", "125/QĐ-STNMT", "decisionDate", 20261231),
            400, null),
        submitRow("Phó Giám đốc quyết định thay", "phogiamdoc", task, Map.of("decisionNumber", "125/QĐ-STNMT",
            "decisionDate", today()), 400, "Chỉ Giám đốc Sở"));
  }

  private List<Row> provinceMessageRows() {
    String head = idOf("qlddtruong");
    Map<String, Object> ok = FormVariables.of(Map.of("approvedNominations", List.of(head), "provinceDecisionNumber",
        "1520/QĐ-UBND", "provinceDecisionDate", today()));
    return List.of(
        messageRow("thiếu số quyết định", "vanphong", message(KEY, without(ok, "provinceDecisionNumber")), 400),
        messageRow("ngày 2026-13-01", "vanphong", message(KEY, with(ok, "provinceDecisionDate",
            Map.of("value", "2026-13-01"))), 400),
        messageRow("đề nghị không có", "vanphong", message(KEY, with(ok, "approvedNominations",
            Map.of("value", "[\"999999\"]", "type", "Json"))), 400),
        messageRow("danh sách là JSON hỏng", "vanphong", message(KEY, with(ok, "approvedNominations",
            Map.of("value", "[\"12\"", "type", "Json"))), 400),
        messageRow("chu trình không có", "vanphong", message("TDKT-1999", ok), 400),
        messageRow("đơn vị gửi kết quả của tỉnh", "qlddcv", message(KEY, ok), 403),
        raw("JSON hỏng", "vanphong", HttpMethod.POST, "/engine-rest/message", "{\"messageName\": ", 400));
  }

  private List<Row> publishRows() {
    String task = taskId("ttcnttcv", "publishModels", "");
    return List.of(
        submitRow("tiêu đề rỗng", "ttcnttcv", task, Map.of("publicationTitle", " "), 400, "Vui lòng"),
        submitRow("tiêu đề 1 MB", "ttcnttcv", task, Map.of("publicationTitle", HUGE), 400, null),
        submitRow("khen thưởng không có", "ttcnttcv", task, Map.of("publicationTitle", "Điển hình",
            "featuredAwards", List.of("999999")), 400, null),
        submitRow("khen thưởng là câu SQL", "ttcnttcv", task, Map.of("publicationTitle", "Điển hình",
            "featuredAwards", List.of(SQL)), 400, null),
        submitRow("đơn vị công bố thay", "qlddcv", task, Map.of("publicationTitle", "Điển hình"), 403, null));
  }

  private List<Row> appApiRows() {
    return List.of(
        api("danh sách đề nghị của năm là chữ", "vanphong", HttpMethod.GET, "/api/cycles/abc/nominations", null, 400),
        api("văn bản của năm là chữ", "vanphong", HttpMethod.GET, "/api/cycles/abc/documents", null, 400),
        api("văn bản không có", "vanphong", HttpMethod.GET, "/api/documents/999999", null, 404),
        api("văn bản mã là chữ", "vanphong", HttpMethod.GET, "/api/documents/abc", null, 400),
        api("lập lại loại văn bản không có", "vanphong", HttpMethod.POST, "/api/cycles/" + YEAR
            + "/documents/KHONG_CO", null, 400),
        api("lập lại văn bản của năm không có", "vanphong", HttpMethod.POST, "/api/cycles/1999/documents/"
            + "CONSOLIDATED_REPORT", null, 400),
        api("hồ sơ của hình thức không có", "vanphong", HttpMethod.GET, "/api/cycles/" + YEAR + "/dossiers/XYZ",
            null, 400),
        api("thu hồi khen thưởng không có", "admin", HttpMethod.POST, "/api/admin/awards/999999/revocation",
            Map.of("reason", "Kê khai không trung thực"), 400),
        api("thu hồi khen thưởng mã là chữ", "admin", HttpMethod.POST, "/api/admin/awards/abc/revocation",
            Map.of("reason", "Kê khai không trung thực"), 400),
        api("thu hồi không có lý do", "admin", HttpMethod.POST, "/api/admin/awards/" + anAward() + "/revocation",
            Map.of(), 400),
        api("thu hồi với lý do 1 MB", "admin", HttpMethod.POST, "/api/admin/awards/" + anAward() + "/revocation",
            Map.of("reason", HUGE), 400),
        api("thu hồi với lý do là mảng", "admin", HttpMethod.POST, "/api/admin/awards/" + anAward()
            + "/revocation", Map.of("reason", List.of("a")), 400),
        api("thu hồi bởi người không phải quản trị", "vanphong", HttpMethod.POST, "/api/admin/awards/" + anAward()
            + "/revocation", Map.of("reason", "Kê khai không trung thực"), 403),
        api("lịch sử khen thưởng không có", "vanphong", HttpMethod.GET, "/api/awards/999999/history", null, 400),
        api("sổ khen thưởng năm là chữ", "vanphong", HttpMethod.GET, "/api/awards?year=abc", null, 400),
        api("gửi lại thư không có", "admin", HttpMethod.POST, "/api/admin/mail-outbox/999999/retry", null, 400));
  }

  private List<Row> dashboardRows() {
    return List.of(
        api("năm là chữ", "vanphong", HttpMethod.GET, "/api/dashboard?year=abc", null, 400),
        api("năm -1", "vanphong", HttpMethod.GET, "/api/dashboard?year=-1", null, 404),
        api("năm 99999", "vanphong", HttpMethod.GET, "/api/dashboard?year=99999", null, 404),
        api("thống kê từ 3000 đến -5", "vanphong", HttpMethod.GET, "/api/stats?from=3000&to=-5", null, 400),
        api("thống kê từ là chữ", "vanphong", HttpMethod.GET, "/api/stats?from=abc", null, 400),
        api("xuất thống kê từ 3000 đến -5 (CSV)", "vanphong", HttpMethod.GET, "/api/stats.csv?from=3000&to=-5", null,
            400),
        api("xuất thống kê năm là chữ (XLSX)", "vanphong", HttpMethod.GET, "/api/stats.xlsx?from=x", null, 400),
        api("xuất đề nghị năm là chữ", "vanphong", HttpMethod.GET, "/api/cycles/abc/nominations.csv", null, 400),
        api("xuất sổ khen thưởng năm là chữ", "vanphong", HttpMethod.GET, "/api/awards.xlsx?year=abc", null, 400),
        api("lịch sử khen thưởng đơn vị không có", "vanphong", HttpMethod.GET, "/api/awards/history?unit=" + SQL,
            null, 404),
        api("lịch sử khen thưởng cá nhân không có", "vanphong", HttpMethod.GET, "/api/awards/history?person="
            + SCRIPT, null, 404),
        api("đơn vị xem bảng điều khiển", "qlddcv", HttpMethod.GET, "/api/dashboard?year=" + YEAR, null, 403));
  }

  private List<Row> settingsRows() {
    String tomorrow = TestClock.today().plusDays(1).toString();
    String yesterday = TestClock.today().minusDays(1).toString();
    String path = "/api/admin/settings";
    return List.of(
        api("thiếu khóa", "admin", HttpMethod.POST, path, Map.of("value", "3/4", "effectiveFrom", tomorrow), 400),
        api("khóa không có", "admin", HttpMethod.POST, path, Map.of("key", "khong.co", "value", "3/4",
            "effectiveFrom", tomorrow), 400),
        api("khóa là câu SQL", "admin", HttpMethod.POST, path, Map.of("key", SQL, "value", "3/4", "effectiveFrom",
            tomorrow), 400),
        api("túc số là chữ", "admin", HttpMethod.POST, path, Map.of("key", "council.quorum", "value", "abc",
            "effectiveFrom", tomorrow), 400),
        api("túc số 1000%", "admin", HttpMethod.POST, path, Map.of("key", "council.quorum", "value", "1000%",
            "effectiveFrom", tomorrow), 400),
        api("túc số âm", "admin", HttpMethod.POST, path, Map.of("key", "council.quorum", "value", "-5",
            "effectiveFrom", tomorrow), 400),
        api("ngày 31/02/2026", "admin", HttpMethod.POST, path, Map.of("key", "council.quorum", "value", "3/4",
            "effectiveFrom", "31/02/2026"), 400),
        api("ngày «yesterday»", "admin", HttpMethod.POST, path, Map.of("key", "council.quorum", "value", "3/4",
            "effectiveFrom", "yesterday"), 400),
        api("hiệu lực từ hôm qua", "admin", HttpMethod.POST, path, Map.of("key", "council.quorum", "value",
            "3/4", "effectiveFrom", yesterday), 400),
        api("giá trị là số JSON thay vì chữ, kèm trường lạ và ngày sai", "admin", HttpMethod.POST, path,
            Map.of("key", "council.quorum", "value", 75, "effectiveFrom", "2026-13-01", "hacker", "x"), 400),
        api("ghi chú 1 MB", "admin", HttpMethod.POST, path, Map.of("key", "council.quorum", "value", "3/4",
            "effectiveFrom", tomorrow, "note", HUGE), 400),
        api("không phải quản trị", "vanphong", HttpMethod.POST, path, Map.of("key", "council.quorum",
            "value", "3/4", "effectiveFrom", tomorrow), 403),
        api("lịch sử khóa không có", "vanphong", HttpMethod.GET, "/api/settings/khong.co/history", null, 400),
        api("ngày nghỉ 2026-13-01", "admin", HttpMethod.PUT, "/api/admin/holidays/2026-13-01", Map.of("name",
            "Nghỉ"), 400),
        api("ngày nghỉ «yesterday»", "admin", HttpMethod.PUT, "/api/admin/holidays/yesterday", Map.of("name",
            "Nghỉ"), 400),
        api("ngày nghỉ thiếu tên", "admin", HttpMethod.PUT, "/api/admin/holidays/" + (YEAR + 1) + "-03-03",
            Map.of(), 400),
        api("ngày nghỉ tên 1 MB", "admin", HttpMethod.PUT, "/api/admin/holidays/" + (YEAR + 1) + "-03-03",
            Map.of("name", HUGE), 400),
        api("xóa ngày nghỉ 31/02", "admin", HttpMethod.DELETE, "/api/admin/holidays/" + YEAR + "-02-31", null, 400),
        api("ngày nghỉ của năm là chữ", "vanphong", HttpMethod.GET, "/api/holidays/abc", null, 400),
        api("ngày nghỉ loại không có", "admin", HttpMethod.PUT, "/api/admin/holidays/" + (YEAR + 1) + "-03-03",
            Map.of("name", "Làm bù", "kind", "HOLIDAY"), 400),
        api("ngày làm bù vào thứ Hai", "admin", HttpMethod.PUT, "/api/admin/holidays/2098-03-03",
            Map.of("name", "Làm bù", "kind", "WORKING_DAY"), 400),
        api("ngày nghỉ ghi chú 1 MB", "admin", HttpMethod.PUT, "/api/admin/holidays/" + (YEAR + 1) + "-03-03",
            Map.of("name", "Nghỉ", "note", HUGE), 400),
        api("năm lịch nghỉ trạng thái không có", "admin", HttpMethod.PUT, "/api/admin/calendar-years/" + (YEAR + 1),
            Map.of("status", "OFFICIAL"), 400),
        api("năm lịch nghỉ công bố mà không ghi văn bản", "admin", HttpMethod.PUT,
            "/api/admin/calendar-years/" + (YEAR + 1), Map.of("status", "ANNOUNCED"), 400),
        api("năm lịch nghỉ là chữ", "admin", HttpMethod.PUT, "/api/admin/calendar-years/abc",
            Map.of("status", "PROVISIONAL"), 400),
        api("năm lịch nghỉ 1800", "admin", HttpMethod.PUT, "/api/admin/calendar-years/1800",
            Map.of("status", "PROVISIONAL"), 400),
        api("năm lịch nghỉ, không phải quản trị", "vanphong", HttpMethod.PUT,
            "/api/admin/calendar-years/" + (YEAR + 1), Map.of("status", "ANNOUNCED", "note", "Thông báo"), 403));
  }

  private List<Row> organizationRows() {
    Map<String, Object> person = Map.of("username", "trangnt", "fullName", "Nguyễn Thị Thu Trang", "unitCode",
        "qldd", "position", "Chuyên viên", "gender", "FEMALE", "roles", List.of("UNIT_STAFF"), "initialPassword",
        "doi-ngay-khi-dang-nhap");
    return List.of(
        api("cán bộ thiếu tên đăng nhập", "admin", HttpMethod.PUT, "/api/admin/people", without(person, "username"),
            400),
        api("cán bộ tên đăng nhập là câu SQL", "admin", HttpMethod.PUT, "/api/admin/people", with(person,
            "username", SQL), 400),
        api("cán bộ tên đăng nhập 1 MB", "admin", HttpMethod.PUT, "/api/admin/people", with(person, "username",
            HUGE), 400),
        api("cán bộ đơn vị không có", "admin", HttpMethod.PUT, "/api/admin/people", with(person, "unitCode",
            "khong-co"), 400),
        api("cán bộ vai trò không có", "admin", HttpMethod.PUT, "/api/admin/people", with(person, "roles",
            List.of("VUA")), 400),
        api("cán bộ vai trò là chữ", "admin", HttpMethod.PUT, "/api/admin/people", with(person, "roles", "VUA"), 400),
        api("cán bộ giới tính không có", "admin", HttpMethod.PUT, "/api/admin/people", with(person, "gender", "X"),
            400),
        api("cán bộ họ tên là đối tượng", "admin", HttpMethod.PUT, "/api/admin/people", with(person, "fullName",
            Map.of("a", 1)), 400),
        api("cán bộ hoạt động là mảng", "admin", HttpMethod.PUT, "/api/admin/people", with(person, "active",
            List.of(true)), 400),
        api("cán bộ họ tên có HTML, thiếu đơn vị", "admin", HttpMethod.PUT, "/api/admin/people",
            with(without(person, "unitCode"), "fullName", SCRIPT), 400),
        api("không phải quản trị", "qlddtruong", HttpMethod.PUT, "/api/admin/people", person, 403),
        api("đơn vị thiếu mã", "admin", HttpMethod.PUT, "/api/admin/units", Map.of("name", "Phòng mới"), 400),
        api("đơn vị tên 1 MB", "admin", HttpMethod.PUT, "/api/admin/units", Map.of("code", "moi", "name", HUGE,
            "shortName", "Mới"), 400),
        api("địa phương loại không có", "admin", HttpMethod.PUT, "/api/admin/localities", Map.of("code", "x-moi",
            "name", "Xã Mới", "kind", "VUONG_QUOC"), 400),
        api("Hội đồng: người không có", "admin", HttpMethod.POST, "/api/admin/council", Map.of("username",
            "khong-ai", "councilRole", "MEMBER", "validFrom", today()), 400),
        api("Hội đồng: vai trò không có", "admin", HttpMethod.POST, "/api/admin/council", Map.of("username",
            "qlddcv", "councilRole", "VUA", "validFrom", today()), 400),
        api("Hội đồng: ngày 31/02/2026", "admin", HttpMethod.POST, "/api/admin/council", Map.of("username",
            "qlddcv", "councilRole", "MEMBER", "validFrom", "31/02/2026"), 400),
        api("rời Hội đồng: mã không có", "admin", HttpMethod.DELETE, "/api/admin/council/999999?lastDay=" + today(),
            null, 400),
        api("rời Hội đồng: ngày «yesterday»", "admin", HttpMethod.DELETE, "/api/admin/council/" + aSeat()
            + "?lastDay=yesterday", null, 400),
        raw("JSON hỏng", "admin", HttpMethod.PUT, "/api/admin/people", "{\"username\": \"a\"", 400),
        api("đơn vị đang thanh tra: thiếu ghi chú", "admin", HttpMethod.PUT, "/api/admin/units/qldd/under-review",
            Map.of("underReview", true), 400),
        api("đơn vị đang thanh tra: cờ là mảng", "admin", HttpMethod.PUT, "/api/admin/units/qldd/under-review",
            Map.of("underReview", List.of(true), "note", "Quyết định thanh tra"), 400),
        api("đơn vị đang thanh tra: không phải quản trị", "vanphong", HttpMethod.PUT,
            "/api/admin/units/qldd/under-review", Map.of("underReview", true, "note", "Quyết định thanh tra"), 403));
  }

  /** The register of titles and awards: the Office's entry, removal and import. */
  private List<Row> meritRows() {
    Map<String, Object> entry = Map.of("year", YEAR - 1, "code", "LAO_DONG_TIEN_TIEN", "username", "qlddcv",
        "decisionNumber", "15/QĐ-STNMT", "decisionDate", "20/01/" + YEAR, "authority", "Giám đốc Sở");
    return List.of(
        api("sổ danh hiệu: người là câu SQL", "vanphong", HttpMethod.POST, "/api/merit-records", with(entry,
            "username", SQL), 400),
        api("sổ danh hiệu: ghi chú 1 MB", "vanphong", HttpMethod.POST, "/api/merit-records", with(entry, "note",
            HUGE), 400),
        api("sổ danh hiệu: năm là chữ", "vanphong", HttpMethod.POST, "/api/merit-records", with(entry, "year",
            "abc"), 400),
        api("sổ danh hiệu: danh hiệu là đối tượng", "vanphong", HttpMethod.POST, "/api/merit-records", with(entry,
            "code", Map.of("a", 1)), 400),
        api("sổ danh hiệu: danh hiệu có HTML", "vanphong", HttpMethod.POST, "/api/merit-records", with(entry,
            "code", SCRIPT), 400),
        api("sổ danh hiệu: ngày 31/02", "vanphong", HttpMethod.POST, "/api/merit-records", with(entry,
            "decisionDate", "31/02/" + YEAR), 400),
        api("sổ danh hiệu: không phải Văn phòng", "qlddtruong", HttpMethod.POST, "/api/merit-records", entry, 403),
        api("sổ danh hiệu: tra cứu không điều kiện", "qlddcv", HttpMethod.GET, "/api/merit-records", null, 400),
        api("sổ danh hiệu: năm tra cứu là chữ", "qlddcv", HttpMethod.GET, "/api/merit-records?year=abc", null, 400),
        api("sổ danh hiệu: xóa dòng không có", "vanphong", HttpMethod.DELETE, "/api/merit-records/999999",
            Map.of("reason", "Nhập nhầm"), 404),
        api("sổ danh hiệu: xóa, mã là chữ", "vanphong", HttpMethod.DELETE, "/api/merit-records/abc",
            Map.of("reason", "Nhập nhầm"), 400),
        meritImport("sổ danh hiệu: tệp có dòng sai", ("Năm;Danh hiệu;Tên đăng nhập;Số quyết định;Ngày quyết định;"
            + "Cơ quan quyết định\n" + (YEAR - 1) + ";LAO_DONG_TIEN_TIEN;qlddcv;1/QĐ;20/01/" + YEAR + ";Sở\n"
            + (YEAR - 1) + ";LAO_DONG_TIEN_TIEN;khongcoai;1/QĐ;20/01/" + YEAR + ";Sở\n")
            .getBytes(StandardCharsets.UTF_8), 400),
        meritImport("sổ danh hiệu: tệp không phải CSV UTF-8", "Năm;Ghi chú\n".getBytes(StandardCharsets.ISO_8859_1),
            400),
        raw("sổ danh hiệu: JSON hỏng", "vanphong", HttpMethod.POST, "/api/merit-records", "{\"year\": 2024", 400));
  }

  private static Row meritImport(String kind, byte[] bytes, int status) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return "so-theo-doi.csv";
      }
    });
    return new Row("Nhập sổ danh hiệu", kind, "vanphong", HttpMethod.POST, "/api/merit-records/import", parts,
        MediaType.MULTIPART_FORM_DATA, status, null);
  }

  private List<Row> difficultyRows() {
    String path = "/engine-rest/process-definition/key/difficulty-report/submit-form";
    Map<String, Object> good = Map.of("difficultyTitle", "Vướng mắc", "difficultyField", "DAT_DAI", "difficultyContent",
        "Nội dung");
    return List.of(
        engine("thiếu nội dung", "qlddcv", path, without(good, "difficultyContent"), 400, "Vui lòng"),
        engine("lĩnh vực không có", "qlddcv", path, with(good, "difficultyField", "VU_TRU"), 400, null),
        engine("tiêu đề 1 MB", "qlddcv", path, with(good, "difficultyTitle", HUGE), 400, null),
        engine("nội dung là mảng", "qlddcv", path, with(good, "difficultyContent", List.of("a")), 400, null));
  }

  private List<Row> adHocRows() {
    String path = "/engine-rest/process-definition/key/ad-hoc-award/submit-form";
    String recent = TestClock.today().minusDays(3).toString();
    Map<String, Object> good = Map.of("adHocNominee", "qlddcv", "adHocCollective", false, "adHocAchievement",
        "Phát hiện lấn chiếm đất công", "adHocAchievementDate", recent, "adHocResult", "Thu hồi 2 ha đất công");
    return List.of(
        engine("thiếu thành tích", "qlddcv", path, without(good, "adHocAchievement"), 400, "Thành tích đột xuất"),
        engine("đề nghị quá hạn", "qlddcv", path, with(good, "adHocAchievementDate",
            TestClock.today().minusDays(90).toString()), 400, "Đề nghị quá hạn"),
        engine("ngày thành tích sau hôm nay", "qlddcv", path, with(good, "adHocAchievementDate",
            TestClock.today().plusDays(1).toString()), 400, "không được sau ngày hôm nay"),
        engine("người của đơn vị khác", "qlddcv", path, with(good, "adHocNominee", "khtccv"), 400, "không thuộc"),
        engine("thành tích 1 MB", "qlddcv", path, with(good, "adHocAchievement", HUGE), 400, null),
        engine("gửi biến hệ thống adHocAwardId", "qlddcv", path, with(good, "adHocAwardId", 1), 400, null),
        engine("Văn phòng đề nghị thay đơn vị", "vanphong", path, good, 403, null),
        api("đề nghị quá hạn", "qlddcv", HttpMethod.POST, "/api/ad-hoc-awards", Map.of("nominee", "qlddcv",
            "achievement", "Thành tích", "achievementDate", TestClock.today().minusDays(90).toString(), "result",
            "Kết quả"), 400),
        api("Giám đốc đề nghị thay đơn vị", "giamdoc", HttpMethod.POST, "/api/ad-hoc-awards", Map.of("nominee",
            "qlddcv", "achievement", "Thành tích", "achievementDate", recent, "result", "Kết quả"), 403),
        api("người của đơn vị khác", "qlddcv", HttpMethod.POST, "/api/ad-hoc-awards", Map.of("nominee", "khtccv",
            "achievement", "Thành tích", "achievementDate", recent, "result", "Kết quả"), 400),
        api("ngày thành tích không phải ngày", "qlddcv", HttpMethod.POST, "/api/ad-hoc-awards", Map.of("nominee",
            "qlddcv", "achievement", "Thành tích", "achievementDate", "hôm qua", "result", "Kết quả"), 400));
  }

  private List<Row> thematicRows() {
    String path = "/api/thematic-movements";
    Map<String, Object> good = new LinkedHashMap<>();
    good.put("code", "CD-LOI-" + YEAR);
    good.put("name", "Thi đua chuyên đề kiểm thử");
    good.put("shortName", "Chuyên đề kiểm thử");
    good.put("description", "Đợt thi đua kiểm thử dữ liệu sai");
    good.put("startsOn", TestClock.today().plusDays(1).toString());
    good.put("endsOn", TestClock.today().plusDays(90).toString());
    good.put("launchDocNumber", "1/KH-SNNMT");
    good.put("launchDocDate", TestClock.today().toString());
    good.put("launchDocIssuer", "Sở Nông nghiệp và Môi trường");
    good.put("legalBasisNote", "Luật Thi đua, khen thưởng 2022");
    good.put("awardCode", "GIAY_KHEN");
    good.put("awardAuthority", "Giám đốc Sở");
    good.put("sourceNote", "Kiểm thử");
    good.put("criteria", List.of(Map.of("text", "Hoàn thành kế hoạch của đợt")));
    String start = "/engine-rest/process-definition/key/thematic-movement/submit-form";
    return List.of(
        api("ngày bắt đầu sau ngày kết thúc", "vanphong", HttpMethod.POST, path, with(good, "startsOn",
            TestClock.today().plusDays(100).toString()), 400),
        api("ngày không phải ngày", "vanphong", HttpMethod.POST, path, with(good, "endsOn", "cuối quý"), 400),
        api("không có tiêu chí", "vanphong", HttpMethod.POST, path, with(good, "criteria", List.of()), 400),
        api("bảy tiêu chí", "vanphong", HttpMethod.POST, path, with(good, "criteria", java.util.Collections.nCopies(7,
            Map.of("text", "Tiêu chí"))), 400),
        api("tiêu chí không có nội dung", "vanphong", HttpMethod.POST, path, with(good, "criteria",
            List.of(Map.of("maxScore", 10))), 400),
        api("điểm tối đa âm", "vanphong", HttpMethod.POST, path, with(good, "criteria",
            List.of(Map.of("text", "Tiêu chí", "maxScore", -5))), 400),
        api("danh hiệu thay cho hình thức khen thưởng", "vanphong", HttpMethod.POST, path, with(good, "awardCode",
            "CHIEN_SI_THI_DUA_CO_SO"), 400),
        api("tên quá 300 ký tự", "vanphong", HttpMethod.POST, path, with(good, "name", "Tên ".repeat(80)), 400),
        api("mã trùng phong trào thường xuyên", "vanphong", HttpMethod.POST, path, with(good, "code",
            "NTM-2021-2025"), 400),
        api("đơn vị khai báo", "qlddcv", HttpMethod.POST, path, good, 403),
        api("phát động phong trào chưa khai báo", "vanphong", HttpMethod.POST, path + "/KHONG-CO/run", null, 400),
        engine("thiếu mã phong trào", "vanphong", start, Map.of(), 400, "Mã phong trào theo chuyên đề"),
        engine("phát động phong trào thường xuyên", "vanphong", start, Map.of("thematicMovementCode",
            "NTM-2021-2025"), 400, "Không có phong trào thi đua theo chuyên đề"),
        engine("gửi biến hệ thống thematicRunId", "vanphong", start, Map.of("thematicMovementCode", "KHONG-CO",
            "thematicRunId", 1), 400, null),
        engine("đơn vị phát động", "qlddcv", start, Map.of("thematicMovementCode", "KHONG-CO"), 403, null));
  }

  private List<Row> titlesStartRows() {
    String path = "/engine-rest/process-definition/key/year-end-titles/submit-form";
    return List.of(
        engine("thiếu năm bình xét", "vanphong", path, Map.of(), 400, "Năm bình xét"),
        engine("năm là chữ", "vanphong", path, Map.of("titlesYear", "abc"), 400, null),
        engine("năm chưa đến", "vanphong", path, Map.of("titlesYear", YEAR + 1), 400, "Năm bình xét"),
        engine("người không có quyền mở đợt", "qlddcv", path, Map.of("titlesYear", YEAR), 403, null),
        api("năm là chữ", "vanphong", HttpMethod.POST, "/api/year-end-titles/abc", null, 400),
        api("năm 1999", "vanphong", HttpMethod.POST, "/api/year-end-titles/1999", null, 400),
        api("đơn vị mở đợt", "qlddcv", HttpMethod.POST, "/api/year-end-titles/" + YEAR, null, 403));
  }

  private List<Row> proposeTitlesRows() {
    List<Map<String, Object>> open = get("khtccv", "/engine-rest/task?processDefinitionKey=year-end-titles"
        + "&taskDefinitionKey=proposeTitles", LIST).getBody();
    assertThat(open).hasSize(1);
    String task = (String) open.get(0).get("id");
    Map<String, Object> good = Map.of("titlePerson1", "khtccv", "titleCode1", "LAO_DONG_TIEN_TIEN",
        "collectiveTitle", "NONE");
    return List.of(
        submitRow("người của đơn vị khác", "khtccv", task, with(good, "titlePerson1", "qlddcv"), 400, "không thuộc"),
        submitRow("tài khoản không có", "khtccv", task, with(good, "titlePerson1", "khongco"), 400,
            "không có cán bộ"),
        submitRow("tài khoản là câu SQL", "khtccv", task, with(good, "titlePerson1", SQL), 400, null),
        submitRow("danh hiệu không có", "khtccv", task, with(good, "titleCode1", "ANH_HUNG"), 400, "không hợp lệ"),
        submitRow("danh hiệu tập thể cho cá nhân", "khtccv", task, with(good, "titleCode1",
            "TAP_THE_LAO_DONG_XUAT_SAC"), 400, "không xét tặng cho cá nhân"),
        submitRow("danh hiệu cá nhân cho tập thể", "khtccv", task, with(good, "collectiveTitle",
            "CHIEN_SI_THI_DUA_CO_SO"), 400, "chỉ xét tặng cho cá nhân"),
        submitRow("cùng một người hai lần", "khtccv", task, with(with(good, "titlePerson2", "khtccv"), "titleCode2",
            "LAO_DONG_TIEN_TIEN"), 400, "đã được đề nghị"),
        submitRow("sáng kiến 1 MB", "khtccv", task, with(good, "titleInitiative1", HUGE), 400, null),
        submitRow("gửi biến hệ thống titlesRunId", "khtccv", task, with(good, "titlesRunId", 1), 400, null),
        submitRow("đơn vị khác (qlddcv) làm việc của khtc", "qlddcv", task, good, 403, null));
  }

  private List<Row> pageRows() {
    return List.of(
        page("công bố: năm là chữ", "/cong-bo/abc", 400),
        page("công bố: năm -1", "/cong-bo/-1", 404),
        page("công bố: năm 99999", "/cong-bo/99999", 404),
        page("công bố: năm chưa công bố", "/cong-bo/1999", 404),
        page("công bố: năm là câu SQL", "/cong-bo/" + "1999%27%3B%20drop%20table%20nomination%3B%20--", 400),
        page("công bố PDF: năm chưa công bố", "/cong-bo/1999.pdf", 404),
        api("công bố JSON: năm chưa công bố", null, HttpMethod.GET, "/cong-bo/1999", null, 404),
        api("công bố JSON: năm là chữ", null, HttpMethod.GET, "/cong-bo/abc", null, 400),
        api("trang minh chứng (API): nhiệm vụ không có", "qlddcv", HttpMethod.GET, "/api/tasks/" + UNKNOWN_TASK
            + "/evidence-page", null, 404),
        api("minh chứng không có", "qlddcv", HttpMethod.GET, "/api/evidence/999999/download", null, 404),
        api("minh chứng của đơn vị khác", "khtccv", HttpMethod.GET, "/api/evidence/" + anEvidence() + "/download",
            null, 403),
        api("minh chứng mã là chữ", "qlddcv", HttpMethod.GET, "/api/evidence/abc/download", null, 400));
  }

  // Building rows.

  private static Row engine(String kind, String user, String path, Map<String, Object> values, int status,
      String expected) {
    return new Row("Engine REST " + path.replaceAll(".*/key/([^/]+)/.*", "$1"), kind, user, HttpMethod.POST, path,
        Map.of("variables", FormVariables.of(values)), MediaType.APPLICATION_JSON, status, expected);
  }

  private static Row submitRow(String kind, String user, String task, Map<String, Object> values, int status,
      String expected) {
    return new Row("submit-form", kind, user, HttpMethod.POST, "/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", FormVariables.of(values)), MediaType.APPLICATION_JSON, status, expected);
  }

  private static Row completeRow(String kind, String user, String task, Map<String, Object> values, int status) {
    return new Row("complete", kind, user, HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
        Map.of("variables", FormVariables.of(values)), MediaType.APPLICATION_JSON, status, null);
  }

  private static Row messageRow(String kind, String user, Map<String, Object> message, int status) {
    return new Row("message provinceAnswer", kind, user, HttpMethod.POST, "/engine-rest/message", message,
        MediaType.APPLICATION_JSON, status, null);
  }

  private static Row api(String kind, String user, HttpMethod method, String path, Object body, int status) {
    return new Row(method + " " + path.replaceAll("\\?.*", ""), kind, user, method, path, body,
        MediaType.APPLICATION_JSON, status, null);
  }

  private static Row raw(String kind, String user, HttpMethod method, String path, String body, int status) {
    return new Row(method + " " + path, kind, user, method, path, body, MediaType.APPLICATION_JSON, status, null);
  }

  private static Row page(String kind, String path, int status) {
    return new Row("Trang " + path, kind, null, HttpMethod.GET, path, null, MediaType.TEXT_HTML, status, null);
  }

  private static Row upload(String kind, String user, String path, String fileName, byte[] bytes, int status) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (fileName != null) {
      parts.add("file", new ByteArrayResource(bytes) {
        @Override
        public String getFilename() {
          return fileName;
        }
      });
    }
    parts.add("note", "Minh chứng");
    return new Row("Tải lên minh chứng", kind, user, HttpMethod.POST, path, parts, MediaType.MULTIPART_FORM_DATA,
        status, null);
  }

  // Running rows: the status, a Vietnamese message without internals, and nothing stored.

  private DynamicNode rows(String group, Supplier<List<Row>> rows) {
    return dynamicContainer(group, Stream.of(group).flatMap(g -> rows.get().stream()
        .map(row -> dynamicTest(row.name(), () -> check(row)))));
  }

  private static DynamicNode step(String name, Runnable action) {
    return dynamicTest(name, action::run);
  }

  private void check(Row row) {
    String before = snapshot();
    ResponseEntity<String> response = send(row);
    String body = response.getBody() == null ? "" : response.getBody();
    assertThat(response.getStatusCode().value()).as("%s: %s", row.name(), abbreviate(body))
        .isEqualTo(row.status());
    String message = messageOf(response, body);
    assertThat(message).as("%s: the message", row.name()).isNotBlank();
    assertThat(VIETNAMESE.matcher(message).find()).as("%s: a Vietnamese message, got «%s»", row.name(),
        abbreviate(message)).isTrue();
    assertThat(LEAK.matcher(message).find()).as("%s: no Java, engine or SQL text in «%s»", row.name(),
        abbreviate(message)).isFalse();
    if (row.expected() != null) {
      assertThat(message).as(row.name()).contains(row.expected());
    }
    assertThat(snapshot()).as("%s: nothing stored", row.name()).isEqualTo(before);
  }

  private ResponseEntity<String> send(Row row) {
    HttpHeaders headers = new HttpHeaders();
    Object body = row.body();
    if (row.type().equals(MediaType.TEXT_HTML)) {
      headers.setAccept(List.of(MediaType.TEXT_HTML));
    } else {
      headers.setAccept(List.of(MediaType.APPLICATION_JSON));
      if (body != null) {
        headers.setContentType(row.type());
      }
      if (body instanceof Map<?, ?> map && !(body instanceof MultiValueMap)) {
        body = json(map);
      }
    }
    TestRestTemplate client = row.user() == null ? rest : rest.withBasicAuth(row.user(), "demo");
    return client.exchange(row.path(), row.method(), new HttpEntity<>(body, headers), String.class);
  }

  /** The answer's message: the JSON {@code message}, or the text of an HTML page. */
  private static String messageOf(ResponseEntity<String> response, String body) {
    MediaType type = response.getHeaders().getContentType();
    if (type != null && type.isCompatibleWith(MediaType.TEXT_HTML)) {
      return body.replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ").strip();
    }
    try {
      Object message = JSON.readValue(body, Map.class).get("message");
      return message == null ? "" : message.toString();
    } catch (JsonProcessingException e) {
      return "(not JSON) " + body;
    }
  }

  /** Everything a refused request could have written: app tables row by row, the engine's running state, counts. */
  private String snapshot() {
    StringBuilder s = new StringBuilder();
    for (String table : COMPARED) {
      // A refused attempt at a closed door of the engine is itself recorded («Bị từ chối»); nothing else may change.
      String only = table.equals("audit_entry") ? " where action <> 'REFUSED'" : "";
      s.append(table).append(jdbc.queryForList("select * from " + table + only + " order by 1")).append('\n');
    }
    for (String table : COUNTED) {
      s.append(table).append(jdbc.queryForObject("select count(*) from " + table, Long.class)).append('\n');
    }
    s.append(jdbc.queryForList("select id_, rev_, assignee_, owner_, proc_inst_id_, task_def_key_ from act_ru_task"
        + " order by id_"));
    s.append(jdbc.queryForList("select id_, rev_, name_, type_, text_, text2_, long_, double_, bytearray_id_,"
        + " execution_id_, task_id_ from act_ru_variable order by id_"));
    return s.toString();
  }

  // The cycle, driven forward by the real users.

  private void startCycle() {
    ResponseEntity<String> started = post("vanphong", "/engine-rest/process-definition/key/annual-cycle/submit-form",
        Map.of("variables", FormVariables.of(Map.of("cycleYear", YEAR, "reportDeadline",
            TestClock.today().plusDays(20).toString(), "finalSummary", false))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    Jobs.startUnitReports(management);
  }

  private void register(String unit) {
    submit(unit + "cv", "registerCommitment", "&processVariables=unitCode_eq_" + unit, Map.of("commitment",
        "Hỗ trợ xã đạt chuẩn nông thôn mới nâng cao", "localityCode", "x-phutam", "supportPlan",
        "Hướng dẫn thủ tục đất đai cho người dân"));
  }

  private void pathTraversalIsDefused() {
    String task = taskId("qlddcv", "draftReport", "&processVariables=unitCode_eq_qldd");
    Row row = upload("tên tệp ../../etc/passwd", "qlddcv", "/api/tasks/" + task + "/evidence", "../../etc/passwd",
        SampleFiles.pdf("passwd", 0), 201);
    ResponseEntity<String> saved = send(row);
    assertThat(saved.getStatusCode().value()).as(saved.getBody()).isEqualTo(201);
    String fileName = (String) readMap(saved.getBody()).get("fileName");
    assertThat(fileName).doesNotContain("/", "\\", "..").endsWith(".pdf");
    // Nothing was written outside the database: the evidence lives in its table, not in a file named by the user.
    assertThat(Files.exists(Path.of("etc", "passwd"))).isFalse();
    assertThat(jdbc.queryForObject("select count(*) from evidence_content", Integer.class)).isEqualTo(1);
  }

  private void draftWithMarkup() {
    Map<String, Object> report = new HashMap<>(Map.of("guidanceOnTime", true, "propagandaDone", true,
        "localitySupported", true, "reportSummary", SCRIPT + " **đậm** [liên kết](http://x.example) Hoàn thành"));
    report.putAll(Map.of("collectiveProposed", true, "collectiveAward", "GIAY_KHEN",
        "collectiveAchievements", "Hỗ trợ xã Phú Tâm đạt chuẩn nông thôn mới nâng cao"));
    report.putAll(individual(1, "qlddcv", "GIAY_KHEN", "Sáng kiến số hóa hồ sơ địa chính"));
    report.putAll(individual(2, "qlddtruong", "BANG_KHEN_UBND", "Giải pháp " + IMG));
    report.put("individual2Achievements", "Tham mưu " + IMG + " " + SCRIPT);
    submit("qlddcv", "draftReport", "&processVariables=unitCode_eq_qldd", report);
  }

  private void summaryIsEscapedInTasklist() {
    String task = taskId("qlddtruong", "approveReport", "");
    String text = (String) formVariable("qlddtruong", task, "reportSummaryText");
    assertThat(text).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\*\\*đậm\\*\\*", "\\[liên kết\\]",
        "&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<script", "<img");
  }

  private void returnWithMarkup() {
    submit("qlddtruong", "approveReport", "", Map.of("headDecision", "RETURN", "headComment",
        IMG + " *Bổ sung* minh chứng"));
    String task = taskId("qlddcv", "draftReport", "&processVariables=unitCode_eq_qldd");
    String reason = (String) formVariable("qlddcv", task, "returnReason");
    assertThat(reason).as("the return reason shown in the draft form's Markdown").contains(
        "&lt;img src=x onerror=alert(1)&gt;", "\\*Bổ sung\\*").doesNotContain("<img");
    complete("qlddcv", task, Map.of());
    submit("qlddtruong", "approveReport", "", Map.of("headDecision", "APPROVE"));
  }

  private void everyUnitReports() {
    submit("vanphong", "reviewReport", "&processVariables=unitCode_eq_qldd", Map.of("officeDecision", "ACCEPT"));
    for (String unit : organization.activeUnits().stream().map(Unit::getCode).filter(u -> !u.equals("qldd"))
        .toList()) {
      register(unit);
      submit(unit + "cv", "draftReport", "&processVariables=unitCode_eq_" + unit, Map.of("guidanceOnTime", true,
          "propagandaDone", true, "localitySupported", true, "reportSummary", "Hoàn thành nhiệm vụ năm " + YEAR));
      submit(unit + "truong", "approveReport", "", Map.of("headDecision", "APPROVE"));
      submit("vanphong", "reviewReport", "&processVariables=unitCode_eq_" + unit, Map.of("officeDecision", "ACCEPT"));
    }
    runAsynchronousSteps(); // the list is evaluated in a job after the last unit
    submit("vanphong", "confirmNominationList", "", Map.of("confirmList", true));
    runAsynchronousSteps();
  }

  private void councilVotes() {
    for (String member : COUNCIL) {
      complete(member, taskId(member, "castBallot", "&assignee=" + member), Map.of("ballotApprovals",
          List.copyOf(ballotIds.values())));
      runAsynchronousSteps();
    }
    runAsynchronousSteps();
  }

  private void boxOpenedAndMinutesConfirmed() {
    submit("giamdoc", "openBallotBox", "", BallotBoxKeys.open("giamdoc", "chanhvanphong"));
    runAsynchronousSteps();
    submit("chanhvanphong", "confirmMinutes", "", Map.of("confirmMinutes", true));
  }

  /** Steps the engine runs on its own (none, or the ballot's and the tally's), as the job executor would. */
  private void runAsynchronousSteps() {
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().messages().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private void objectionWithMarkup() {
    ResponseEntity<String> filed = post("ccbvmtcv", "/api/cycles/" + YEAR + "/objections", Map.of("nominationId",
        Long.valueOf(idOf("qlddcv")), "content", SCRIPT + " _nghiêng_ # tiêu đề"));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
    String cycle = jdbc.queryForObject("select proc_inst_id_ from act_ru_execution where business_key_ = ?"
        + " and parent_id_ is null and proc_def_id_ like 'annual-cycle%'", String.class, KEY);
    List<Map<String, Object>> timers = get("admin", "/engine-rest/job?processInstanceId=" + cycle
        + "&activityId=disclosurePeriod", LIST).getBody();
    assertThat(timers).hasSize(1);
    ResponseEntity<String> executed = post("admin", "/engine-rest/job/" + timers.get(0).get("id") + "/execute",
        Map.of());
    assertThat(executed.getStatusCode()).as(executed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    String task = taskId("vanphong", "ruleOnObjections", "");
    assertThat((String) formVariable("vanphong", task, "objectionsText"))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "\\_nghiêng\\_", "\\# tiêu đề")
        .doesNotContain("<script");
  }

  private void decideAndSendUpward() {
    submit("giamdoc", "decideAwards", "", Map.of("decisionNumber", "125/QĐ-STNMT", "decisionDate", today()));
    submit("vanphong", "prepareProvinceDossier", "", Map.of("proposalNumber", "45/TTr-STNMT", "proposalDate",
        today(), "dossierDocuments", List.of("PROPOSAL", "LIST", "MINUTES", "ACHIEVEMENT_REPORTS")));
    submit("giamdoc", "signProvinceProposal", "", Map.of("signDecision", "SIGN"));
    submit("vanphong", "recordProvinceDispatch", "", Map.of("dispatchNumber", "312/STNMT-VP", "dispatchDate",
        today(), "otherAgencies", false));
  }

  private void provinceApproves() {
    ResponseEntity<String> delivered = post("vanphong", "/engine-rest/message", message(KEY, FormVariables.of(Map.of(
        "approvedNominations", List.of(idOf("qlddtruong")), "provinceDecisionNumber", "1520/QĐ-UBND",
        "provinceDecisionDate", today()))));
    assertThat(delivered.getStatusCode()).as(delivered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void publishWithMarkup() {
    List<Map<String, Object>> awards = get("vanphong", "/api/awards?year=" + YEAR, LIST).getBody();
    submit("ttcnttcv", "publishModels", "", Map.of("publicationTitle", SCRIPT + " Điển hình tiên tiến",
        "publicationIntro", IMG + " Các tập thể, cá nhân tiêu biểu", "featuredAwards",
        awards.stream().map(a -> String.valueOf(a.get("id"))).toList()));
  }

  private void publicPageEscapes() {
    ResponseEntity<String> page = rest.exchange("/cong-bo/" + YEAR, HttpMethod.GET, accepting(MediaType.TEXT_HTML),
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("&lt;script&gt;alert(1)&lt;/script&gt; Điển hình tiên tiến",
        "&lt;img src=x onerror=alert(1)&gt;").doesNotContain(SCRIPT, IMG, "<img");
    ResponseEntity<Map<String, Object>> json = rest.exchange("/cong-bo/" + YEAR, HttpMethod.GET,
        accepting(MediaType.APPLICATION_JSON), MAP);
    assertThat(json.getBody()).as("JSON carries the text as typed; it is the reader's to show as text")
        .containsEntry("title", SCRIPT + " Điển hình tiên tiến");
  }

  private void documentsHoldTextNotMarkup() {
    List<Map<String, Object>> documents = get("vanphong", "/api/cycles/" + YEAR + "/documents", LIST).getBody();
    List<String> withUserText = new ArrayList<>();
    for (Map<String, Object> d : documents) {
      ResponseEntity<byte[]> file = rest.withBasicAuth("vanphong", "demo").getForEntity((String) d.get("download"),
          byte[].class);
      assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
      String xml = wordDocumentXml(file.getBody());
      if (xml == null) {
        continue;
      }
      assertThat(xml).as("%s", d.get("kind")).doesNotContain("<script", "<img");
      if (xml.contains("onerror=alert(1)")) {
        withUserText.add((String) d.get("kind"));
        // Escaped as text, whichever of the XML writers escapes «>» too (both are well-formed XML).
        assertThat(xml).as("%s", d.get("kind")).contains("&lt;img src=x onerror=alert(1)").containsPattern(
            "&lt;script(>|&gt;)");
      }
    }
    assertThat(withUserText).as("documents quoting the achievement typed with HTML").contains("ACHIEVEMENT_REPORT");
  }

  private static String wordDocumentXml(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private void scriptsInsertTextOnly() {
    Pattern sinks = Pattern.compile("\\.innerHTML|\\.outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|"
        + "new Function\\(|\\.html\\(");
    for (String script : List.of("/dashboard/dashboard.js", "/dashboard/du-lieu.js",
        "/minh-chung/giao-dien/minh-chung.js")) {
      ResponseEntity<String> code = rest.getForEntity(script, String.class);
      assertThat(code.getStatusCode()).isEqualTo(HttpStatus.OK);
      String withoutComments = code.getBody().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
      assertThat(sinks.matcher(withoutComments).find()).as("%s inserts text only", script).isFalse();
      assertThat(withoutComments).as(script).contains("textContent");
    }
    // The dashboard's data carries user text as data (JSON strings), which the page sets as textContent.
    ResponseEntity<String> data = rest.withBasicAuth("vanphong", "demo").getForEntity("/api/dashboard?year=" + YEAR,
        String.class);
    assertThat(data.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(data.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
  }

  private void unknownFieldsAreIgnored() {
    Map<String, Object> person = new LinkedHashMap<>(Map.of("username", "trangnt", "fullName", "Nguyễn Thị Thu Trang",
        "unitCode", "qldd", "position", "Chuyên viên", "gender", "FEMALE", "roles", List.of("UNIT_STAFF"),
        "initialPassword", "doi-ngay-khi-dang-nhap"));
    person.putAll(Map.of("groups", List.of("camunda-admin"), "admin", true, "id", 1));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String before = snapshot();
    ResponseEntity<String> saved = rest.withBasicAuth("admin", "demo").exchange("/api/admin/people", HttpMethod.PUT,
        new HttpEntity<>(json(person), headers), String.class);
    assertThat(saved.getStatusCode().is2xxSuccessful()).as(saved.getBody()).isTrue();
    assertThat(snapshot()).as("the rows' comparison sees what an accepted request stores").isNotEqualTo(before);
    assertThat(jdbc.queryForList("select group_id_ from act_id_membership where user_id_ = 'trangnt'", String.class))
        .isNotEmpty().doesNotContain("camunda-admin");
    assertThat(jdbc.queryForObject("select count(*) from person where username = 'trangnt'", Integer.class))
        .isEqualTo(1);
  }

  private void difficultyTextIsEscaped() {
    ResponseEntity<String> started = post("qlddcv", "/engine-rest/process-definition/key/difficulty-report/submit-form",
        Map.of("variables", FormVariables.of(Map.of("difficultyTitle", SCRIPT + " Vướng mắc", "difficultyField", "DAT_DAI",
            "difficultyContent", IMG + " **đậm**", "proposal", "[liên kết](http://x.example)"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = (String) readMap(started.getBody()).get("id");
    String route = onlyTask("vanphong", instance);
    assertThat((String) formVariable("vanphong", route, "difficultyTitleText"))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; Vướng mắc").doesNotContain("<script");
    assertThat((String) formVariable("vanphong", route, "difficultyContentText"))
        .contains("&lt;img src=x onerror=alert(1)&gt; \\*\\*đậm\\*\\*").doesNotContain("<img");
    assertThat((String) formVariable("vanphong", route, "proposalText")).contains("\\[liên kết\\]");
    complete("vanphong", route, Map.of("resolverGroup", "donviqldd", "routingNote", IMG + " _gấp_"));
    String answer = onlyTask("qlddcv", instance);
    assertThat((String) formVariable("qlddcv", answer, "routingNoteText")).contains("&lt;img", "\\_gấp\\_")
        .doesNotContain("<img");
    complete("qlddcv", answer, Map.of("answer", SCRIPT + " # Trả lời"));
    String review = onlyTask("qlddcv", instance);
    assertThat((String) formVariable("qlddcv", review, "answerText")).contains("&lt;script&gt;", "\\# Trả lời")
        .doesNotContain("<script");
  }

  private String onlyTask(String user, String processInstance) {
    List<Map<String, Object>> open = get(user, "/engine-rest/task?processInstanceId=" + processInstance, LIST)
        .getBody();
    assertThat(open).as("the open task of %s", processInstance).hasSize(1);
    return (String) open.get(0).get("id");
  }

  // Reading what the rows need.

  private String anAward() {
    return String.valueOf(get("vanphong", "/api/awards?year=" + YEAR, LIST).getBody().get(0).get("id"));
  }

  private String aSeat() {
    return String.valueOf(get("admin", "/api/admin/council", LIST).getBody().get(0).get("id"));
  }

  private String anEvidence() {
    return String.valueOf(jdbc.queryForObject("select min(id) from evidence", Long.class));
  }

  private String idOf(String nominee) {
    String name = (String) get(nominee, "/api/me", MAP).getBody().get("fullName");
    List<String> found = ballotIds.entrySet().stream().filter(e -> e.getKey().contains(" · " + name + " · "))
        .map(Map.Entry::getValue).toList();
    assertThat(found).as("ballot option of %s", nominee).hasSize(1);
    return found.get(0);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> ballotOptions(String member, String taskId) {
    return (List<Map<String, Object>>) formVariable(member, taskId, "ballotOptions");
  }

  @SuppressWarnings("unchecked")
  private Object formVariable(String user, String taskId, String name) {
    Map<String, Object> variables = get(user, "/engine-rest/task/" + taskId + "/form-variables?variableNames="
        + name, MAP).getBody();
    assertThat(variables).as("form variable %s", name).containsKey(name);
    return ((Map<String, Object>) variables.get(name)).get("value");
  }

  private static Map<String, Object> individual(int slot, String person, String award, String initiative) {
    String p = "individual" + slot;
    return Map.of(p + "Person", person, p + "Award", award, p + "TasksCompleted", true,
        p + "Achievements", "Tham mưu tháo gỡ vướng mắc đất đai cho cơ sở", p + "Initiatives", initiative);
  }

  private static Map<String, Object> message(String businessKey, Map<String, Object> processVariables) {
    return Map.of("messageName", "provinceAnswer", "businessKey", businessKey,
        "correlationKeys", Map.of("awardType", Map.of("value", "BANG_KHEN_UBND", "type", "String")),
        "processVariables", processVariables);
  }

  // Working on tasks as Tasklist does.

  private void submit(String user, String taskKey, String filter, Map<String, Object> values) {
    complete(user, taskId(user, taskKey, filter), values);
  }

  private String taskId(String user, String taskKey, String filter) {
    Jobs.runDocumentTasks(management); // documents the step before left to their own jobs
    List<Map<String, Object>> open = get(user, "/engine-rest/task?processInstanceBusinessKey=" + KEY
        + "&taskDefinitionKey=" + taskKey + filter, LIST).getBody();
    assertThat(open).as("%s of %s", taskKey, user).hasSize(1);
    return (String) open.get(0).get("id");
  }

  private void complete(String user, String taskId, Map<String, Object> values) {
    ResponseEntity<String> done = post(user, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", FormVariables.of(values)));
    assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    Jobs.runDocumentTasks(management); // the documents this step leaves to their own jobs
  }


  private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.put(name, value);
    return changed;
  }

  private static Map<String, Object> without(Map<String, Object> values, String name) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.remove(name);
    return changed;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readMap(String body) {
    try {
      return JSON.readValue(body, Map.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 600 ? text.substring(0, 600) + "…" : text;
  }

  private static String today() {
    return TestClock.today().toString();
  }

  private <T> ResponseEntity<T> get(String user, String path, ParameterizedTypeReference<T> type) {
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, type);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(json(body), headers),
        String.class);
  }

  private static HttpEntity<Void> accepting(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(type));
    return new HttpEntity<>(headers);
  }
}
