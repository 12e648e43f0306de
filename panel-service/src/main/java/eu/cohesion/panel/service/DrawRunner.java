package eu.cohesion.panel.service;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.panel.domain.DrawFailure;
import eu.cohesion.panel.domain.DrawStatus;
import eu.cohesion.panel.domain.PoolQuota;
import eu.cohesion.panel.domain.SortitionDraw;
import eu.cohesion.panel.domain.sortition.Distribution;
import eu.cohesion.panel.domain.sortition.InfeasibleQuotasException;
import eu.cohesion.panel.domain.sortition.Leximin;
import eu.cohesion.panel.domain.sortition.SortitionProblem;
import eu.cohesion.panel.domain.sortition.TimeLimitExceededException;
import eu.cohesion.panel.events.DrawCompleted;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Runs draws off the request thread (LEXIMIN takes seconds on a pool of hundreds): progress, the
 * result and the {@code draw-completed} event are written in transactions of their own, so a poller
 * sees the draw move and a failure leaves a FAILED draw, never a RUNNING one. A draw gets {@code
 * cohesion.sortition.time-limit} (default 15 minutes; 500 candidates with 75 seats take about 8 s
 * of CPU) before it fails with {@code time-limit}, so an unexpectedly hard pool cannot hold a
 * worker for hours.
 */
@ApplicationScoped
public class DrawRunner {

  private static final Logger LOG = Logger.getLogger(DrawRunner.class);

  /** The setting that bounds a draw's computation (an ISO-8601 duration). */
  static final String TIME_LIMIT_SETTING = "cohesion.sortition.time-limit";

  /** Progress is written at most this often: a poller polls about once a second. */
  private static final long PROGRESS_INTERVAL_MILLIS = 300;

  private final ManagedExecutor executor;
  private final SortitionDrawRepository draws;
  private final ChangeGate gate;
  private final Duration timeLimit;
  private final MeterRegistry meters;

  DrawRunner(
      ManagedExecutor executor,
      SortitionDrawRepository draws,
      ChangeGate gate,
      @ConfigProperty(name = TIME_LIMIT_SETTING, defaultValue = "PT15M") Duration timeLimit,
      MeterRegistry meters) {
    this.executor = executor;
    this.draws = draws;
    this.gate = gate;
    this.timeLimit = timeLimit;
    this.meters = meters;
  }

  /** Starts the computation of a committed RUNNING draw. */
  void submit(UUID drawId, SortitionProblem problem) {
    executor.runAsync(() -> run(drawId, problem));
  }

  /**
   * Computes and records the draw; {@code cohesion.sortition.draw} times it by outcome (completed,
   * infeasible-quotas, time-limit, solver-failed), so operators see how long towns wait for a
   * panel.
   */
  void run(UUID drawId, SortitionProblem problem) {
    Timer.Sample timing = Timer.start(meters);
    String outcome = computeAndRecord(drawId, problem);
    timing.stop(
        Timer.builder("cohesion.sortition.draw")
            .description("Duration of a sortition draw's computation, by outcome")
            .tag("outcome", outcome)
            .register(meters));
  }

  private String computeAndRecord(UUID drawId, SortitionProblem problem) {
    long[] lastWrite = {0};
    try {
      Distribution distribution =
          new Leximin(timeLimit)
              .solve(
                  problem,
                  (phase, done, total) -> {
                    long now = System.currentTimeMillis();
                    if (now - lastWrite[0] >= PROGRESS_INTERVAL_MILLIS) {
                      lastWrite[0] = now;
                      progress(drawId, phase, done, total);
                    }
                  });
      QuarkusTransaction.requiringNew().run(() -> complete(drawId, distribution));
      return "completed";
    } catch (InfeasibleQuotasException e) {
      List<PoolQuota> conflicting =
          e.conflicting().stream()
              .map(q -> new PoolQuota(q.feature(), q.value(), q.min(), q.max()))
              .toList();
      fail(drawId, new DrawFailure(DrawFailure.INFEASIBLE, e.getMessage(), conflicting));
      return DrawFailure.INFEASIBLE;
    } catch (TimeLimitExceededException e) {
      fail(drawId, DrawFailure.timeLimit(e.limit(), TIME_LIMIT_SETTING));
      return DrawFailure.TIME_LIMIT;
    } catch (RuntimeException | LinkageError e) {
      // LinkageError: the solver's native library could not be loaded on this machine.
      LOG.errorf(e, "draw %s failed", drawId);
      fail(
          drawId,
          new DrawFailure(
              DrawFailure.SOLVER_FAILED, "the solver failed: " + e.getMessage(), List.of()));
      return DrawFailure.SOLVER_FAILED;
    }
  }

  private void progress(UUID drawId, String phase, int done, int total) {
    try {
      QuarkusTransaction.requiringNew()
          .run(() -> draws.findById(drawId).progress(phase, done, total, gate.now()));
    } catch (RuntimeException e) {
      // A lost progress line only delays the bar; the result is written regardless.
      LOG.debugf(e, "progress of draw %s not written", drawId);
    }
  }

  private void complete(UUID drawId, Distribution distribution) {
    SortitionDraw draw = draws.findById(drawId);
    Map<UUID, Double> probabilities = new LinkedHashMap<>();
    distribution
        .selectionProbabilities()
        .forEach((id, p) -> probabilities.put(UUID.fromString(id), p));
    List<UUID> panel = distribution.sample(draw.seed()).stream().map(UUID::fromString).toList();
    var now = gate.now();
    draw.complete(distribution.algorithmVersion(), probabilities, panel, now);
    gate.announce(now, DrawCompleted.of(draw));
  }

  private void fail(UUID drawId, DrawFailure failure) {
    QuarkusTransaction.requiringNew()
        .run(() -> draws.findById(drawId).fail(Leximin.ALGORITHM_VERSION, failure, gate.now()));
  }

  /** A draw that was running when the service stopped will never finish: say so. */
  void interruptedAtShutdown(@Observes StartupEvent started) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                draws
                    .list("status", DrawStatus.RUNNING)
                    .forEach(
                        d ->
                            d.fail(
                                Leximin.ALGORITHM_VERSION,
                                new DrawFailure(
                                    DrawFailure.SOLVER_FAILED,
                                    "the service restarted while the draw ran: run it again",
                                    List.of()),
                                gate.now())));
  }
}
