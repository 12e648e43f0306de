package eu.cohesion.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.localstack.testing.LocalStackTestResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The e-mails the service sent, as the real SMTP server of the local stack received them
 * (GreenMail, read through its mail API): subject and the decoded text body.
 */
@ApplicationScoped
public class SentMail {

  public record Message(String subject, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public List<Message> to(String address) {
    try {
      JsonNode messages = JSON.readTree(LocalStackTestResource.smtp().messagesTo(address));
      List<Message> received = new ArrayList<>();
      for (JsonNode message : messages) {
        received.add(
            new Message(
                message.path("subject").asText(), body(message.path("mimeMessage").asText())));
      }
      return received;
    } catch (IOException e) {
      throw new IllegalStateException("the mail API answered no JSON", e);
    }
  }

  /** The text part of a single-part message, its transfer encoding undone. */
  static String body(String raw) {
    String normalised = raw.replace("\r\n", "\n");
    int split = normalised.indexOf("\n\n");
    String headers = normalised.substring(0, Math.max(split, 0)).toLowerCase(Locale.ROOT);
    String body = split < 0 ? "" : normalised.substring(split + 2);
    if (headers.contains("content-transfer-encoding: quoted-printable")) {
      return quotedPrintable(body);
    }
    if (headers.contains("content-transfer-encoding: base64")) {
      return new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
    }
    return body;
  }

  private static String quotedPrintable(String body) {
    String joined = body.replace("=\n", "");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '=' && isHex(joined, i + 1)) {
        bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String text, int at) {
    return at + 1 < text.length()
        && Character.digit(text.charAt(at), 16) >= 0
        && Character.digit(text.charAt(at + 1), 16) >= 0;
  }
}
