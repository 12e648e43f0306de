package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.READ_FEEDS;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Atom 1.0 feed ({@link AtomFeed}) of the latest published practices, of every town or one, of
 * every theme or one. Each entry links to the practice's page on the public site; the author is the
 * town.
 */
@ApplicationScoped
public class PracticeFeeds {

  private static final String LATEST =
      """
      select gp.id, gp.city_code, gp.title, gp.summary, gp.published_at, gp.updated_at,
             coalesce(ps.themes, '{}') as themes
      from good_practice gp
      left join practice_search ps on ps.practice_id = gp.id
      where gp.status = 'PUBLISHED'
        and (cast(? as text) is null or gp.city_code = ?)
        and (cast(? as text) is null or ? = any(ps.themes))
      order by gp.published_at desc, gp.id desc
      limit ?
      """;

  private final EntityManager entityManager;
  private final Clock clock;
  private final String siteUrl;

  PracticeFeeds(
      EntityManager entityManager,
      Clock clock,
      @ConfigProperty(name = "cohesion.open-data.site-url") String siteUrl) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
  }

  /**
   * The feed as served at {@code self}: the latest {@value AtomFeed#ENTRIES} published practices of
   * {@code town} and {@code theme} (each {@code null} for all). An unknown town or a theme nobody
   * used gives a valid feed without entries.
   */
  @Transactional
  public String practices(Actor actor, String town, String theme, URI self) {
    authorise(actor);
    StringBuilder title = new StringBuilder("Cohesion: good practices");
    if (town != null) {
      title.append(" of ").append(town);
    }
    if (theme != null) {
      title.append(", theme ").append(theme);
    }
    return AtomFeed.write(
        new AtomFeed.Head(
            "practices.atom?town=" + blank(town) + "&theme=" + blank(theme),
            title.toString(),
            "The latest good practices published by the towns of the network",
            self,
            siteUrl + "/practices"),
        latest(town, theme),
        clock.instant());
  }

  /** The latest published practices of {@code town} and {@code theme} (each null for all). */
  List<AtomFeed.Item> latest(String town, String theme) {
    return AtomFeed.query(
        entityManager,
        LATEST,
        row ->
            new AtomFeed.Item(
                row.getObject(1, UUID.class),
                row.getString(3),
                row.getString(4),
                AtomFeed.instant(row, 5),
                AtomFeed.instant(row, 6),
                row.getString(2),
                AtomFeed.strings(row, 7),
                siteUrl + "/practices/" + row.getObject(1)),
        town,
        town,
        theme,
        theme,
        AtomFeed.ENTRIES);
  }

  static void authorise(Actor actor) {
    if (!PracticePermissions.TABLE.allowsEverywhere(READ_FEEDS, actor)) {
      throw new ActionNotPermittedException("you may not read feeds");
    }
  }

  static String blank(String value) {
    return value == null ? "" : value;
  }
}
