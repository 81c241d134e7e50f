package vn.gov.soctrang.tnmt.tdkt.organization;

import java.util.function.Supplier;

/**
 * Marks the application's own mirroring of the organisation into Camunda's identity service while it runs on this
 * thread. The engine adapter leaves such changes out of the audit trail: the person, unit or Council change that
 * caused the mirroring is already there, with its fields before and after.
 */
public final class OrganisationMirroring {

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private OrganisationMirroring() {
  }

  /** Runs the application's own mirroring of the organisation into Camunda, which is audited where it starts. */
  public static <T> T during(Supplier<T> work) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      return work.get();
    } finally {
      depth[0]--;
    }
  }

  /** As {@link #during(Supplier)}, for work without a result. */
  public static void during(Runnable work) {
    during(() -> {
      work.run();
      return null;
    });
  }

  /** Whether this thread is mirroring the organisation now. */
  public static boolean inProgress() {
    return DEPTH.get()[0] > 0;
  }
}
