package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.soctrang.tnmt.tdkt.shared.MaxText;

/**
 * The export to the national database over HTTP: the published schema, a preview, a run, the batches, a resend and
 * the acknowledgement. Only the Office and the administrators get here (security/AccessRules).
 */
@RestController
@RequestMapping("/api/national-export")
class NationalExportController {

  private final NationalExportService service;

  NationalExportController(NationalExportService service) {
    this.service = service;
  }

  /** A run: one year, or (year absent) every record not exported yet. */
  record ExportRun(
      @Min(value = NationalExportService.FIRST_YEAR,
          message = "«Năm xuất dữ liệu (year)» không hợp lệ: phải từ {value} trở đi.")
      @Max(value = 2100, message = "«Năm xuất dữ liệu (year)» không hợp lệ: phải trước năm {value}.")
      Integer year) {
  }

  /** The national database's answer about a batch. */
  record Acknowledgement(
      @NotBlank(message = "Vui lòng chọn «Kết quả tiếp nhận (status)»: ACCEPTED hoặc REJECTED.")
      @Pattern(regexp = "ACCEPTED|REJECTED",
          message = "«Kết quả tiếp nhận (status)» chỉ nhận ACCEPTED (đã tiếp nhận) hoặc REJECTED (từ chối tiếp nhận).")
      String status,
      @NotBlank(message = "Vui lòng nhập «Số, ký hiệu phản hồi của cơ sở dữ liệu quốc gia (reference)».")
      @MaxText(max = 200, message = "«Số, ký hiệu phản hồi (reference)» quá dài: tối đa {max} ký tự, đã nhập {length}.")
      String reference,
      @MaxText(max = 1000, message = "«Ghi chú (note)» quá dài: tối đa {max} ký tự, đã nhập {length}.")
      String note) {
  }

  record BatchView(String batchId, String schemaVersion, Integer scopeYear, Instant createdAt, String createdBy,
      String transport, int recordCount, String deliveryReference, int deliveryCount, Instant lastDeliveredAt,
      String ackStatus, String ackStatusLabel, Instant ackAt, String ackReference, String ackNote) {

    static BatchView of(ExportBatch b) {
      return new BatchView(b.getBatchRef(), b.getSchemaVersion(), b.getScopeYear(), b.getCreatedAt(),
          b.getCreatedBy(), b.getTransport(), b.getRecordCount(), b.getDeliveryReference(), b.getDeliveryCount(),
          b.getLastDeliveredAt(), b.getAckStatus().name(), b.getAckStatus().label(), b.getAckAt(),
          b.getAckReference(), b.getAckNote());
    }
  }

  record RunResult(BatchView batch, int recordCount, String message) {
  }

  record PreviewView(Integer year, int inRegister, int alreadyExported, int pendingCount, List<String> problems,
      ExportFiles.Document document) {
  }

  record LedgerView(String recordId, Instant exportedAt, String transport, String ackStatus, Instant ackAt,
      String ackReference) {
  }

  record BatchDetail(BatchView batch, List<LedgerView> records) {
  }

  /** The published JSON Schema of the export (draft 2020-12), the version this application writes. */
  @GetMapping(value = "/schema", produces = "application/schema+json")
  ResponseEntity<byte[]> schema() {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/schema+json"))
        .header("X-Schema-Version", NationalExportSchema.VERSION).body(NationalExportSchema.bytes());
  }

  @GetMapping("/preview")
  PreviewView preview(@RequestParam(required = false) Integer year) {
    NationalExportService.Preview p = service.preview(year);
    return new PreviewView(p.year(), p.inRegister(), p.alreadyExported(), p.pending().size(), p.problems(),
        ExportFiles.document(null, year, p.at(), p.pending()));
  }

  @PostMapping("/runs")
  ResponseEntity<RunResult> run(@Valid @RequestBody ExportRun request, Principal principal) {
    return service.run(request.year(), principal.getName())
        .map(b -> ResponseEntity.status(HttpStatus.CREATED).body(new RunResult(BatchView.of(b), b.getRecordCount(),
            "Đã lập và gửi lô " + b.getBatchRef() + " gồm " + b.getRecordCount() + " bản ghi.")))
        .orElseGet(() -> ResponseEntity.ok(new RunResult(null, 0,
            "Không có bản ghi mới: mọi danh hiệu, khen thưởng và quyết định hủy bỏ "
                + (request.year() == null ? "" : "năm " + request.year() + " ") + "đã được xuất trước đó.")));
  }

  @GetMapping("/batches")
  List<BatchView> batches() {
    return service.batches().stream().map(BatchView::of).toList();
  }

  @GetMapping("/batches/{batchId}")
  BatchDetail batch(@PathVariable String batchId) {
    NationalExportService.BatchWithRecords found = service.batchWithRecords(batchId);
    return new BatchDetail(BatchView.of(found.batch()), found.entries().stream().map(e -> new LedgerView(
        e.getRecordId(), e.getExportedAt(), e.getTransport(), e.getAckStatus().name(), e.getAckAt(),
        e.getAckReference())).toList());
  }

  /** Sends a batch again exactly as first sent (the national database lost it, say); no record is added. */
  @PostMapping("/batches/{batchId}/resend")
  BatchView resend(@PathVariable String batchId) {
    return BatchView.of(service.resend(batchId));
  }

  @PostMapping("/batches/{batchId}/acknowledgement")
  BatchView acknowledge(@PathVariable String batchId, @Valid @RequestBody Acknowledgement request,
      Principal principal) {
    return BatchView.of(service.acknowledge(batchId, ExportBatch.AckStatus.valueOf(request.status()),
        request.reference(), request.note(), principal.getName()));
  }
}
