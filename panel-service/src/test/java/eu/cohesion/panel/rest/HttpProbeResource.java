package eu.cohesion.panel.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;

/** Test-only endpoints for the kit's HTTP semantics that no panel endpoint shows yet. */
@Path("/test-only/http")
public class HttpProbeResource {

  @GET
  @Path("/tagged")
  @PermitAll
  public Response tagged() {
    return Response.ok(Map.of("version", 7)).tag(new EntityTag("7")).build();
  }

  /** What Hibernate throws when PostgreSQL refuses the connection. */
  @GET
  @Path("/database-refused")
  @PermitAll
  public String databaseRefused() {
    throw new JDBCConnectionException(
        "Unable to acquire JDBC Connection",
        new SQLException("Connection to 127.0.0.1:1 refused", "08001"));
  }

  /** What the connection pool throws when no connection became free in time. */
  @GET
  @Path("/pool-exhausted")
  @PermitAll
  public String poolExhausted() throws SQLException {
    throw new SQLException("Sorry, acquisition timeout!");
  }
}
