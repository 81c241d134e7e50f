package vn.gov.soctrang.tnmt.tdkt.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.soctrang.tnmt.tdkt.security.ProcessVariableCatalogue;

/** The engine's guard refuses exactly the variables the catalogue declares as the system's. */
class SystemVariableGuardCatalogueTest {

  @Test
  void theGuardRefusesWhatTheCatalogueDeclaresAsTheSystems() {
    assertThat(SystemVariableGuard.SYSTEM_VARIABLES).isNotEmpty()
        .isEqualTo(ProcessVariableCatalogue.systemVariableNames());
  }
}
