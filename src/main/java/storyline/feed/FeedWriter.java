package storyline.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import storyline.incident.ClaimItem;
import storyline.incident.IncidentItem;
import storyline.incident.Involvement;
import storyline.quote.QuoteItem;
import storyline.story.Story;
import storyline.web.Html;
import storyline.web.Site;
import storyline.web.Text;

/** Writes a feed as RSS 2.0 or Atom 1.0 with Rome. */
public final class FeedWriter {
  /** The two formats every feed comes in. */
  public enum Format {
    RSS("rss_2.0", "application/rss+xml; charset=utf-8", "feed.xml"),
    ATOM("atom_1.0", "application/atom+xml; charset=utf-8", "feed.atom");

    final String romeType;
    final String contentType;
    final String file;

    Format(String romeType, String contentType, String file) {
      this.romeType = romeType;
      this.contentType = contentType;
      this.file = file;
    }

    public String file() {
      return file;
    }
  }

  private final Site site;
  private final String tagAuthority;

  public FeedWriter(Site site) {
    this.site = site;
    String host = URI.create(site.baseUrl()).getHost();
    this.tagAuthority = (host == null ? "storyline" : host) + ",2026";
  }

  /**
   * The permanent id of an entry: a tag URI made of the site's host and the revision's number, so
   * it never changes, and a correction or status change has an id of its own.
   */
  public String entryId(long revisionId) {
    return "tag:" + tagAuthority + ":revision:" + revisionId;
  }

  public String write(
      FeedScope scope, FeedQuery.Feed feed, Format format, String selfPath, Instant updated) {
    SyndFeed out = new SyndFeedImpl();
    out.setFeedType(format.romeType);
    out.setTitle(plain(scope.title(), format));
    out.setLink(site.url(scope.path().isEmpty() ? "/" : scope.path()));
    out.setDescription(
        plain(
            "Changes to "
                + scope.title()
                + ": new incidents, claims and quotes, corrections and status changes.",
            format));
    out.setUri("tag:" + tagAuthority + ":feed:" + selfPath);
    out.setLanguage("en");
    out.setAuthor(site.name());
    out.setPublishedDate(Date.from(updated));
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(site.url(selfPath));
    self.setType(format.contentType.substring(0, format.contentType.indexOf(';')));
    SyndLink alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setType("text/html");
    alternate.setHref(out.getLink());
    out.setLinks(List.of(alternate, self));
    List<SyndEntry> entries = new ArrayList<>();
    for (FeedEntry entry : feed.entries()) {
      entries.add(entry(entry, feed, format));
    }
    out.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(out);
    } catch (FeedException e) {
      throw new IllegalStateException("Could not write the feed " + selfPath, e);
    }
  }

  private SyndEntry entry(FeedEntry entry, FeedQuery.Feed feed, Format format) {
    SyndEntry out = new SyndEntryImpl();
    out.setUri(entryId(entry.id()));
    out.setTitle(plain(entry.headline(), format));
    out.setLink(site.url(entry.path()));
    out.setPublishedDate(Date.from(entry.at()));
    out.setUpdatedDate(Date.from(entry.at()));
    out.setAuthor(site.name());
    SyndContent description = new SyndContentImpl();
    description.setType("text/html");
    description.setValue(Text.clean(summary(entry, feed)));
    out.setDescription(description);
    IncidentItem incident =
        entry.incidentId() == null ? null : feed.incidents().get(entry.incidentId());
    if (incident != null) {
      List<SyndCategory> categories = new ArrayList<>();
      categories.add(category(incident.type().label(), "/incidents?type=", format));
      if (incident.hasPlace()) {
        categories.add(category(incident.placeName(), "/places/", format));
      }
      for (Involvement part : feed.involvements().getOrDefault(incident.id(), List.of())) {
        SyndCategory category = category(part.actorName(), "/actors/", format);
        if (categories.stream().noneMatch(c -> c.getName().equals(category.getName()))) {
          categories.add(category);
        }
      }
      out.setCategories(categories);
    }
    return out;
  }

  private SyndCategory category(String name, String scheme, Format format) {
    SyndCategory category = new SyndCategoryImpl();
    category.setName(plain(name, format));
    category.setTaxonomyUri(site.url(scheme));
    return category;
  }

  /**
   * Editor text for a title or a category. RSS readers take these as HTML, so in RSS the text is
   * escaped once more than XML needs, as item descriptions are; Atom marks them as plain text.
   * Either way, characters XML forbids are left out, whatever an older version stored.
   */
  private static String plain(String text, Format format) {
    String clean = Text.clean(text);
    if (format == Format.ATOM) {
      return clean;
    }
    return clean.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The entry's summary as HTML; everything in it that came from editors is escaped. */
  private String summary(FeedEntry entry, FeedQuery.Feed feed) {
    StringBuilder html = new StringBuilder();
    switch (entry.entityType()) {
      case CLAIM -> {
        ClaimItem claim = feed.claims().get(entry.entityId());
        if (claim != null) {
          html.append("<p><strong>")
              .append(Html.escape(claim.actorName()))
              .append("</strong> ")
              .append(claim.stance().label().toLowerCase(Locale.ROOT))
              .append(": ")
              .append(Html.escape(claim.text()))
              .append("</p>");
        }
      }
      case QUOTE -> {
        QuoteItem quote = feed.quotes().get(entry.entityId());
        if (quote != null) {
          html.append("<blockquote><p>“")
              .append(Html.escape(quote.text()))
              .append("”</p></blockquote><p>— ")
              .append(Html.escape(quote.actorName()))
              .append(". ")
              .append(Html.escape(quote.context()))
              .append("</p>");
        }
      }
      case STORY -> {
        Story story = feed.stories().get(entry.entityId());
        if (story != null) {
          html.append("<p>").append(Html.escape(story.summary())).append("</p>");
        }
      }
      default -> {
        IncidentItem incident =
            entry.incidentId() == null ? null : feed.incidents().get(entry.incidentId());
        if (incident != null) {
          html.append("<p>").append(Html.escape(incident.summary())).append("</p>");
        }
      }
    }
    if (entry.note() != null && !entry.note().isBlank()) {
      html.append("<p><em>Editor’s note:</em> ").append(Html.escape(entry.note())).append("</p>");
    }
    html.append("<p>In <a href=\"")
        .append(Html.escape(site.url("/stories/" + entry.storySlug())))
        .append("\">")
        .append(Html.escape(entry.storyTitle()))
        .append("</a></p>");
    return html.toString();
  }
}
