package vn.gov.soctrang.tnmt.tdkt.inspection;

import java.util.List;
import org.springframework.context.ApplicationContext;
import vn.gov.soctrang.tnmt.tdkt.shared.Problems;

/** The inspection module's part of {@code StageFixtures}, through its own (module-private) service. */
public final class InspectionStageFixture {

  private InspectionStageFixture() {
  }

  /** The Office decides that no unit is inspected, as «Quyết định kiểm tra» with «Không» does. */
  public static void noInspection(ApplicationContext context, long cycleId) {
    context.getBean(InspectionService.class).decide(cycleId, false, List.of(), null, new Problems());
  }
}
