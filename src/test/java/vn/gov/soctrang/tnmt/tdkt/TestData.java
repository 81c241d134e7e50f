package vn.gov.soctrang.tnmt.tdkt;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.gov.soctrang.tnmt.tdkt.testclock.ShippedDatedRows;

/**
 * What a test leaves behind in an application shared with later test classes, removed: every process instance, the
 * rows the processes and the REST API write (cycles, reports, ballots, documents, awards, audit, mail …), the
 * register rows the processes confer, thematic movements, the dated rows added after start-up
 * ({@link ShippedDatedRows}) and the accounts' wrong-password counts. The organisation, the law's shipped rows and
 * the Camunda identity stay as the application started with them; {@link SharedApplicationGuard} checks that after
 * every class.
 */
public final class TestData {

  private static final List<String> WRITTEN_BY_THE_PROCESSES = List.of("audit_entry", "mail_outbox",
      "mail_reminder", "signed_document", "generated_document_pdf", "generated_document_content",
      "generated_document", "award_event", "award_revocation", "award", "publication", "movement_total", "objection",
      "ballot_cast", "ballot_issue", "sealed_ballot", "ballot_key", "ballot_count", "council_attendance",
      "council_meeting", "notification", "nomination", "province_submission_event", "province_submission",
      "registration", "unit_report", "cycle", "difficulty_report", "title_proposal", "title_run", "ad_hoc_award",
      "thematic_summary", "thematic_result", "thematic_proposal", "thematic_participation", "thematic_run",
      "movement_criterion", "evidence_content", "evidence");

  private TestData() {
  }

  /** Removes the deployments made after the application started (test models, earlier versions), with their data. */
  public static void removeDeploymentsOtherThan(ApplicationContext context, Set<String> shipped) {
    RepositoryService repository = context.getBean(RepositoryService.class);
    repository.createDeploymentQuery().list().stream().filter(d -> !shipped.contains(d.getId()))
        .forEach(d -> repository.deleteDeployment(d.getId(), true, true));
  }

  /** Removes what tests create in the given application (see the class comment). */
  public static void removeWhatTestsCreated(ApplicationContext context) {
    context.getBean(IdentityService.class).clearAuthentication();
    RuntimeService runtime = context.getBean(RuntimeService.class);
    runtime.createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished", true, true));
    JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
    for (String table : WRITTEN_BY_THE_PROCESSES) {
      jdbc.update("delete from " + table);
    }
    jdbc.update("delete from merit_record where source in ('YEAR_END_TITLES', 'AD_HOC', 'THEMATIC')");
    jdbc.update("delete from movement where movement_kind = 'CHUYEN_DE'");
    jdbc.update("update person set under_discipline = false");
    // Wrong passwords tried by the security tests count against the account (and lock it after a few).
    jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 0, LOCK_EXP_TIME_ = null");
    ShippedDatedRows.removeRecorded(jdbc);
  }
}
