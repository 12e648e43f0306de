package eu.cohesion.practice.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The statements of the search index (table {@code practice_search}, migration V50) on a plain JDBC
 * connection: written by {@link PracticeSearchIndex} in the publishing transaction, read by {@link
 * PracticeSearch}, and run as they are by the benchmark (bench/search).
 *
 * <p>A search is two statements. The page: the GIN index on the document finds the matches, ranked
 * with {@code ts_rank_cd}, or without a text the b-tree of the order gives the page directly. The
 * facets: one scan of the matches (materialised once) counting every facet, each without its own
 * filter, plus the total under all filters.
 */
public final class PracticeSearchSql {

  /**
   * The query parsed with every language's configuration, OR-ed: a word matches in whichever
   * language its practice is written. websearch_to_tsquery never fails on its input, so any text is
   * a valid query (stray operators are ignored).
   */
  private static final String QUERY =
      "with q as (select "
          + SearchLanguages.ALL.stream()
              .map(c -> "websearch_to_tsquery('" + c + "'::regconfig, input.t)")
              .collect(Collectors.joining(" || "))
          + " as query from (select cast(? as text) as t) input) ";

  private static final String COLUMNS =
      "s.practice_id, s.city_code, s.outcome, s.language, s.languages, s.title, s.summary,"
          + " s.themes, s.target_groups, s.sdg_targets, s.transfer_count, s.published_at";

  private PracticeSearchSql() {}

