package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.domain.Criterion;
import eu.cohesion.initiative.domain.CriterionScore;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.initiative.service.ReviewRounds;
import eu.cohesion.initiative.service.ReviewSubmission;
import eu.cohesion.initiative.service.StatusChange;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Sets up initiatives under review, panels with members and rounds through the use cases. */
@ApplicationScoped
public class ReviewFixtures {

  /** An initiative under review of a panel whose members are given as pillar → login. */
  public record Setup(UUID panelId, UUID initiativeId, List<String> reviewers) {}

  private final TestDatabase db;
  private final InitiativeCreation creation;
  private final InitiativeStatusChanges statusChanges;
  private final ReviewRounds rounds;
  private final ReviewSubmission submission;

  ReviewFixtures(
      TestDatabase db,
      InitiativeCreation creation,
      InitiativeStatusChanges statusChanges,
      ReviewRounds rounds,
      ReviewSubmission submission) {
    this.db = db;
    this.creation = creation;
    this.statusChanges = statusChanges;
    this.rounds = rounds;
    this.submission = submission;
  }

  /**
   * An initiative UNDER_REVIEW of a new panel in {@code town} with one active member with a login
   * per given pillar, written "PILLAR" or "login=PILLAR" (the logins are returned in that order),
   * plus an active member without a login, a member who left and a member of another panel, none of
   * whom is eligible.
   */
  public Setup underReview(String town, String... pillars) {
    UUID panel = db.knownPanel(town);
    List<String> reviewers = new ArrayList<>();
    for (String given : pillars) {
      String[] parts = given.split("=");
      String login = parts.length == 2 ? parts[0] : UUID.randomUUID().toString();
      String pillar = parts[parts.length - 1];
      db.knownMember(panel, town, login, pillar, true);
      reviewers.add(login);
    }
    db.knownMember(panel, town, null, "EXPERTISE", true);
    db.knownMember(panel, town, UUID.randomUUID().toString(), "CITIZENS", false);
    db.knownMember(db.knownPanel(town), town, UUID.randomUUID().toString(), "CITIZENS", true);
    UUID id =
        creation
            .create(Callers.coordinatorOf(town), new NewInitiative(panel, "Buddy walks", null))
            .id();
    long version = 0;
    for (InitiativeStatus to :
        List.of(
            InitiativeStatus.PROPOSED,
            InitiativeStatus.APPROVED,
            InitiativeStatus.PILOTING,
            InitiativeStatus.UNDER_REVIEW)) {
      version =
          statusChanges
              .change(Callers.NETWORK_ADMIN, id, new StatusChange(version, to, "set-up", null))
              .version();
    }
    return new Setup(panel, id, reviewers);
  }

  public UUID open(String town, UUID initiativeId) {
    return rounds
        .open(Callers.coordinatorOf(town), initiativeId, Instant.now().plus(7, ChronoUnit.DAYS))
        .round()
        .id();
  }

  public void review(String town, String login, UUID roundId, int score) {
    submission.submit(member(town, login), roundId, scores(score));
  }

  public static Actor member(String town, String login) {
    return new Actor(login, Set.of(Role.PANEL_MEMBER), town);
  }

  public static List<CriterionScore> scores(int score) {
    List<CriterionScore> scores = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      scores.add(new CriterionScore(criterion, score, "because " + criterion));
    }
    return scores;
  }

  /** A review request body giving every criterion the same score and reason. */
  public static Map<String, Object> body(Object score, String reason) {
    Map<String, Object> body = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      Map<String, Object> entry = new HashMap<>();
      entry.put("score", score);
      entry.put("reason", reason);
      body.put(criterion.name().toLowerCase(), entry);
    }
    return body;
  }
}
