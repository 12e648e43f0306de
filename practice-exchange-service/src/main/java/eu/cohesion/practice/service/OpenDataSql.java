package eu.cohesion.practice.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.cohesion.practice.domain.opendata.OpenDataField;
import eu.cohesion.practice.domain.opendata.OpenDataFormat;
import eu.cohesion.practice.domain.opendata.OpenDataset;
import eu.cohesion.practice.domain.opendata.OpenDatasets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open datasets read from the database and written as CSV or JSON, row by row from a read-only
 * cursor (fetch size 500): memory stays the same whatever the number of practices. Plain JDBC, so
 * that the benchmark (bench/opendata) exports through the very same statements and writers.
 *
 * <p>Each query's column labels are the dataset's field names in order; a query that no longer
 * matches its dataset fails before the first row is written.
 */
public final class OpenDataSql {

  /** Rows the driver fetches per round trip; the only rows held in memory at a time. */
  public static final int FETCH_SIZE = 500;

  private static final JsonFactory JSON = new JsonFactory();

  /** Only published practices, oldest publication first (new rows come last). */
  private static final Map<String, String> QUERIES =
      Map.of(
          OpenDatasets.PRACTICES.name(),
          """
          select gp.id, gp.city_code as town, gp.source_initiative_id, gp.outcome, gp.title,
                 gp.summary, gp.context, gp.approach, gp.results, gp.resources,
                 gp.transferability, gp.lessons,
                 coalesce(ps.themes, '{}') as themes,
                 coalesce(ps.target_groups, '{}') as target_groups,
                 coalesce(ps.sdg_targets, '{}') as sdg_targets,
                 coalesce(ps.transfer_count, 0) as transfer_count,
                 gp.published_at, gp.updated_at
          from good_practice gp
          left join practice_search ps on ps.practice_id = gp.id
          where gp.status = 'PUBLISHED'
          order by gp.published_at, gp.id
          """,
          OpenDatasets.TOWNS.name(),
          """
          select city_code as town, count(*) as published_practices,
                 max(published_at) as latest_publication
          from good_practice
          where status = 'PUBLISHED'
          group by city_code
          order by city_code
          """,
          OpenDatasets.TRANSFERS.name(),
          """
          select t.id, t.practice_id, t.source_city as source_town, t.city_code as adopting_town,
                 t.status as state, t.created_at as registered_at, t.updated_at
          from practice_transfer t
          join good_practice gp on gp.id = t.practice_id
          where gp.status = 'PUBLISHED'
          order by t.created_at, t.id
          """,
          OpenDatasets.FINDINGS.name(),
          """
          select f.id, f.language, f.statement, f.explanation, f.themes, f.sdg_targets,
                 array(select (e ->> 'kind') || ':' || (e ->> 'id')
                       from jsonb_array_elements(f.evidence) with ordinality as c(e, n)
                       order by n) as evidence,
                 f.city_code as proposed_by, f.published_at, f.updated_at
          from common_finding f
          where f.status = 'PUBLISHED'
          order by f.published_at, f.id
          """,
          OpenDatasets.RECOMMENDATIONS.name(),
          """
          select r.id, r.audience, r.language, r.title, r.summary,
                 array(select a from jsonb_array_elements_text(r.actions) with ordinality as c(a, n)
                       order by n) as actions,
                 array(select i from jsonb_array_elements_text(r.finding_ids)
                       with ordinality as c(i, n) order by n) as finding_ids,
                 array(select e.city_code from recommendation_endorsement e
                       where e.recommendation_id = r.id order by e.city_code) as endorsing_towns,
                 r.published_at, r.updated_at
          from recommendation r
          where r.status = 'PUBLISHED'
          order by r.published_at, r.id
          """);

  private OpenDataSql() {}

