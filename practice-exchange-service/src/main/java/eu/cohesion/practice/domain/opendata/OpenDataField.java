package eu.cohesion.practice.domain.opendata;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of an open dataset: its stable name (the CSV header and the JSON key), its type, and
 * what it means.
 *
 * @param required whether every row has a value (a blank cell otherwise means "none")
 */
public record OpenDataField(String name, FieldType type, boolean required, String description) {

  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");

  public OpenDataField {
    Objects.requireNonNull(type, "type");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a field name is snake_case: " + name);
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("field " + name + " needs a description");
    }
  }

  public static OpenDataField required(String name, FieldType type, String description) {
    return new OpenDataField(name, type, true, description);
  }

  public static OpenDataField optional(String name, FieldType type, String description) {
    return new OpenDataField(name, type, false, description);
  }
}
