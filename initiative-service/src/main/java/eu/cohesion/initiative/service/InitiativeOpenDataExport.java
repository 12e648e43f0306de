package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVE_STATISTICS;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.opendata.InitiativeOpenData;
import eu.cohesion.initiative.domain.opendata.InitiativeOpenData.Column;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Exports the open dataset {@code initiatives}: rows come from a read-only cursor 500 at a time
 * (auto-commit off) and are written as they arrive, so memory does not grow with the number of
 * initiatives. The rows are written after the request's use case returned, so they are read on a
 * connection of their own.
 */
@ApplicationScoped
public class InitiativeOpenDataExport {

  static final int FETCH_SIZE = 500;
  private static final JsonFactory JSON = new JsonFactory();

  /** Every initiative past its draft, oldest first; labels are the columns in order. */
  private static final String QUERY =
      """
      select i.id, i.city_code as town, i.status, i.outcome,
             coalesce((select array_agg(t.theme order by t.theme) from initiative_theme t
                       where t.initiative_id = i.id), '{}') as themes,
             coalesce((select array_agg(g.target_group order by g.target_group)
                       from initiative_target_group g where g.initiative_id = i.id), '{}')
                 as target_groups,
             coalesce((select array_agg(s.target order by s.target) from initiative_sdg_target s
                       where s.initiative_id = i.id), '{}') as sdg_targets,
             i.created_at, i.updated_at
      from initiative i
      where i.status <> 'DRAFT'
      order by i.created_at, i.id
      """;

  /**
   * What the dataset is now: every change of an initiative past its draft raises its version and
   * its updated_at, an initiative leaving its draft raises the count, and none leaves the dataset.
   */
  private static final String VERSION =
      """
      select count(*), coalesce(sum(version), 0),
             coalesce(floor(extract(epoch from max(updated_at)) * 1000000), 0)::bigint
      from initiative
      where status <> 'DRAFT'
      """;

  private final DataSource dataSource;

  InitiativeOpenDataExport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Refuses a caller the table does not let see the public initiative facts (today: nobody). */
  public void authorise(Actor actor) {
    if (!InitiativePermissions.TABLE.allowsEverywhere(VIEW_INITIATIVE_STATISTICS, actor)) {
      throw new ActionNotPermittedException("you may not export the initiatives' public facts");
    }
  }

  /** The dataset's version, the exports' ETag: it moves whenever a row would. */
  public String version() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(VERSION);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1) + "-" + row.getLong(2) + "-" + row.getLong(3);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the initiatives' version failed", e);
    }
  }

  public void writeCsv(OutputStream out) {
    export(out, true);
  }

  public void writeJson(OutputStream out) {
    export(out, false);
  }

  private void export(OutputStream out, boolean csv) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try (PreparedStatement query =
          connection.prepareStatement(
              QUERY, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        query.setFetchSize(FETCH_SIZE);
        try (ResultSet rows = query.executeQuery()) {
          if (csv) {
            writeCsv(rows, out);
          } else {
            writeJson(rows, out);
          }
        }
      } finally {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("exporting the initiatives failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeCsv(ResultSet rows, OutputStream out) throws SQLException, IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter printer =
        new CSVPrinter(
            writer,
            CSVFormat.RFC4180
                .builder()
                .setHeader(InitiativeOpenData.header().toArray(String[]::new))
                .get());
    List<Column> columns = InitiativeOpenData.INITIATIVES_COLUMNS;
    while (rows.next()) {
      for (int i = 0; i < columns.size(); i++) {
        printer.print(csvCell(columns.get(i), rows, i + 1));
      }
      printer.println();
    }
    printer.flush();
  }

  private static String csvCell(Column column, ResultSet rows, int index)
      throws SQLException, IOException {
    return switch (column.type()) {
      case "datetime" -> instant(rows, index);
      case "array" -> {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
          writeArray(json, array(rows, index));
        }
        yield text.toString();
      }
      default -> rows.getString(index);
    };
  }

  private static void writeJson(ResultSet rows, OutputStream out) throws SQLException, IOException {
    JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
    List<Column> columns = InitiativeOpenData.INITIATIVES_COLUMNS;
    json.writeStartArray();
    while (rows.next()) {
      json.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        json.writeFieldName(column.name());
        switch (column.type()) {
          case "datetime" -> json.writeString(instant(rows, i + 1));
          case "array" -> writeArray(json, array(rows, i + 1));
          default -> {
            String value = rows.getString(i + 1);
            if (value == null) {
              json.writeNull();
            } else {
              json.writeString(value);
            }
          }
        }
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.flush();
  }

  private static void writeArray(JsonGenerator json, String[] values) throws IOException {
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** Table Schema's default datetime: whole seconds, UTC. */
  private static String instant(ResultSet rows, int index) throws SQLException {
    OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
    return value == null ? null : value.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String[] array(ResultSet rows, int index) throws SQLException {
    Array value = rows.getArray(index);
    return value == null ? new String[0] : (String[]) value.getArray();
  }
}
