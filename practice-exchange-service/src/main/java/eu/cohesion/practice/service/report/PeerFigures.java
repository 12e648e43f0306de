package eu.cohesion.practice.service.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The figures the report takes from the other two services, each read from its public endpoint. A
 * peer that is down, slow (timeouts in application.properties) or answers anything but its figures
 * leaves its part empty: the report says those figures are not available instead of failing.
 */
@ApplicationScoped
public class PeerFigures {

  private static final Logger LOG = Logger.getLogger(PeerFigures.class);

  private final PanelServiceClient panels;
  private final InitiativeServiceClient initiatives;

  PeerFigures(
      @RestClient PanelServiceClient panels, @RestClient InitiativeServiceClient initiatives) {
    this.panels = panels;
    this.initiatives = initiatives;
  }

  public Optional<PanelComposition> composition() {
    try {
      return Optional.ofNullable(panels.composition());
    } catch (RuntimeException e) {
      LOG.warnf("network report: panel-service's composition is not available (%s)", e.toString());
      return Optional.empty();
    }
  }

  public Optional<InitiativeStatistics> initiatives() {
    try {
      return Optional.ofNullable(initiatives.initiatives());
    } catch (RuntimeException e) {
      LOG.warnf(
          "network report: initiative-service's statistics are not available (%s)", e.toString());
      return Optional.empty();
    }
  }
}
