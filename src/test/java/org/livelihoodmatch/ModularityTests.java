package org.livelihoodmatch;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The feature packages depend on each other only through their public types, without cycles. */
class ModularityTests {

  @Test
  void modulesRespectTheirBoundaries() {
    ApplicationModules.of(LivelihoodMatchApplication.class).verify();
  }
}
