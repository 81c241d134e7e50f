package vn.gov.soctrang.tnmt.tdkt.merit;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.soctrang.tnmt.tdkt.organization.CamundaGroups;
import vn.gov.soctrang.tnmt.tdkt.shared.InvalidInputException;
import vn.gov.soctrang.tnmt.tdkt.shared.Texts;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * The register of titles, assessments and awards («sổ theo dõi danh hiệu, khen thưởng»): everyone logged in reads a
 * person's or a unit's rows ({@code ?nominee=<username>} or {@code ?nominee=unit:<code>}) or a year's
 * ({@code ?year=2024}); only the Office (group {@value CamundaGroups#OFFICE}) enters, removes and imports rows.
 */
@RestController
@RequestMapping("/api/merit-records")
class MeritRecordController {

  private final MeritRegisterService register;
  private final IdentityService identity;

  public MeritRecordController(MeritRegisterService register, IdentityService identity) {
    this.register = register;
    this.identity = identity;
  }

  public record MeritRecordView(long id, int year, String code, String label, String kind, String kindLabel,
      String nomineeKey, String nominee, String unitCode, String decisionNumber, String decisionDate,
      String decisionDateText, String authority, String note, String source, String sourceLabel, String recordedBy,
      String recordedAt) {

    static MeritRecordView of(MeritRecord r) {
      return new MeritRecordView(r.getId(), r.getYear(), r.getCode().name(), r.getCode().label(),
          r.getCode().kind().name(), r.getCode().kind().label(), r.getNomineeKey(), r.getNomineeName(),
          r.getUnitCode(), r.getDecisionNumber(), r.getDecisionDate() == null ? null : r.getDecisionDate().toString(),
          VietnameseDates.format(r.getDecisionDate()), r.getAuthority(), r.getNote(), r.getSource().name(),
          r.getSource().label(), r.getRecordedBy(), r.getRecordedAt().toString());
    }
  }

  /** A code of the catalogue, for the entry form's list. */
  public record MeritCodeView(String code, String label, String kind, String kindLabel, String nominee) {
  }

  /** Why a row is removed. */
  public record Removal(String reason) {
  }

  @GetMapping
  public List<MeritRecordView> find(@RequestParam(required = false) String nominee,
      @RequestParam(required = false) Integer year) {
    String key = Texts.trimToNull(nominee);
    if (key == null && year == null) {
      throw new InvalidInputException("Vui lòng chọn cán bộ (tên đăng nhập), đơn vị (unit:<mã đơn vị>) hoặc năm.");
    }
    List<MeritRecord> rows = key != null ? register.ofNominee(key) : register.ofYear(year);
    return rows.stream().filter(r -> year == null || r.getYear() == year)
        .sorted(Comparator.comparingInt(MeritRecord::getYear).thenComparing(MeritRecord::getNomineeName))
        .map(MeritRecordView::of).toList();
  }

  @GetMapping("/codes")
  public List<MeritCodeView> codes() {
    return Arrays.stream(MeritCode.values()).map(c -> new MeritCodeView(c.name(), c.label(), c.kind().name(),
        c.kind().label(), c.nominee().name())).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public MeritRecordView record(@RequestBody MeritRegisterService.Entry entry) {
    return MeritRecordView.of(register.record(entry, office()));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void remove(@PathVariable long id, @RequestBody(required = false) Removal removal,
      @RequestParam(required = false) String reason) {
    String actor = office();
    register.remove(id, removal != null && removal.reason() != null ? removal.reason() : reason, actor);
  }

  /** Earlier years from a file (CSV UTF-8 or .xlsx): all rows stored, or none with each bad row named (400). */
  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public MeritRegisterService.ImportResult importRows(
      @RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
    String actor = office();
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("Vui lòng chọn tệp dữ liệu (CSV UTF-8 hoặc Excel .xlsx) ở trường «file».");
    }
    if (file.getSize() > MeritTable.MAX_BYTES) {
      throw new InvalidInputException("Tệp quá lớn (" + (file.getSize() / 1024) + " KB): mỗi lần nhập tối đa "
          + (MeritTable.MAX_BYTES / (1024 * 1024)) + " MB và " + MeritTable.MAX_ROWS
          + " dòng; hãy chia tệp thành nhiều phần.");
    }
    return register.importRows(file.getBytes(), file.getOriginalFilename(), actor);
  }

  /** The logged-in member of the Office (only the Office gets here: security/AccessRules). */
  private String office() {
    return identity.getCurrentAuthentication().getUserId();
  }
}
