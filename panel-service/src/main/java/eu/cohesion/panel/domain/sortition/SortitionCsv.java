package eu.cohesion.panel.domain.sortition;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV files of the Sortition Foundation's open-source tools ({@code stratification-app}, {@code
 * sortition-algorithms}), so towns bring their data as is.
 *
 * <ul>
 *   <li>Features: header {@code feature,value,min,max} (the legacy {@code category,name,min,max} is
 *       accepted too; header names are matched case-insensitively; further columns such as {@code
 *       min_flex,max_flex} are ignored), one quota per line.
 *   <li>Candidates: one column per feature, an id column, optional address columns that identify
 *       the household ({@link CandidateColumns}). Other columns (names, e-mail, phone …) are
 *       ignored and not checked.
 * </ul>
 *
 * <p>Import is strict and all-or-nothing: a file above {@link #MAX_BYTES} bytes or {@link
 * #MAX_ROWS} data rows, not UTF-8 (a UTF-8 byte order mark is allowed), broken CSV, or with any
 * rejected line is rejected as a whole ({@link CsvReport#value()} {@code null}), with every issue
 * found reported by line (at most {@link #MAX_ISSUES}). A line is rejected for a formula-looking
 * cell in a column that is imported (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab
 * or carriage return: spreadsheets would evaluate it when the data is exported again), an empty
 * required cell, a bad number, a duplicate, a cell above {@link #MAX_CELL_CHARS} characters, or
 * more cells than the header. Empty lines are skipped. Cells are trimmed.
 *
 * <p>Export writes RFC 4180 CSV (quotes where needed, CRLF). A value that starts with one of those
 * characters, or with {@code '}, is written with a leading {@code '}: spreadsheets then show it as
 * text instead of evaluating it, and import reads {@code '} followed by one of them as the text
 * after the quote. So export then import gives back the same quotas and candidates (given trimmed
 * values and household keys from {@link #householdKey(List)}).
 */
public final class SortitionCsv {

  /** Largest accepted file: 2 MiB. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Most data rows (lines after the header) accepted. */
  public static final int MAX_ROWS = 5_000;

  /** Longest accepted cell. */
  public static final int MAX_CELL_CHARS = 500;

  /** Most issues reported for one file; reading stops there (the file is rejected anyway). */
  public static final int MAX_ISSUES = 200;

  private static final String FORMULA_START = "=+-@\t\r";

  private static final CSVFormat READ =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
  private static final CSVFormat WRITE = CSVFormat.RFC4180;

  private SortitionCsv() {}

  /** Reads a features file: one {@link Quota} per line. */
  public static CsvReport<List<Quota>> readFeatures(byte[] file) {
    Reader reader = new Reader(file);
    if (!reader.header(
        List.of(
            List.of("feature", "category"),
            List.of("value", "name"),
            List.of("min"),
            List.of("max")))) {
      return CsvReport.reject(reader.issues);
    }
    List<Quota> quotas = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (reader.next()) {
      String feature = reader.required(0);
      String value = reader.required(1);
      Integer min = reader.number(2);
      Integer max = reader.number(3);
      if (reader.lineRejected() || feature == null || value == null || min == null || max == null) {
        continue;
      }
      if (min > max) {
        reader.issue(
            reader.columnName(2),
            CsvLineIssue.MIN_ABOVE_MAX,
            "min " + min + " is above max " + max);
      } else if (!seen.add(feature + "\u0000" + value)) {
        reader.issue(null, CsvLineIssue.DUPLICATE, "a second quota for " + feature + "=" + value);
      } else {
        quotas.add(new Quota(feature, value, min, max));
      }
    }
    return reader.result(quotas);
  }

  /** Reads a candidates file, taking the columns {@code columns} names. */
  public static CsvReport<List<Candidate>> readCandidates(byte[] file, CandidateColumns columns) {
    List<List<String>> wanted = new ArrayList<>();
    wanted.add(List.of(columns.idColumn()));
    columns.features().forEach(f -> wanted.add(List.of(f)));
    columns.householdColumns().forEach(h -> wanted.add(List.of(h)));
    Reader reader = new Reader(file);
    if (!reader.header(wanted)) {
      return CsvReport.reject(reader.issues);
    }
    int features = columns.features().size();
    List<Candidate> candidates = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    while (reader.next()) {
      String id = reader.required(0);
      Map<String, String> values = new LinkedHashMap<>();
      for (int f = 0; f < features; f++) {
        String v = reader.required(1 + f);
        if (v != null) {
          values.put(columns.features().get(f), v);
        }
      }
      List<String> address = new ArrayList<>();
      for (int h = 0; h < columns.householdColumns().size(); h++) {
        address.add(reader.optional(1 + features + h));
      }
      if (reader.lineRejected() || id == null) {
        continue;
      }
      if (!ids.add(id)) {
        reader.issue(reader.columnName(0), CsvLineIssue.DUPLICATE, "a second candidate " + id);
        continue;
      }
      candidates.add(new Candidate(id, values, householdKey(address)));
    }
    return reader.result(candidates);
  }

  /** Writes quotas as {@code feature,value,min,max}. */
  public static String writeFeatures(List<Quota> quotas) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("feature", "value", "min", "max"));
    for (Quota q : quotas) {
      rows.add(
          List.of(q.feature(), q.value(), Integer.toString(q.min()), Integer.toString(q.max())));
    }
    return write(rows);
  }

  /**
   * Writes candidates: the id column, the feature columns, then the household columns, in the order
   * {@code columns} gives. A household key is split at its line feeds over the household columns
   * (see {@link #householdKey(List)}); parts beyond the last column go into it.
   */
  public static String writeCandidates(List<Candidate> candidates, CandidateColumns columns) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(columns.idColumn());
    header.addAll(columns.features());
    header.addAll(columns.householdColumns());
    rows.add(header);
    int hc = columns.householdColumns().size();
    for (Candidate c : candidates) {
      List<String> row = new ArrayList<>();
      row.add(c.id());
      for (String f : columns.features()) {
        row.add(c.features().getOrDefault(f, ""));
      }
      if (hc > 0) {
        String[] parts = c.household() == null ? new String[0] : c.household().split("\n", -1);
        for (int h = 0; h < hc; h++) {
          if (h >= parts.length) {
            row.add("");
          } else if (h == hc - 1) {
            row.add(String.join("\n", List.of(parts).subList(h, parts.length)));
          } else {
            row.add(parts[h]);
          }
        }
      }
      rows.add(row);
    }
    return write(rows);
  }

  /**
   * The household key of a candidate from their address cells: each part trimmed, inner whitespace
   * collapsed to one space, lower-cased, joined by a line feed, trailing empty parts dropped;
   * {@code null} when all parts are empty. Two candidates share a household iff their keys are
   * equal.
   */
  public static String householdKey(List<String> addressParts) {
    List<String> parts = new ArrayList<>();
    for (String p : addressParts) {
      parts.add(p == null ? "" : p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }
    while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  private static String write(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(SortitionCsv::neutralise).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String neutralise(String value) {
    if (!value.isEmpty()
        && (FORMULA_START.indexOf(value.charAt(0)) >= 0 || value.charAt(0) == '\'')) {
      return "'" + value;
    }
    return value;
  }

  /** Reading state of one file: decoding, header, the current record and the issues so far. */
  private static final class Reader {
    final List<CsvLineIssue> issues = new ArrayList<>();
    private Iterator<CSVRecord> records;
    private CSVParser parser;
    private int[] index;
    private String[] names;
    private CSVRecord record;
    private int line;
    private int rows;
    private int issuesAtLineStart;
    private int expectedCells;

    Reader(byte[] file) {
      String text = decode(file);
      if (text == null) {
        return;
      }
      try {
        parser = CSVParser.parse(text, READ);
        records = parser.iterator();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String decode(byte[] file) {
      if (file.length > MAX_BYTES) {
        issues.add(
            new CsvLineIssue(
                0,
                null,
                CsvLineIssue.FILE_TOO_LARGE,
                "the file has "
                    + file.length
                    + " bytes, more than the "
                    + MAX_BYTES
                    + " accepted"));
        return null;
      }
      CharsetDecoder decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer in = ByteBuffer.wrap(file);
      CharBuffer out = CharBuffer.allocate(file.length);
      CoderResult result = decoder.decode(in, out, true);
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        int at = in.position();
        int badLine = 1;
        for (int i = 0; i < at; i++) {
          if (file[i] == '\n') {
            badLine++;
          }
        }
        issues.add(
            new CsvLineIssue(
                badLine,
                null,
                CsvLineIssue.NOT_UTF8,
                "byte " + (at + 1) + " is not UTF-8: save the file as CSV UTF-8"));
        return null;
      }
      out.flip();
      String text = out.toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Reads the header; each wanted column is one of several accepted names.
     *
     * @return whether all wanted columns were found exactly once
     */
    boolean header(List<List<String>> wanted) {
      if (records == null) {
        return false;
      }
      if (!advance()) {
        if (issues.isEmpty()) {
          issues.add(
              new CsvLineIssue(1, null, CsvLineIssue.EMPTY_FILE, "the file has no header line"));
        }
        return false;
      }
      Map<String, List<Integer>> positions = new HashMap<>();
      for (int i = 0; i < record.size(); i++) {
        positions
            .computeIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(i);
      }
      index = new int[wanted.size()];
      names = new String[wanted.size()];
      for (int w = 0; w < wanted.size(); w++) {
        List<String> accepted = wanted.get(w);
        index[w] = -1;
        names[w] = accepted.get(0);
        for (String name : accepted) {
          List<Integer> at = positions.get(name.strip().toLowerCase(Locale.ROOT));
          if (at == null) {
            continue;
          }
          if (at.size() > 1) {
            issue(
                name,
                CsvLineIssue.DUPLICATE_COLUMN,
                "the header names column " + name + " " + at.size() + " times");
          }
          index[w] = at.get(0);
          names[w] = record.get(at.get(0)).strip();
          break;
        }
        if (index[w] < 0) {
          issue(
              accepted.get(0),
              CsvLineIssue.MISSING_COLUMN,
              "the header has no column " + String.join(" or ", accepted));
        }
      }
      return issues.isEmpty();
    }

    /** Moves to the next non-empty data line; false at the end or when reading must stop. */
    boolean next() {
      while (issues.size() < MAX_ISSUES) {
        if (!advance()) {
          return false;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (++rows > MAX_ROWS) {
          issue(null, CsvLineIssue.TOO_MANY_ROWS, "more than " + MAX_ROWS + " data rows");
          return false;
        }
        issuesAtLineStart = issues.size();
        if (record.size() > expectedCells) {
          issue(
              null,
              CsvLineIssue.EXTRA_CELLS,
              "the line has " + record.size() + " cells, the header " + expectedCells);
        }
        return true;
      }
      return false;
    }

    private boolean advance() {
      long before = parser.getCurrentLineNumber();
      try {
        if (!records.hasNext()) {
          return false;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        line = (int) before + 1;
        issue(null, CsvLineIssue.MALFORMED, "broken CSV from here on (e.g. an unclosed quote)");
        return false;
      }
      line = (int) before + 1;
      if (index == null) {
        expectedCells = record.size();
      }
      return true;
    }

    boolean lineRejected() {
      return issues.size() > issuesAtLineStart;
    }

    String columnName(int w) {
      return names[w];
    }

    /** The checked cell of wanted column {@code w}, or null (and an issue) when empty or bad. */
    String required(int w) {
      String v = optional(w);
      if (v != null && v.isEmpty()) {
        issue(names[w], CsvLineIssue.EMPTY_CELL, "the cell is empty");
        return null;
      }
      return v;
    }

    /** The checked cell, "" when empty or absent, null (and an issue) when rejected. */
    String optional(int w) {
      int i = index[w];
      String raw = i < record.size() ? record.get(i) : "";
      if (raw.length() > MAX_CELL_CHARS) {
        issue(
            names[w],
            CsvLineIssue.CELL_TOO_LONG,
            "the cell has " + raw.length() + " characters, more than " + MAX_CELL_CHARS);
        return null;
      }
      String v = raw.strip();
      if ((!raw.isEmpty() && FORMULA_START.indexOf(raw.charAt(0)) >= 0)
          || (!v.isEmpty() && FORMULA_START.indexOf(v.charAt(0)) >= 0)) {
        issue(
            names[w],
            CsvLineIssue.FORMULA,
            "the cell starts with "
                + describe(
                    raw.isEmpty() || FORMULA_START.indexOf(raw.charAt(0)) < 0
                        ? v.charAt(0)
                        : raw.charAt(0))
                + ", which spreadsheets read as a formula; write it as text (e.g. with a leading ')");
        return null;
      }
      if (v.length() > 1
          && v.charAt(0) == '\''
          && (FORMULA_START.indexOf(v.charAt(1)) >= 0 || v.charAt(1) == '\'')) {
        return v.substring(1);
      }
      return v;
    }

    Integer number(int w) {
      String v = required(w);
      if (v == null) {
        return null;
      }
      try {
        int n = Integer.parseInt(v);
        if (n >= 0 && n <= MAX_ROWS) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      issue(
          names[w],
          CsvLineIssue.NOT_A_NUMBER,
          "\"" + v + "\" is not a whole number from 0 to " + MAX_ROWS);
      return null;
    }

    void issue(String column, String code, String message) {
      issues.add(new CsvLineIssue(line, column, code, message));
    }

    <T> CsvReport<T> result(T value) {
      return issues.isEmpty() ? CsvReport.accept(value) : CsvReport.reject(issues);
    }

    private static String describe(char c) {
      return switch (c) {
        case '\t' -> "a tab";
        case '\r' -> "a carriage return";
        default -> "'" + c + "'";
      };
    }
  }
}