  /** Writes (or rewrites) the practice's row. */
  public static void store(Connection connection, SearchDocument document) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(insert(document.texts().size()))) {
      bind(connection, insert, document);
      insert.executeUpdate();
    }
  }

  /** Writes many rows, in JDBC batches of the same statement as {@link #store}. */
  public static void storeAll(Connection connection, List<SearchDocument> documents)
      throws SQLException {
    Map<Integer, List<SearchDocument>> byShape =
        documents.stream().collect(Collectors.groupingBy(d -> d.texts().size()));
    for (Map.Entry<Integer, List<SearchDocument>> shape : byShape.entrySet()) {
      try (PreparedStatement insert = connection.prepareStatement(insert(shape.getKey()))) {
        for (SearchDocument document : shape.getValue()) {
          bind(connection, insert, document);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  /** The upsert of a document with {@code texts} languages. */
  private static String insert(int texts) {
    StringBuilder vector = new StringBuilder();
    for (int i = 0; i < texts; i++) {
      vector.append(i == 0 ? "" : " || ");
      vector.append("setweight(to_tsvector(cast(? as regconfig), coalesce(?, '')), 'A')");
      vector.append(" || setweight(to_tsvector(cast(? as regconfig), coalesce(?, '')), 'B')");
      vector.append(" || setweight(to_tsvector(cast(? as regconfig), coalesce(?, '')), 'C')");
    }
    return "insert into practice_search (practice_id, city_code, outcome, language, languages,"
        + " title, summary, themes, target_groups, sdg_targets, transfer_count, published_at,"
        + " document) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        + (vector.isEmpty() ? "''::tsvector" : vector)
        + ") on conflict (practice_id) do update set city_code = excluded.city_code,"
        + " outcome = excluded.outcome, language = excluded.language,"
        + " languages = excluded.languages, title = excluded.title,"
        + " summary = excluded.summary, themes = excluded.themes,"
        + " target_groups = excluded.target_groups, sdg_targets = excluded.sdg_targets,"
        + " transfer_count = excluded.transfer_count, published_at = excluded.published_at,"
        + " document = excluded.document";
  }

  private static void bind(Connection connection, PreparedStatement insert, SearchDocument document)
      throws SQLException {
    int p = 1;
    insert.setObject(p++, document.practiceId());
    insert.setString(p++, document.city());
    insert.setString(p++, document.outcome());
    insert.setString(p++, document.language());
    insert.setArray(
        p++,
        text(
            connection,
            document.texts().stream()
                .map(SearchDocument.LanguageText::language)
                .filter(l -> l != null)
                .distinct()
                .toList()));
    insert.setString(p++, document.title());
    insert.setString(p++, document.summary());
    insert.setArray(p++, text(connection, document.themes()));
    insert.setArray(p++, text(connection, document.targetGroups()));
    insert.setArray(p++, text(connection, document.sdgTargets()));
    insert.setInt(p++, document.transferCount());
    insert.setTimestamp(p++, Timestamp.from(document.publishedAt()));
    for (SearchDocument.LanguageText text : document.texts()) {
      String configuration = SearchLanguages.configuration(text.language());
      insert.setString(p++, configuration);
      insert.setString(p++, text.title());
      insert.setString(p++, configuration);
      insert.setString(p++, text.summary());
      insert.setString(p++, configuration);
      insert.setString(p++, text.body());
    }
  }

  /** Takes the practice out of the index (not published, or no longer). */
  public static void remove(Connection connection, UUID practiceId) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("delete from practice_search where practice_id = ?")) {
      delete.setObject(1, practiceId);
      delete.executeUpdate();
    }
  }

  public static PracticeSearchResult search(Connection connection, PracticeSearchQuery query)
      throws SQLException {
    Filters filters = new Filters(query);
    List<PracticeSearchResult.Hit> hits = page(connection, query, filters);
    Map<String, List<PracticeSearchResult.FacetCount>> counts = facets(connection, query, filters);
    List<PracticeSearchResult.FacetCount> total = counts.getOrDefault("total", List.of());
    return new PracticeSearchResult(
        hits,
        total.isEmpty() ? 0 : total.get(0).count(),
        new PracticeSearchResult.Facets(
            counts.getOrDefault("themes", List.of()),
            counts.getOrDefault("targetGroups", List.of()),
            counts.getOrDefault("towns", List.of()),
            counts.getOrDefault("sdgTargets", List.of()),
            counts.getOrDefault("outcomes", List.of()),
            counts.getOrDefault("hasTransfers", List.of())));
  }

  private static List<PracticeSearchResult.Hit> page(
      Connection connection, PracticeSearchQuery query, Filters filters) throws SQLException {
    boolean text = query.text() != null;
    String order =
        switch (query.sort()) {
          case RELEVANCE ->
              text
                  ? "score desc, s.published_at desc, s.practice_id"
                  : "s.published_at desc, s.practice_id";
          case RECENT -> "s.published_at desc, s.practice_id";
          case TRANSFERS -> "s.transfer_count desc, s.published_at desc, s.practice_id";
        };
    String sql =
        (text ? QUERY : "")
            + "select "
            + COLUMNS
            + (text ? ", ts_rank_cd(s.document, q.query) as score" : ", 0 as score")
            + " from practice_search s"
            + (text ? ", q where s.document @@ q.query" : " where true")
            + filters.all()
            + " order by "
            + order
            + " limit ? offset ?";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int p = 1;
      if (text) {
        select.setString(p++, query.text());
      }
      p = filters.bind(connection, select, p);
      select.setInt(p++, query.size());
      select.setLong(p, (long) query.page() * query.size());
      List<PracticeSearchResult.Hit> hits = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          hits.add(
              new PracticeSearchResult.Hit(
                  rows.getObject(1, UUID.class),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  strings(rows.getArray(5)),
                  rows.getString(6),
                  rows.getString(7),
                  strings(rows.getArray(8)),
                  strings(rows.getArray(9)),
                  strings(rows.getArray(10)),
                  rows.getInt(11),
                  rows.getTimestamp(12).toInstant(),
                  rows.getDouble(13)));
        }
      }
      return hits;
    }
  }

  /** facet → value → count; the total under every filter is facet "total", value "". */
  private static Map<String, List<PracticeSearchResult.FacetCount>> facets(
      Connection connection, PracticeSearchQuery query, Filters filters) throws SQLException {
    boolean text = query.text() != null;
    String matches =
        (text ? QUERY + ", " : "with ")
            + "m as materialized (select s.city_code, s.outcome, s.themes, s.target_groups,"
            + " s.sdg_targets, s.has_transfers"
            + filters.flags()
            + " from practice_search s"
            + (text ? ", q where s.document @@ q.query" : "")
            + ") ";
    String sql =
        matches
            + "select 'total' as facet, '' as value, count(*) as n from m where "
            + filters.except(null)
            + " union all select 'themes', v, count(*) from m, unnest(m.themes) v where "
            + filters.except("themes")
            + " group by v union all select 'targetGroups', v, count(*) from m,"
            + " unnest(m.target_groups) v where "
            + filters.except("targetGroups")
            + " group by v union all select 'towns', city_code, count(*) from m where "
            + filters.except("towns")
            + " group by city_code union all select 'sdgTargets', v, count(*) from m,"
            + " unnest(m.sdg_targets) v where "
            + filters.except("sdgTargets")
            + " group by v union all select 'outcomes', outcome, count(*) from m where "
            + filters.except("outcomes")
            + " group by outcome union all select 'hasTransfers', has_transfers::text, count(*)"
            + " from m where "
            + filters.except("hasTransfers")
            + " group by has_transfers order by facet, n desc, value";
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int p = 1;
      if (text) {
        select.setString(p++, query.text());
      }
      filters.bind(connection, select, p);
      Map<String, List<PracticeSearchResult.FacetCount>> counts = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          counts
              .computeIfAbsent(rows.getString(1), f -> new ArrayList<>())
              .add(new PracticeSearchResult.FacetCount(rows.getString(2), rows.getLong(3)));
        }
      }
      return counts;
    }
  }

  private static Array text(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray(String[]::new));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  /** The facet filters of a query, as SQL conditions with their parameters in a fixed order. */
  private static final class Filters {

    /** facet name, its condition on practice_search s, and its values; only those given. */
    private record Filter(String facet, String condition, List<String> values, Boolean flag) {}

    private final List<Filter> given = new ArrayList<>();

    Filters(PracticeSearchQuery query) {
      add("themes", "s.themes && ?", query.themes());
      add("targetGroups", "s.target_groups && ?", query.targetGroups());
      add("towns", "s.city_code = any(?)", query.towns());
      add("sdgTargets", "s.sdg_targets && ?", query.sdgTargets());
      add("outcomes", "s.outcome = any(?)", query.outcomes());
      if (query.hasTransfers() != null) {
        given.add(new Filter("hasTransfers", "s.has_transfers = ?", null, query.hasTransfers()));
      }
    }

    private void add(String facet, String condition, List<String> values) {
      if (!values.isEmpty()) {
        given.add(new Filter(facet, condition, values, null));
      }
    }

    /** " and ..." for every filter given, on s. */
    String all() {
      return given.stream().map(f -> " and " + f.condition()).collect(Collectors.joining());
    }

    /** ", (...) as f_facet" for every filter given: whether the row passes it. */
    String flags() {
      return given.stream()
          .map(f -> ", (" + f.condition() + ") as \"f_" + f.facet() + "\"")
          .collect(Collectors.joining());
    }

    /** The conjunction of the flags of every filter but the one of {@code facet}, on m. */
    String except(String facet) {
      String others =
          given.stream()
              .filter(f -> !f.facet().equals(facet))
              .map(f -> "m.\"f_" + f.facet() + "\"")
              .collect(Collectors.joining(" and "));
      return others.isEmpty() ? "true" : others;
    }

    /** Binds the values of every filter given, from parameter {@code first}; the next one. */
    int bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
      int p = first;
      for (Filter filter : given) {
        if (filter.values() != null) {
          statement.setArray(p++, text(connection, filter.values()));
        } else {
          statement.setBoolean(p++, filter.flag());
        }
      }
      return p;
    }
  }
}
