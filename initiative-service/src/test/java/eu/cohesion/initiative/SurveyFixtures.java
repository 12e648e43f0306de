package eu.cohesion.initiative;

import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyQuestionKind;
import eu.cohesion.initiative.domain.SurveyRules;
import eu.cohesion.initiative.domain.SurveyStatus;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.initiative.service.NewSurvey;
import eu.cohesion.initiative.service.SurveyDesign;
import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Surveys set up through the use cases, and what the survey tables hold, for the survey tests. */
@ApplicationScoped
public class SurveyFixtures {

  /** What a refused request must leave as it was. */
  public record SurveyState(
      String status, long version, int responses, long answers, long quotes) {}

  private final TestDatabase db;
  private final InitiativeCreation initiatives;
  private final SurveyDesign design;
  private final SqlProbe sql;

  SurveyFixtures(
      TestDatabase db,
      InitiativeCreation initiatives,
      SurveyDesign design,
      AgroalDataSource dataSource) {
    this.db = db;
    this.initiatives = initiatives;
    this.design = design;
    this.sql = new SqlProbe(dataSource);
  }

  public static Map<String, Object> definition() {
    return Map.of(
        "languages", List.of("nl", "fr"),
        "title", Map.of("nl", "Uw mening", "fr", "Votre avis"),
        "questions",
            List.of(
                Map.of(
                    "kind",
                    "RATING",
                    "text",
                    Map.of("nl", "Hoe nuttig?", "fr", "Quelle utilité ?")),
                Map.of(
                    "kind", "CHOICE",
                    "text", Map.of("nl", "Hoe gehoord?", "fr", "Comment connu ?"),
                    "options",
                        List.of(
                            Map.of("nl", "Affiche", "fr", "Affiche"),
                            Map.of("nl", "Vriend", "fr", "Ami"))),
                Map.of(
                    "kind",
                    "FREE_TEXT",
                    "text",
                    Map.of("nl", "Nog iets?", "fr", "Autre chose ?"))));
  }

  public UUID initiative(String town) {
    UUID panelId = db.knownPanel(town);
    return initiatives
        .create(Callers.coordinatorOf(town), new NewInitiative(panelId, "Language café", "Weekly."))
        .id();
  }

  public Survey draft(UUID initiativeId, String town) {
    return design.create(Callers.coordinatorOf(town), initiativeId, command());
  }

  public Survey open(String town) {
    UUID initiativeId = initiative(town);
    Survey survey = draft(initiativeId, town);
    return design.moveTo(
        Callers.coordinatorOf(town), initiativeId, survey.version(), SurveyStatus.OPEN);
  }

  public static NewSurvey command() {
    return new NewSurvey(
        List.of("nl", "fr"),
        Map.of("nl", "Uw mening", "fr", "Votre avis"),
        List.of(
            new SurveyRules.Draft(
                SurveyQuestionKind.RATING,
                Map.of("nl", "Hoe nuttig?", "fr", "Quelle utilité ?"),
                List.of()),
            new SurveyRules.Draft(
                SurveyQuestionKind.CHOICE,
                Map.of("nl", "Hoe gehoord?", "fr", "Comment connu ?"),
                List.of(
                    Map.of("nl", "Affiche", "fr", "Affiche"), Map.of("nl", "Vriend", "fr", "Ami"))),
            new SurveyRules.Draft(
                SurveyQuestionKind.FREE_TEXT,
                Map.of("nl", "Nog iets?", "fr", "Autre chose ?"),
                List.of())));
  }

  public SurveyState state(UUID surveyId) {
    return sql.query(
        "select status, version, response_count,"
            + " (select count(*) from survey_answer where survey_id = s.id),"
            + " (select count(*) from survey_quote where survey_id = s.id)"
            + " from survey s where id = ?",
        rs -> {
          rs.next();
          return new SurveyState(
              rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getLong(5));
        },
        surveyId);
  }

  public long answerTokens(UUID surveyId) {
    return sql.count("select count(*) from survey_answer_token where survey_id = ?", surveyId);
  }

  /** Whether any survey table holds this text anywhere (e.g. a client address). */
  public long rowsMentioning(String text) {
    String like = "%" + text + "%";
    return sql.count(
        "select (select count(*) from survey where questions::text like ? or title::text like ?)"
            + " + (select count(*) from survey_quote where text like ?)"
            + " + (select count(*) from survey_answer where coalesce(choice, '') like ?)"
            + " + (select count(*) from survey_answer_token where encode(token_hash, 'escape') like ?)",
        like,
        like,
        like,
        like,
        like);
  }
}
