package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.READ_FEEDS;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Atom 1.0 feeds (RFC 4287, written by ROME) of the network's latest published common findings (of
 * every town or those citing one town's evidence, of every theme or one) and recommendations (of
 * every audience or one, of every town or those one town endorses). Each entry links to its page on
 * the public site; the author is the network.
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

  private static final String RECOMMENDATIONS =
      """
      select r.id, r.title, r.summary, r.published_at, r.updated_at, array[r.audience]
      from recommendation r
      where r.status = 'PUBLISHED'
        and (cast(? as text) is null or exists (
              select 1 from recommendation_endorsement e
              where e.recommendation_id = r.id and e.city_code = ?))
        and (cast(? as text) is null or r.audience = ?)
      order by r.published_at desc, r.id desc
      limit ?
      """;

  /** One published finding or recommendation as an entry shows it. */
  record Item(
      UUID id,
      String title,
      String summary,
      Instant published,
      Instant updated,
      List<String> categories) {}

  private final EntityManager entityManager;
  private final Clock clock;
  private final String siteUrl;

  PublicationFeeds(
      EntityManager entityManager,
      Clock clock,
      @ConfigProperty(name = "cohesion.open-data.site-url") String siteUrl) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
  }

  /**
   * The latest {@value PracticeFeeds#ENTRIES} published findings citing {@code town}'s evidence and
   * of {@code theme} (each {@code null} for all).
   */
  @Transactional
  public String findings(Actor actor, String town, String theme, URI self) {
    authorise(actor);
    List<Item> items = latest(FINDINGS, town, theme);
    String key = "findings.atom?town=" + blank(town) + "&theme=" + blank(theme);
    StringBuilder title = new StringBuilder("Cohesion: common findings");
    if (town != null) {
      title.append(" with evidence from ").append(town);
    }
    if (theme != null) {
      title.append(", theme ").append(theme);
    }
    return atom(
        key,
        title.toString(),
        "The latest common findings of the network, each backed by evidence from two towns",
        items,
        self,
        "findings");
  }

  /**
   * The latest published recommendations {@code town} endorses and addressed to {@code audience}
   * (each {@code null} for all).
   */
  @Transactional
  public String recommendations(Actor actor, String town, String audience, URI self) {
    authorise(actor);
    List<Item> items = latest(RECOMMENDATIONS, town, audience);
    String key = "recommendations.atom?town=" + blank(town) + "&audience=" + blank(audience);
    StringBuilder title = new StringBuilder("Cohesion: recommendations");
    if (audience != null) {
      title.append(" to ").append(audience);
    }
    if (town != null) {
      title.append(" endorsed by ").append(town);
    }
    return atom(
        key,
        title.toString(),
        "The latest recommendations of the network to local, national and EU policy makers and"
            + " civil society",
        items,
        self,
        "recommendations");
  }

  private static void authorise(Actor actor) {
    if (!PracticePermissions.TABLE.allowsEverywhere(READ_FEEDS, actor)) {
      throw new ActionNotPermittedException("you may not read feeds");
    }
  }

  private String atom(
      String key, String title, String subtitle, List<Item> items, URI self, String page) {
    Feed feed = new Feed("atom_1.0");
    feed.setEncoding(StandardCharsets.UTF_8.name());
    feed.setId("urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
    feed.setTitleEx(text(title));
    feed.setSubtitle(text(subtitle));
    feed.setUpdated(
        Date.from(
            items.stream().map(Item::updated).max(Instant::compareTo).orElseGet(clock::instant)));
    feed.setOtherLinks(List.of(link("self", self.toString(), "application/atom+xml")));
    feed.setAlternateLinks(List.of(link("alternate", siteUrl + "/" + page, "text/html")));
    feed.setRights("CC BY 4.0: " + "https://creativecommons.org/licenses/by/4.0/");
    feed.setEntries(items.stream().map(item -> entry(item, page)).toList());
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("writing the feed failed", e);
    }
  }

  private List<Item> latest(String sql, String first, String second) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, first);
                query.setString(2, first);
                query.setString(3, second);
                query.setString(4, second);
                query.setInt(5, PracticeFeeds.ENTRIES);
                List<Item> items = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                  while (rows.next()) {
                    Array categories = rows.getArray(6);
                    items.add(
                        new Item(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant(),
                            rows.getObject(5, OffsetDateTime.class).toInstant(),
                            List.of((String[]) categories.getArray())));
                  }
                }
                return items;
              }
            });
  }

  private Entry entry(Item item, String page) {
    Entry entry = new Entry();
    entry.setId("urn:uuid:" + item.id());
    entry.setTitleEx(text(item.title()));
    if (item.summary() != null) {
      entry.setSummary(text(item.summary()));
    }
    entry.setUpdated(Date.from(item.updated()));
    entry.setPublished(Date.from(item.published()));
    Person author = new Person();
    author.setName(NETWORK);
    entry.setAuthors(List.<SyndPerson>of(author));
    entry.setCategories(
        item.categories().stream()
            .map(
                term -> {
                  Category category = new Category();
                  category.setTerm(term);
                  return category;
                })
            .toList());
    entry.setAlternateLinks(
        List.of(link("alternate", siteUrl + "/" + page + "/" + item.id(), "text/html")));
    return entry;
  }

  private static String blank(String value) {
    return value == null ? "" : value;
  }

  private static Content text(String value) {
    Content content = new Content();
    content.setType(Content.TEXT);
    content.setValue(value);
    return content;
  }

  private static Link link(String rel, String href, String type) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }
}
