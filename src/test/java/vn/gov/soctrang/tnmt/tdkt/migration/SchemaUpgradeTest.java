package vn.gov.soctrang.tnmt.tdkt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.EmbeddedPostgresSupport;

/**
 * A database created by the previous release (schema V16, with cycles, a registration on a district, holidays and
 * settings) upgrades to this one without loss, on PostgreSQL and on H2: its cycles belong to the seed plan's
 * movement, its district ends on 30/06/2025 and its registration still points at it, its holidays keep their names,
 * the legal bases of the three regimes and the grounds of revocation are there, its generated documents keep their
 * cycle while later ones may have none (V47), and nothing of it is rewritten.
 */
class SchemaUpgradeTest {

  private static final String PREVIOUS_RELEASE = "16";

  @Test
  void aPostgresqlDatabaseOfThePreviousReleaseUpgradesWithoutLoss() throws SQLException {
    EmbeddedPostgres pg = EmbeddedPostgresSupport.server();
    try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
      s.execute("drop database if exists schema_upgrade");
      s.execute("create database schema_upgrade");
    }
    upgradesWithoutLoss(pg.getDatabase("postgres", "schema_upgrade"));
  }

  @Test
  void anH2DatabaseOfThePreviousReleaseUpgradesWithoutLoss() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:schema-upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    upgradesWithoutLoss(h2);
  }

  private static void upgradesWithoutLoss(DataSource database) {
    Flyway.configure().dataSource(database).locations("classpath:db/migration").target(PREVIOUS_RELEASE).load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(database);
    jdbc.update("insert into unit (code, short_name, name, active, sort_order) values ('qldd', 'P. QLĐĐ', "
        + "'Phòng Quản lý đất đai', true, 1)");
    jdbc.update("insert into locality (code, name, kind, active) values ('h-chauthanh', 'Huyện Châu Thành', "
        + "'DISTRICT', true)");
    jdbc.update("insert into locality (code, name, kind, parent_id, active) values ('x-phutam', 'Xã Phú Tâm', "
        + "'COMMUNE', (select id from locality where code = 'h-chauthanh'), true)");
    for (int year : List.of(2023, 2024)) {
      jdbc.update("insert into cycle (cycle_year, report_deadline, final_summary, status, opened_by, opened_at) "
          + "values (?, ?, false, 'FINISHED', 'vanphong', current_timestamp)", year,
          java.sql.Date.valueOf(year + "-11-30"));
    }
    jdbc.update("insert into registration (cycle_id, unit_id, commitment, locality_id, support_plan, registered_by, "
        + "registered_at) values ((select id from cycle where cycle_year = 2024), (select id from unit where code = "
        + "'qldd'), 'Cam kết', (select id from locality where code = 'h-chauthanh'), 'Kế hoạch hỗ trợ', 'qlddcv', "
        + "current_timestamp)");
    // Awards entered out of decision order: the register numbers them per year in the order decided.
    for (int year : List.of(2023, 2024)) {
      jdbc.update("insert into unit_report (cycle_id, unit_id, status, due_date) values ((select id from cycle where "
          + "cycle_year = ?), (select id from unit where code = 'qldd'), 'ACCEPTED', ?)", year,
          java.sql.Date.valueOf(year + "-11-30"));
    }
    String[][] entered = {{"2024", "a", "2024-12-20"}, {"2024", "b", "2024-12-10"}, {"2024", "c", "2024-12-20"},
        {"2023", "d", "2023-12-15"}};
    for (String[] a : entered) {
      int year = Integer.parseInt(a[0]);
      jdbc.update("insert into nomination (unit_report_id, cycle_id, unit_id, nominee_type, nominee_name, "
          + "proposed_award, achievements, status) values ((select r.id from unit_report r join cycle c on c.id = "
          + "r.cycle_id where c.cycle_year = ?), (select id from cycle where cycle_year = ?), (select id from unit "
          + "where code = 'qldd'), 'INDIVIDUAL', ?, 'GIAY_KHEN', 'Thành tích', 'AWARDED')", year, year, a[1]);
      jdbc.update("insert into award (cycle_id, cycle_year, nomination_id, nominee_key, nominee_name, unit_id, "
          + "award_type, decision_number, decision_date, decided_by, status, created_at) values ((select id from "
          + "cycle where cycle_year = ?), ?, (select id from nomination where nominee_name = ?), ?, ?, (select id "
          + "from unit where code = 'qldd'), 'GIAY_KHEN', '1/QĐ-STNMT', ?, 'giamdoc', 'ACTIVE', current_timestamp)",
          year, year, a[1], a[1], a[1], java.sql.Date.valueOf(a[2]));
    }
    // A Council meeting of the 2024 cycle and its count of nomination «a»: V46 makes them the cycle's agenda.
    jdbc.update("insert into council_meeting (cycle_id, meeting_date, total_members, present_count, quorum_percent, "
        + "quorum_reached, status, created_at) values ((select id from cycle where cycle_year = 2024), ?, 7, 6, "
        + "66.67, true, 'MINUTES_CONFIRMED', current_timestamp)", java.sql.Date.valueOf("2024-12-05"));
    jdbc.update("insert into ballot_count (meeting_id, nomination_id, approvals, rejections) values ((select id from "
        + "council_meeting), (select id from nomination where nominee_name = 'a'), 6, 1)");
    jdbc.update("insert into generated_document (cycle_id, kind, subject, version, title, file_name, content_type, "
        + "size_bytes, sha256, created_by, created_at) values ((select id from cycle where cycle_year = 2024), "
        + "'DIRECTOR_DECISION', 'cycle', 1, 'Quyết định tặng Giấy khen năm 2024', 'quyet-dinh-giay-khen-2024-v1.docx', "
        + "'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 3, 'abc', 'system', "
        + "current_timestamp)");
    List<Map<String, Object>> holidaysBefore = jdbc.queryForList(
        "select holiday_date, name from holiday order by holiday_date");
    List<Map<String, Object>> settingsBefore = jdbc.queryForList(
        "select setting_key, setting_value, effective_from from setting order by setting_key, effective_from");

    // The release with ad-hoc awards before the Council path (V48): a proposal under way and a rule an administrator
    // recorded (the Council heard from 2027, V42's boolean).
    Flyway.configure().dataSource(database).locations("classpath:db/migration").target("48").load().migrate();
    jdbc.update("insert into ad_hoc_award (process_instance_id, unit_code, nominee_key, nominee_name, achievement, "
        + "achievement_key, achievement_date, achievement_result, proposed_on, proposed_by, status) values ('pi-1', "
        + "'qldd', 'qlddcv', 'Người được đề nghị', 'Thành tích', 'thành tích', date '2026-12-01', 'Kết quả', "
        + "date '2026-12-02', 'qlddcv', 'FORWARDED')");
    jdbc.update("update ad_hoc_rule set valid_to = date '2026-12-31' where rule_key = 'COUNCIL_CONSULTED'");
    jdbc.update("insert into ad_hoc_rule (rule_key, rule_value, valid_from, article, source_note, to_confirm) values "
        + "('COUNCIL_CONSULTED', 'true', date '2027-01-01', 'Quy chế của Sở', 'Ghi của quản trị viên', false)");

    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

    assertThat(jdbc.queryForList("select m.code from cycle c join movement m on m.id = c.movement_id "
        + "order by c.cycle_year", String.class)).containsExactly("NTM-2021-2025", "NTM-2021-2025");
    // V48: the movements declared before thematic ones existed are the long-running kind, their criteria decision kept.
    assertThat(jdbc.queryForList("select movement_kind || ' ' || criteria_decision from movement", String.class))
        .containsExactly("THUONG_XUYEN nominationCriteria");
    assertThat(jdbc.queryForObject("select valid_to from locality where code = 'h-chauthanh'", java.sql.Date.class))
        .hasToString("2025-06-30");
    assertThat(jdbc.queryForObject("select l.code from registration r join locality l on l.id = r.locality_id",
        String.class)).isEqualTo("h-chauthanh");
    assertThat(jdbc.queryForList("select holiday_date, name from holiday where holiday_date in "
        + "(select holiday_date from holiday) order by holiday_date")).containsAll(holidaysBefore);
    assertThat(jdbc.queryForList("select setting_key, setting_value, effective_from from setting "
        + "order by setting_key, effective_from")).as("settings kept as history").containsAll(settingsBefore);
    assertThat(jdbc.queryForList("select basis_text from legal_basis order by valid_from, position", String.class))
        .anyMatch(t -> t.contains("91/2017")).anyMatch(t -> t.contains("98/2023"))
        .anyMatch(t -> t.contains("152/2025"));
    assertThat(jdbc.queryForList("select code from revocation_ground where valid_to is null order by position",
        String.class)).as("the grounds of revocation of the 2022 law").containsExactly("KE_KHAI_GIAN_DOI",
        "HO_SO_SAI_SU_THAT", "XET_DUYET_TRAI_PHAP_LUAT", "KHONG_DAM_BAO_TIEU_CHUAN");
    assertThat(jdbc.queryForList("select nominee_name || ':' || register_number from award order by cycle_year, "
        + "register_number", String.class)).as("register numbers per year in decision order")
        .containsExactly("d:1", "b:1", "a:2", "c:3");
    assertThat(jdbc.queryForObject("select m.agenda_kind || ':' || c.cycle_year from council_meeting m join cycle c "
        + "on c.id = m.agenda_ref and c.id = m.cycle_id", String.class))
        .as("an existing meeting is the agenda of its cycle").isEqualTo("CYCLE:2024");
    assertThat(jdbc.queryForList("select n.nominee_name || ':' || b.approvals || '/' || b.rejections from ballot_count "
        + "b join nomination n on n.id = b.item_id where b.item_id = b.nomination_id", String.class))
        .as("an existing count is its nomination's item").containsExactly("a:6/1");
    assertThat(jdbc.queryForList("select c.cycle_year from generated_document d join cycle c on c.id = d.cycle_id",
        Integer.class)).as("a document of the previous release keeps its cycle").containsExactly(2024);
    jdbc.update("insert into generated_document (cycle_id, kind, subject, version, title, file_name, content_type, "
        + "size_bytes, sha256, created_by, created_at) values (null, 'TITLES_DECISION', 'title-run:1', 1, 'Quyết "
        + "định', 'quyet-dinh-danh-hieu-thi-dua-2026-v1.docx', "
        + "'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 3, 'abc', 'system', "
        + "current_timestamp)");
    // V50: the proposal keeps its state with no Council result; the rule on the Council is what the model reads, the
    // administrator's rows keeping their dates and meaning (V42's row they closed is not replaced by V50's rows).
    assertThat(jdbc.queryForList("select status || ':' || coalesce(cast(council_approved as varchar(5)), '-') from "
        + "ad_hoc_award", String.class)).containsExactly("FORWARDED:-");
    assertThat(jdbc.queryForList("select rule_value || ' ' || valid_from || ' ' || coalesce(cast(valid_to as "
        + "varchar(10)), '-') from ad_hoc_rule where rule_key = 'COUNCIL_CONSULTED' order by valid_from", String.class))
        .containsExactly("NOT_REQUIRED 2024-01-01 2026-12-31", "REQUIRED 2027-01-01 -");
    assertThat(jdbc.queryForObject("select count(*) from issuing_body", Integer.class))
        .as("the first issuing body comes from the deployment's settings at start, not from a migration").isZero();
  }
}
