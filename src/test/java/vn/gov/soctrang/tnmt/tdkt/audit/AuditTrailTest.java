package vn.gov.soctrang.tnmt.tdkt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.award.Award;
import vn.gov.soctrang.tnmt.tdkt.award.AwardRepository;
import vn.gov.soctrang.tnmt.tdkt.award.AwardService;
import vn.gov.soctrang.tnmt.tdkt.calendar.CalendarService;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationAdminService;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationAdminService.CouncilInput;
import vn.gov.soctrang.tnmt.tdkt.organization.OrganizationAdminService.PersonInput;
import vn.gov.soctrang.tnmt.tdkt.organization.PersonRepository;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingKey;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingRepository;
import vn.gov.soctrang.tnmt.tdkt.settings.SettingsService;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * Every change to awards, settings, holidays and membership leaves an audit entry in the same transaction: who,
 * when, which object, what, and the fields before and after (never a password). It reads back as written, and it
 * disappears with the change when the change is rolled back.
 */
class AuditTrailTest extends ProcessTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate FAR = LocalDate.of(2099, 9, 3);

  @Autowired AuditService audit;
  @Autowired AwardService awardService;
  @Autowired AwardRepository awards;
  @Autowired SettingsService settings;
  @Autowired SettingRepository settingRows;
  @Autowired CalendarService calendar;
  @Autowired OrganizationAdminService organization;
  @Autowired PersonRepository people;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void removeTheFarHoliday() {
    jdbc.update("delete from holiday where holiday_date = ?", java.sql.Date.valueOf(FAR));
  }

  @Test
  void awardsEnteredAndRevokedAreRecordedWithWhoAndTheirFieldsAndARolledBackRevocationLeavesNoEntry() {
    ProcessInstance cycle = consolidatedCycle();
    approvedAndDisclosed(cycle);
    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(),
        "125/QĐ-STNMT",
        AwardDecisionVariables.DECISION_DATE.name(), TestClock.today().toString()));
    List<Award> register = awards.findByYearOrderByIdAsc(YEAR);
    assertThat(register).hasSizeGreaterThanOrEqualTo(2);

    Award first = register.get(0);
    AuditEntry entered = only(AuditedObject.AWARD, first.getId());
    assertThat(entered.getActor()).isEqualTo("giamdoc");
    assertThat(entered.getAction()).isEqualTo(AuditAction.ENTERED.name());
    assertThat(entered.getOccurredAt()).isNotNull();
    assertThat(entered.getBeforeJson()).isNull();
    assertThat(map(entered.getAfterJson())).containsEntry("id", first.getId().intValue())
        .containsEntry("nominee", first.getNomineeName()).containsEntry("unit", "qldd")
        .containsEntry("awardType", "GIAY_KHEN").containsEntry("decisionNumber", "125/QĐ-STNMT")
        .containsEntry("status", "ACTIVE");

    as("admin");
    try {
      awardService.revoke(first.getId(), "Kê khai thành tích không trung thực", "admin");
    } finally {
      identity.clearAuthentication();
    }
    List<AuditEntry> history = audit.find(AuditedObject.AWARD, String.valueOf(first.getId()), 10);
    assertThat(history).extracting(AuditEntry::getAction).containsExactly("REVOKED", "ENTERED");
    AuditEntry revoked = history.get(0);
    assertThat(revoked.getActor()).isEqualTo("admin");
    assertThat(map(revoked.getBeforeJson())).containsEntry("status", "ACTIVE").containsEntry("revokedAt", null);
    assertThat(map(revoked.getAfterJson())).containsEntry("status", "REVOKED")
        .containsEntry("reason", "Kê khai thành tích không trung thực").doesNotContainEntry("revokedAt", null);

    // The same revocation, rolled back: the award stays in force and the trail has no entry for it.
    Award second = register.get(1);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(status -> {
      awardService.revoke(second.getId(), "Phê duyệt trái pháp luật", "admin");
      assertThat(audit.find(AuditedObject.AWARD, String.valueOf(second.getId()), 10))
          .extracting(AuditEntry::getAction).containsExactly("REVOKED", "ENTERED");
      status.setRollbackOnly();
    });
    assertThat(awards.findById(second.getId()).orElseThrow().isActive()).isTrue();
    assertThat(audit.find(AuditedObject.AWARD, String.valueOf(second.getId()), 10))
        .extracting(AuditEntry::getAction).containsExactly("ENTERED");
  }

  @Test
  void aNewDatedSettingAndTheHolidaysAreRecordedWithBeforeAndAfter() {
    String key = SettingKey.byKey("council.quorum").orElseThrow().key();
    LocalDate from = TestClock.today().plusYears(40);
    as("admin");
    try {
      settings.change(key, "3/4", from, "Theo quy chế mới");
      calendar.saveHoliday(FAR, "Nghỉ bù Quốc khánh");
      calendar.saveHoliday(FAR, "Nghỉ bù Quốc khánh 2/9");
      calendar.removeHoliday(FAR);
    } finally {
      identity.clearAuthentication();
    }

    AuditEntry setting = audit.find(AuditedObject.SETTING, key, 1).get(0);
    assertThat(setting.getActor()).isEqualTo("admin");
    assertThat(setting.getAction()).isEqualTo("NEW_VALUE");
    assertThat(map(setting.getBeforeJson())).containsEntry("key", key).containsEntry("value", "2/3")
        .containsEntry("effectiveFrom", "2021-01-01");
    assertThat(map(setting.getAfterJson())).containsEntry("key", key).containsEntry("value", "3/4")
        .containsEntry("effectiveFrom", from.toString()).containsEntry("note", "Theo quy chế mới");

    List<AuditEntry> holiday = audit.find(AuditedObject.HOLIDAY, FAR.toString(), 10);
    assertThat(holiday).extracting(AuditEntry::getAction).containsExactly("DELETED", "UPDATED", "CREATED");
    assertThat(holiday).extracting(AuditEntry::getActor).containsOnly("admin");
    assertThat(map(holiday.get(1).getBeforeJson())).containsEntry("name", "Nghỉ bù Quốc khánh");
    assertThat(map(holiday.get(1).getAfterJson())).containsEntry("name", "Nghỉ bù Quốc khánh 2/9");
    assertThat(map(holiday.get(0).getBeforeJson())).containsEntry("date", FAR.toString());
    assertThat(holiday.get(0).getAfterJson()).isNull();
    assertThat(holiday.get(2).getBeforeJson()).isNull();

    // Nobody logged in (a timer, the start-up): the system is the actor.
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      calendar.saveHoliday(FAR, "Nghỉ bù");
      assertThat(audit.find(AuditedObject.HOLIDAY, FAR.toString(), 1).get(0).getActor())
          .isEqualTo(AuditService.SYSTEM);
      status.setRollbackOnly();
    });
  }

  @Test
  void membershipChangesAreRecordedWithoutThePasswordAndRollBackWithTheChange() {
    String password = "Mat-khau-ban-dau-2026";
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      as("admin");
      try {
        organization.savePerson(new PersonInput("kiemtra01", "Nguyễn Văn Kiểm", "qldd", "Chuyên viên", "MALE",
            "kiem@example.vn", List.of("UNIT_STAFF"), null, null, password));
        organization.savePerson(new PersonInput("kiemtra01", "Nguyễn Văn Kiểm", "qldd", "Phó trưởng phòng", "MALE",
            "kiem@example.vn", List.of("UNIT_STAFF", "UNIT_HEAD"), false, null, null));
        // The same values again are not a change.
        organization.savePerson(new PersonInput("kiemtra01", "Nguyễn Văn Kiểm", "qldd", "Phó trưởng phòng", "MALE",
            "kiem@example.vn", List.of("UNIT_HEAD", "UNIT_STAFF"), false, null, null));
        long seat = organization.seatOnCouncil(new CouncilInput("kiemtra01", "MEMBER", "2099-01-01")).getId();
        organization.leaveCouncil(seat, LocalDate.of(2099, 12, 31));

        List<AuditEntry> person = audit.find(AuditedObject.PERSON, "kiemtra01", 10);
        assertThat(person).extracting(AuditEntry::getAction).containsExactly("UPDATED", "CREATED");
        assertThat(person).extracting(AuditEntry::getActor).containsOnly("admin");
        Map<String, Object> created = map(person.get(1).getAfterJson());
        assertThat(created).containsEntry("username", "kiemtra01").containsEntry("unit", "qldd")
            .containsEntry("roles", List.of("UNIT_STAFF")).containsEntry("active", true)
            .containsEntry("passwordSet", true);
        assertThat(map(person.get(0).getBeforeJson())).containsEntry("roles", List.of("UNIT_STAFF"))
            .containsEntry("active", true).containsEntry("position", "Chuyên viên");
        assertThat(map(person.get(0).getAfterJson())).containsEntry("roles", List.of("UNIT_HEAD", "UNIT_STAFF"))
            .containsEntry("active", false).containsEntry("position", "Phó trưởng phòng");

        List<AuditEntry> council = audit.find(AuditedObject.COUNCIL_MEMBER, String.valueOf(seat), 10);
        assertThat(council).extracting(AuditEntry::getAction).containsExactly("LEFT", "SEATED");
        assertThat(map(council.get(1).getAfterJson())).containsEntry("username", "kiemtra01")
            .containsEntry("councilRole", "MEMBER").containsEntry("validFrom", "2099-01-01")
            .containsEntry("validTo", null);
        assertThat(map(council.get(0).getAfterJson())).containsEntry("validTo", "2099-12-31");

        // What is stored, read from the table itself: no password anywhere in the trail.
        List<String> stored = jdbc.queryForList("select coalesce(before_json, '') || coalesce(after_json, '') "
            + "from audit_entry where object_id in ('kiemtra01', ?)", String.class, String.valueOf(seat));
        assertThat(stored).hasSize(4).noneMatch(json -> json.contains(password)).noneMatch(json -> json.contains(
            "assword\":\""));
      } finally {
        identity.clearAuthentication();
      }
      status.setRollbackOnly();
    });
    assertThat(people.findByUsername("kiemtra01")).isEmpty();
    assertThat(identity.createUserQuery().userId("kiemtra01").count()).isZero();
    assertThat(audit.find(AuditedObject.PERSON, "kiemtra01", 10)).isEmpty();
  }

  @Test
  void aFailedChangeLeavesNoEntryAndAnEntryCannotBeWrittenOnItsOwn() {
    String key = "council.quorum";
    LocalDate from = TestClock.today().plusYears(41);
    int before = audit.find(AuditedObject.SETTING, key, AuditService.MAX_LIMIT).size();
    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      settings.change(key, "4/5", from, null);
      throw new IllegalStateException("the rest of the use case failed");
    })).hasMessageContaining("the rest of the use case failed");
    assertThat(settingRows.findByKeyAndEffectiveFrom(key, from)).isEmpty();
    assertThat(audit.find(AuditedObject.SETTING, key, AuditService.MAX_LIMIT)).hasSize(before);

    // Refused input changes nothing and records nothing.
    assertThatThrownBy(() -> settings.change(key, "not a number", from, null));
    assertThat(audit.find(AuditedObject.SETTING, key, AuditService.MAX_LIMIT)).hasSize(before);

    // The trail is written only inside the change's own transaction.
    assertThatThrownBy(() -> audit.record(AuditedObject.SETTING, key, AuditAction.NEW_VALUE, null, Map.of()))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  private AuditEntry only(AuditedObject type, Object id) {
    List<AuditEntry> entries = audit.find(type, String.valueOf(id), 10);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  private static Map<String, Object> map(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
      });
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
