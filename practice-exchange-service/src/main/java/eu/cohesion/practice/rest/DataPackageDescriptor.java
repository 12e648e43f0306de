package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.opendata.OpenDataField;
import eu.cohesion.practice.domain.opendata.OpenDataFormat;
import eu.cohesion.practice.domain.opendata.OpenDataset;
import eu.cohesion.practice.domain.opendata.OpenDatasets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Frictionless Data Package (profile tabular-data-package, v1) describing the open data: one
 * resource per dataset and format, each with its Table Schema. Made from {@link OpenDatasets}, as
 * the files' columns are.
 */
@Schema(description = "Frictionless tabular data package descriptor of the open data")
public record DataPackageDescriptor(
    @Schema(description = "Always tabular-data-package") String profile,
    String name,
    String title,
    String description,
    @Schema(description = "The licences the data is published under: CC-BY-4.0")
        List<License> licenses,
    List<Resource> resources) {

  public record License(String name, String path, String title) {}

  @Schema(name = "DataPackageResource")
  public record Resource(
      @Schema(description = "Always tabular-data-resource") String profile,
      @Schema(description = "Unique in the package: the dataset's name, then its format")
          String name,
      @Schema(description = "The file, relative to this descriptor") String path,
      String title,
      String description,
      @Schema(description = "csv or json") String format,
      String mediatype,
      String encoding,
      TableSchema schema) {}

  public record TableSchema(List<Field> fields, List<String> primaryKey) {}

  @Schema(name = "DataPackageField")
  public record Field(
      String name,
      @Schema(description = "A Table Schema type: string, integer, datetime or array") String type,
      String format,
      String description,
      Constraints constraints) {}

  public record Constraints(boolean required) {}

  static DataPackageDescriptor of(List<OpenDataset> datasets) {
    return new DataPackageDescriptor(
        "tabular-data-package",
        "cohesion-practice-exchange",
        "Cohesion: good practices of the network's towns",
        "The published good practices of the Cohesion network, what they say of its towns and"
            + " where they travelled, as CSV and JSON; nothing personal, no drafts.",
        List.of(
            new License(
                OpenDatasets.LICENCE_NAME, OpenDatasets.LICENCE_PATH, OpenDatasets.LICENCE_TITLE)),
        datasets.stream()
            .flatMap(d -> Arrays.stream(OpenDataFormat.values()).map(f -> resource(d, f)))
            .toList());
  }

  private static Resource resource(OpenDataset dataset, OpenDataFormat format) {
    return new Resource(
        "tabular-data-resource",
        dataset.name() + "-" + format.extension(),
        dataset.path(format),
        dataset.title(),
        dataset.description(),
        format.extension(),
        format.mediaType(),
        "utf-8",
        new TableSchema(
            dataset.fields().stream().map(DataPackageDescriptor::field).toList(),
            dataset.primaryKey()));
  }

  private static Field field(OpenDataField field) {
    return new Field(
        field.name(),
        field.type().tableSchemaType(),
        field.type().tableSchemaFormat(),
        field.description(),
        new Constraints(field.required()));
  }
}
