package eu.cohesion.panel.domain.sortition;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortitionCsvTest {

  private static final CandidateColumns COLUMNS =
      new CandidateColumns(
          "nationbuilder_id", List.of("gender", "age"), List.of("primary_address1", "zip"));

  @Test
  void readsTheSortitionFoundationFeaturesFile() {
    CsvReport<List<Quota>> r =
        SortitionCsv.readFeatures(
            bytes(
                "feature,value,min,max,min_flex,max_flex\nGender,Female,4,6,0,22\nGender,Male,4,6,0,22\nAge,16-29,1,3,0,22\n"));

    assertTrue(r.accepted(), r.issues().toString());
    assertEquals(
        List.of(
            new Quota("Gender", "Female", 4, 6),
            new Quota("Gender", "Male", 4, 6),
            new Quota("Age", "16-29", 1, 3)),
        r.value());
  }

  @Test
  void acceptsTheLegacyHeaderAndAByteOrderMark() {
    CsvReport<List<Quota>> r =
        SortitionCsv.readFeatures(bytes("\uFEFFcategory,name,min,max\r\ngender,female,1,2\r\n"));

    assertTrue(r.accepted(), r.issues().toString());
    assertEquals(List.of(new Quota("gender", "female", 1, 2)), r.value());
  }

  @Test
  void rejectsEveryBadFeatureLineAndImportsNothing() {
    CsvReport<List<Quota>> r =
        SortitionCsv.readFeatures(
            bytes(
                "feature,value,min,max\n"
                    + "gender,female,1,2\n" // 2 fine
                    + "gender,male,x,2\n" // 3 not a number
                    + "gender,other,3,1\n" // 4 min above max
                    + "gender,female,0,1\n" // 5 duplicate
                    + ",young,0,1\n" // 6 empty feature
                    + "\n" // 7 empty line, skipped
                    + "age,\"=HYPERLINK(\"\"http://x\"\")\",0,1\n" // 8 formula
                    + "age,old,0,1,extra\n")); // 9 extra cell

    assertFalse(r.accepted());
    assertNull(r.value());
    assertEquals(
        List.of(
            issue(3, "min", CsvLineIssue.NOT_A_NUMBER),
            issue(4, "min", CsvLineIssue.MIN_ABOVE_MAX),
            issue(5, null, CsvLineIssue.DUPLICATE),
            issue(6, "feature", CsvLineIssue.EMPTY_CELL),
            issue(8, "value", CsvLineIssue.FORMULA),
            issue(9, null, CsvLineIssue.EXTRA_CELLS)),
        r.issues().stream().map(i -> issue(i.line(), i.column(), i.code())).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1"})
  void rejectsFormulaCells(String cell) {
    String quoted = "\"" + cell + "\"";
    CsvReport<List<Quota>> r =
        SortitionCsv.readFeatures(bytes("feature,value,min,max\ngender," + quoted + ",0,1\n"));

    assertFalse(r.accepted());
    assertEquals(1, r.issues().size());
    assertEquals(2, r.issues().get(0).line());
    assertEquals(CsvLineIssue.FORMULA, r.issues().get(0).code());
  }

  @Test
  void namesTheMissingColumns() {
    CsvReport<List<Quota>> r = SortitionCsv.readFeatures(bytes("feature,lower,max\n"));

    assertEquals(
        List.of(
            issue(1, "value", CsvLineIssue.MISSING_COLUMN),
            issue(1, "min", CsvLineIssue.MISSING_COLUMN)),
        r.issues().stream().map(i -> issue(i.line(), i.column(), i.code())).toList());
  }

  @Test
  void rejectsAnEmptyFile() {
    assertEquals(
        CsvLineIssue.EMPTY_FILE, SortitionCsv.readFeatures(new byte[0]).issues().get(0).code());
    assertEquals(
        CsvLineIssue.EMPTY_FILE,
        SortitionCsv.readFeatures(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
            .issues()
            .get(0)
            .code());
  }

  @Test
  void rejectsAFileAboveTheSizeLimitUnread() {
    byte[] big = new byte[SortitionCsv.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');

    CsvReport<List<Quota>> r = SortitionCsv.readFeatures(big);

    assertEquals(
        List.of(issue(0, null, CsvLineIssue.FILE_TOO_LARGE)),
        r.issues().stream().map(i -> issue(i.line(), i.column(), i.code())).toList());
  }

  @Test
  void rejectsMoreRowsThanTheLimit() {
    StringBuilder csv = new StringBuilder("id,gender,age\n");
    for (int i = 0; i <= SortitionCsv.MAX_ROWS; i++) {
      csv.append('c').append(i).append(",f,y\n");
    }

    CsvReport<List<Candidate>> r =
        SortitionCsv.readCandidates(
            bytes(csv.toString()), CandidateColumns.of(List.of("gender", "age")));

    assertFalse(r.accepted());
    assertEquals(
        issue(SortitionCsv.MAX_ROWS + 2, null, CsvLineIssue.TOO_MANY_ROWS),
        issue(r.issues().get(0).line(), r.issues().get(0).column(), r.issues().get(0).code()));
  }

  @Test
  void rejectsLatin1AndUtf16WithTheLineOfTheFirstBadByte() {
    byte[] latin1 =
        "id,gender,age\nc1,f,y\nc2,m,\u00e4lter\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf16 = "id,gender,age\nc1,f,y\n".getBytes(StandardCharsets.UTF_16);

    CsvReport<List<Candidate>> a =
        SortitionCsv.readCandidates(latin1, CandidateColumns.of(List.of("gender", "age")));
    CsvReport<List<Candidate>> b =
        SortitionCsv.readCandidates(utf16, CandidateColumns.of(List.of("gender", "age")));

    assertEquals(
        issue(3, null, CsvLineIssue.NOT_UTF8),
        issue(a.issues().get(0).line(), null, a.issues().get(0).code()));
    assertEquals(CsvLineIssue.NOT_UTF8, b.issues().get(0).code());
    assertNull(b.value());
  }

  @Test
  void readsCandidatesWithHouseholdsIgnoringOtherColumns() {
    String csv =
        "nationbuilder_id,first_name,phone,gender,age,primary_address1,zip\n"
            + "1,Ana,+32 470 00 00 01,female,16-29,\"Kerkstraat 1, bus 2\",2800\n"
            + "2,Bo,+32 470 00 00 02,male,65+,\"  kerkstraat  1, BUS 2 \",2800\n"
            + "3,Cy,,female,30-44,,\n";

    CsvReport<List<Candidate>> r = SortitionCsv.readCandidates(bytes(csv), COLUMNS);

    assertTrue(r.accepted(), r.issues().toString());
    List<Candidate> c = r.value();
    assertEquals(
        new Candidate("1", Map.of("gender", "female", "age", "16-29"), "kerkstraat 1, bus 2\n2800"),
        c.get(0));
    assertEquals(c.get(0).household(), c.get(1).household());
    assertNull(c.get(2).household());
  }

  @Test
  void reportsEachBadCandidateLine() {
    String csv =
        "nationbuilder_id,gender,age,primary_address1,zip\n"
            + "1,female,16-29,a,1\n"
            + "1,male,16-29,b,2\n" // 3 duplicate id
            + "3,,16-29,c,3\n" // 4 empty feature
            + "4,male,16-29,=cmd|' /C calc'!A0,4\n" // 5 formula in an address
            + "\"5\nb\",male,\"multi\nline\",d,5\n" // 6-8: quoted cells may span lines
            + "6,male,16-29,@x,6\n"; // 9 formula after the multi-line record

    CsvReport<List<Candidate>> r = SortitionCsv.readCandidates(bytes(csv), COLUMNS);

    assertEquals(
        List.of(
            issue(3, "nationbuilder_id", CsvLineIssue.DUPLICATE),
            issue(4, "gender", CsvLineIssue.EMPTY_CELL),
            issue(5, "primary_address1", CsvLineIssue.FORMULA),
            issue(9, "primary_address1", CsvLineIssue.FORMULA)),
        r.issues().stream().map(i -> issue(i.line(), i.column(), i.code())).toList());
  }

  @Test
  void reportsBrokenCsv() {
    CsvReport<List<Candidate>> r =
        SortitionCsv.readCandidates(
            bytes("id,gender,age\nc1,f,y\nc2,\"f,y\n"),
            CandidateColumns.of(List.of("gender", "age")));

    assertEquals(
        List.of(issue(3, null, CsvLineIssue.MALFORMED)),
        r.issues().stream().map(i -> issue(i.line(), i.column(), i.code())).toList());
  }

  @Test
  void rejectsOverlongCells() {
    String csv = "id,gender,age\nc1," + "f".repeat(SortitionCsv.MAX_CELL_CHARS + 1) + ",y\n";

    CsvReport<List<Candidate>> r =
        SortitionCsv.readCandidates(bytes(csv), CandidateColumns.of(List.of("gender", "age")));

    assertEquals(CsvLineIssue.CELL_TOO_LONG, r.issues().get(0).code());
  }

  @Test
  void exportNeutralisesFormulasAndImportGivesBackTheSameData() {
    List<Quota> quotas =
        List.of(
            new Quota("gender", "=female", 1, 2),
            new Quota("age", "+65, \"retired\"", 0, 3),
            new Quota("languages", "nl\nfr", 0, 1),
            new Quota("place", "'s-Hertogenbosch", 0, 1),
            new Quota("place", "''quoted", 0, 1),
            new Quota("band", "-", 0, 1),
            new Quota("mail", "@home", 0, 1));

    String features = SortitionCsv.writeFeatures(quotas);

    for (String line : features.split("\r\n")) {
      String first = line.startsWith("\"") ? line.substring(1) : line;
      assertFalse("=+-@".indexOf(first.charAt(0)) >= 0, "formula exported: " + line);
    }
    assertEquals(quotas, SortitionCsv.readFeatures(features.getBytes(UTF_8)).value());

    List<Candidate> candidates = new ArrayList<>();
    candidates.add(
        new Candidate(
            "=1",
            Map.of("gender", "@f", "age", "16, 29"),
            SortitionCsv.householdKey(List.of("Main St 1", "2800"))));
    candidates.add(new Candidate("2", Map.of("gender", "m", "age", "\"old\""), null));
    candidates.add(
        new Candidate(
            "3",
            Map.of("gender", "m", "age", "x"),
            SortitionCsv.householdKey(List.of("only street"))));
    String exported = SortitionCsv.writeCandidates(candidates, COLUMNS);

    CsvReport<List<Candidate>> back =
        SortitionCsv.readCandidates(exported.getBytes(UTF_8), COLUMNS);
    assertTrue(back.accepted(), back.issues().toString());
    assertEquals(candidates, back.value());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }

  private static CsvLineIssue issue(int line, String column, String code) {
    return new CsvLineIssue(line, column, code, "");
  }
}
