package eu.cohesion.practice.domain.opendata;

/**
 * The Table Schema types the open data uses, each with how a cell is written: CSV holds text, JSON
 * holds the value itself.
 */
public enum FieldType {
  /** Text; CSV and JSON alike. */
  STRING("string", "default"),
  /** A UUID, as text in its canonical form. */
  UUID("string", "uuid"),
  /** A whole number: digits in CSV, a number in JSON. */
  INTEGER("integer", "default"),
  /** An instant in ISO 8601, UTC: {@code 2026-11-02T10:00:00Z}. */
  DATETIME("datetime", "default"),
  /** A list of codes: a JSON array, in CSV as the text of that array ({@code ["HOUSING"]}). */
  ARRAY("array", "default");

  private final String tableSchemaType;
  private final String tableSchemaFormat;

  FieldType(String tableSchemaType, String tableSchemaFormat) {
    this.tableSchemaType = tableSchemaType;
    this.tableSchemaFormat = tableSchemaFormat;
  }

  /** The type's name in a Table Schema. */
  public String tableSchemaType() {
    return tableSchemaType;
  }

  /** The format's name in a Table Schema. */
  public String tableSchemaFormat() {
    return tableSchemaFormat;
  }
}
