package eu.cohesion.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The subset of JSON Schema the catalogue uses: local {@code $ref}, {@code type} (one or a list),
 * {@code const}, {@code enum}, {@code pattern}, {@code format} uuid and date-time, {@code
 * required}, {@code properties}, {@code additionalProperties: false}, {@code items}, {@code
 * minItems}, {@code minimum} and {@code maximum}. Anything else in a schema is refused, so the
 * catalogue cannot silently say more than is checked.
 */
final class SchemaCheck {

  private static final List<String> KNOWN =
      List.of(
          "$ref",
          "type",
          "const",
          "enum",
          "pattern",
          "format",
          "required",
          "properties",
          "additionalProperties",
          "items",
          "minItems",
          "uniqueItems",
          "minimum",
          "maximum",
          "description");

  private final JsonNode document;
  private final List<String> problems;

  SchemaCheck(JsonNode document, List<String> problems) {
    this.document = document;
    this.problems = problems;
  }

  static JsonNode resolve(JsonNode document, JsonNode node) {
    JsonNode resolved = node;
    while (resolved.has("$ref")) {
      String ref = resolved.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local $ref is supported: " + ref);
      }
      resolved = document.at(ref.substring(1));
      if (resolved.isMissingNode()) {
        throw new IllegalArgumentException("dangling $ref " + ref);
      }
    }
    return resolved;
  }

  void check(JsonNode schemaOrRef, JsonNode value, String path) {
    JsonNode schema = resolve(document, schemaOrRef);
    schema
        .fieldNames()
        .forEachRemaining(
            keyword -> {
              if (!KNOWN.contains(keyword)) {
                throw new IllegalArgumentException("unsupported schema keyword " + keyword);
              }
            });
    if (schema.has("type") && !hasType(schema.get("type"), value)) {
      problems.add(path + ": expected " + schema.get("type") + " but was " + value.getNodeType());
      return;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      problems.add(path + ": expected " + schema.get("const") + " but was " + value);
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (schema.has("pattern")
        && value.isTextual()
        && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
      problems.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern"));
    }
    if (schema.has("format") && value.isTextual()) {
      checkFormat(schema.get("format").asText(), value.asText(), path);
    }
    if (value.isNumber()) {
      checkRange(schema, value, path);
    }
    if (value.isObject()) {
      checkObject(schema, value, path);
    }
    if (value.isArray()) {
      checkArray(schema, value, path);
    }
  }

  private void checkRange(JsonNode schema, JsonNode value, String path) {
    if (schema.has("minimum")
        && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
      problems.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
    }
    if (schema.has("maximum")
        && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
      problems.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
    }
  }

  private void checkArray(JsonNode schema, JsonNode value, String path) {
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      problems.add(path + ": fewer than " + schema.get("minItems") + " items");
    }
    if (schema.path("uniqueItems").asBoolean(false)) {
      Set<JsonNode> seen = new HashSet<>();
      for (JsonNode item : value) {
        if (!seen.add(item)) {
          problems.add(path + ": " + item + " appears more than once");
        }
      }
    }
    if (schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), path + "[" + i + "]");
      }
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String path) {
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        problems.add(path + "." + required.asText() + ": missing");
      }
    }
    JsonNode properties = schema.path("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (properties.has(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), path + "." + field.getKey());
      } else if (schema.path("additionalProperties").isBoolean()
          && !schema.get("additionalProperties").asBoolean()) {
        problems.add(path + "." + field.getKey() + ": not declared in the catalogue");
      }
    }
  }

  private void checkFormat(String format, String text, String path) {
    try {
      switch (format) {
        case "uuid" -> UUID.fromString(text);
        case "date-time" -> Instant.parse(text);
        default -> throw new IllegalArgumentException("unsupported format " + format);
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      problems.add(path + ": '" + text + "' is not a " + format);
    }
  }

  private static boolean hasType(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      return StreamSupport.stream(type.spliterator(), false).anyMatch(t -> hasType(t, value));
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unsupported type " + type);
    };
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    return StreamSupport.stream(values.spliterator(), false).anyMatch(value::equals);
  }
}
