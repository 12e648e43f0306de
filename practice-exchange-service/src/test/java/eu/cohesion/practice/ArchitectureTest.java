package eu.cohesion.practice;

import eu.cohesion.kit.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The kit's layering: rest and messaging → service → domain. */
class ArchitectureTest {

  @Test
  void followsTheKitsLayering() {
    ArchitectureRules.check("eu.cohesion.practice");
  }
}
