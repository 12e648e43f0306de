package eu.cohesion.bench.opendata;

import eu.cohesion.bench.search.SearchBench;
import eu.cohesion.localstack.PostgresNode;
import eu.cohesion.practice.domain.opendata.OpenDataFormat;
import eu.cohesion.practice.domain.opendata.OpenDataset;
import eu.cohesion.practice.domain.opendata.OpenDatasets;
import eu.cohesion.practice.service.OpenDataSql;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

/**
 * The open data exports on generated published practices, in a real PostgreSQL 15 started by
 * local-stack's PostgresNode, with the service's own migrations, statements and writers, in a JVM
 * with a small heap. See bench/README.md, section "Open data export".
 */
public final class OpenDataBench {

  private static final int RUNS = 3;

  /** Counts what is written and keeps none of it: the response's bytes, without a network. */
  static final class CountingOutput extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  public static void main(String[] args) throws Exception {
    int practices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int port = args.length > 1 ? Integer.parseInt(args[1]) : 25433;
    Path root = Path.of(System.getProperty("user.dir"));
    Path data = root.resolve(".local-stack/bench-work/opendata/postgres");
    SearchBench.deleteRecursively(data);
    System.out.printf(
        Locale.ROOT,
        "Java %s, %d CPUs, max heap %d MB, %d practices, %d runs per export%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        practices,
        RUNS);
    try (PostgresNode postgres = PostgresNode.start(data, port, false);
        Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("practice"), postgres.username(), postgres.password())) {
      SearchBench.migrate(
          connection, root.resolve("practice-exchange-service/src/main/resources/db/migration"));
      long t0 = System.nanoTime();
      SearchBench.load(connection, practices);
      try (Statement analyze = connection.createStatement()) {
        analyze.execute("vacuum analyze good_practice");
        analyze.execute("vacuum analyze practice_search");
      }
      System.out.printf(
          Locale.ROOT, "generated and loaded in %.1f s%n%n", (System.nanoTime() - t0) / 1e9);
      System.out.println(
          "| export | rows | bytes | MB | p50 s | max s | MB/s | heap peak MB | GCs |");
      System.out.println("|---|---|---|---|---|---|---|---|---|");
      for (OpenDataset dataset : OpenDatasets.ALL) {
        for (OpenDataFormat format : OpenDataFormat.values()) {
          measure(connection, dataset, format);
        }
      }
    }
  }

  static void measure(Connection connection, OpenDataset dataset, OpenDataFormat format)
      throws Exception {
    long rows = rows(connection, dataset);
    double[] seconds = new double[RUNS];
    long bytes = 0;
    long peak = 0;
    long gcs = 0;
    for (int i = 0; i < RUNS; i++) {
      System.gc();
      resetHeapPeaks();
      long gcBefore = collections();
      CountingOutput out = new CountingOutput();
      long a = System.nanoTime();
      OpenDataSql.export(connection, dataset, format, out);
      seconds[i] = (System.nanoTime() - a) / 1e9;
      bytes = out.bytes;
      peak = Math.max(peak, heapPeak());
      gcs = Math.max(gcs, collections() - gcBefore);
    }
    java.util.Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %d | %.1f | %.2f | %.2f | %.0f | %.1f | %d |%n",
        dataset.path(format),
        rows,
        bytes,
        bytes / 1e6,
        seconds[RUNS / 2],
        seconds[RUNS - 1],
        bytes / 1e6 / seconds[RUNS / 2],
        peak / (1024.0 * 1024.0),
        gcs);
  }

  static long rows(Connection connection, OpenDataset dataset) throws Exception {
    String sql =
        dataset == OpenDatasets.TOWNS
            ? "select count(distinct city_code) from good_practice where status = 'PUBLISHED'"
            : "select count(*) from good_practice where status = 'PUBLISHED'";
    try (Statement s = connection.createStatement();
        var result = s.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  static void resetHeapPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The heap's highest use since the reset: the sum of each heap pool's peak. */
  static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  static long collections() {
    long count = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
    }
    return count;
  }
}
