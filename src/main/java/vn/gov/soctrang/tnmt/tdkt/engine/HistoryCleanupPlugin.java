package vn.gov.soctrang.tnmt.tdkt.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's history is removed by removal time (each instance's end plus its model's history time to live) in a
 * night window, so daytime work is never slowed. The award register, the decisions and the generated documents are
 * the legal records: they live in the app's own tables and no history cleanup touches them.
 */
@Component
class HistoryCleanupPlugin extends AbstractProcessEnginePlugin {

  private final String windowStart;
  private final String windowEnd;

  public HistoryCleanupPlugin(@Value("${tdkt.history.cleanup-window-start:22:00}") String windowStart,
      @Value("${tdkt.history.cleanup-window-end:05:00}") String windowEnd) {
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryCleanupStrategy("removalTimeBased");
    configuration.setHistoryRemovalTimeStrategy("end");
    configuration.setHistoryCleanupBatchWindowStartTime(windowStart);
    configuration.setHistoryCleanupBatchWindowEndTime(windowEnd);
    configuration.setHistoryCleanupDegreeOfParallelism(1);
  }
}
