package eu.cohesion.practice.service;

import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Atom 1.0 feeds ({@link AtomFeed}) of the network's latest published common findings (of every
 * town or those citing one town's evidence, of every theme or one), recommendations (of every
 * audience or one, of every town or those one town endorses) and of everything together with the
 * practices ({@link #all}). Each entry links to its page on the public site; the author of a
 * finding or recommendation is the network.
 */
@ApplicationScoped
public class PublicationFeeds {

  private static final String NETWORK = "Cohesion network";

  /** A finding cites a town when any of its citations resolves to it (docs/findings.md). */
  private static final String FINDINGS =
      """
      select f.id, f.statement, f.explanation, f.published_at, f.updated_at, f.themes
      from common_finding f
      where f.status = 'PUBLISHED'
        and (cast(? as text) is null or exists (
              select 1 from jsonb_array_elements(f.evidence) e
              left join good_practice gp on
                   ((e ->> 'kind') = 'PRACTICE' and gp.id = cast(e ->> 'id' as uuid))
                or ((e ->> 'kind') = 'INITIATIVE_CONCLUSION'
                    and gp.source_initiative_id = cast(e ->> 'id' as uuid))
                or ((e ->> 'kind') = 'REVIEW_RESULT' and gp.review_results ->> 'roundId' = e ->> 'id')
                or ((e ->> 'kind') = 'INDICATOR_OUTCOME' and gp.indicator_outcomes
                    @> jsonb_build_array(jsonb_build_object('indicatorId', e ->> 'id')))
              left join practice_transfer t on
                   (e ->> 'kind') = 'TRANSFER' and t.id = cast(e ->> 'id' as uuid)
              where coalesce(t.city_code, gp.city_code) = ?))
        and (cast(? as text) is null or ? = any(f.themes))
      order by f.published_at desc, f.id desc
      limit ?
      """;

  /**
   * A recommendation is of a town when the town endorses it, of a theme when a published finding
   * backing it has that theme.
   */
  private static final String RECOMMENDATIONS =
      """
      select r.id, r.title, r.summary, r.published_at, r.updated_at, array[r.audience]
      from recommendation r
      where r.status = 'PUBLISHED'
        and (cast(? as text) is null or exists (
              select 1 from recommendation_endorsement e
              where e.recommendation_id = r.id and e.city_code = ?))
        and (cast(? as text) is null or r.audience = ?)
        and (cast(? as text) is null or exists (
              select 1 from common_finding f
              where f.status = 'PUBLISHED' and ? = any(f.themes)
                and r.finding_ids @> jsonb_build_array(cast(f.id as text))))
      order by r.published_at desc, r.id desc
      limit ?
      """;

  private final EntityManager entityManager;
  private final PracticeFeeds practices;
  private final Clock clock;
  private final String siteUrl;

  PublicationFeeds(
      EntityManager entityManager,
      PracticeFeeds practices,
      Clock clock,
      @ConfigProperty(name = "cohesion.open-data.site-url") String siteUrl) {
    this.entityManager = entityManager;
    this.practices = practices;
    this.clock = clock;
    this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
  }

  /**
   * The latest {@value AtomFeed#ENTRIES} published findings citing {@code town}'s evidence and of
   * {@code theme} (each {@code null} for all).
   */
  @Transactional
  public String findings(Actor actor, String town, String theme, URI self) {
    PracticeFeeds.authorise(actor);
    StringBuilder title = new StringBuilder("Cohesion: common findings");
    if (town != null) {
      title.append(" with evidence from ").append(town);
    }
    if (theme != null) {
      title.append(", theme ").append(theme);
    }
    return AtomFeed.write(
        new AtomFeed.Head(
            "findings.atom?town=" + blank(town) + "&theme=" + blank(theme),
            title.toString(),
            "The latest common findings of the network, each backed by evidence from two towns",
            self,
            siteUrl + "/findings"),
        findings(town, theme),
        clock.instant());
  }

  /**
   * The latest published recommendations {@code town} endorses and addressed to {@code audience}
   * (each {@code null} for all).
   */
  @Transactional
  public String recommendations(Actor actor, String town, String audience, URI self) {
    PracticeFeeds.authorise(actor);
    StringBuilder title = new StringBuilder("Cohesion: recommendations");
    if (audience != null) {
      title.append(" to ").append(audience);
    }
    if (town != null) {
      title.append(" endorsed by ").append(town);
    }
    return AtomFeed.write(
        new AtomFeed.Head(
            "recommendations.atom?town=" + blank(town) + "&audience=" + blank(audience),
            title.toString(),
            "The latest recommendations of the network to local, national and EU policy makers"
                + " and civil society",
            self,
            siteUrl + "/findings"),
        recommendations(town, audience, null),
        clock.instant());
  }

  /**
   * Everything the network published, newest first: the latest {@value AtomFeed#ENTRIES} of the
   * practices, findings and recommendations together, of {@code town} and {@code theme} (each
   * {@code null} for all) as each feed of its own reads them.
   */
  @Transactional
  public String all(Actor actor, String town, String theme, URI self) {
    PracticeFeeds.authorise(actor);
    StringBuilder title = new StringBuilder("Cohesion: practices, findings and recommendations");
    if (town != null) {
      title.append(" of ").append(town);
    }
    if (theme != null) {
      title.append(", theme ").append(theme);
    }
    List<AtomFeed.Item> items = new ArrayList<>(practices.latest(town, theme));
    items.addAll(findings(town, theme));
    items.addAll(recommendations(town, null, theme));
    items.sort(
        Comparator.comparing(AtomFeed.Item::published).thenComparing(AtomFeed.Item::id).reversed());
    return AtomFeed.write(
        new AtomFeed.Head(
            "all.atom?town=" + blank(town) + "&theme=" + blank(theme),
            title.toString(),
            "The latest good practices, common findings and recommendations of the network",
            self,
            siteUrl + "/network"),
        items.subList(0, Math.min(AtomFeed.ENTRIES, items.size())),
        clock.instant());
  }

  private List<AtomFeed.Item> findings(String town, String theme) {
    return AtomFeed.query(
        entityManager,
        FINDINGS,
        row -> item(row, "/findings/"),
        town,
        town,
        theme,
        theme,
        AtomFeed.ENTRIES);
  }

  private List<AtomFeed.Item> recommendations(String town, String audience, String theme) {
    return AtomFeed.query(
        entityManager,
        RECOMMENDATIONS,
        row -> item(row, "/recommendations/"),
        town,
        town,
        audience,
        audience,
        theme,
        theme,
        AtomFeed.ENTRIES);
  }

  /** A finding's or recommendation's row: id, title, summary, published, updated, categories. */
  private AtomFeed.Item item(ResultSet row, String page) throws SQLException {
    UUID id = row.getObject(1, UUID.class);
    return new AtomFeed.Item(
        id,
        row.getString(2),
        row.getString(3),
        AtomFeed.instant(row, 4),
        AtomFeed.instant(row, 5),
        NETWORK,
        AtomFeed.strings(row, 6),
        siteUrl + page + id);
  }

  private static String blank(String value) {
    return PracticeFeeds.blank(value);
  }
}
