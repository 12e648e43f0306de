package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.service.InitiativeFilters;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the initiative list and its facets ({@code @Valid @BeanParam}). Each may be given
 * more than once (any of the values); different filters all apply. Text checked by anchored
 * patterns, so a bad value is a 400 naming the parameter.
 */
public class ListFilterParams {

  static final String STATUS =
      "^(DRAFT|PROPOSED|APPROVED|PILOTING|UNDER_REVIEW|CONCLUDED|WITHDRAWN)$";

  @Parameter(
      name = "city",
      in = ParameterIn.QUERY,
      description = "Only this town's initiatives",
      example = "mechelen")
  @QueryParam("city")
  @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
  String city;

  @Parameter(
      name = "panelId",
      in = ParameterIn.QUERY,
      description = "Only these panels' initiatives; repeat for several",
      explode = Explode.TRUE,
      schema = @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = UUID.class))
  @QueryParam("panelId")
  @Size(max = 20)
  List<@Pattern(regexp = Params.UUID, message = Params.UUID_MESSAGE) String> panelId;

  @Parameter(
      name = "status",
      in = ParameterIn.QUERY,
      description = "Only initiatives in one of these states; repeat for several",
      explode = Explode.TRUE,
      schema =
          @Schema(type = SchemaType.ARRAY, maxItems = 7, implementation = InitiativeStatus.class))
  @QueryParam("status")
  @Size(max = 7)
  List<@Pattern(regexp = STATUS, message = "must be one of " + STATUS) String> status;

  @Parameter(
      name = "theme",
      in = ParameterIn.QUERY,
      description = "Only initiatives with one of these theme; repeat for several",
      explode = Explode.TRUE,
      schema = @Schema(type = SchemaType.ARRAY, maxItems = 9, implementation = Theme.class))
  @QueryParam("theme")
  @Size(max = 9)
  List<@Pattern(regexp = Params.THEME, message = "must be one of " + Params.THEME) String> theme;

  @Parameter(
      name = "targetGroup",
      in = ParameterIn.QUERY,
      description = "Only initiatives for one of these population groups; repeat for several",
      explode = Explode.TRUE,
      schema = @Schema(type = SchemaType.ARRAY, maxItems = 4, implementation = TargetGroup.class))
  @QueryParam("targetGroup")
  @Size(max = 4)
  List<@Pattern(regexp = Params.GROUP, message = "must be one of " + Params.GROUP) String>
      targetGroup;

  @Parameter(
      name = "sdg",
      in = ParameterIn.QUERY,
      description =
          "Only initiatives with one of these SDG targets (10.1–10.7, 10.a–10.c, 11.1–11.7,"
              + " 11.a–11.c); repeat for several",
      explode = Explode.TRUE,
      schema = @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = String.class))
  @QueryParam("sdg")
  @Size(max = 20)
  List<
          @Pattern(regexp = Params.SDG, message = "must be a target of goal 10 or 11, e.g. 10.2")
          String>
      sdg;

  InitiativeFilters filters() {
    return new InitiativeFilters(
        city,
        panelId == null ? null : panelId.stream().map(UUID::fromString).toList(),
        status == null ? null : status.stream().map(InitiativeStatus::valueOf).toList(),
        theme == null ? null : theme.stream().map(Theme::valueOf).toList(),
        targetGroup == null ? null : targetGroup.stream().map(TargetGroup::valueOf).toList(),
        sdg);
  }
}
