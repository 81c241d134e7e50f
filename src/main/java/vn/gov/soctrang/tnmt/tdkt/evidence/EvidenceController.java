package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.soctrang.tnmt.tdkt.cycle.CycleRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.ApiError;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceService.TaskEvidence;

/**
 * Evidence files of user tasks: upload (multipart, field {@code file}, optional {@code note}), the task's list, the
 * year's list for the Office and the leadership, download; and the upload page that the task forms link to.
 */
@RestController
class EvidenceController {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final String PAGE = "static/minh-chung.html";
  /**
   * The upload page's policy: its script and stylesheet are files of the app (no inline script or style, no eval);
   * it may be framed by the app's own pages only, as {@code X-Frame-Options: SAMEORIGIN} says.
   */
  private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'self'";

  private final EvidenceService evidence;
  private final CycleRepository cycles;
  private final IdentityService identity;

  EvidenceController(EvidenceService evidence, CycleRepository cycles, IdentityService identity) {
    this.evidence = evidence;
    this.cycles = cycles;
    this.identity = identity;
  }

  /** One evidence file: what it is, who uploaded it, on which task of which process, and where to download it. */
  record EvidenceView(Long id, String fileName, String kind, String kindLabel, String contentType, long sizeBytes,
      String sizeText, String sha256, String note, String uploadedBy, String uploadedAt, String taskId,
      String taskName, String taskDefinitionKey, String processInstanceId, String businessKey, String unitCode,
      String downloadUrl) {
  }

  /** What the upload page shows: the task, whether the user may add files, the limit, the files. */
  record EvidencePageView(String taskId, String taskName, boolean open, boolean canUpload, int maxSizeMb,
      String accepted, List<EvidenceView> files) {
  }

  @PostMapping(value = "/api/tasks/{taskId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<EvidenceView> upload(@PathVariable String taskId,
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "note", required = false) String note) {
    EvidenceUpload upload = file == null
        ? new EvidenceUpload(null, 0, () -> new byte[0], note)
        : new EvidenceUpload(file.getOriginalFilename(), file.getSize(), file::getBytes, note);
    Evidence saved = evidence.upload(taskId, viewer(), upload);
    return ResponseEntity.status(HttpStatus.CREATED).body(view(saved));
  }

  @GetMapping("/api/tasks/{taskId}/evidence")
  public List<EvidenceView> list(@PathVariable String taskId) {
    return evidence.forTask(taskId, viewer()).files().stream().map(EvidenceController::view).toList();
  }

  /** What the upload page shows: the task, whether the user may add files, the limit, the files. */
  @GetMapping("/api/tasks/{taskId}/evidence-page")
  public EvidencePageView page(@PathVariable String taskId) {
    TaskEvidence found = evidence.forTask(taskId, viewer());
    return new EvidencePageView(found.task().id(), found.task().name(), found.task().open(), found.canUpload(),
        found.maxSizeMb(), EvidenceKind.ACCEPTED_TEXT, found.files().stream().map(EvidenceController::view).toList());
  }

  @GetMapping("/api/cycles/{year}/evidence")
  public List<EvidenceView> cycle(@PathVariable int year) {
    Viewer viewer = viewer();
    List<Evidence> files = evidence.forBusinessKey("TDKT-" + year, viewer);
    if (cycles.findByYear(year).isEmpty()) {
      throw new EvidenceNotFoundException("Chưa có chu trình thi đua năm " + year + ".");
    }
    return files.stream().map(EvidenceController::view).toList();
  }

  @GetMapping("/api/evidence/{id}/download")
  public ResponseEntity<byte[]> download(@PathVariable long id) {
    EvidenceService.EvidenceFile file = evidence.download(id, viewer());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.evidence().getContentType()))
        .contentLength(file.bytes().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, EvidenceFileName.attachmentHeader(file.evidence().getFileName()))
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(CacheControl.noStore())
        .body(file.bytes());
  }

  /** The upload page (no data in it: its script asks the API, with the Tasklist session of the same browser). */
  @GetMapping(value = EvidencePages.ROOT + "/{taskId}", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> uploadPage(@PathVariable String taskId) throws IOException {
    String html = StreamUtils.copyToString(new ClassPathResource(PAGE).getInputStream(), StandardCharsets.UTF_8);
    return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "SAMEORIGIN")
        .header("Content-Security-Policy", PAGE_POLICY).body(html);
  }

  @ExceptionHandler(EvidenceAccessDeniedException.class)
  ResponseEntity<ApiError> forbidden(EvidenceAccessDeniedException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(EvidenceNotFoundException.class)
  ResponseEntity<ApiError> notFound(EvidenceNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(status.value(), message));
  }

  private Viewer viewer() {
    var auth = identity.getCurrentAuthentication();
    if (auth == null) {
      throw new EvidenceAccessDeniedException("Vui lòng đăng nhập để dùng chức năng này.");
    }
    return new Viewer(auth.getUserId(), auth.getGroupIds() == null ? Set.of() : Set.copyOf(auth.getGroupIds()));
  }

  private static EvidenceView view(Evidence e) {
    return new EvidenceView(e.getId(), e.getFileName(), e.getKind().name(), e.getKind().label(), e.getContentType(),
        e.getSizeBytes(), EvidenceRules.sizeText(e.getSizeBytes()), e.getSha256(), e.getNote(), e.getUploadedBy(),
        e.getUploadedAt().toString(), e.getTaskId(), e.getTaskName(), e.getTaskDefinitionKey(),
        e.getProcessInstanceId(), e.getBusinessKey(), e.getUnitCode(), "/api/evidence/" + e.getId() + "/download");
  }
}
