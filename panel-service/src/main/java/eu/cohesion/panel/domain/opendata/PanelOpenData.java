package eu.cohesion.panel.domain.opendata;

import java.util.List;

/**
 * The open data of the panel service (docs/open-data.md): the ACTIVE panels' composition per town
 * and pillar, every count below 5 withheld. One definition for the files' columns and the data
 * package's schema, so the two cannot drift apart. Columns are stable: never renamed or removed,
 * new ones only at the end.
 */
public final class PanelOpenData {

  public static final String LICENCE_NAME = "CC-BY-4.0";
  public static final String LICENCE_TITLE = "Creative Commons Attribution 4.0 International";
  public static final String LICENCE_PATH = "https://creativecommons.org/licenses/by/4.0/";

  /** The dataset's name: its resource name and its files' name without the ending. */
  public static final String PANEL_COMPOSITION = "panel-composition";

  public static final String PANEL_COMPOSITION_TITLE = "Panel composition";

  public static final String PANEL_COMPOSITION_DESCRIPTION =
      "The seats of each town's ACTIVE Local Panel of Stakeholders per pillar, with the panel's"
          + " balance score and state. One row per town and pillar, by town and pillar. A count"
          + " below 5 is withheld: seats empty, seats_suppressed true. No names, no population"
          + " groups.";

  public static final List<OpenDataColumn> PANEL_COMPOSITION_COLUMNS =
      List.of(
          new OpenDataColumn("town", "string", "default", true, "The town's code, e.g. mechelen"),
          new OpenDataColumn("panel_id", "string", "uuid", true, "The ACTIVE panel's id"),
          new OpenDataColumn(
              "pillar",
              "string",
              "default",
              true,
              "CITIZENS, CIVIL_SOCIETY, EXPERTISE or PUBLIC_AUTHORITY"),
          new OpenDataColumn(
              "seats",
              "integer",
              "default",
              false,
              "Active seats of the pillar; empty when below 5 (seats_suppressed)"),
          new OpenDataColumn(
              "seats_suppressed",
              "boolean",
              "default",
              true,
              "Whether seats is below 5 and withheld"),
          new OpenDataColumn(
              "panel_seats",
              "integer",
              "default",
              false,
              "All active seats of the panel; empty when below 5"),
          new OpenDataColumn(
              "balance_score",
              "integer",
              "default",
              true,
              "The panel's balance score 0–100, as GET /panels/{id}/balance"),
          new OpenDataColumn(
              "balance_state", "string", "default", true, "BALANCED (no gap) or GAPS"));

  public static final List<String> PANEL_COMPOSITION_KEY = List.of("town", "pillar");

  private PanelOpenData() {}

  public static List<String> header() {
    return PANEL_COMPOSITION_COLUMNS.stream().map(OpenDataColumn::name).toList();
  }
}
