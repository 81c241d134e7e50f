package vn.gov.soctrang.tnmt.tdkt.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Engine queries honour the current user's authorizations: a leader may not read a unit's task, and a task that
 * another user has just completed is simply not found. Where a module has already decided, by its own rules, that
 * the caller may know the answer (the dashboard's counts, a task's evidence, whether a refused task still exists),
 * the query runs with no current user and the caller is restored afterwards.
 *
 * <p>For queries only: the engine records no operation for a read, so nothing is written without the caller's name.
 * A write made as the system goes through {@link SystemAccess}, which keeps the user in the operation log.
 */
public final class UnrestrictedReads {

  private UnrestrictedReads() {
  }

  public static <T> T read(IdentityService identity, Supplier<T> query) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return query.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
