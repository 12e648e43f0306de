package eu.cohesion.practice.domain.opendata;

import static eu.cohesion.practice.domain.opendata.OpenDataField.optional;
import static eu.cohesion.practice.domain.opendata.OpenDataField.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenDatasetTest {

  @Test
  void theHeaderIsTheFieldsInOrderAndThePathsNameTheFormat() {
    OpenDataset towns = OpenDatasets.TOWNS;
    assertEquals(List.of("town", "published_practices", "latest_publication"), towns.header());
    assertEquals("towns.csv", towns.path(OpenDataFormat.CSV));
    assertEquals("towns.json", towns.path(OpenDataFormat.JSON));
  }

  @Test
  void thePublishedColumnsStayAsDocumented() {
    assertEquals(
        List.of(
            "id",
            "town",
            "source_initiative_id",
            "outcome",
            "title",
            "summary",
            "context",
            "approach",
            "results",
            "resources",
            "transferability",
            "lessons",
            "themes",
            "target_groups",
            "sdg_targets",
            "transfer_count",
            "published_at",
            "updated_at"),
        OpenDatasets.PRACTICES.header());
  }

  @Test
  void nothingPersonalIsAColumn() {
    for (OpenDataset dataset : OpenDatasets.ALL) {
      for (String name : dataset.header()) {
        assertTrue(
            !name.contains("author")
                && !name.contains("user")
                && !name.contains("member")
                && !name.contains("email")
                && !name.contains("created_by"),
            dataset.name() + "." + name);
      }
    }
  }

  @Test
  void aDatasetRefusesTwoFieldsOfOneNameAndAKeyThatIsNoRequiredField() {
    OpenDataField id = required("id", FieldType.UUID, "The id");
    assertThrows(
        IllegalArgumentException.class,
        () -> new OpenDataset("x", "X", "X", List.of(id, id), List.of("id")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OpenDataset("x", "X", "X", List.of(id), List.of("code")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new OpenDataset(
                "x",
                "X",
                "X",
                List.of(optional("code", FieldType.STRING, "A code")),
                List.of("code")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new OpenDataset("Bad Name", "X", "X", List.of(id), List.of("id")));
  }

  @Test
  void aFieldIsSnakeCaseAndDescribed() {
    assertThrows(
        IllegalArgumentException.class, () -> required("publishedAt", FieldType.DATETIME, "When"));
    assertThrows(IllegalArgumentException.class, () -> required("when", FieldType.DATETIME, " "));
  }

  @Test
  void everyNameIsFoundAndNoOther() {
    assertEquals(OpenDatasets.PRACTICES, OpenDatasets.named("practices").orElseThrow());
    assertTrue(OpenDatasets.named("members").isEmpty());
  }
}
