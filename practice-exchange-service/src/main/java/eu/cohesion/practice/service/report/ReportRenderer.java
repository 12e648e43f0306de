package eu.cohesion.practice.service.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report as XHTML (one Qute template, with print CSS) and as PDF from that XHTML: tagged for
 * accessibility (PDF/UA, PDF/A-3a), titled and in the report's language, with DejaVu Sans embedded
 * from the jasperreports-fonts jar (Latin, Greek and Cyrillic, every network language's letters).
 */
@ApplicationScoped
public class ReportRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

  private final Template template;
  private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  ReportRenderer(@Location("report/network.html") Template template) {
    this.template = template;
  }

  public String html(ReportView view) {
    return template.data("report", view).render();
  }

  public byte[] pdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
    builder.useColorProfile(srgb);
    font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
    font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
    builder.withProducer("Cohesion practice-exchange-service");
    builder.withHtmlContent(xhtml, null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("rendering the network report failed", e);
    }
    return out.toByteArray();
  }

  public static byte[] utf8(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    builder.useFont(
        () -> {
          InputStream font = ReportRenderer.class.getResourceAsStream(FONTS + file);
          if (font == null) {
            throw new IllegalStateException("font " + file + " is not on the class path");
          }
          return font;
        },
        FONT_FAMILY,
        weight,
        style,
        true);
  }
}
