package eu.cohesion.kit.audit;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of {@code GET /admin-audit} ({@code @Valid @BeanParam AdminAuditFilter filter}), the
 * same in every service that keeps the audit.
 */
public class AdminAuditFilter {

  private static final String ID = "^[A-Za-z0-9._:-]{1,255}$";

  @Parameter(
      name = "aggregateId",
      in = ParameterIn.QUERY,
      description = "Only changes of this aggregate (its id)")
  @QueryParam("aggregateId")
  @Size(max = 255)
  @Pattern(regexp = ID, message = "must be an id")
  String aggregateId;

  @Parameter(
      name = "actorId",
      in = ParameterIn.QUERY,
      description = "Only changes by this token subject")
  @QueryParam("actorId")
  @Size(max = 255)
  @Pattern(regexp = ID, message = "must be an id")
  String actorId;

  public String aggregateId() {
    return aggregateId;
  }

  public String actorId() {
    return actorId;
  }
}
