package vn.gov.soctrang.tnmt.tdkt.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * Evidence for user tasks: adding a file to an open task, listing a task's or a year's files, downloading one. A file
 * that is refused changes nothing: what was uploaded before stays as it was.
 */
@Service
class EvidenceService {

  private final EvidenceRepository evidence;
  private final EvidenceContentRepository contents;
  private final TaskLookup tasks;
  private final SettingsService settings;
  private final Clock clock;

  public EvidenceService(EvidenceRepository evidence, EvidenceContentRepository contents, TaskLookup tasks,
      SettingsService settings, Clock clock) {
    this.evidence = evidence;
    this.contents = contents;
    this.tasks = tasks;
    this.settings = settings;
    this.clock = clock;
  }

  /** A task's evidence as one viewer may see it, and whether they may add to it. */
  public record TaskEvidence(TaskFacts task, boolean canUpload, int maxSizeMb, List<Evidence> files) {
  }

  /** One file with its bytes. */
  public record EvidenceFile(Evidence evidence, byte[] bytes) {
  }

  /** The size limit of one file today, in MB (a dated setting). */
  public int maxSizeMb() {
    return settings.intValue(SettingKey.EVIDENCE_MAX_SIZE_MB);
  }

  @Transactional
  public Evidence upload(String taskId, Viewer viewer, EvidenceUpload upload) {
    TaskFacts task = task(taskId);
    if (!EvidenceAccess.mayUpload(viewer, task)) {
      throw new EvidenceAccessDeniedException("Chỉ người được giao nhiệm vụ «" + label(task)
          + "» (hoặc thuộc nhóm được giao) mới được tải lên minh chứng cho nhiệm vụ này.");
    }
    if (!task.open()) {
      throw new InvalidInputException("Nhiệm vụ «" + label(task) + "» đã hoàn thành: không thể tải thêm minh chứng. "
          + "Các tệp đã tải lên trước đó vẫn được giữ nguyên.");
    }
    String note = EvidenceRules.checkNote(upload.note());
    int maxSizeMb = maxSizeMb();
    EvidenceRules.checkSize(upload.originalName(), upload.size(), maxSizeMb);
    byte[] bytes = read(upload);
    EvidenceRules.AcceptedFile file = EvidenceRules.accept(upload.originalName(), bytes, maxSizeMb);
    evidence.findFirstByTaskIdAndSha256(task.id(), file.sha256()).ifPresent(same -> {
      throw new ConflictException("Tệp này đã được tải lên cho nhiệm vụ «" + label(task) + "» (tên «"
          + same.getFileName() + "», do " + same.getUploadedBy() + " tải lên ngày "
          + VietnameseDates.format(same.getUploadedAt().atZone(clock.getZone()).toLocalDate()) + ").");
    });
    Evidence saved = evidence.save(new Evidence(task, file, note, viewer.userId(), Instant.now(clock)));
    contents.save(new EvidenceContent(saved.getId(), bytes));
    return saved;
  }

  @Transactional(readOnly = true)
  public TaskEvidence forTask(String taskId, Viewer viewer) {
    TaskFacts task = task(taskId);
    List<Evidence> files = evidence.findByTaskIdOrderByIdAsc(task.id());
    if (!EvidenceAccess.maySeeTask(viewer, task)) {
      files = files.stream().filter(e -> viewer.userId().equals(e.getUploadedBy())).toList();
      if (files.isEmpty()) {
        throw new EvidenceAccessDeniedException("Bạn không có quyền xem minh chứng của nhiệm vụ «" + label(task)
            + "».");
      }
    }
    boolean canUpload = task.open() && EvidenceAccess.mayUpload(viewer, task);
    return new TaskEvidence(task, canUpload, maxSizeMb(), files);
  }

  /** Every file of a year's cycle and its sub-processes (same business key): the Office and the leadership. */
  @Transactional(readOnly = true)
  public List<Evidence> forBusinessKey(String businessKey, Viewer viewer) {
    if (!EvidenceAccess.maySeeCycle(viewer)) {
      throw new EvidenceAccessDeniedException("Chỉ Văn phòng Sở và Lãnh đạo Sở được xem toàn bộ minh chứng của năm.");
    }
    return evidence.findByBusinessKeyOrderByIdAsc(businessKey);
  }

  @Transactional(readOnly = true)
  public EvidenceFile download(long id, Viewer viewer) {
    Evidence file = evidence.findById(id).orElseThrow(() ->
        new EvidenceNotFoundException("Không tìm thấy tệp minh chứng số " + id + "."));
    boolean allowed = EvidenceAccess.maySee(viewer, file, null)
        || EvidenceAccess.maySee(viewer, file, tasks.find(file.getTaskId()).map(TaskFacts::candidates).orElse(null));
    if (!allowed) {
      throw new EvidenceAccessDeniedException("Bạn không có quyền tải tệp minh chứng này.");
    }
    byte[] bytes = contents.findById(file.getId()).map(EvidenceContent::getBytes).orElseThrow(() ->
        new IllegalStateException("Evidence " + id + " has no content"));
    return new EvidenceFile(file, bytes);
  }

  private static String label(TaskFacts task) {
    return task.name() == null || task.name().isBlank() ? task.definitionKey() : task.name();
  }

  private TaskFacts task(String taskId) {
    return tasks.find(taskId).orElseThrow(() ->
        new EvidenceNotFoundException("Không tìm thấy nhiệm vụ «" + shortened(taskId) + "»."));
  }

  private static String shortened(String text) {
    return text == null || text.length() <= 64 ? text : text.substring(0, 64) + "…";
  }

  private static byte[] read(EvidenceUpload upload) {
    try {
      return upload.content().read();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the uploaded file", e);
    }
  }
}
