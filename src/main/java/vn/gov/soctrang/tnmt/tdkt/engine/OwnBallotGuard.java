package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditService;
import vn.gov.soctrang.tnmt.tdkt.audit.AuditedObject;
import vn.gov.soctrang.tnmt.tdkt.process.UserTask;
import vn.gov.soctrang.tnmt.tdkt.council.CouncilMeetingVariables;
import vn.gov.soctrang.tnmt.tdkt.shared.ForbiddenException;

/**
 * A Council member's secret ballot is cast by that member and nobody else. The engine's task permissions would let
 * an administrator (every permission on every task) or whoever the ballot is delegated or reassigned to complete it,
 * and the vote would count as the member's. This check runs first when a ballot task completes, through Tasklist,
 * {@code /engine-rest} or Java alike: a logged-in user who is not the ballot's member is refused, and the whole
 * transaction (the counts included) is rolled back.
 */
@Component
class OwnBallotGuard extends AbstractProcessEnginePlugin {

  static final String REFUSED = "Chỉ thành viên Hội đồng được giao phiếu mới bỏ phiếu kín này; không ai bỏ phiếu "
      + "thay được, kể cả quản trị hệ thống.";

  private final ObjectProvider<AuditService> audit;
  private final TaskListener onlyTheMember = this::requireTheMember;

  public OwnBallotGuard(ObjectProvider<AuditService> audit) {
    this.audit = audit;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (UserTask.CAST_BALLOT.id().equals(activity.getId())
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          // Built-in listeners run before the model's own, so the ballot is never counted for the wrong person.
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, onlyTheMember);
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  void requireTheMember(DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      // Java code of the application itself, with no user logged in: not a way in for anyone.
      return;
    }
    Object member = task.getVariable(CouncilMeetingVariables.COUNCIL_MEMBER.name());
    if (!auth.getUserId().equals(member)) {
      audit.getObject().recordRefused(auth.getUserId(), AuditedObject.SECRET_BALLOT, task.getId(),
          Map.of("thaoTac", "Bỏ phiếu kín thay thành viên khác"));
      throw new ForbiddenException(REFUSED);
    }
  }
}
