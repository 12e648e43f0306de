package eu.cohesion.initiative.service;

import io.nayuki.qrcodegen.QrCode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The printable QR code of a survey's public link, as SVG (scales to any poster). */
@ApplicationScoped
public class SurveyQrCode {

  private static final int QUIET_ZONE = 4;

  private final String baseUrl;

  SurveyQrCode(@ConfigProperty(name = "cohesion.survey.public-base-url") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public String link(String token) {
    return baseUrl + "/s/" + token;
  }

  /** Medium error correction: a poster may get a scratch or a fold. */
  public String svg(String token) {
    QrCode code = QrCode.encodeText(link(token), QrCode.Ecc.MEDIUM);
    int size = code.size + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < code.size; y++) {
      for (int x = 0; x < code.size; x++) {
        if (code.getModule(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\" role=\"img\"><title>"
        + link(token)
        + "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
        + path
        + "\" fill=\"#000\"/></svg>";
  }
}
