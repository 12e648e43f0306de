package eu.cohesion.panel.service.balance;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.opendata.OpenDataColumn;
import eu.cohesion.panel.domain.opendata.PanelOpenData;
import eu.cohesion.panel.domain.portal.PublicCount;
import eu.cohesion.panel.domain.portal.TownComposition;
import eu.cohesion.panel.service.balance.NetworkComposition.TownFigures;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open dataset {@code panel-composition}: the portal's aggregates ({@link NetworkComposition})
 * as one row per town with an ACTIVE panel and pillar. The rows are at most four per town, so they
 * are made before the first byte is written; each is written as it comes.
 */
@ApplicationScoped
public class PanelCompositionExport {

  private static final JsonFactory JSON = new JsonFactory();

  private final NetworkComposition composition;

  PanelCompositionExport(NetworkComposition composition) {
    this.composition = composition;
  }

  /** Refuses a caller who may not see the portal's figures (today: nobody is refused). */
  public void authorise(Actor actor) {
    composition.authorise(actor);
  }

  /** The rows, values in the columns' order; refused like the portal's figures. */
  public List<List<Object>> rows(Actor actor) {
    List<List<Object>> rows = new ArrayList<>();
    for (TownFigures town : composition.figures(actor).byTown()) {
      TownComposition panel = town.composition();
      if (panel == null) {
        continue;
      }
      for (Pillar pillar : Pillar.values()) {
        PublicCount seats = panel.pillars().get(pillar);
        List<Object> row = new ArrayList<>();
        row.add(town.city().code());
        row.add(town.activePanel().id().toString());
        row.add(pillar.name());
        row.add(seats.count());
        row.add(seats.suppressed());
        row.add(panel.seats().count());
        row.add(panel.score());
        row.add(panel.state().name());
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * The rows' version, the exports' ETag: a digest of their CSV, so it moves exactly when a
   * published figure does (the JSON is written from the same rows).
   */
  public static String version(List<List<Object>> rows) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      writeCsv(rows, new DigestOutputStream(OutputStream.nullOutputStream(), sha));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180 with a header row, CRLF; an empty cell is "none". */
  public static void writeCsv(List<List<Object>> rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer =
        new CSVPrinter(
            writer,
            CSVFormat.RFC4180
                .builder()
                .setHeader(PanelOpenData.header().toArray(String[]::new))
                .get());
    for (List<Object> row : rows) {
      printer.printRecord(row);
    }
    printer.flush();
  }

  /** An array of objects, keys as the CSV header in the same order; {@code null} is "none". */
  public static void writeJson(List<List<Object>> rows, OutputStream out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
    List<OpenDataColumn> columns = PanelOpenData.PANEL_COMPOSITION_COLUMNS;
    json.writeStartArray();
    for (List<Object> row : rows) {
      json.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        json.writeFieldName(columns.get(i).name());
        Object value = row.get(i);
        if (value == null) {
          json.writeNull();
        } else if (value instanceof Integer n) {
          json.writeNumber(n);
        } else if (value instanceof Boolean b) {
          json.writeBoolean(b);
        } else {
          json.writeString(value.toString());
        }
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.flush();
  }
}
