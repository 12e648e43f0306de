package eu.cohesion.panel.domain.sortition;

/**
 * Why one line (or the whole file) of an imported CSV was rejected.
 *
 * @param line the 1-based physical line in the file where the record starts (the header is line 1);
 *     0 for an issue about the whole file (size, encoding)
 * @param column the column's header name, or {@code null} when the issue is about the line or file
 * @param code a stable machine code, one of the constants below
 * @param message an English sentence for people
 */
public record CsvLineIssue(int line, String column, String code, String message) {

  /** The file exceeds {@link SortitionCsv#MAX_BYTES}. */
  public static final String FILE_TOO_LARGE = "file-too-large";

  /** More than {@link SortitionCsv#MAX_ROWS} data rows. */
  public static final String TOO_MANY_ROWS = "too-many-rows";

  /** The bytes are not valid UTF-8. */
  public static final String NOT_UTF8 = "not-utf8";

  /** The file has no header line. */
  public static final String EMPTY_FILE = "empty-file";

  /** Broken CSV syntax (e.g. an unterminated quote). */
  public static final String MALFORMED = "malformed-csv";

  /** The header lacks a required column. */
  public static final String MISSING_COLUMN = "missing-column";

  /** The header names a column twice. */
  public static final String DUPLICATE_COLUMN = "duplicate-column";

  /** A line has more cells than the header. */
  public static final String EXTRA_CELLS = "extra-cells";

  /** A cell starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. */
  public static final String FORMULA = "formula-cell";

  /** A required cell is empty. */
  public static final String EMPTY_CELL = "empty-cell";

  /** A min/max cell is not a whole number in 0..{@link SortitionCsv#MAX_ROWS}. */
  public static final String NOT_A_NUMBER = "not-a-number";

  /** min is above max. */
  public static final String MIN_ABOVE_MAX = "min-above-max";

  /** A feature/value pair or a candidate id appears twice. */
  public static final String DUPLICATE = "duplicate";

  /** A cell is longer than {@link SortitionCsv#MAX_CELL_CHARS}. */
  public static final String CELL_TOO_LONG = "cell-too-long";
}
