package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PanelRulesTest {

  @Test
  void nameIsTrimmedAndInnerWhitespaceCollapsed() {
    assertEquals("Local Panel 2025", PanelRules.name("  Local \t Panel\n2025 "));
  }

  @Test
  void nameMustNotBeBlank() {
    assertThrows(IllegalArgumentException.class, () -> PanelRules.name(" \t"));
    assertThrows(IllegalArgumentException.class, () -> PanelRules.name(null));
  }

  @Test
  void nameHasAtMost200Characters() {
    assertEquals(200, PanelRules.name("x".repeat(200)).length());
    assertThrows(IllegalArgumentException.class, () -> PanelRules.name("x".repeat(201)));
  }

  @Test
  void blankDescriptionIsNoDescription() {
    assertNull(PanelRules.description(null));
    assertNull(PanelRules.description("   "));
    assertEquals("Who we are.", PanelRules.description(" Who we are. "));
  }

  @Test
  void descriptionHasAtMost2000Characters() {
    assertEquals(2000, PanelRules.description("x".repeat(2000)).length());
    assertThrows(IllegalArgumentException.class, () -> PanelRules.description("x".repeat(2001)));
  }

  @Test
  void aNewPanelAppliesTheRules() {
    Instant now = Instant.parse("2025-03-01T10:15:30Z");
    Panel panel = Panel.create("mechelen", " Mechelen   LPS ", "  ", "coordinator-mechelen", now);
    assertNotNull(panel.id());
    assertEquals("mechelen", panel.cityCode());
    assertEquals("Mechelen LPS", panel.name());
    assertNull(panel.description());
    assertEquals(now, panel.createdAt());
    assertEquals("coordinator-mechelen", panel.createdBy());
  }
}
