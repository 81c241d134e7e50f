package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs engine calls that the process itself makes (granting a unit access to its instance, evaluating a decision)
 * without checking the permissions of the user whose task completion triggered them.
 */
public final class SystemAccess {

  private SystemAccess() {
  }

  public static <T> T call(Callable<T> work) {
    CommandContext context = Context.getCommandContext();
    try {
      return context == null ? work.call() : context.runWithoutAuthorization(work);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
