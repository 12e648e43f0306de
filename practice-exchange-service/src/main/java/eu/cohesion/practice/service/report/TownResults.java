package eu.cohesion.practice.service.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * This service's results per town, as counts (one row per town, whatever the number of practices):
 * published practices, transfers of them to other towns that were not abandoned, and practices the
 * town adopted from another one (TRANSFERRED).
 */
@ApplicationScoped
public class TownResults {

  /** One town's counts. */
  public record Counts(long practices, long takenUp, long adopted) {}

  private static final String QUERY =
      """
      select town, sum(practices), sum(taken_up), sum(adopted) from (
        select city_code as town, count(*) as practices, 0 as taken_up, 0 as adopted
        from good_practice where status = 'PUBLISHED' group by city_code
        union all
        select t.source_city, 0, count(*), 0
        from practice_transfer t join good_practice gp on gp.id = t.practice_id
        where gp.status = 'PUBLISHED' and t.status <> 'ABANDONED' group by t.source_city
        union all
        select t.city_code, 0, 0, count(*)
        from practice_transfer t join good_practice gp on gp.id = t.practice_id
        where gp.status = 'PUBLISHED' and t.status = 'TRANSFERRED' group by t.city_code
      ) counts
      group by town
      """;

  private final DataSource dataSource;

  TownResults(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Towns with at least one count, by code. */
  public Map<String, Counts> byTown() {
    Map<String, Counts> towns = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(QUERY);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        towns.put(rows.getString(1), new Counts(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
      }
      return towns;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the towns' results failed", e);
    }
  }
}
