package eu.cohesion.practice.rest.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import eu.cohesion.kit.http.PublicCache;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The event catalogue (contracts/asyncapi.yaml, packaged with this service) for integrators: what
 * each webhook's CloudEvent carries. For anyone.
 */
@Path("/")
@Tag(name = "Webhooks")
public class AsyncApiResource {

  static final String YAML = "application/yaml";
  private static final String CATALOGUE = "META-INF/cohesion/asyncapi.yaml";

  private final String yaml;
  private final String json;

  AsyncApiResource(ObjectMapper mapper) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(CATALOGUE)) {
      if (in == null) {
        throw new IllegalStateException(CATALOGUE + " is not packaged");
      }
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      json = mapper.writeValueAsString(new YAMLMapper().readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Path("asyncapi.yaml")
  @Produces(YAML)
  @PublicCache
  @SecurityRequirementsSet({})
  @Operation(
      operationId = "getAsyncApiYaml",
      summary = "The event catalogue (AsyncAPI 3.0, YAML)",
      description = "Every event type, with the payload a webhook delivery carries as data.")
  public String yaml() {
    return yaml;
  }

  @GET
  @Path("asyncapi.json")
  @Produces(MediaType.APPLICATION_JSON)
  @PublicCache
  @SecurityRequirementsSet({})
  @Operation(operationId = "getAsyncApiJson", summary = "The event catalogue (AsyncAPI 3.0, JSON)")
  public String json() {
    return json;
  }
}
