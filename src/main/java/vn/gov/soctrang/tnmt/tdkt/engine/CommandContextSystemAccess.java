package vn.gov.soctrang.tnmt.tdkt.engine;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.gov.soctrang.tnmt.tdkt.process.SystemAccess;

/** {@link SystemAccess} through the engine's current command context. */
@Component
class CommandContextSystemAccess implements SystemAccess {

  @Override
  public <T> T call(Callable<T> work) {
    CommandContext context = Context.getCommandContext();
    try {
      return context == null ? work.call() : context.runWithoutAuthorization(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
