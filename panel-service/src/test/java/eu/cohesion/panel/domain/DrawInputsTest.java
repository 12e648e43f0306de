package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit digest is taken over the documented canonical text, whatever order inputs come in. */
class DrawInputsTest {

  private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  @Test
  void theCanonicalTextIsTheDocumentedOneAndItsSha256IsTheDigest() throws Exception {
    DrawInputs inputs =
        new DrawInputs(
            2,
            true,
            List.of(new PoolQuota("gender", "m", 0, 1), new PoolQuota("category", "CITIZEN", 1, 2)),
            List.of(
                new DrawInputs.Entry(
                    B, "rue 1\u001f8000", Map.of("gender", "m", "category", "EXPERT")),
                new DrawInputs.Entry(A, null, Map.of("category", "CITIZEN", "gender", "f\tx"))));

    String expected =
        "cohesion-sortition-inputs\t1\n"
            + "seats\t2\n"
            + "one-per-household\ttrue\n"
            + "quota\tcategory\tCITIZEN\t1\t2\n"
            + "quota\tgender\tm\t0\t1\n"
            + "candidate\t00000000-0000-0000-0000-00000000000a\t\tcategory=CITIZEN\tgender=f\\tx\n"
            + "candidate\t00000000-0000-0000-0000-00000000000b\true 1\u001f8000\tcategory=EXPERT\tgender=m\n";
    assertEquals(expected, inputs.canonical());
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(expected.getBytes(StandardCharsets.UTF_8)));
    assertEquals(sha, inputs.digest());
  }

  @Test
  void anyChangeOfSeatsHouseholdRuleQuotaOrFeatureChangesTheDigest() {
    List<DrawInputs.Entry> pool =
        List.of(new DrawInputs.Entry(A, null, Map.of("category", "EXPERT")));
    List<PoolQuota> quotas = List.of(new PoolQuota("category", "EXPERT", 0, 1));
    String digest = new DrawInputs(1, false, quotas, pool).digest();
    assertNotEquals(digest, new DrawInputs(2, false, quotas, pool).digest());
    assertNotEquals(digest, new DrawInputs(1, true, quotas, pool).digest());
    assertNotEquals(
        digest,
        new DrawInputs(1, false, List.of(new PoolQuota("category", "EXPERT", 1, 1)), pool)
            .digest());
    assertNotEquals(
        digest,
        new DrawInputs(
                1,
                false,
                quotas,
                List.of(new DrawInputs.Entry(A, null, Map.of("category", "CITIZEN"))))
            .digest());
  }
}
