package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;

/**
 * Keeps the secret ballot and the ballot box's passphrases out of the engine's history: events about these fields (variable creations,
 * updates, deletions and form-property submissions) are dropped before they reach the history tables. Everything
 * else is written as usual.
 */
@Component
class SecretBallotHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setHistoryEventHandler(new Filter(new DbHistoryEventHandler()));
  }

  static boolean isSecret(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable) {
      return CouncilMeetingVariables.SECRET_FIELDS.contains(variable.getVariableName());
    }
    if (event instanceof HistoricFormPropertyEventEntity property) {
      return CouncilMeetingVariables.SECRET_FIELDS.contains(property.getPropertyId());
    }
    return false;
  }

  static final class Filter implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    Filter(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isSecret(event)) {
        delegate.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
