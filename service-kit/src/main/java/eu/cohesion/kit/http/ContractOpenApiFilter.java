package eu.cohesion.kit.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The parts of every service's OpenAPI document that are the same for all of them, so that
 * generators and linters get a complete contract: where the API runs ({@code servers}), its licence
 * and contact, the {@code oauth2} security scheme with the Keycloak realm's URLs, schemas for the
 * response headers, and the {@code Idempotency-Key} header on every creating POST.
 *
 * <p>Runs at build time (the document the build stores) and again at start-up, where the running
 * service's own configuration (port, Keycloak URL) is known; every step is idempotent.
 */
@OpenApiFilter(stages = {OpenApiFilter.RunStage.BUILD, OpenApiFilter.RunStage.RUNTIME_STARTUP})
public class ContractOpenApiFilter implements OASFilter {

  public static final String SCHEME = "oauth2";

  /** The scheme name resources used before the realm's OAuth2 flows were declared. */
  private static final String LEGACY_SCHEME = "bearer";

  private static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";
  private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Config config = ConfigProvider.getConfig();
    servers(openAPI, config);
    info(openAPI);
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    securityScheme(components, config);
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      for (PathItem path : openAPI.getPaths().getPathItems().values()) {
        for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getOperations().entrySet()) {
          operation(op.getKey(), op.getValue(), components);
        }
      }
    }
  }

  private static void servers(OpenAPI openAPI, Config config) {
    String url =
        config
            .getOptionalValue("cohesion.openapi.server-url", String.class)
            .orElseGet(
                () ->
                    "http://127.0.0.1:"
                        + config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080));
    openAPI.setServers(
        new ArrayList<>(
            List.of(
                OASFactory.createServer()
                    .url(url)
                    .description("Local run on a developer's machine (./run-platform)"))));
  }

  private static void info(OpenAPI openAPI) {
    Info info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
    if (info.getLicense() == null) {
      info.setLicense(OASFactory.createLicense().name("EUPL-1.2").identifier("EUPL-1.2"));
    }
    if (info.getContact() == null) {
      info.setContact(OASFactory.createContact().name("Cohesion maintainers"));
    }
    openAPI.setInfo(info);
  }

  /** OAuth2 with the realm's endpoints, so a generated client knows where to get its token. */
  private static void securityScheme(Components components, Config config) {
    if (components.getSecuritySchemes() != null) {
      components.removeSecurityScheme(LEGACY_SCHEME);
    }
    String realm =
        config
            .getOptionalValue("quarkus.oidc.auth-server-url", String.class)
            .orElse("http://127.0.0.1:8180/realms/cohesion")
            .replaceAll("/+$", "");
    String token = realm + "/protocol/openid-connect/token";
    OAuthFlows flows =
        OASFactory.createOAuthFlows()
            .clientCredentials(
                OASFactory.createOAuthFlow().tokenUrl(token).scopes(new LinkedHashMap<>()))
            .authorizationCode(
                OASFactory.createOAuthFlow()
                    .authorizationUrl(realm + "/protocol/openid-connect/auth")
                    .tokenUrl(token)
                    .scopes(new LinkedHashMap<>()));
    components.addSecurityScheme(
        SCHEME,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.OAUTH2)
            .description(
                "Access tokens of the Keycloak realm cohesion. Integration clients use the client"
                    + " credentials flow; the web app uses the authorization code flow with PKCE"
                    + " (S256). Roles and the caller's town come from the token.")
            .flows(flows));
  }

  private static void operation(PathItem.HttpMethod method, Operation op, Components components) {
    op.setSecurity(security(op.getSecurity()));
    if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
      return;
    }
    for (APIResponse response : op.getResponses().getAPIResponses().values()) {
      if (response.getHeaders() != null) {
        response.getHeaders().forEach(ContractOpenApiFilter::headerSchema);
      }
    }
    boolean creates = op.getResponses().getAPIResponse("201") != null;
    if (method == PathItem.HttpMethod.POST && creates) {
      idempotencyKey(op, components);
    }
    rateLimited(op);
  }

  /** Every API operation counts against the caller's quota (RateLimitFilter, docs/http.md). */
  private static void rateLimited(Operation op) {
    addProblemResponse(op, "429", "Over the caller's rate limit; see Retry-After");
    APIResponse response = op.getResponses().getAPIResponse("429");
    if (response.getHeaders() == null || response.getHeaders().get("Retry-After") == null) {
      response.addHeader("Retry-After", OASFactory.createHeader());
    }
    response.addHeader(
        RateLimitFilter.RATE_LIMIT_POLICY,
        OASFactory.createHeader()
            .description(
                "The caller's quota, e.g. \"write\";q=300;w=60 (draft-ietf-httpapi-ratelimit-headers)"));
    response.addHeader(
        RateLimitFilter.RATE_LIMIT,
        OASFactory.createHeader()
            .description("What is left and when it is full again: \"write\";r=0;t=60"));
    response.getHeaders().forEach(ContractOpenApiFilter::headerSchema);
  }

  /**
   * Requirements naming the old bearer scheme name oauth2; an operation that names none is open to
   * anyone, with a token optional (it may see more with one).
   */
  private static List<SecurityRequirement> security(List<SecurityRequirement> declared) {
    if (declared == null || declared.isEmpty()) {
      return new ArrayList<>(
          List.of(
              OASFactory.createSecurityRequirement(),
              OASFactory.createSecurityRequirement().addScheme(SCHEME)));
    }
    List<SecurityRequirement> rewritten = new ArrayList<>();
    for (SecurityRequirement requirement : declared) {
      SecurityRequirement copy = OASFactory.createSecurityRequirement();
      if (requirement.getSchemes() != null) {
        requirement
            .getSchemes()
            .forEach(
                (name, scopes) ->
                    copy.addScheme(LEGACY_SCHEME.equals(name) ? SCHEME : name, scopes));
      }
      rewritten.add(copy);
    }
    return rewritten;
  }

  private static void headerSchema(String name, Header header) {
    if (header.getSchema() != null || header.getContent() != null || header.getRef() != null) {
      return;
    }
    header.setSchema(
        switch (name.toLowerCase()) {
          case "etag" ->
              OASFactory.createSchema()
                  .addType(Schema.SchemaType.STRING)
                  .description("Entity tag: the version, quoted")
                  .addExample("\"3\"");
          case "location" ->
              OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference");
          case "retry-after" ->
              OASFactory.createSchema()
                  .addType(Schema.SchemaType.INTEGER)
                  .minimum(java.math.BigDecimal.ZERO)
                  .description("Seconds to wait before retrying");
          case "link" ->
              OASFactory.createSchema()
                  .addType(Schema.SchemaType.STRING)
                  .description("RFC 8288 links, e.g. rel=\"next\" and rel=\"prev\" of a page");
          default -> OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        });
  }

  private static void idempotencyKey(Operation op, Components components) {
    String ref = "#/components/parameters/" + IDEMPOTENCY_PARAMETER;
    boolean declared =
        Optional.ofNullable(op.getParameters()).orElse(List.of()).stream()
            .anyMatch(
                p ->
                    ref.equals(p.getRef())
                        || (IdempotencyKeys.HEADER.equalsIgnoreCase(p.getName())
                            && p.getIn() == Parameter.In.HEADER));
    if (!declared) {
      op.addParameter(OASFactory.createParameter().ref(ref));
    }
    // Declared only where used: an unused component is noise to linters and generators.
    components.addParameter(IDEMPOTENCY_PARAMETER, idempotencyKeyParameter());
    addProblemResponse(op, "409", "A request with this Idempotency-Key is still being handled");
    addProblemResponse(op, "422", "The Idempotency-Key was already used for a different request");
  }

  private static void addProblemResponse(Operation op, String status, String description) {
    if (op.getResponses().getAPIResponse(status) != null) {
      return;
    }
    Content content =
        OASFactory.createContent()
            .addMediaType(
                "application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    op.getResponses()
        .addAPIResponse(
            status, OASFactory.createAPIResponse().description(description).content(content));
  }

  private static Parameter idempotencyKeyParameter() {
    return OASFactory.createParameter()
        .name(IdempotencyKeys.HEADER)
        .in(Parameter.In.HEADER)
        .required(false)
        .description(
            "A key the client makes for this create (e.g. a UUID). Sending the same request again"
                + " with the same key returns the first answer instead of creating a second"
                + " resource; reusing the key for a different request is a 422. Kept for 24 hours.")
        .schema(
            OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .minLength(1)
                .maxLength(255)
                .pattern("^[\\x21-\\x7e]+$")
                .addExample("6f1c0d0e-8a43-4f3e-9a5b-2f8f1f3c2b71"));
  }
}
