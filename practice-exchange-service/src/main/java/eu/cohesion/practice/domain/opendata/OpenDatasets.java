package eu.cohesion.practice.domain.opendata;

import static eu.cohesion.practice.domain.opendata.OpenDataField.optional;
import static eu.cohesion.practice.domain.opendata.OpenDataField.required;

import java.util.List;
import java.util.Optional;

/**
 * The open data of the practice exchange: published practices, what they say of the towns, where
 * they travelled, and the network's published findings and recommendations. Nothing personal is in
 * them (no names, accounts or review texts), and no draft: each row is a published fact. Column
 * names are stable; docs/open-data.md documents them.
 */
public final class OpenDatasets {

  /** The licence every dataset is published under. */
  public static final String LICENCE_NAME = "CC-BY-4.0";

  public static final String LICENCE_TITLE = "Creative Commons Attribution 4.0 International";
  public static final String LICENCE_PATH = "https://creativecommons.org/licenses/by/4.0/";

  public static final OpenDataset PRACTICES =
      new OpenDataset(
          "practices",
          "Good practices",
          "Every published good practice of the network's towns: what a concluded initiative"
              + " taught, written for other towns. One row per practice, oldest publication first.",
          List.of(
              required("id", FieldType.UUID, "The practice's id, as in the API (/practices/{id})"),
              required("town", FieldType.STRING, "Code of the practice's town, e.g. mechelen"),
              required(
                  "source_initiative_id",
                  FieldType.UUID,
                  "Id of the concluded initiative the practice was drafted from"),
              required(
                  "outcome",
                  FieldType.STRING,
                  "How the initiative was concluded: ADOPTED, ADAPTED or DISCONTINUED"),
              required("title", FieldType.STRING, "Title, at most 200 characters"),
              required("summary", FieldType.STRING, "What was done, in brief"),
              required("context", FieldType.STRING, "The problem and the town's situation"),
              required("approach", FieldType.STRING, "How it was done"),
              required("results", FieldType.STRING, "Results and evidence"),
              optional("resources", FieldType.STRING, "People, money and rooms it took"),
              optional("transferability", FieldType.STRING, "What another town needs to do it"),
              optional("lessons", FieldType.STRING, "What the town would do differently"),
              required(
                  "themes",
                  FieldType.ARRAY,
                  "Theme codes (docs/initiatives.md), e.g. [\"HOUSING\"]; empty when none"),
              required(
                  "target_groups",
                  FieldType.ARRAY,
                  "Population groups it is for (NATIVE, EXPAT, NEWLY_ARRIVED_MIGRANT,"
                      + " PRECARIOUS_OR_VULNERABLE); empty when none"),
              required(
                  "sdg_targets",
                  FieldType.ARRAY,
                  "UN Sustainable Development Goal targets, e.g. [\"10.2\"]; empty when none"),
              required(
                  "transfer_count",
                  FieldType.INTEGER,
                  "How many times other towns took the practice up"),
              required("published_at", FieldType.DATETIME, "When it was published (UTC)"),
              required("updated_at", FieldType.DATETIME, "When its text last changed (UTC)")),
          List.of("id"));

  public static final OpenDataset TOWNS =
      new OpenDataset(
          "towns",
          "Towns",
          "Each town of the network that has published good practices, with how many and when"
              + " last. Counts of practices, not of people.",
          List.of(
              required("town", FieldType.STRING, "The town's code, e.g. mechelen"),
              required(
                  "published_practices",
                  FieldType.INTEGER,
                  "How many good practices the town has published"),
              required(
                  "latest_publication",
                  FieldType.DATETIME,
                  "When the town last published a practice (UTC)")),
          List.of("town"));

  public static final OpenDataset TRANSFERS =
      new OpenDataset(
          "transfers",
          "Transfers",
          "Each time a town took up another town's published practice (docs/transfers.md): which"
              + " practice, from where to where, and how far it got. Oldest first.",
          List.of(
              required("id", FieldType.UUID, "The transfer's id"),
              required("practice_id", FieldType.UUID, "The practice taken up (practices.id)"),
              required("source_town", FieldType.STRING, "Code of the practice's town"),
              required("adopting_town", FieldType.STRING, "Code of the town taking it up"),
              required("state", FieldType.STRING, "INTERESTED, ADAPTING, TRANSFERRED or ABANDONED"),
              required(
                  "registered_at", FieldType.DATETIME, "When the interest was registered (UTC)"),
              required("updated_at", FieldType.DATETIME, "When its state last changed (UTC)")),
          List.of("id"));

  public static final OpenDataset FINDINGS =
      new OpenDataset(
          "findings",
          "Common findings",
          "Every published common finding of the network (docs/findings.md): a statement backed by"
              + " published evidence from at least two towns. Oldest publication first.",
          List.of(
              required("id", FieldType.UUID, "The finding's id, as in the API (/findings/{id})"),
              required("language", FieldType.STRING, "Original language of the text, e.g. en"),
              required("statement", FieldType.STRING, "The finding, at most 500 characters"),
              optional("explanation", FieldType.STRING, "Why the network says so"),
              required("themes", FieldType.ARRAY, "Theme codes, e.g. [\"EMPLOYMENT\"]"),
              required("sdg_targets", FieldType.ARRAY, "SDG targets, e.g. [\"10.2\"]"),
              required(
                  "evidence",
                  FieldType.ARRAY,
                  "Its citations as KIND:id, e.g. [\"PRACTICE:<practices.id>\","
                      + " \"TRANSFER:<transfers.id>\"]"),
              optional(
                  "proposed_by",
                  FieldType.STRING,
                  "Code of the town that proposed it; empty when the network wrote it"),
              required("published_at", FieldType.DATETIME, "When it was published (UTC)"),
              required("updated_at", FieldType.DATETIME, "When it last changed (UTC)")),
          List.of("id"));

  public static final OpenDataset RECOMMENDATIONS =
      new OpenDataset(
          "recommendations",
          "Recommendations",
          "Every published recommendation of the network to an audience, backed by published"
              + " common findings, with the towns that endorse it. Oldest publication first.",
          List.of(
              required("id", FieldType.UUID, "The recommendation's id (/recommendations/{id})"),
              required(
                  "audience",
                  FieldType.STRING,
                  "LOCAL_AUTHORITIES, NATIONAL_POLICY_MAKERS, EU_INSTITUTIONS or"
                      + " CIVIL_SOCIETY_ORGANISATIONS"),
              required("language", FieldType.STRING, "Original language of the text, e.g. en"),
              required("title", FieldType.STRING, "Title, at most 200 characters"),
              optional("summary", FieldType.STRING, "Why, in brief"),
              required("actions", FieldType.ARRAY, "What the audience is asked to do, in order"),
              required("finding_ids", FieldType.ARRAY, "The findings that back it (findings.id)"),
              required(
                  "endorsing_towns",
                  FieldType.ARRAY,
                  "Codes of the towns that endorse it, sorted; empty when none"),
              required("published_at", FieldType.DATETIME, "When it was published (UTC)"),
              required("updated_at", FieldType.DATETIME, "When it last changed (UTC)")),
          List.of("id"));

  /** Every dataset, in the order of the data package. */
  public static final List<OpenDataset> ALL =
      List.of(PRACTICES, TOWNS, TRANSFERS, FINDINGS, RECOMMENDATIONS);

  private OpenDatasets() {}

  public static Optional<OpenDataset> named(String name) {
    return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
