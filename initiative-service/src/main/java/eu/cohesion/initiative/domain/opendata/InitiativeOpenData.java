package eu.cohesion.initiative.domain.opendata;

import java.util.List;

/**
 * The open data of the initiative service (docs/open-data.md): each initiative's public facts. One
 * definition for the files' columns and the data package's schema. Columns are stable: never
 * renamed or removed, new ones only at the end.
 *
 * <p>What is public: that an initiative exists in a town, where it stands, what it is about
 * (themes, the population groups it is for, SDG targets) and when. Not its texts (title, summary,
 * conclusion), partners, budget or milestones: the permission table shows those only to the town's
 * panel and to integrations, and the open data does not widen that. Drafts are left out.
 */
public final class InitiativeOpenData {

  public static final String LICENCE_NAME = "CC-BY-4.0";
  public static final String LICENCE_TITLE = "Creative Commons Attribution 4.0 International";
  public static final String LICENCE_PATH = "https://creativecommons.org/licenses/by/4.0/";

  public static final String INITIATIVES = "initiatives";
  public static final String INITIATIVES_TITLE = "Initiatives";
  public static final String INITIATIVES_DESCRIPTION =
      "Each local integration initiative past its draft: town, status, outcome, themes, target"
          + " groups, SDG targets and dates. No texts, no people. Oldest first.";

  /**
   * A column.
   *
   * @param type a Table Schema type: string, datetime or array
   * @param format uuid for ids, else default
   */
  public record Column(
      String name, String type, String format, boolean required, String description) {}

  public static final List<Column> INITIATIVES_COLUMNS =
      List.of(
          new Column("id", "string", "uuid", true, "The initiative's id, as in the API"),
          new Column("town", "string", "default", true, "Code of the initiative's town"),
          new Column(
              "status",
              "string",
              "default",
              true,
              "PROPOSED, APPROVED, PILOTING, UNDER_REVIEW, CONCLUDED or WITHDRAWN"),
          new Column(
              "outcome",
              "string",
              "default",
              false,
              "When CONCLUDED: ADOPTED, ADAPTED or DISCONTINUED; else empty"),
          new Column(
              "themes",
              "array",
              "default",
              true,
              "Theme codes (docs/initiatives.md); [] when none"),
          new Column(
              "target_groups",
              "array",
              "default",
              true,
              "Population groups it is for (not people): NATIVE, EXPAT, NEWLY_ARRIVED_MIGRANT,"
                  + " PRECARIOUS_OR_VULNERABLE; [] when none"),
          new Column("sdg_targets", "array", "default", true, "SDG targets, e.g. [\"10.2\"]"),
          new Column("created_at", "datetime", "default", true, "When it was started (UTC)"),
          new Column("updated_at", "datetime", "default", true, "When it last changed (UTC)"));

  public static final List<String> INITIATIVES_KEY = List.of("id");

  private InitiativeOpenData() {}

  public static List<String> header() {
    return INITIATIVES_COLUMNS.stream().map(Column::name).toList();
  }
}
