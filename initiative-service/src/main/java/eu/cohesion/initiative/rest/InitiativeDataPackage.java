package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.opendata.InitiativeOpenData;
import eu.cohesion.initiative.domain.opendata.InitiativeOpenData.Column;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Frictionless Data Package (profile tabular-data-package, v1) describing the initiative
 * service's open data: dataset initiatives as CSV and JSON, each with its Table Schema. Made from
 * {@link InitiativeOpenData}, as the files' columns are.
 */
@Schema(
    name = "InitiativeDataPackage",
    description =
        "Frictionless tabular data package descriptor of the initiative service's open data")
public record InitiativeDataPackage(
    @Schema(description = "Always tabular-data-package") String profile,
    String name,
    String title,
    String description,
    @Schema(description = "CC-BY-4.0") List<License> licenses,
    List<Resource> resources) {

  @Schema(name = "InitiativeDataPackageLicense")
  public record License(String name, String path, String title) {}

  @Schema(name = "InitiativeDataPackageResource")
  public record Resource(
      @Schema(description = "Always tabular-data-resource") String profile,
      @Schema(description = "The dataset's name, then its format") String name,
      @Schema(description = "The file, relative to this descriptor") String path,
      String title,
      String description,
      @Schema(description = "csv or json") String format,
      String mediatype,
      String encoding,
      TableSchema schema) {}

  @Schema(name = "InitiativeDataPackageSchema")
  public record TableSchema(List<Field> fields, List<String> primaryKey) {}

  @Schema(name = "InitiativeDataPackageField")
  public record Field(
      String name,
      @Schema(description = "string, datetime or array") String type,
      String format,
      String description,
      Constraints constraints) {}

  @Schema(name = "InitiativeDataPackageConstraints")
  public record Constraints(boolean required) {}

  static InitiativeDataPackage current() {
    return new InitiativeDataPackage(
        "tabular-data-package",
        "cohesion-initiatives",
        "Cohesion: the local integration initiatives of the network's towns",
        "The public facts of each initiative past its draft: town, status, outcome, themes,"
            + " target groups, SDG targets and dates; no texts, nothing personal.",
        List.of(
            new License(
                InitiativeOpenData.LICENCE_NAME,
                InitiativeOpenData.LICENCE_PATH,
                InitiativeOpenData.LICENCE_TITLE)),
        List.of(resource("csv", "text/csv"), resource("json", "application/json")));
  }

  private static Resource resource(String format, String mediaType) {
    return new Resource(
        "tabular-data-resource",
        InitiativeOpenData.INITIATIVES + "-" + format,
        InitiativeOpenData.INITIATIVES + "." + format,
        InitiativeOpenData.INITIATIVES_TITLE,
        InitiativeOpenData.INITIATIVES_DESCRIPTION,
        format,
        mediaType,
        "utf-8",
        new TableSchema(
            InitiativeOpenData.INITIATIVES_COLUMNS.stream()
                .map(InitiativeDataPackage::field)
                .toList(),
            InitiativeOpenData.INITIATIVES_KEY));
  }

  private static Field field(Column column) {
    return new Field(
        column.name(),
        column.type(),
        column.format(),
        column.description(),
        new Constraints(column.required()));
  }
}
