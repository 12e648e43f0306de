package eu.cohesion.kit.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses a NUL character in any JSON string of a request body as a 400 naming the field:
 * PostgreSQL cannot store it, and text with it is never meant.
 */
@Singleton
public class JsonStrings implements ObjectMapperCustomizer {

  /** A string field holding a character no field may hold. */
  public static final class ForbiddenCharacterException extends MismatchedInputException {
    ForbiddenCharacterException(JsonParser parser) {
      super(parser, "a string must not contain NUL characters", String.class);
    }
  }

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("cohesion-json-strings").addDeserializer(String.class, new NulFree()));
  }

  private static final class NulFree extends StdScalarDeserializer<String> {
    NulFree() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = StringDeserializer.instance.deserialize(parser, context);
      if (value != null && value.indexOf('\0') >= 0) {
        throw new ForbiddenCharacterException(parser);
      }
      return value;
    }
  }
}
