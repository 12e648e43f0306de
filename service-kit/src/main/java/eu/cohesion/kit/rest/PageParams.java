package eu.cohesion.kit.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every list shares ({@code @Valid @BeanParam PageParams paging}).
 * Taken as text and checked by pattern, so that {@code ?page=abc} is a 400 naming the parameter
 * rather than a 404 from the HTTP layer.
 */
public class PageParams {

  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = "0-based page index, at most 999999")
  @QueryParam("page")
  @DefaultValue("0")
  @Pattern(regexp = "\\d{1,6}", message = "must be a whole number from 0 to 999999")
  String page;

  @Parameter(name = "size", in = ParameterIn.QUERY, description = "Items per page, 1 to 100")
  @QueryParam("size")
  @DefaultValue("20")
  @Pattern(regexp = "[1-9]\\d?|100", message = "must be a whole number from 1 to 100")
  String size;

  public int page() {
    return Integer.parseInt(page);
  }

  public int size() {
    return Integer.parseInt(size);
  }
}
