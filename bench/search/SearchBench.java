package eu.cohesion.bench.search;

import eu.cohesion.localstack.PostgresNode;
import eu.cohesion.practice.service.PracticeSearchQuery;
import eu.cohesion.practice.service.PracticeSearchResult;
import eu.cohesion.practice.service.PracticeSearchSort;
import eu.cohesion.practice.service.PracticeSearchSql;
import eu.cohesion.practice.service.SearchDocument;
import eu.cohesion.practice.service.SearchDocument.LanguageText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Practice search on generated practices in six languages, in a real PostgreSQL 15 started by
 * local-stack's PostgresNode, with the service's own migrations and statements. See bench/README.md,
 * section "Search".
 */
public final class SearchBench {

  static final String[] THEMES = {
    "LANGUAGE_AND_EDUCATION", "EMPLOYMENT", "HOUSING", "HEALTH", "CULTURE_AND_SPORT",
    "CIVIC_PARTICIPATION", "ANTI_DISCRIMINATION", "PUBLIC_SPACE", "DIGITAL_INCLUSION"
  };
  static final String[] GROUPS = {"NATIVE", "EXPAT", "NEWLY_ARRIVED_MIGRANT", "PRECARIOUS_OR_VULNERABLE"};
  static final String[] SDGS = {"10.2", "10.3", "10.7", "11.1", "11.3", "11.7"};
  static final String[] TOWNS = {
    "elbasan", "mechelen", "esbjerg", "tartu", "besancon", "reggio-emilia", "jelgava", "panevezys",
    "delft", "celje"
  };

  /** A language: its share of the practices, three topic words per theme, general words. */
  record Language(String code, double share, String[] topics, String[] general) {}

  static final List<Language> LANGUAGES =
      List.of(
          new Language(
              "en",
              0.30,
              words(
                  "language school course job work training housing apartment rent health clinic"
                      + " doctor culture music sport participation council vote discrimination"
                      + " racism equality square park street digital computer internet"),
              words(
                  "welcome desk newcomers volunteers neighbourhood families youth town project cafe"
                      + " library women elderly mentors")),
          new Language(
              "de",
              0.15,
              words(
                  "Sprache Schule Kurs Arbeit Beruf Ausbildung Wohnung Miete Unterkunft Gesundheit"
                      + " Klinik Arzt Kultur Musik Sport Beteiligung Gemeinderat Wahl"
                      + " Diskriminierung Rassismus Gleichstellung Platz Park Straße digital Computer"
                      + " Internet"),
              words(
                  "Willkommen Beratung Neuankömmlinge Freiwillige Nachbarschaft Familien Jugend"
                      + " Stadt Projekt Café Bibliothek Frauen Senioren Paten")),
          new Language(
              "fr",
              0.15,
              words(
                  "langue école cours emploi travail formation logement appartement loyer santé"
                      + " clinique médecin culture musique sport participation conseil vote"
                      + " discrimination racisme égalité place parc rue numérique ordinateur"
                      + " internet"),
              words(
                  "accueil guichet nouveaux bénévoles quartier familles jeunesse ville projet café"
                      + " bibliothèque femmes aînés parrains")),
          new Language(
              "it",
              0.15,
              words(
                  "lingua scuola corso lavoro impiego formazione alloggio appartamento affitto salute"
                      + " clinica medico cultura musica sport partecipazione consiglio voto"
                      + " discriminazione razzismo uguaglianza piazza parco strada digitale computer"
                      + " biblioteca"),
              words(
                  "accoglienza sportello nuovi volontari quartiere famiglie giovani città progetto"
                      + " caffè donne anziani mentori")),
          new Language(
              "nl",
              0.15,
              words(
                  "taal school cursus werk baan opleiding woning huur huisvesting gezondheid kliniek"
                      + " huisarts cultuur muziek sport participatie gemeenteraad stem discriminatie"
                      + " racisme gelijkheid plein park straat digitaal computer internet"),
              words(
                  "welkom loket nieuwkomers vrijwilligers buurt gezinnen jongeren stad project café"
                      + " bibliotheek vrouwen ouderen buddies")),
          new Language(
              "lv",
              0.10,
              words(
                  "valoda skola kurss darbs nodarbinātība apmācība mājoklis īre dzīvoklis veselība"
                      + " klīnika ārsts kultūras mūzika sports līdzdalība padome balsojums"
                      + " diskriminācija rasisms vienlīdzība laukums parks iela digitālā dators"
                      + " internets"),
              words(
                  "sveicināti birojs jaunpienācēji brīvprātīgie apkaime ģimenes jaunieši pilsēta"
                      + " projekts kafejnīca bibliotēka sievietes seniori mentori")));

