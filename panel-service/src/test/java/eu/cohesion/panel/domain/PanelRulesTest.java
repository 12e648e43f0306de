package eu.cohesion.panel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PanelRulesTest {

  @Test
  void nameIsTrimmedAndInnerWhitespaceCollapsed() {
    assertThat(PanelRules.name("  Local \t Panel\n2025 ")).isEqualTo("Local Panel 2025");
  }

  @Test
  void nameMustNotBeBlank() {
    assertThatIllegalArgumentException().isThrownBy(() -> PanelRules.name(" \t"));
    assertThatIllegalArgumentException().isThrownBy(() -> PanelRules.name(null));
  }

  @Test
  void nameHasAtMost200Characters() {
    assertThat(PanelRules.name("x".repeat(200))).hasSize(200);
    assertThatIllegalArgumentException().isThrownBy(() -> PanelRules.name("x".repeat(201)));
  }

  @Test
  void blankDescriptionIsNoDescription() {
    assertThat(PanelRules.description(null)).isNull();
    assertThat(PanelRules.description("   ")).isNull();
    assertThat(PanelRules.description(" Who we are. ")).isEqualTo("Who we are.");
  }

  @Test
  void descriptionHasAtMost2000Characters() {
    assertThat(PanelRules.description("x".repeat(2000))).hasSize(2000);
    assertThatIllegalArgumentException().isThrownBy(() -> PanelRules.description("x".repeat(2001)));
  }

  @Test
  void aNewPanelAppliesTheRules() {
    Instant now = Instant.parse("2025-03-01T10:15:30Z");
    Panel panel = Panel.create("mechelen", " Mechelen   LPS ", "  ", "coordinator-mechelen", now);
    assertThat(panel.id()).isNotNull();
    assertThat(panel.cityCode()).isEqualTo("mechelen");
    assertThat(panel.name()).isEqualTo("Mechelen LPS");
    assertThat(panel.description()).isNull();
    assertThat(panel.createdAt()).isEqualTo(now);
    assertThat(panel.createdBy()).isEqualTo("coordinator-mechelen");
  }
}
