package storyline.incident;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import storyline.db.Coded;
import storyline.search.SearchText;
import storyline.web.Params;

/**
 * The filters of the incident list, as its URL carries them. Null means "any". Story, place and
 * actor are slugs and the type a code, looked up by {@link IncidentLists#resolve}. The same filter
 * drives the list page, its feeds and its exports, so all three always agree.
 */
public record IncidentFilter(
    String story,
    String type,
    String place,
    String actor,
    Verification verification,
    LocalDate from,
    LocalDate to,
    String text,
    boolean contested,
    Sort sort) {

  static final int MAX_TEXT = 200;

  /** The orders the list can take: by date, then by id. */
  public enum Sort implements Coded {
    NEWEST("Newest first"),
    OLDEST("Oldest first");

    private final String label;

    Sort(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }

    boolean ascending() {
      return this == OLDEST;
    }

    Sort reversed() {
      return this == NEWEST ? OLDEST : NEWEST;
    }
  }

  public static IncidentFilter none() {
    return new IncidentFilter(null, null, null, null, null, null, null, null, false, Sort.NEWEST);
  }

  /** Every incident of one story. */
  public static IncidentFilter ofStory(String slug) {
    return new IncidentFilter(slug, null, null, null, null, null, null, null, false, Sort.NEWEST);
  }

  /** Every incident at one place. */
  public static IncidentFilter ofPlace(String slug) {
    return new IncidentFilter(null, null, slug, null, null, null, null, null, false, Sort.NEWEST);
  }

  /** Reads the filter from the query string; a malformed value is a 400 naming it. */
  public static IncidentFilter from(Context ctx) {
    LocalDate from = Params.date(ctx, "from").orElse(null);
    LocalDate to = Params.date(ctx, "to").orElse(null);
    if (from != null && to != null && from.isAfter(to)) {
      throw Params.badRequest("from", "must not be later than “to”");
    }
    String contested = Params.text(ctx, "contested", 5).orElse(null);
    if (contested != null && !contested.equals("true")) {
      throw Params.badRequest("contested", "may only be true");
    }
    return new IncidentFilter(
        Params.slug(ctx, "story").orElse(null),
        Params.text(ctx, "type", 20).orElse(null),
        Params.slug(ctx, "place").orElse(null),
        Params.slug(ctx, "actor").orElse(null),
        Params.oneOf(ctx, "verification", Verification.class).orElse(null),
        from,
        to,
        Params.text(ctx, "q", MAX_TEXT).orElse(null),
        contested != null,
        Params.oneOf(ctx, "sort", Sort.class).orElse(Sort.NEWEST));
  }

  /**
   * The text filter as a search: words, each of which must appear (folded, without the commonest
   * English words, in its singular or plural form), "phrases", -exclusions and alternatives.
   */
  public SearchText search() {
    return SearchText.parse(text);
  }

  /** The same filter, narrowed to contested incidents. */
  public IncidentFilter contestedOnly() {
    return new IncidentFilter(story, type, place, actor, verification, from, to, text, true, sort);
  }

  /** Every incident one actor took part in. */
  public static IncidentFilter ofActor(String slug) {
    return new IncidentFilter(null, null, null, slug, null, null, null, null, false, Sort.NEWEST);
  }

  /** The same filter without one parameter, named as in the URL: what "remove" links lead to. */
  public IncidentFilter without(String name) {
    return new IncidentFilter(
        name.equals("story") ? null : story,
        name.equals("type") ? null : type,
        name.equals("place") ? null : place,
        name.equals("actor") ? null : actor,
        name.equals("verification") ? null : verification,
        name.equals("from") ? null : from,
        name.equals("to") ? null : to,
        name.equals("q") ? null : text,
        !name.equals("contested") && contested,
        sort);
  }

  /** The same filter over the days from one date to another, as a chart's bars link to. */
  public IncidentFilter between(LocalDate first, LocalDate last) {
    return new IncidentFilter(
        story, type, place, actor, verification, first, last, text, contested, sort);
  }

  /** The parameters that are set, in a stable order, as they appear in the URL. */
  public Map<String, String> parameters() {
    Map<String, String> params = new LinkedHashMap<>();
    put(params, "story", story);
    put(params, "type", type);
    put(params, "place", place);
    put(params, "actor", actor);
    put(params, "verification", verification == null ? null : verification.code());
    put(params, "from", from == null ? null : from.toString());
    put(params, "to", to == null ? null : to.toString());
    put(params, "q", text);
    put(params, "contested", contested ? "true" : null);
    put(params, "sort", sort == Sort.NEWEST ? null : sort.code());
    return params;
  }

  /** The query string, without the leading "?", empty when nothing is set. */
  public String queryString() {
    return queryString(List.of());
  }

  /** The query string with some extra parameters (a page cursor, say) appended. */
  public String queryString(List<Map.Entry<String, String>> extra) {
    List<Map.Entry<String, String>> all = new ArrayList<>(parameters().entrySet());
    all.addAll(extra);
    return all.stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static void put(Map<String, String> params, String name, String value) {
    if (value != null) {
      params.put(name, value);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
