package eu.cohesion.panel.service.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exports' version: the same for the same rows, another as soon as one published cell moves.
 */
class PanelCompositionExportTest {

  private static List<Object> row(String pillar, Integer seats, int score) {
    return new ArrayList<>(
        Arrays.asList("jelgava", "p-1", pillar, seats, seats == null, 12, score, "GAPS"));
  }

  private static List<List<Object>> rows(int citizens, int score) {
    return List.of(row("CITIZENS", citizens, score), row("EXPERTISE", null, score));
  }

  @Test
  void equalRowsHaveOneVersion() {
    assertEquals(
        PanelCompositionExport.version(rows(5, 70)), PanelCompositionExport.version(rows(5, 70)));
  }

  @Test
  void aSeatCountOrAScoreThatMovesMovesTheVersion() {
    String now = PanelCompositionExport.version(rows(5, 70));
    assertNotEquals(now, PanelCompositionExport.version(rows(6, 70)));
    assertNotEquals(now, PanelCompositionExport.version(rows(5, 71)));
    assertNotEquals(now, PanelCompositionExport.version(List.of(row("CITIZENS", 5, 70))));
  }

  @Test
  void anEmptyNetworkHasAVersionToo() {
    assertEquals(32, PanelCompositionExport.version(List.of()).length());
  }
}
