package eu.cohesion.panel.domain.sortition;

import java.util.List;

/**
 * The CSV files of the Sortition Foundation's open-source tools ({@code stratification-app}, {@code
 * sortition-algorithms}), so towns bring their data as is.
 *
 * <ul>
 *   <li>Features: header {@code feature,value,min,max} (the legacy {@code category,name,min,max} is
 *       accepted too; further columns such as {@code min_flex,max_flex} are ignored), one quota per
 *       line.
 *   <li>Candidates: one column per feature, an id column, optional address columns that identify
 *       the household ({@link CandidateColumns}).
 * </ul>
 *
 * <p>Import is strict: a file above {@link #MAX_BYTES} bytes or {@link #MAX_ROWS} data rows, not
 * UTF-8 (a BOM is allowed), or with any rejected line — formula-looking cells (starting with {@code
 * =}, {@code +}, {@code -}, {@code @}, tab or carriage return), empty required cells, bad numbers,
 * duplicates — is rejected as a whole, with every issue reported by line. Cells are trimmed. A cell
 * written as {@code '} followed by one of those characters or another {@code '} is read as the text
 * after the {@code '}: that is how export neutralises such values (the quote keeps spreadsheets
 * from evaluating them), so export then import gives back the same quotas and candidates.
 */
public final class SortitionCsv {

  /** Largest accepted file: 2 MiB. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** Most data rows (lines after the header) accepted. */
  public static final int MAX_ROWS = 5_000;

  /** Longest accepted cell. */
  public static final int MAX_CELL_CHARS = 500;

  private SortitionCsv() {}

  public static CsvReport<List<Quota>> readFeatures(byte[] file) {
    throw new UnsupportedOperationException("in progress");
  }

  public static CsvReport<List<Candidate>> readCandidates(byte[] file, CandidateColumns columns) {
    throw new UnsupportedOperationException("in progress");
  }

  public static String writeFeatures(List<Quota> quotas) {
    throw new UnsupportedOperationException("in progress");
  }

  public static String writeCandidates(List<Candidate> candidates, CandidateColumns columns) {
    throw new UnsupportedOperationException("in progress");
  }

  /**
   * The household key of a candidate from their address cells: each part trimmed, inner whitespace
   * collapsed to one space, lower-cased, joined by a line feed, trailing empty parts dropped;
   * {@code null} when all parts are empty. Two candidates share a household iff their keys are
   * equal.
   */
  public static String householdKey(List<String> addressParts) {
    throw new UnsupportedOperationException("in progress");
  }
}
