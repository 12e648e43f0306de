package eu.cohesion.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * Makes each service's document the contract generators and linters expect, so that resources
 * declare only what is particular to them:
 *
 * <ul>
 *   <li>{@link ProblemResponses} become problem+json responses; every 4xx/5xx response without a
 *       body gets the problem body;
 *   <li>every property of a response schema is required: the API always sends every field, null
 *       when it has no value;
 *   <li>a {@code $ref} stands alone (its siblings are dropped: generators mishandle them), a
 *       response header has a schema, an integer parameter carries no text pattern;
 *   <li>each list envelope {@code ItemPage<T, A>} is named {@code <T>Page}.
 * </ul>
 *
 * Runs at build time, so the document the build writes is the one served.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

  private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
  private static final String SCHEMAS = "#/components/schemas/";
  private static final String PAGE_PREFIX = "ItemPage";

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "400", "Invalid request: the problem names each wrong field or parameter",
          "401", "No valid bearer token",
          "403", "The caller's roles or town do not allow this",
          "404", "Nothing with this id (that the caller may see)",
          "409", "Conflicts with the current state, e.g. a name already taken",
          "412", "If-Match names an older version: reload and apply the change again",
          "422", "A rule of the domain refuses the request; the problem says which",
          "428", "If-Match is missing");

  /** What the scanner writes on the responses it adds by itself (e.g. 400 for validation). */
  private static final Set<String> GENERATED_DESCRIPTIONS =
      Set.of("Bad Request", "Not Authorized", "Not Allowed", "Forbidden", "Unauthorized");

  /** operationId → the statuses its method declares with {@link ProblemResponses}. */
  private final Map<String, int[]> problems = new HashMap<>();

  public ContractFilter(IndexView index) {
    DotName operation =
        DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class);
    for (AnnotationInstance declared :
        index.getAnnotations(DotName.createSimple(ProblemResponses.class))) {
      AnnotationInstance op = declared.target().asMethod().annotation(operation);
      AnnotationValue id = op == null ? null : op.value("operationId");
      if (id == null) {
        throw new IllegalStateException(
            "@ProblemResponses on " + declared.target() + " needs @Operation(operationId)");
      }
      problems.put(id.asString(), declared.value().asIntArray());
    }
  }

  /** Java's {@code matches} reads a pattern as anchored; JSON Schema does not, so anchor it. */
  @Override
  public Schema filterSchema(Schema schema) {
    String pattern = schema.getPattern();
    // \\S is what @NotBlank becomes: "contains a non-blank", meant unanchored.
    if (pattern != null
        && !pattern.equals("\\S")
        && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
      schema.setPattern("^(" + pattern + ")$");
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    renamePages(openAPI);
    Set<String> responseSchemas = new HashSet<>();
    operations(openAPI)
        .forEach(
            operation -> {
              declareProblems(operation);
              typeParameters(operation);
              collectResponseSchemas(operation, responseSchemas);
            });
    Map<String, Schema> schemas = schemas(openAPI);
    reachable(responseSchemas, schemas).forEach(name -> requireAll(schemas.get(name)));
    schemas.values().forEach(ContractFilter::dropRefSiblings);
  }

  private void declareProblems(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    for (int status : problems.getOrDefault(operation.getOperationId(), new int[0])) {
      String code = Integer.toString(status);
      if (operation.getResponses().getAPIResponse(code) == null) {
        operation
            .getResponses()
            .addAPIResponse(
                code,
                OASFactory.createAPIResponse()
                    .description(DESCRIPTIONS.getOrDefault(code, "Refused")));
      }
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (code.startsWith("4") || code.startsWith("5")) {
                if (response.getContent() == null) {
                  response.setContent(problemContent());
                }
                if (response.getDescription() == null
                    || GENERATED_DESCRIPTIONS.contains(response.getDescription())) {
                  response.setDescription(DESCRIPTIONS.getOrDefault(code, "Refused"));
                }
              }
              typeHeaders(response);
            });
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            PROBLEM_MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
  }

  private static void typeHeaders(APIResponse response) {
    if (response.getHeaders() != null) {
      response.getHeaders().values().stream()
          .filter(header -> header.getSchema() == null && header.getRef() == null)
          .forEach(
              header ->
                  header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
  }

  /**
   * Text parameters declared as integers keep their bounds, not the text pattern that checks them.
   */
  private static void typeParameters(Operation operation) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      Schema schema = parameter.getSchema();
      if (schema != null
          && schema.getType() != null
          && schema.getType().contains(Schema.SchemaType.INTEGER)) {
        schema.setPattern(null);
        schema.setMaxLength(null);
        schema.setMinLength(null);
        if (schema.getDefaultValue() instanceof String text) {
          schema.setDefaultValue(Integer.valueOf(text));
        }
      }
    }
  }

  private static void collectResponseSchemas(Operation operation, Set<String> names) {
    operation
        .getResponses()
        .getAPIResponses()
        .values()
        .forEach(
            response -> {
              if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                for (MediaType media : response.getContent().getMediaTypes().values()) {
                  collectRefs(media.getSchema(), names);
                }
              }
            });
  }

  /** Names of the component schemas the given ones refer to, themselves included. */
  private static Set<String> reachable(Set<String> start, Map<String, Schema> schemas) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(start);
    while (!todo.isEmpty()) {
      String name = todo.remove(todo.size() - 1);
      Schema schema = schemas.get(name);
      if (schema != null && seen.add(name)) {
        Set<String> next = new HashSet<>();
        collectRefs(schema, next);
        todo.addAll(next);
      }
    }
    return seen;
  }

  private static void collectRefs(Schema schema, Set<String> names) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
      names.add(schema.getRef().substring(SCHEMAS.length()));
    }
    collectRefs(schema.getItems(), names);
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> collectRefs(p, names));
    }
    for (List<Schema> group :
        List.of(
            nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
      group.forEach(s -> collectRefs(s, names));
    }
  }

  private static List<Schema> nonNull(List<Schema> schemas) {
    return schemas == null ? List.of() : schemas;
  }

  private static void requireAll(Schema schema) {
    if (schema != null && schema.getProperties() != null) {
      schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
    }
  }

  /** A property that is a {@code $ref} keeps only the reference; the component describes itself. */
  private static void dropRefSiblings(Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
    properties.replaceAll(
        (name, property) ->
            property.getRef() != null
                ? OASFactory.createSchema().ref(property.getRef())
                : property);
    schema.setProperties(properties);
  }

  /** {@code ItemPageMemberViewPanelAction} → {@code PanelMemberPage}, named after its items. */
  private static void renamePages(OpenAPI openAPI) {
    Map<String, Schema> schemas = schemas(openAPI);
    Map<String, String> renamed = new HashMap<>();
    for (String name : List.copyOf(schemas.keySet())) {
      if (name.startsWith(PAGE_PREFIX) && name.length() > PAGE_PREFIX.length()) {
        String item = itemName(schemas.get(name));
        renamed.put(SCHEMAS + name, SCHEMAS + item + "Page");
        openAPI.getComponents().addSchema(item + "Page", schemas.get(name));
        openAPI.getComponents().removeSchema(name);
      }
    }
    // The generic record itself is scanned too; only its parameterised forms are used.
    openAPI.getComponents().removeSchema(PAGE_PREFIX);
    operations(openAPI).stream()
        .filter(operation -> operation.getResponses() != null)
        .flatMap(operation -> operation.getResponses().getAPIResponses().values().stream())
        .filter(response -> response.getContent() != null)
        .flatMap(response -> response.getContent().getMediaTypes().values().stream())
        .map(MediaType::getSchema)
        .filter(schema -> schema != null && renamed.containsKey(schema.getRef()))
        .forEach(schema -> schema.setRef(renamed.get(schema.getRef())));
  }

  private static List<Operation> operations(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return List.of();
    }
    return openAPI.getPaths().getPathItems().values().stream()
        .flatMap(item -> item.getOperations().values().stream())
        .toList();
  }

  /** The component the page's items refer to: {@code PanelSummary} for a page of them. */
  private static String itemName(Schema page) {
    return page.getProperties().get("items").getItems().getRef().substring(SCHEMAS.length());
  }

  private static Map<String, Schema> schemas(OpenAPI openAPI) {
    return openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
        ? Map.of()
        : openAPI.getComponents().getSchemas();
  }
}
