package eu.cohesion.panel.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only endpoint that fails unexpectedly, to see what a caller learns from a 500. */
@Path("/test-only/failure")
public class FailingResource {

  static final String SECRET = "jdbc:postgresql://secret-host/secret-db";

  @GET
  @PermitAll
  public String fail() {
    throw new IllegalStateException("cannot reach " + SECRET);
  }
}
