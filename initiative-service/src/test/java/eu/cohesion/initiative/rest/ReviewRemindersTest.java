package eu.cohesion.initiative.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.domain.Conclusion;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.initiative.rest.ReviewFixtures.Setup;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.initiative.service.ReviewReminders;
import eu.cohesion.initiative.service.ReviewRounds;
import eu.cohesion.initiative.service.StatusChange;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The review job: review-due on the review-again date and quorum-at-risk 48 hours before a round
 * closes without quorum, each exactly once, also when two runners (replicas) race.
 */
@QuarkusTest
class ReviewRemindersTest {

  private static final String TOWN = "valmiera";

  @Inject TestDatabase db;
  @Inject ReviewFixtures fixtures;
  @Inject ReviewReminders reminders;
  @Inject ReviewRounds rounds;
  @Inject InitiativeStatusChanges statusChanges;

  @Test
  void reviewDueIsAnnouncedOnceOnTheDateEvenByTwoRunners() throws Exception {
    Setup due = fixtures.underReview(TOWN, "CITIZENS");
    Setup later = fixtures.underReview(TOWN, "CITIZENS");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    conclude(due, today);
    conclude(later, today.plusDays(1));

    race();
    reminders.run();

    List<String> announced =
        db.outboxPayloads(due.initiativeId(), "eu.cohesion.initiative.review-due");
    assertEquals(1, announced.size());
    assertEquals(
        List.of(), EventCatalogue.load().violations("initiative-events", announced.get(0)));
    JsonPath event = JsonPath.from(announced.get(0));
    assertEquals(today.toString(), event.getString("data.reviewAgainOn"));
    assertEquals(TOWN, event.getString("data.city"));
    assertEquals(
        0, db.outboxPayloads(later.initiativeId(), "eu.cohesion.initiative.review-due").size());
  }

  @Test
  void quorumAtRiskIsAnnouncedOnceForARoundClosingWithin48HoursWithoutQuorum() throws Exception {
    Setup atRisk = fixtures.underReview(TOWN, "CITIZENS", "EXPERTISE");
    Setup safe = fixtures.underReview(TOWN, "CITIZENS");
    Setup far = fixtures.underReview(TOWN, "CITIZENS");
    rounds.open(
        Callers.coordinatorOf(TOWN), atRisk.initiativeId(), Instant.now().plus(1, ChronoUnit.DAYS));
    var safeRound =
        rounds.open(
            Callers.coordinatorOf(TOWN),
            safe.initiativeId(),
            Instant.now().plus(1, ChronoUnit.DAYS));
    fixtures.review(TOWN, safe.reviewers().get(0), safeRound.round().id(), 4);
    rounds.open(
        Callers.coordinatorOf(TOWN), far.initiativeId(), Instant.now().plus(5, ChronoUnit.DAYS));

    race();
    reminders.run();

    List<String> announced =
        db.outboxPayloads(atRisk.initiativeId(), "eu.cohesion.review-round.quorum-at-risk");
    assertEquals(1, announced.size());
    assertEquals(
        List.of(), EventCatalogue.load().violations("initiative-events", announced.get(0)));
    JsonPath event = JsonPath.from(announced.get(0));
    assertEquals(2, event.getInt("data.eligible"));
    assertEquals(0, event.getInt("data.submitted"));
    assertEquals(List.of("CITIZENS", "EXPERTISE"), event.getList("data.missingPillars"));
    assertEquals(
        0,
        db.outboxPayloads(safe.initiativeId(), "eu.cohesion.review-round.quorum-at-risk").size());
    assertEquals(
        0, db.outboxPayloads(far.initiativeId(), "eu.cohesion.review-round.quorum-at-risk").size());
  }

  /** Two passes at once, as two replicas' schedulers would run them. */
  private void race() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> pass = reminders::run;
      List<Future<Integer>> passes = pool.invokeAll(List.of(pass, pass));
      for (Future<Integer> f : passes) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private void conclude(Setup setup, LocalDate reviewAgainOn) {
    long version = db.initiativeState(setup.initiativeId()).version();
    statusChanges.change(
        Callers.NETWORK_ADMIN,
        setup.initiativeId(),
        new StatusChange(
            version,
            InitiativeStatus.CONCLUDED,
            "reviewed",
            new Conclusion(Outcome.ADOPTED, "Keep it.", reviewAgainOn)));
  }
}
