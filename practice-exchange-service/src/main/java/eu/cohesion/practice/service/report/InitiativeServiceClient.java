package eu.cohesion.practice.service.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * initiative-service's public network figures; its base URL is {@code
 * cohesion.peers.initiative-url}.
 */
@RegisterRestClient(configKey = "initiative-service")
@Path("/network")
public interface InitiativeServiceClient {

  @GET
  @Path("/initiatives")
  @Produces(MediaType.APPLICATION_JSON)
  InitiativeStatistics initiatives();
}
