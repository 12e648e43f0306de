package eu.cohesion.kit.rest;

import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.Sorting;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters every list shares ({@code @Valid @BeanParam PageParams paging}). Taken as
 * text and checked by pattern, so that {@code ?page=abc} is a 400 naming the parameter rather than
 * a 404 from the HTTP layer; the OpenAPI document declares their real types.
 */
public class PageParams {

  @Parameter(
      name = "page",
      in = ParameterIn.QUERY,
      description = "0-based page index",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "999999"))
  @QueryParam("page")
  @DefaultValue("0")
  @Pattern(regexp = "^\\d{1,6}$", message = "must be a whole number from 0 to 999999")
  String page;

  @Parameter(
      name = "size",
      in = ParameterIn.QUERY,
      description = "Items per page",
      schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
  @QueryParam("size")
  @DefaultValue("20")
  @Pattern(regexp = "^([1-9]\\d?|100)$", message = "must be a whole number from 1 to 100")
  String size;

  @Parameter(
      name = "updatedSince",
      in = ParameterIn.QUERY,
      description = "Only items changed at or after this instant (ISO-8601 UTC)",
      example = "2025-01-31T12:00:00Z",
      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
  @QueryParam("updatedSince")
  @Size(max = 40)
  @IsoInstant
  String updatedSince;

  /** The page asked for, in the order of a {@code sort} value the resource has checked. */
  public PageRequest request(String sort) {
    return new PageRequest(
        Integer.parseInt(page),
        Integer.parseInt(size),
        Sorting.parse(sort),
        updatedSince == null ? null : Instant.parse(updatedSince));
  }
}