  /**
   * What the open data is now, as an opaque text that changes whenever a practice, a transfer, a
   * finding or a recommendation does (every change raises its version, and none is ever deleted) or
   * an endorsement is given or withdrawn (the count or the latest time moves): the exports' ETag.
   */
  public static String fingerprint(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                """
                select count(*), coalesce(sum(version), 0),
                       coalesce(floor(extract(epoch from max(updated_at)) * 1000000), 0)::bigint
                from (select version, updated_at from good_practice
                      union all
                      select version, updated_at from practice_transfer
                      union all
                      select version, updated_at from common_finding
                      union all
                      select version, updated_at from recommendation
                      union all
                      select 0, endorsed_at from recommendation_endorsement) changes
                """);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1) + "-" + row.getLong(2) + "-" + row.getLong(3);
    }
  }

  /**
   * Writes the whole dataset to {@code out} in {@code format}, in a read-only transaction of its
   * own on {@code connection} (rolled back at the end, auto-commit restored). Does not close {@code
   * out}.
   */
  public static void export(
      Connection connection, OpenDataset dataset, OpenDataFormat format, OutputStream out)
      throws SQLException, IOException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    try (PreparedStatement query =
        connection.prepareStatement(
            QUERIES.get(dataset.name()), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      query.setFetchSize(FETCH_SIZE);
      try (ResultSet rows = query.executeQuery()) {
        checkColumns(dataset, rows.getMetaData());
        if (format == OpenDataFormat.CSV) {
          writeCsv(dataset, rows, out);
        } else {
          writeJson(dataset, rows, out);
        }
      }
    } finally {
      connection.rollback();
      connection.setReadOnly(false);
      connection.setAutoCommit(autoCommit);
    }
  }

  private static void checkColumns(OpenDataset dataset, ResultSetMetaData meta)
      throws SQLException {
    List<String> header = dataset.header();
    boolean same = meta.getColumnCount() == header.size();
    for (int i = 0; same && i < header.size(); i++) {
      same = header.get(i).equals(meta.getColumnLabel(i + 1));
    }
    if (!same) {
      throw new IllegalStateException("the query of " + dataset.name() + " no longer fits it");
    }
  }

  /** RFC 4180: a header row, CRLF, fields quoted when they need it. */
  private static void writeCsv(OpenDataset dataset, ResultSet rows, OutputStream out)
      throws SQLException, IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVFormat csv =
        CSVFormat.RFC4180.builder().setHeader(dataset.header().toArray(String[]::new)).get();
    CSVPrinter printer = new CSVPrinter(writer, csv);
    List<OpenDataField> fields = dataset.fields();
    while (rows.next()) {
      for (int i = 0; i < fields.size(); i++) {
        printer.print(csvCell(fields.get(i), rows, i + 1));
      }
      printer.println();
    }
    printer.flush();
  }

  private static String csvCell(OpenDataField field, ResultSet rows, int column)
      throws SQLException, IOException {
    return switch (field.type()) {
      case STRING, UUID -> rows.getString(column);
      case INTEGER -> {
        long value = rows.getLong(column);
        yield rows.wasNull() ? null : Long.toString(value);
      }
      case DATETIME -> instant(rows, column);
      case ARRAY -> {
        String[] values = array(rows, column);
        if (values == null) {
          yield null;
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
          writeArray(json, values);
        }
        yield text.toString();
      }
    };
  }

  /** An array of objects, one per row, keys in the dataset's order. */
  private static void writeJson(OpenDataset dataset, ResultSet rows, OutputStream out)
      throws SQLException, IOException {
    JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
    List<OpenDataField> fields = dataset.fields();
    json.writeStartArray();
    while (rows.next()) {
      json.writeStartObject();
      for (int i = 0; i < fields.size(); i++) {
        OpenDataField field = fields.get(i);
        json.writeFieldName(field.name());
        writeJsonValue(json, field, rows, i + 1);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.flush();
  }

  private static void writeJsonValue(
      JsonGenerator json, OpenDataField field, ResultSet rows, int column)
      throws SQLException, IOException {
    switch (field.type()) {
      case STRING, UUID -> json.writeString(rows.getString(column));
      case INTEGER -> {
        long value = rows.getLong(column);
        if (rows.wasNull()) {
          json.writeNull();
        } else {
          json.writeNumber(value);
        }
      }
      case DATETIME -> json.writeString(instant(rows, column));
      case ARRAY -> {
        String[] values = array(rows, column);
        if (values == null) {
          json.writeNull();
        } else {
          writeArray(json, values);
        }
      }
    }
  }

  private static void writeArray(JsonGenerator json, String[] values) throws IOException {
    json.writeStartArray();
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** Table Schema's default datetime: whole seconds, UTC, {@code 2026-11-02T10:00:00Z}. */
  private static String instant(ResultSet rows, int column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String[] array(ResultSet rows, int column) throws SQLException {
    Array value = rows.getArray(column);
    return value == null ? null : (String[]) value.getArray();
  }
}
