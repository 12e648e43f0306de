package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.CandidateFeatures;
import eu.cohesion.panel.domain.ConsentRequiredException;
import eu.cohesion.panel.domain.PoolCandidate;
import eu.cohesion.panel.domain.PoolRuleException;
import eu.cohesion.panel.domain.sortition.Candidate;
import eu.cohesion.panel.domain.sortition.CandidateColumns;
import eu.cohesion.panel.domain.sortition.CsvLineIssue;
import eu.cohesion.panel.domain.sortition.CsvReport;
import eu.cohesion.panel.domain.sortition.SortitionCsv;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A candidates CSV as the Sortition Foundation's tools write it, one column per feature, read into
 * candidates of a pool and written back. Besides the features, columns mean:
 *
 * <ul>
 *   <li>{@code id} (required): the candidate's id in the town's own records, unique in the file;
 *   <li>{@code name}, or {@code first_name} and {@code last_name} (required): how the person is
 *       named;
 *   <li>{@code email}, {@code phone} or {@code mobile_number}: contact;
 *   <li>{@link #ADDRESS_COLUMNS}: the address, of which the pool's address columns make a
 *       household;
 *   <li>{@code population_group} (optional per line) with {@code consent_text_version}: the version
 *       of the consent text the person agreed to; a population group without it is rejected;
 *   <li>every other column is a feature, {@code category} (a stakeholder category) required.
 * </ul>
 *
 * The file is checked line by line ({@link SortitionCsv} for encoding, size, formula cells and
 * duplicates; the pool's rules for each candidate) and taken whole or not at all.
 */
public final class CandidateFile {

  public static final Set<String> ADDRESS_COLUMNS =
      Set.of(
          "address",
          "address1",
          "address2",
          "postcode",
          "zip",
          "city",
          "household",
          "primary_address1",
          "primary_address2",
          "primary_city",
          "primary_zip",
          "zip_royal_mail");

  static final String ID = "id";
  static final String NAME = "name";
  static final String FIRST_NAME = "first_name";
  static final String LAST_NAME = "last_name";
  static final String EMAIL = "email";
  static final Set<String> PHONE = Set.of("phone", "mobile_number");
  static final String CONSENT = "consent_text_version";

  private static final Set<String> PERSONAL =
      Set.of(ID, NAME, FIRST_NAME, LAST_NAME, EMAIL, "phone", "mobile_number", CONSENT);

  /** The candidates of an accepted file, and the address columns it brought. */
  public record Read(List<PoolCandidate.Details> candidates, List<String> addressColumns) {}

  private CandidateFile() {}

  public static CsvReport<Read> read(byte[] file) {
    List<String> header = header(file);
    List<String> features = new ArrayList<>();
    List<String> address = new ArrayList<>();
    for (String column : header) {
      if (ADDRESS_COLUMNS.contains(column)) {
        address.add(column);
      } else if (!PERSONAL.contains(column) && !CandidateFeatures.POPULATION_GROUP.equals(column)) {
        features.add(column);
      }
    }
    // The shared reader checks size, encoding, syntax, formula cells, empty feature cells and
    // duplicate ids for the whole file; the rest is about what the pool accepts of a person.
    CsvReport<List<Candidate>> checked =
        SortitionCsv.readCandidates(file, new CandidateColumns(ID, features, address));
    if (!checked.accepted()) {
      return checked.issues().isEmpty()
          ? new CsvReport<>(null, List.of(wholeFile("the file could not be read")), false)
          : new CsvReport<>(null, checked.issues(), false);
    }
    List<CsvLineIssue> issues = new ArrayList<>();
    if (!header.contains(NAME) && !header.contains(FIRST_NAME)) {
      issues.add(
          new CsvLineIssue(
              1, NAME, CsvLineIssue.MISSING_COLUMN, "a name or first_name column is required"));
    }
    if (!header.contains(CandidateFeatures.CATEGORY)) {
      issues.add(
          new CsvLineIssue(
              1,
              CandidateFeatures.CATEGORY,
              CsvLineIssue.MISSING_COLUMN,
              "a category column (the stakeholder category) is required"));
    }
    if (!issues.isEmpty()) {
      return new CsvReport<>(null, issues, false);
    }
    List<PoolCandidate.Details> candidates = new ArrayList<>();
    try (CSVParser parser = parser(file)) {
      Iterator<CSVRecord> records = parser.iterator();
      records.next();
      while (true) {
        int line = (int) parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        Map<String, String> cells = cells(record, header);
        if (cells.values().stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (!formulaFree(cells, line, issues)) {
          continue;
        }
        candidates.add(details(cells, features, address, line, issues));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return new CsvReport<>(null, List.of(wholeFile("the file could not be read")), false);
    }
    if (!issues.isEmpty()) {
      return new CsvReport<>(null, issues, false);
    }
    return new CsvReport<>(new Read(candidates, address), List.of(), true);
  }

  /**
   * The pool as a candidates CSV: id (the pool's candidate id, which draw audits name), name,
   * contact, address, consent and every feature. Cells a spreadsheet would run as formulas are
   * written behind a {@code '}, as {@link SortitionCsv} reads them back.
   */
  public static String write(List<PoolCandidate> candidates) {
    List<String> features =
        candidates.stream()
            .flatMap(c -> c.features().keySet().stream())
            .distinct()
            .sorted()
            .toList();
    List<String> address =
        candidates.stream()
            .flatMap(c -> c.address().keySet().stream())
            .distinct()
            .sorted()
            .toList();
    List<String> header = new ArrayList<>(List.of(ID, "external_id", NAME, EMAIL, "phone"));
    header.addAll(address);
    header.addAll(features);
    header.add(CONSENT);
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(header);
      for (PoolCandidate c : candidates) {
        List<String> row = new ArrayList<>();
        row.add(c.id().toString());
        row.add(c.externalId());
        row.add(c.displayName());
        row.add(c.email());
        row.add(c.phone());
        address.forEach(column -> row.add(c.address().get(column)));
        features.forEach(feature -> row.add(c.features().get(feature)));
        row.add(c.consentTextVersion());
        printer.printRecord(row.stream().map(CandidateFile::neutralise).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    return "=+-@'\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static PoolCandidate.Details details(
      Map<String, String> cells,
      List<String> featureColumns,
      List<String> addressColumns,
      int line,
      List<CsvLineIssue> issues) {
    String name = cells.getOrDefault(NAME, "");
    if (name.isEmpty()) {
      name = (cells.getOrDefault(FIRST_NAME, "") + " " + cells.getOrDefault(LAST_NAME, "")).strip();
    }
    String phone = cells.getOrDefault("phone", cells.getOrDefault("mobile_number", ""));
    Map<String, String> features = new TreeMap<>();
    featureColumns.forEach(f -> features.put(f, cells.get(f)));
    String group = cells.getOrDefault(CandidateFeatures.POPULATION_GROUP, "");
    if (!group.isEmpty()) {
      features.put(CandidateFeatures.POPULATION_GROUP, group);
    }
    Map<String, String> address = new LinkedHashMap<>();
    addressColumns.forEach(a -> address.put(a, cells.get(a)));
    PoolCandidate.Details details =
        new PoolCandidate.Details(
            cells.get(ID), name, cells.get(EMAIL), phone, address, features, cells.get(CONSENT));
    try {
      PoolCandidate.check(details);
    } catch (ConsentRequiredException e) {
      issues.add(
          new CsvLineIssue(
              line,
              CandidateFeatures.POPULATION_GROUP,
              "consent-required",
              "a population group needs consent_text_version (the consent the person gave)"));
    } catch (PoolRuleException e) {
      issues.add(new CsvLineIssue(line, null, "invalid-value", e.getMessage()));
    }
    return details;
  }

  /**
   * The shared reader checks the feature, id and address cells; the personal ones (name, e-mail,
   * consent) are checked here the same way. A phone number may start with +.
   */
  private static boolean formulaFree(
      Map<String, String> cells, int line, List<CsvLineIssue> issues) {
    boolean free = true;
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      String value = cell.getValue();
      boolean phone = PHONE.contains(cell.getKey()) && value.startsWith("+");
      if (!value.isEmpty() && !phone && "=+-@".indexOf(value.charAt(0)) >= 0) {
        issues.add(
            new CsvLineIssue(
                line,
                cell.getKey(),
                CsvLineIssue.FORMULA,
                "the cell starts with =, +, - or @ and could run as a spreadsheet formula"));
        free = false;
      }
    }
    return free;
  }

  private static Map<String, String> cells(CSVRecord record, List<String> header) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String cell = i < record.size() ? record.get(i).strip() : "";
      // The shared reader's quoting convention: a leading ' protects a formula-looking value.
      if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@'\t\r".indexOf(cell.charAt(1)) >= 0) {
        cell = cell.substring(1);
      }
      cells.put(header.get(i), cell);
    }
    return cells;
  }

  private static List<String> header(byte[] file) {
    try (CSVParser parser = parser(file)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return List.of();
      }
      List<String> header = new ArrayList<>();
      records.next().forEach(h -> header.add(h.strip()));
      return header;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return List.of();
    }
  }

  /** Records from the first line on; the caller skips the header (the shared reader checked it). */
  private static CSVParser parser(byte[] file) throws IOException {
    String text = new String(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return CSVFormat.RFC4180.builder().get().parse(new StringReader(text));
  }

  private static CsvLineIssue wholeFile(String message) {
    return new CsvLineIssue(0, null, CsvLineIssue.MALFORMED, message);
  }
}
