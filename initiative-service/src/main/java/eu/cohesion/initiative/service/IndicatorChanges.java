package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.ADD_MEASUREMENT;
import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_INDICATORS;

import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.Measurement;
import eu.cohesion.initiative.events.IndicatorMeasured;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Defines, edits and deletes indicators and records their measurements. Refused, in this order:
 * unknown indicator or initiative (404), caller not allowed in its town (403), no If-Match (428),
 * stale version (412), target not beyond the baseline (422).
 */
@ApplicationScoped
public class IndicatorChanges {

  private final InitiativeRepository initiatives;
  private final IndicatorRepository indicators;
  private final ChangeGate gate;

  IndicatorChanges(
      InitiativeRepository initiatives, IndicatorRepository indicators, ChangeGate gate) {
    this.initiatives = initiatives;
    this.indicators = indicators;
    this.gate = gate;
  }

  /** A measurement and the indicator's new version, which the next change sends in If-Match. */
  public record Recorded(Indicator indicator, Measurement measurement) {}

  @Transactional
  public Indicator create(Actor actor, UUID initiativeId, Indicator.Definition definition) {
    Initiative initiative =
        initiatives
            .findByIdOptional(initiativeId)
            .orElseThrow(() -> new ResourceNotFoundException("initiative", initiativeId));
    InitiativePermissions.TABLE.require(
        MANAGE_INDICATORS,
        actor,
        initiative.cityCode(),
        "you may not define indicators of town " + initiative.cityCode());
    Instant now = gate.now();
    Indicator indicator = Indicator.of(initiative, definition, now);
    indicators.persist(indicator);
    gate.created(actor, MANAGE_INDICATORS, "indicator", indicator, now, List.of());
    return indicator;
  }

  @Transactional
  public Indicator edit(
      Actor actor, UUID id, Long expectedVersion, Indicator.Definition definition) {
    return gate.load("indicator", id, indicators.findWithMeasurements(id))
        .permit(InitiativePermissions.TABLE, MANAGE_INDICATORS, actor, "change indicators")
        .ifMatch(expectedVersion)
        .apply(
            (indicator, now) -> {
              indicator.define(definition, now);
              return List.of();
            });
  }

  /** The indicator goes with its measurements. */
  @Transactional
  public void delete(Actor actor, UUID id, Long expectedVersion) {
    Indicator indicator =
        gate.load("indicator", id, indicators.findWithMeasurements(id))
            .permit(InitiativePermissions.TABLE, MANAGE_INDICATORS, actor, "delete indicators")
            .ifMatch(expectedVersion)
            .admitted();
    indicators.delete(indicator);
  }

  /**
   * No If-Match: measurements only add up, so a statistics office pushing values needs not read
   * first. Announces eu.cohesion.indicator.measured with the progress it leads to.
   */
  @Transactional
  public Recorded measure(Actor actor, UUID id, Indicator.Reading reading) {
    Indicator indicator =
        gate.load("indicator", id, indicators.findWithMeasurements(id))
            .permit(InitiativePermissions.TABLE, ADD_MEASUREMENT, actor, "add measurements")
            .admitted();
    Instant now = gate.now();
    Measurement measurement = indicator.record(reading, now);
    gate.announce(now, IndicatorMeasured.of(indicator, measurement));
    return new Recorded(indicator, measurement);
  }

  @Transactional
  public Indicator removeMeasurement(
      Actor actor, UUID id, UUID measurementId, Long expectedVersion) {
    return gate.load("indicator", id, indicators.findWithMeasurements(id))
        .permit(InitiativePermissions.TABLE, MANAGE_INDICATORS, actor, "remove measurements")
        .ifMatch(expectedVersion)
        .apply(
            (indicator, now) -> {
              indicator
                  .remove(measurementId, now)
                  .orElseThrow(() -> new ResourceNotFoundException("measurement", measurementId));
              return List.of();
            });
  }
}
