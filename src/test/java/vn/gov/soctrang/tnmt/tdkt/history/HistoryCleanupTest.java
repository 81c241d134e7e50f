package vn.gov.soctrang.tnmt.tdkt.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.ProcessTestSupport;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.award.AwardDecisionVariables;
import vn.gov.soctrang.tnmt.tdkt.publication.PublicationVariables;
import vn.gov.soctrang.tnmt.tdkt.report.ConsolidationVariables;
import vn.gov.soctrang.tnmt.tdkt.testclock.TestClock;

/**
 * History cleanup by removal time in a night window removes a finished cycle's engine history once its time to
 * live has passed, and leaves the legal records (award register, generated documents) untouched.
 */
class HistoryCleanupTest extends ProcessTestSupport {

  @Test
  void theEngineHistoryGoesAfterItsTimeToLiveButTheRegisterAndDocumentsStay() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");

    ProcessInstance cycle = startCycle(YEAR, false);
    reportAndAccept(cycle, "qldd", List.of(collective("GIAY_KHEN")));
    organizationService.activeUnits().stream().filter(u -> !u.getCode().equals("qldd"))
        .forEach(u -> reportAndAccept(cycle, u.getCode(), List.of()));
    complete(cycle, UserTask.CONFIRM_NOMINATION_LIST, "vanphong", Map.of(ConsolidationVariables.CONFIRM_LIST.name(),
        true));
    approvedAndDisclosed(cycle);
    complete(cycle, UserTask.DECIDE_AWARDS, "giamdoc", Map.of(AwardDecisionVariables.DECISION_NUMBER.name(),
        "125/QĐ-STNMT",
        AwardDecisionVariables.DECISION_DATE.name(), TestClock.today().toString()));
    complete(cycle, UserTask.PUBLISH_MODELS, "ttcnttcv", Map.of(PublicationVariables.PUBLICATION_TITLE.name(),
        "Điển hình"));
    assertThat(cycle).isEnded();
    int awards = jdbc.queryForObject("select count(*) from award", Integer.class);
    int documents = jdbc.queryForObject("select count(*) from generated_document", Integer.class);
    assertThat(awards).isEqualTo(1);
    assertThat(documents).isPositive();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(cycle.getId()).count()).isEqualTo(1);

    // Ten years and a day later, the cleanup runs.
    TestClock.freezeAt(TestClock.now().plus(Duration.ofDays(3651)));
    Job cleanup = history.cleanUpHistoryAsync(true);
    management.executeJob(cleanup.getId());

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(cycle.getId()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(cycle.getId()).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from award", Integer.class)).isEqualTo(awards);
    assertThat(jdbc.queryForObject("select count(*) from generated_document", Integer.class)).isEqualTo(documents);
  }
}
