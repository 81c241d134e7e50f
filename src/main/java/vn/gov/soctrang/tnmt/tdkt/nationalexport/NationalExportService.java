package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.soctrang.tnmt.tdkt.shared.ConflictException;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;

/**
 * The export's use cases: preview what a year (or everything) would send, run an export (each record once), resend a
 * batch as it was, list the batches, record the national database's acknowledgement. A run stores its batch, its
 * ledger rows and its files and delivers them in one transaction: a refusal or a failed delivery stores nothing.
 */
@Service
@Transactional
class NationalExportService {

  /** The registers reach back to 1990 (merit register); nothing older exists to export. */
  static final int FIRST_YEAR = 1990;

  private final RegisterReader reader;
  private final ExportBatchRepository batches;
  private final ExportBatchFileRepository files;
  private final LedgerEntryRepository ledger;
  private final List<ExportTransport> transports;
  private final String transportName;
  private final Clock clock;

  NationalExportService(RegisterReader reader, ExportBatchRepository batches, ExportBatchFileRepository files,
      LedgerEntryRepository ledger, List<ExportTransport> transports,
      @Value("${tdkt.national-export.transport:" + FileDropTransport.NAME + "}") String transportName, Clock clock) {
    this.reader = reader;
    this.batches = batches;
    this.files = files;
    this.ledger = ledger;
    this.transports = transports;
    this.transportName = transportName;
    this.clock = clock;
  }

  /** What a run would send now: the records not yet exported, how many were, and what cannot be exported. */
  record Preview(Integer year, Instant at, int inRegister, int alreadyExported, List<ExportRecord> pending,
      List<String> problems) {
  }

  /** A batch with the records it sent. */
  record BatchWithRecords(ExportBatch batch, List<LedgerEntry> entries) {
  }

  @Transactional(readOnly = true)
  Preview preview(Integer year) {
    checkYear(year);
    RegisterReader.Reading reading = reader.read(year);
    Set<String> exported = new HashSet<>(ledger.exportedRecordIds());
    List<ExportRecord> pending = reading.records().stream().filter(r -> !exported.contains(r.recordId())).toList();
    return new Preview(year, clock.instant(), reading.records().size(), reading.records().size() - pending.size(), pending,
        reading.problems());
  }

  /**
   * Exports the records of the year (every year when null) not exported before, as one batch through the configured
   * transport. Nothing new: no batch. A record the code table cannot name refuses the whole run (409), so that no
   * record is silently left behind.
   */
  Optional<ExportBatch> run(Integer year, String actor) {
    Preview preview = preview(year);
    if (!preview.problems().isEmpty()) {
      throw new ConflictException("Chưa xuất được dữ liệu: " + String.join(" ", preview.problems())
          + " Văn phòng cần bổ sung bảng mã trước khi xuất.");
    }
    if (preview.pending().isEmpty()) {
      return Optional.empty();
    }
    ExportTransport transport = transport();
    Instant now = clock.instant();
    ExportBatch batch = batches.saveAndFlush(new ExportBatch(NationalExportSchema.VERSION, year, now, actor,
        transport.name(), preview.pending().size()));
    batch.name(LocalDate.now(clock).getYear());
    try {
      preview.pending().forEach(r -> ledger.save(new LedgerEntry(r.recordId(), batch.getId(), now,
          transport.name())));
      ledger.flush();
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("Một lô xuất dữ liệu khác vừa được lập cùng lúc; vui lòng xem lại danh sách lô rồi "
          + "thực hiện lại.");
    }
    byte[] json = ExportFiles.json(ExportFiles.document(batch.getBatchRef(), year, now, preview.pending()));
    byte[] csv = ExportFiles.csv(preview.pending());
    files.save(new ExportBatchFile(batch.getId(), json, csv));
    batch.delivered(deliver(transport, new ExportTransport.Batch(batch.getBatchRef(), preview.pending(), json, csv),
        false), now);
    return Optional.of(batch);
  }

  /** Sends a batch again, byte for byte as first sent, through the transport it went by; nothing new is added. */
  ExportBatch resend(String batchRef) {
    ExportBatch batch = batch(batchRef);
    ExportBatchFile content = files.findById(batch.getId()).orElseThrow();
    ExportTransport transport = transports.stream().filter(t -> t.name().equals(batch.getTransport())).findFirst()
        .orElseThrow(() -> new ConflictException("Không còn phương thức gửi «" + batch.getTransport()
            + "» của lô " + batchRef + "."));
    Set<String> sent = new HashSet<>(ledger.findByBatchIdOrderByIdAsc(batch.getId()).stream()
        .map(LedgerEntry::getRecordId).toList());
    List<ExportRecord> records = reader.read(batch.getScopeYear()).records().stream()
        .filter(r -> sent.contains(r.recordId())).toList();
    batch.delivered(deliver(transport, new ExportTransport.Batch(batch.getBatchRef(), records, content.getJson(),
        content.getCsv()), true), clock.instant());
    return batch;
  }

  @Transactional(readOnly = true)
  List<ExportBatch> batches() {
    return batches.findAllByOrderByIdDesc();
  }

  @Transactional(readOnly = true)
  BatchWithRecords batchWithRecords(String batchRef) {
    ExportBatch batch = batch(batchRef);
    return new BatchWithRecords(batch, ledger.findByBatchIdOrderByIdAsc(batch.getId()));
  }

  /** The national database's answer about a batch, recorded once, on the batch and on each of its records. */
  ExportBatch acknowledge(String batchRef, ExportBatch.AckStatus status, String reference, String note,
      String actor) {
    ExportBatch batch = batch(batchRef);
    Instant now = clock.instant();
    batch.acknowledged(status, reference.strip(), Texts.trimToNull(note), actor, now);
    ledger.findByBatchIdOrderByIdAsc(batch.getId()).forEach(e -> e.acknowledged(status, reference.strip(), now));
    return batch;
  }

  private ExportBatch batch(String batchRef) {
    return batches.findByBatchRef(batchRef).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "Không có lô xuất dữ liệu số «" + batchRef + "»."));
  }

  private ExportTransport transport() {
    return transports.stream().filter(t -> t.name().equals(transportName)).findFirst().orElseThrow(() ->
        new ConflictException("Phương thức gửi «" + transportName + "» (tdkt.national-export.transport) chưa được "
            + "cài đặt."));
  }

  private static String deliver(ExportTransport transport, ExportTransport.Batch batch, boolean resend) {
    try {
      return transport.deliver(batch, resend);
    } catch (RuntimeException e) {
      throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Không gửi được lô " + batch.batchRef()
          + " qua «" + transport.name() + "»: chưa có gì được lưu, vui lòng thử lại sau.", e);
    }
  }

  private void checkYear(Integer year) {
    int current = LocalDate.now(clock).getYear();
    if (year != null && (year < FIRST_YEAR || year > current)) {
      throw new InvalidInputException("Năm xuất dữ liệu phải từ " + FIRST_YEAR + " đến " + current + ", đã nhập "
          + year + ".");
    }
  }
}
