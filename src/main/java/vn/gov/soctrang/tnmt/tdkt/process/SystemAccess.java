package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.concurrent.Callable;

/**
 * Runs engine calls that the process itself makes (granting a unit access to its instance, evaluating a decision)
 * without checking the permissions of the user whose task completion triggered them. Inside an engine command the
 * work runs with the command's authorization checks switched off (the user is still the one recorded in the
 * engine's operation log); outside one it runs as the caller, unchanged. Implemented by the engine adapter
 * ({@code engine.CommandContextSystemAccess}), the only module that may reach into the engine's command context.
 */
public interface SystemAccess {

  <T> T call(Callable<T> work);

  default void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
