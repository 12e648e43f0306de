package eu.cohesion.practice.service.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** panel-service's public network figures; its base URL is {@code cohesion.peers.panel-url}. */
@RegisterRestClient(configKey = "panel-service")
@Path("/network")
public interface PanelServiceClient {

  @GET
  @Path("/composition")
  @Produces(MediaType.APPLICATION_JSON)
  PanelComposition composition();
}