  static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ru", "sa", "te", "vi", "do", "pa", "ri", "ge", "bu", "zo", "fe", "ha",
    "ju", "ko", "li", "mo", "na", "pe", "ro", "si", "tu", "va", "we", "xo", "ya", "ze"
  };

  /** A typical query: what a visitor types and ticks. */
  record Typical(String name, PracticeSearchQuery query) {}

  public static void main(String[] args) throws Exception {
    int practices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int port = args.length > 2 ? Integer.parseInt(args[2]) : 25432;
    Path root = Path.of(System.getProperty("user.dir"));
    Path work = root.resolve(".local-stack/bench-work/search");
    Path data = work.resolve("postgres");
    deleteRecursively(data);
    System.out.printf(
        Locale.ROOT,
        "Java %s, %d CPUs, %d practices, %d runs per query%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        practices,
        runs);
    try (PostgresNode postgres = PostgresNode.start(data, port, false);
        Connection connection =
            DriverManager.getConnection(
                postgres.jdbcUrl("practice"), postgres.username(), postgres.password())) {
      migrate(connection, root.resolve("practice-exchange-service/src/main/resources/db/migration"));
      long t0 = System.nanoTime();
      load(connection, practices);
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      try (Statement analyze = connection.createStatement()) {
        analyze.execute("vacuum analyze practice_search");
        analyze.execute("vacuum analyze good_practice");
      }
      System.out.printf(
          Locale.ROOT,
          "loaded in %.1f s (%.0f practices/s, search row and good_practice row each); table %s,"
              + " indexes %s%n%n",
          loadSeconds,
          practices / loadSeconds,
          scalar(connection, "select pg_size_pretty(pg_table_size('practice_search'))"),
          scalar(connection, "select pg_size_pretty(pg_indexes_size('practice_search'))"));
      measure(connection, runs);
    }
  }

  static void measure(Connection connection, int runs) throws SQLException {
    List<Typical> typical =
        List.of(
            typical("en one word: housing", "housing", null, null, PracticeSearchSort.RELEVANCE),
            typical("en two words: welcome desk", "welcome desk", null, null, PracticeSearchSort.RELEVANCE),
            typical("en phrase: \"language course\"", "\"language course\"", null, null, PracticeSearchSort.RELEVANCE),
            typical("de stem: Wohnung", "Wohnung", null, null, PracticeSearchSort.RELEVANCE),
            typical("fr without accents: ecole sante", "ecole sante", null, null, PracticeSearchSort.RELEVANCE),
            typical("it: biblioteca", "biblioteca", null, null, PracticeSearchSort.RELEVANCE),
            typical("nl: vrijwilligers", "vrijwilligers", null, null, PracticeSearchSort.RELEVANCE),
            typical("lv without accents: kulturas", "kulturas", null, null, PracticeSearchSort.RELEVANCE),
            typical("housing + theme HOUSING + group", "housing", "HOUSING", "EXPAT", PracticeSearchSort.RELEVANCE),
            typical("housing, newest first", "housing", null, null, PracticeSearchSort.RECENT),
            typical("culture, most transferred first", "culture", null, null, PracticeSearchSort.TRANSFERS),
            typical("rare word: kalomi", "kalomi", null, null, PracticeSearchSort.RELEVANCE),
            typical("no text, theme EMPLOYMENT", null, "EMPLOYMENT", null, PracticeSearchSort.RELEVANCE),
            typical("no text, no filter (browse all)", null, null, null, PracticeSearchSort.RELEVANCE));

    System.out.println(
        "| query (page 0 of 20 + all facet counts) | matches | p50 ms | p99 ms | max ms |");
    System.out.println("|---|---|---|---|---|");
    List<Double> all = new ArrayList<>();
    for (Typical t : typical) {
      long matches = PracticeSearchSql.search(connection, t.query()).totalItems();
      for (int i = 0; i < 10; i++) {
        PracticeSearchSql.search(connection, t.query());
      }
      double[] ms = new double[runs];
      for (int i = 0; i < runs; i++) {
        long a = System.nanoTime();
        PracticeSearchResult result = PracticeSearchSql.search(connection, t.query());
        ms[i] = (System.nanoTime() - a) / 1e6;
        if (result.totalItems() != matches) {
          throw new IllegalStateException("unstable result for " + t.name());
        }
        all.add(ms[i]);
      }
      row(t.name(), String.valueOf(matches), ms);
    }
    row(
        "**all typical queries together**",
        "",
        all.stream().mapToDouble(Double::doubleValue).toArray());

    SplittableRandom random = new SplittableRandom(7);
    List<UUID> ids = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("select practice_id from practice_search limit 5000")) {
      while (rows.next()) {
        ids.add(rows.getObject(1, UUID.class));
      }
    }
    String byId =
        "select practice_id, city_code, title, summary, themes, published_at from practice_search"
            + " where practice_id = ?";
    String page =
        "select practice_id, city_code, title, summary, themes, published_at from practice_search"
            + " order by published_at desc, practice_id limit 20 offset ?";
    String count = "select count(*) from practice_search where city_code = ?";
    row(
        "plain SELECT by primary key, same table",
        "1",
        plain(connection, byId, runs * 5, (q, i) -> q.setObject(1, ids.get(random.nextInt(ids.size())))));
    row(
        "plain SELECT page of 20 by published_at (offset 0–980)",
        "20",
        plain(connection, page, runs * 5, (q, i) -> q.setInt(1, 20 * random.nextInt(50))));
    row(
        "plain SELECT count(*) of one town",
        "",
        plain(connection, count, runs, (q, i) -> q.setString(1, TOWNS[random.nextInt(TOWNS.length)])));
  }

  interface Binder {
    void bind(PreparedStatement statement, int i) throws SQLException;
  }

  static double[] plain(Connection connection, String sql, int runs, Binder binder)
      throws SQLException {
    double[] ms = new double[runs];
    try (PreparedStatement q = connection.prepareStatement(sql)) {
      for (int i = -10; i < runs; i++) {
        binder.bind(q, i);
        long a = System.nanoTime();
        try (ResultSet rows = q.executeQuery()) {
          while (rows.next()) {
            rows.getString(1);
          }
        }
        if (i >= 0) {
          ms[i] = (System.nanoTime() - a) / 1e6;
        }
      }
    }
    return ms;
  }

  static Typical typical(
      String name, String text, String theme, String group, PracticeSearchSort sort) {
    return new Typical(
        name,
        new PracticeSearchQuery(
            text,
            theme == null ? List.of() : List.of(theme),
            group == null ? List.of() : List.of(group),
            List.of(),
            List.of(),
            List.of(),
            null,
            sort,
            0,
            20));
  }

  static void row(String name, String matches, double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %.2f | %.2f | %.2f |%n",
        name,
        matches,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99),
        sorted[sorted.length - 1]);
  }

  static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** Generated practices, deterministic (seed 20261202): good_practice rows and their index rows. */
  public static void load(Connection connection, int practices) throws SQLException {
    SplittableRandom random = new SplittableRandom(20261202L);
    List<String[]> fillers = new ArrayList<>();
    for (int l = 0; l < LANGUAGES.size(); l++) {
      fillers.add(fillerWords(new SplittableRandom(100 + l), 3000));
    }
    Instant start = Instant.parse("2024-12-01T00:00:00Z");
    connection.setAutoCommit(false);
    String practiceSql =
        "insert into good_practice (id, city_code, source_initiative_id, outcome, title, summary,"
            + " context, approach, results, status, created_at, updated_at, published_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)";
    List<SearchDocument> batch = new ArrayList<>();
    try (PreparedStatement insert = connection.prepareStatement(practiceSql)) {
      for (int n = 0; n < practices; n++) {
        int lang = pickLanguage(random);
        Language language = LANGUAGES.get(lang);
        List<String> themes = pick(random, THEMES, 1 + random.nextInt(3));
        List<String> groups = pick(random, GROUPS, 1 + random.nextInt(2));
        List<String> sdgs = pick(random, SDGS, 1 + random.nextInt(2));
        List<LanguageText> texts = new ArrayList<>();
        texts.add(text(random, language, fillers.get(lang), themes));
        if (lang != 0 && random.nextDouble() < 0.2) {
          texts.add(text(random, LANGUAGES.get(0), fillers.get(0), themes));
        }
        UUID id = UUID.randomUUID();
        String town = TOWNS[random.nextInt(TOWNS.length)];
        String outcome = random.nextDouble() < 0.7 ? "ADOPTED" : "ADAPTED";
        Instant published = start.plusSeconds(random.nextLong(2L * 365 * 86400));
        LanguageText original = texts.get(0);
        insert.setObject(1, id);
        insert.setString(2, town);
        insert.setObject(3, UUID.randomUUID());
        insert.setString(4, outcome);
        insert.setString(5, original.title());
        insert.setString(6, original.summary());
        insert.setString(7, original.body());
        insert.setString(8, original.summary());
        insert.setString(9, original.summary());
        insert.setTimestamp(10, Timestamp.from(published));
        insert.setTimestamp(11, Timestamp.from(published));
        insert.setTimestamp(12, Timestamp.from(published));
        insert.addBatch();
        int transfers = random.nextDouble() < 0.1 ? 1 + random.nextInt(5) : 0;
        batch.add(
            new SearchDocument(
                id, town, outcome, language.code(), texts, themes, groups, sdgs, transfers,
                published, original.title(), original.summary()));
        if (batch.size() == 1000) {
          insert.executeBatch();
          PracticeSearchSql.storeAll(connection, batch);
          connection.commit();
          batch.clear();
        }
      }
      insert.executeBatch();
      PracticeSearchSql.storeAll(connection, batch);
      connection.commit();
    }
    connection.setAutoCommit(true);
  }

  /** Title 6 words, summary 25, body 140: topic words of its themes, general words, filler. */
  static LanguageText text(
      SplittableRandom random, Language language, String[] filler, List<String> themes) {
    return new LanguageText(
        language.code(),
        sentence(random, language, filler, themes, 6),
        sentence(random, language, filler, themes, 25),
        sentence(random, language, filler, themes, 140));
  }

  static String sentence(
      SplittableRandom random, Language language, String[] filler, List<String> themes, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      double u = random.nextDouble();
      String word;
      if (u < 0.10) {
        int theme = Arrays.asList(THEMES).indexOf(themes.get(random.nextInt(themes.size())));
        word = language.topics()[3 * theme + random.nextInt(3)];
      } else if (u < 0.18) {
        word = language.general()[random.nextInt(language.general().length)];
      } else {
        // Zipf-like: a few filler words are frequent, most are rare.
        double v = random.nextDouble();
        word = filler[(int) (filler.length * v * v * v)];
      }
      text.append(i == 0 ? "" : " ").append(word);
    }
    return text.toString();
  }

  static String[] fillerWords(SplittableRandom random, int n) {
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder w = new StringBuilder();
      int syllables = 2 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      words[i] = w.toString();
    }
    return words;
  }

  static int pickLanguage(SplittableRandom random) {
    double u = random.nextDouble();
    for (int l = 0; l < LANGUAGES.size(); l++) {
      u -= LANGUAGES.get(l).share();
      if (u < 0) {
        return l;
      }
    }
    return 0;
  }

  static List<String> pick(SplittableRandom random, String[] values, int k) {
    List<String> shuffled = new ArrayList<>(Arrays.asList(values));
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = shuffled.get(i);
      shuffled.set(i, shuffled.get(j));
      shuffled.set(j, t);
    }
    return List.copyOf(shuffled.subList(0, Math.min(k, shuffled.size())));
  }

  static String[] words(String text) {
    return text.split(" ");
  }

  /** The service's own Flyway scripts, in version order (those of the kit are not needed here). */
  public static void migrate(Connection connection, Path migrations) throws Exception {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(migrations)) {
      scripts =
          files
              .filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
              .sorted(Comparator.comparingInt(SearchBench::version))
              .toList();
    }
    try (Statement statement = connection.createStatement()) {
      for (Path script : scripts) {
        statement.execute(Files.readString(script));
      }
    }
  }

  static int version(Path script) {
    String name = script.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  static String scalar(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  public static void deleteRecursively(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
