package vn.gov.soctrang.tnmt.tdkt.disclosure;

import org.springframework.context.ApplicationContext;

/** The disclosure module's part of {@code StageFixtures}, through its own (module-private) service. */
public final class DisclosureStageFixture {

  private DisclosureStageFixture() {
  }

  /** The list is disclosed ({@code openDisclosure}) and the period closes ({@code closeDisclosure}) with no objection. */
  public static void disclosedWithoutObjections(ApplicationContext context, long cycleId) {
    DisclosureService disclosure = context.getBean(DisclosureService.class);
    disclosure.open(cycleId);
    if (disclosure.close(cycleId)) {
      throw new IllegalStateException("The fixture's disclosure has objections");
    }
  }
}
