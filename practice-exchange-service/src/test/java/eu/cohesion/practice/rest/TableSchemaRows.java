package eu.cohesion.practice.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks exported rows against a resource's Table Schema as the descriptor states it (not against
 * the Java definition it was made from): every field present in order, required cells filled, each
 * value of its declared type and format. The CSV/JSON cell rules of Table Schema v1.
 */
final class TableSchemaRows {

  private static final Pattern DATETIME =
      Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TableSchemaRows() {}

  static List<String> fieldNames(JsonNode resource) {
    List<String> names = new ArrayList<>();
    resource.path("schema").path("fields").forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  /** A CSV row: every cell is text, blank for none. */
  static void checkCsvRow(JsonNode resource, List<String> cells) {
    JsonNode fields = resource.path("schema").path("fields");
    assertEquals(fields.size(), cells.size(), "cells of " + cells);
    for (int i = 0; i < fields.size(); i++) {
      JsonNode field = fields.get(i);
      String cell = cells.get(i);
      if (cell.isEmpty()) {
        assertFalse(field.path("constraints").path("required").asBoolean(), blank(field));
        continue;
      }
      switch (field.path("type").asText()) {
        case "string" -> checkString(field, cell);
        case "integer" -> Long.parseLong(cell);
        case "datetime" -> checkDatetime(field, cell);
        case "array" -> {
          try {
            assertTrue(JSON.readTree(cell).isArray(), field.path("name").asText());
          } catch (Exception e) {
            fail(field.path("name").asText() + " is not a JSON array: " + cell);
          }
        }
        default -> fail("unexpected type " + field.path("type"));
      }
    }
  }

  /** A JSON row: an object whose keys are the fields, in order. */
  static void checkJsonRow(JsonNode resource, JsonNode row) {
    JsonNode fields = resource.path("schema").path("fields");
    List<String> keys = new ArrayList<>();
    row.fieldNames().forEachRemaining(keys::add);
    assertEquals(fieldNames(resource), keys);
    for (JsonNode field : fields) {
      JsonNode value = row.path(field.path("name").asText());
      if (value.isNull()) {
        assertFalse(field.path("constraints").path("required").asBoolean(), blank(field));
        continue;
      }
      switch (field.path("type").asText()) {
        case "string" -> {
          assertTrue(value.isTextual(), field.path("name").asText());
          checkString(field, value.asText());
        }
        case "integer" -> assertTrue(value.isIntegralNumber(), field.path("name").asText());
        case "datetime" -> checkDatetime(field, value.asText());
        case "array" -> assertTrue(value.isArray(), field.path("name").asText());
        default -> fail("unexpected type " + field.path("type"));
      }
    }
  }

  private static void checkString(JsonNode field, String value) {
    if (field.path("format").asText().equals("uuid")) {
      assertEquals(value, UUID.fromString(value).toString(), field.path("name").asText());
    }
  }

  private static void checkDatetime(JsonNode field, String value) {
    assertTrue(DATETIME.matcher(value).matches(), field.path("name").asText() + ": " + value);
    Instant.parse(value);
  }

  private static String blank(JsonNode field) {
    return "required field " + field.path("name").asText() + " is blank";
  }
}
