package vn.gov.soctrang.tnmt.tdkt.nationalexport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.award.AppliedRevocations;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritKind;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecord;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritRecordRepository;
import vn.gov.soctrang.tnmt.tdkt.merit.MeritSource;
import vn.gov.soctrang.tnmt.tdkt.organization.Unit;
import vn.gov.soctrang.tnmt.tdkt.organization.UnitRepository;
import vn.gov.soctrang.tnmt.tdkt.shared.VietnameseDates;

/**
 * Reads the registers into export records: the award register (the Department's decisions and those the province sent
 * back), the merit register's titles and awards (its yearly assessments are not titles and stay out; its rows of the
 * Department's own decisions are the award register's), and the revocations applied to the award register.
 */
@Component
class RegisterReader {

  private static final String COLLECTIVE_PREFIX = "unit:";

  private final AwardService awards;
  private final AppliedRevocations revocations;
  private final MeritRecordRepository merits;
  private final UnitRepository units;
  private final ExportCodeRepository codes;

  RegisterReader(AwardService awards, AppliedRevocations revocations, MeritRecordRepository merits,
      UnitRepository units, ExportCodeRepository codes) {
    this.awards = awards;
    this.revocations = revocations;
    this.merits = merits;
    this.units = units;
    this.codes = codes;
  }

  /** What the registers hold for a year (null: every year), and what could not be exported with the reason. */
  record Reading(List<ExportRecord> records, List<String> problems) {
  }

  @Transactional(readOnly = true)
  Reading read(Integer year) {
    List<ExportCode> table = codes.findAllByOrderByRegisterCodeAscValidFromAsc();
    List<ExportRecord> records = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<Long, Award> awardsById = new HashMap<>();
    for (Award a : awards.register(null)) {
      awardsById.put(a.getId(), a);
      if (year != null && a.getYear() != year) {
        continue;
      }
      String recordId = "AWARD-" + a.getId();
      Optional<ExportCode> code = codeFor(table, a.getAwardType().name(), a.getDecisionDate());
      if (code.isEmpty()) {
        problems.add(missingCode(recordId, a.getAwardType().label(), a.getDecisionDate()));
        continue;
      }
      records.add(new ExportRecord(recordId, ExportRecord.CONFERRAL, a.getYear(), code.get().getKind(),
          code.get().getExportCode(), code.get().getExportName(), a.isCollective() ? "COLLECTIVE" : "INDIVIDUAL",
          a.getNomineeKey(), a.getNomineeName(), a.getUnit().getCode(), a.getUnit().getName(), a.getDecisionNumber(),
          a.getDecisionDate(), a.getAuthority(), code.get().getLegalBasis(), a.getRegisterNumber(), null, null, null));
    }
    for (MeritRecord m : merits.findAll(org.springframework.data.domain.Sort.by("year", "id"))) {
      if ((year != null && m.getYear() != year) || m.getCode().kind() == MeritKind.RATING
          || m.getSource() == MeritSource.DEPARTMENT) {
        continue;
      }
      String recordId = "MERIT-" + m.getId();
      LocalDate day = m.getDecisionDate() != null ? m.getDecisionDate() : LocalDate.of(m.getYear(), 12, 31);
      Optional<ExportCode> code = codeFor(table, m.getCode().name(), day);
      if (code.isEmpty()) {
        problems.add(missingCode(recordId, m.getCode().label(), day));
        continue;
      }
      boolean collective = m.getNomineeKey().startsWith(COLLECTIVE_PREFIX);
      String unitCode = m.getUnitCode() != null ? m.getUnitCode()
          : collective ? m.getNomineeKey().substring(COLLECTIVE_PREFIX.length()) : null;
      String unitName = unitCode == null ? null : units.findByCode(unitCode).map(Unit::getName).orElse(null);
      records.add(new ExportRecord(recordId, ExportRecord.CONFERRAL, m.getYear(), code.get().getKind(),
          code.get().getExportCode(), code.get().getExportName(), collective ? "COLLECTIVE" : "INDIVIDUAL",
          m.getNomineeKey(), m.getNomineeName(), unitCode, unitName, m.getDecisionNumber(), m.getDecisionDate(),
          m.getAuthority(), code.get().getLegalBasis(), null, null, null, null));
    }
    for (AppliedRevocations.Applied r : revocations.all()) {
      Award a = awardsById.get(r.awardId());
      if (a == null) {
        continue;
      }
      // A revocation belongs to the year of its own decision, not to the year of the award it revokes.
      int decisionYear = r.decisionDate() != null ? r.decisionDate().getYear() : a.getYear();
      if (year != null && decisionYear != year) {
        continue;
      }
      Optional<ExportCode> code = codeFor(table, a.getAwardType().name(), a.getDecisionDate());
      if (code.isEmpty()) {
        problems.add(missingCode("REVOCATION-" + r.revocationId(), a.getAwardType().label(), a.getDecisionDate()));
        continue;
      }
      records.add(new ExportRecord("REVOCATION-" + r.revocationId(), ExportRecord.REVOCATION, decisionYear,
          code.get().getKind(), code.get().getExportCode(), code.get().getExportName(),
          a.isCollective() ? "COLLECTIVE" : "INDIVIDUAL", a.getNomineeKey(), a.getNomineeName(),
          a.getUnit().getCode(), a.getUnit().getName(), r.decisionNumber(), r.decisionDate(),
          r.authority() != null ? r.authority() : a.getAuthority(), r.groundSource(),
          a.getRegisterNumber(), "AWARD-" + a.getId(), r.groundCode(),
          r.groundLabel()));
    }
    records.sort(Comparator.comparing(ExportRecord::year).thenComparing(ExportRecord::recordType)
        .thenComparing(r -> r.recordId().replaceAll("\\d", "")).thenComparing(r -> Long.parseLong(
            r.recordId().replaceAll("\\D", ""))));
    return new Reading(records, problems);
  }

  private static Optional<ExportCode> codeFor(List<ExportCode> table, String registerCode, LocalDate day) {
    return table.stream().filter(c -> c.getRegisterCode().equals(registerCode) && c.inForceOn(day)).findFirst();
  }

  private static String missingCode(String recordId, String label, LocalDate day) {
    return "Bản ghi " + recordId + " («" + label + "»): chưa có mã xuất dữ liệu có hiệu lực ngày "
        + VietnameseDates.format(day) + " trong bảng mã danh hiệu, hình thức khen thưởng.";
  }
}
