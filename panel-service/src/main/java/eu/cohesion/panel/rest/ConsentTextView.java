package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.ConsentText;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ConsentText",
    description = "What a member agrees to before their population groups are recorded")
public record ConsentTextView(
    @Schema(description = "Named by a recorded consent", examples = "consent-v1") String version,
    @Schema(description = "The text by language code: en, da, de, et, fr, it, lt, lv, nl, sl, sq")
        Map<String, String> texts) {

  static ConsentTextView of(ConsentText text) {
    return new ConsentTextView(text.version(), text.texts());
  }
}
