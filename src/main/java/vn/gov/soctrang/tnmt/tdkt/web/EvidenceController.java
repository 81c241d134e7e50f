package vn.gov.soctrang.tnmt.tdkt.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.gov.soctrang.tnmt.tdkt.evidence.Evidence;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceAccessDeniedException;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceFileName;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceKind;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceNotFoundException;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidencePages;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceRules;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceService;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceService.TaskEvidence;
import vn.gov.soctrang.tnmt.tdkt.evidence.EvidenceUpload;
import vn.gov.soctrang.tnmt.tdkt.evidence.Viewer;

/**
 * Evidence files of user tasks: upload (multipart, field {@code file}, optional {@code note}), the task's list, the
 * year's list for the Office and the leadership, download; and the upload page that the task forms link to.
 */
@RestController
public class EvidenceController {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final String PAGE = "static/minh-chung.html";

  private final EvidenceService evidence;
  private final CycleRepository cycles;
  private final IdentityService identity;

  public EvidenceController(EvidenceService evidence, CycleRepository cycles, IdentityService identity) {
    this.evidence = evidence;
    this.cycles = cycles;
    this.identity = identity;
  }

  @PostMapping(value = "/api/tasks/{taskId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> upload(@PathVariable String taskId,
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "note", required = false) String note) {
    EvidenceUpload upload = file == null
        ? new EvidenceUpload(null, 0, () -> new byte[0], note)
        : new EvidenceUpload(file.getOriginalFilename(), file.getSize(), file::getBytes, note);
    Evidence saved = evidence.upload(taskId, viewer(), upload);
    return ResponseEntity.status(HttpStatus.CREATED).body(view(saved));
  }

  @GetMapping("/api/tasks/{taskId}/evidence")
  public List<Map<String, Object>> list(@PathVariable String taskId) {
    return evidence.forTask(taskId, viewer()).files().stream().map(EvidenceController::view).toList();
  }

  /** What the upload page shows: the task, whether the user may add files, the limit, the files. */
  @GetMapping("/api/tasks/{taskId}/evidence-page")
  public Map<String, Object> page(@PathVariable String taskId) {
    TaskEvidence found = evidence.forTask(taskId, viewer());
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("taskId", found.task().id());
    v.put("taskName", found.task().name());
    v.put("open", found.task().open());
    v.put("canUpload", found.canUpload());
    v.put("maxSizeMb", found.maxSizeMb());
    v.put("accepted", EvidenceKind.ACCEPTED_TEXT);
    v.put("files", found.files().stream().map(EvidenceController::view).toList());
    return v;
  }

  @GetMapping("/api/cycles/{year}/evidence")
  public List<Map<String, Object>> cycle(@PathVariable int year) {
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
        .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "SAMEORIGIN").body(html);
  }

  @ExceptionHandler(EvidenceAccessDeniedException.class)
  ResponseEntity<Map<String, Object>> forbidden(EvidenceAccessDeniedException e) {
    return error(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(EvidenceNotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(EvidenceNotFoundException e) {
    return error(HttpStatus.NOT_FOUND, e.getMessage());
  }

  private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.value());
    body.put("message", message);
    body.put("messages", List.of(message));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private Viewer viewer() {
    var auth = identity.getCurrentAuthentication();
    if (auth == null) {
      throw new EvidenceAccessDeniedException("Vui lòng đăng nhập để dùng chức năng này.");
    }
    return new Viewer(auth.getUserId(), auth.getGroupIds() == null ? Set.of() : Set.copyOf(auth.getGroupIds()));
  }

  private static Map<String, Object> view(Evidence e) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", e.getId());
    v.put("fileName", e.getFileName());
    v.put("kind", e.getKind().name());
    v.put("kindLabel", e.getKind().label());
    v.put("contentType", e.getContentType());
    v.put("sizeBytes", e.getSizeBytes());
    v.put("sizeText", EvidenceRules.sizeText(e.getSizeBytes()));
    v.put("sha256", e.getSha256());
    v.put("note", e.getNote());
    v.put("uploadedBy", e.getUploadedBy());
    v.put("uploadedAt", e.getUploadedAt().toString());
    v.put("taskId", e.getTaskId());
    v.put("taskName", e.getTaskName());
    v.put("taskDefinitionKey", e.getTaskDefinitionKey());
    v.put("processInstanceId", e.getProcessInstanceId());
    v.put("businessKey", e.getBusinessKey());
    v.put("unitCode", e.getUnitCode());
    v.put("downloadUrl", "/api/evidence/" + e.getId() + "/download");
    return v;
  }
}
