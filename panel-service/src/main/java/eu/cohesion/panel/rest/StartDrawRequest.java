package eu.cohesion.panel.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StartDraw", description = "Starts a draw of the panel's candidate pool")
public record StartDrawRequest(
    @Schema(
            nullable = true,
            description =
                "A 64-bit seed as decimal text, e.g. announced in advance; omitted: the service"
                    + " draws one (SecureRandom) and publishes it with the draw",
            examples = "20260315")
        @Pattern(regexp = "^-?\\d{1,19}$", message = "must be a whole number (64-bit)")
        String seed) {

  /** The seed, or null; a 19-digit value beyond the 64-bit range is a 400. */
  Long seedValue() {
    try {
      return seed == null ? null : Long.valueOf(seed);
    } catch (NumberFormatException e) {
      throw new BadRequestException("seed must fit in 64 bits");
    }
  }
}
