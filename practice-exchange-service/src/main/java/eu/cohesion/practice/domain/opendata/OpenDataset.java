package eu.cohesion.practice.domain.opendata;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table of public data this service exports: the one definition that both the files' columns (CSV
 * header, JSON keys, in this order) and the data package's schema are made from, so that the two
 * cannot drift apart.
 *
 * @param name the resource name and the file name without its ending ({@code practices})
 * @param primaryKey names of the fields that identify a row
 */
public record OpenDataset(
    String name,
    String title,
    String description,
    List<OpenDataField> fields,
    List<String> primaryKey) {

  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");

  public OpenDataset {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a dataset name is lower-case with dashes: " + name);
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    fields = List.copyOf(fields);
    primaryKey = List.copyOf(primaryKey);
    if (fields.isEmpty() || primaryKey.isEmpty()) {
      throw new IllegalArgumentException(name + " needs fields and a primary key");
    }
    Set<String> names = new HashSet<>();
    for (OpenDataField field : fields) {
      if (!names.add(field.name())) {
        throw new IllegalArgumentException(name + " names field " + field.name() + " twice");
      }
    }
    for (String key : primaryKey) {
      OpenDataField field =
          fields.stream()
              .filter(f -> f.name().equals(key))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException(name + " has no key field " + key));
      if (!field.required()) {
        throw new IllegalArgumentException(name + "'s key field " + key + " must be required");
      }
    }
  }

  /** The column names in order: the CSV header, the JSON keys. */
  public List<String> header() {
    return fields.stream().map(OpenDataField::name).toList();
  }

  /** The file this dataset is exported to in a format, relative to the data package. */
  public String path(OpenDataFormat format) {
    return name + "." + format.extension();
  }
}
