package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.opendata.OpenDataColumn;
import eu.cohesion.panel.domain.opendata.PanelOpenData;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Frictionless Data Package (profile tabular-data-package, v1) describing the panel service's
 * open data: dataset panel-composition as CSV and JSON, each with its Table Schema. Made from
 * {@link PanelOpenData}, as the files' columns are.
 */
@Schema(
    name = "PanelDataPackage",
    description = "Frictionless tabular data package descriptor of the panel service's open data")
public record PanelDataPackage(
    @Schema(description = "Always tabular-data-package") String profile,
    String name,
    String title,
    String description,
    @Schema(description = "CC-BY-4.0") List<License> licenses,
    List<Resource> resources) {

  @Schema(name = "PanelDataPackageLicense")
  public record License(String name, String path, String title) {}

  @Schema(name = "PanelDataPackageResource")
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

  @Schema(name = "PanelDataPackageSchema")
  public record TableSchema(List<Field> fields, List<String> primaryKey) {}

  @Schema(name = "PanelDataPackageField")
  public record Field(
      String name,
      @Schema(description = "string, integer or boolean") String type,
      String format,
      String description,
      Constraints constraints) {}

  @Schema(name = "PanelDataPackageConstraints")
  public record Constraints(boolean required) {}

  static PanelDataPackage current() {
    return new PanelDataPackage(
        "tabular-data-package",
        "cohesion-panels",
        "Cohesion: the Local Panels of Stakeholders of the network's towns",
        "The composition of each town's ACTIVE panel per pillar with its balance score, as"
            + " aggregates: counts below 5 withheld, nothing personal.",
        List.of(
            new License(
                PanelOpenData.LICENCE_NAME,
                PanelOpenData.LICENCE_PATH,
                PanelOpenData.LICENCE_TITLE)),
        List.of(resource("csv", "text/csv"), resource("json", "application/json")));
  }

  private static Resource resource(String format, String mediaType) {
    return new Resource(
        "tabular-data-resource",
        PanelOpenData.PANEL_COMPOSITION + "-" + format,
        PanelOpenData.PANEL_COMPOSITION + "." + format,
        PanelOpenData.PANEL_COMPOSITION_TITLE,
        PanelOpenData.PANEL_COMPOSITION_DESCRIPTION,
        format,
        mediaType,
        "utf-8",
        new TableSchema(
            PanelOpenData.PANEL_COMPOSITION_COLUMNS.stream().map(PanelDataPackage::field).toList(),
            PanelOpenData.PANEL_COMPOSITION_KEY));
  }

  private static Field field(OpenDataColumn column) {
    return new Field(
        column.name(),
        column.type(),
        column.format(),
        column.description(),
        new Constraints(column.required()));
  }
}
