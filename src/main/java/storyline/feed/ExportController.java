package storyline.feed;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import storyline.incident.IncidentFilter;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentLists;
import storyline.incident.IncidentQuery;
import storyline.incident.Involvement;
import storyline.incident.MatchCount;
import storyline.incident.ResolvedFilter;
import storyline.incident.TimeOfDay;
import storyline.source.SourceKind;
import storyline.web.Json;
import storyline.web.PageCache;
import storyline.web.Site;

/**
 * The incident list as data, for any filter of the list: /incidents.csv (RFC 4180, UTF-8) and
 * /incidents.json (an array of objects; the README documents each field).
 */
public final class ExportController {
  /** Incidents read per query while exporting. */
  static final int CHUNK = 500;

  static final List<String> COLUMNS =
      List.of(
          "url",
          "date",
          "time",
          "time_zone",
          "precision",
          "type",
          "title",
          "story",
          "place",
          "country",
          "latitude",
          "longitude",
          "actors",
          "verification",
          "contested",
          "sources",
          "ends_on",
          "summary");

  private final IncidentLists lists;
  private final Jdbi jdbi;
  private final Json json;
  private final Site site;
  private final PageCache cache;

  public ExportController(IncidentLists lists, Jdbi jdbi, Json json, Site site, PageCache cache) {
    this.lists = lists;
    this.jdbi = jdbi;
    this.json = json;
    this.site = site;
    this.cache = cache;
  }

  /** A source as an export cites it. */
  public record CitedSource(
      long incidentId,
      String title,
      String publisher,
      String url,
      SourceKind kind,
      LocalDate publishedOn) {}

  /** One exported incident; the JSON export writes these fields as they are named here. */
  public record Row(
      String url,
      String slug,
      String date,
      String time,
      @JsonProperty("time_zone") String timeZone,
      String precision,
      String type,
      String title,
      Map<String, String> story,
      Map<String, Object> place,
      List<Map<String, String>> actors,
      String verification,
      boolean contested,
      List<Map<String, Object>> sources,
      @JsonProperty("ends_on") String endsOn,
      String summary) {}

  public void csv(Context ctx) throws IOException {
    ResolvedFilter filter = lists.resolve(IncidentFilter.from(ctx));
    cache.stream(
        ctx,
        "text/csv; charset=utf-8; header=present",
        Map.of("Content-Disposition", "attachment; filename=\"storyline-incidents.csv\""),
        small(filter),
        out -> {
          Writer csv = writer(out);
          csv.write(String.join(",", COLUMNS));
          csv.write("\r\n");
          forEachRow(
              filter,
              row -> {
                csv.write(csvLine(row));
                csv.write("\r\n");
              });
          csv.flush();
        });
  }

  public void json(Context ctx) throws IOException {
    ResolvedFilter filter = lists.resolve(IncidentFilter.from(ctx));
    cache.stream(
        ctx,
        "application/json; charset=utf-8",
        Map.of(),
        small(filter),
        out -> {
          Writer array = writer(out);
          array.write("[");
          boolean[] first = {true};
          forEachRow(
              filter,
              row -> {
                array.write(first[0] ? "" : ",");
                array.write(json.write(row));
                first[0] = false;
              });
          array.write("]");
          array.flush();
        });
  }

  /** Exports of at most this many rows are kept in memory; larger ones stream as they are read. */
  private boolean small(ResolvedFilter filter) {
    MatchCount count = lists.query().count(filter);
    return !count.more() && count.value() <= IncidentQuery.EXACT_UP_TO;
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
  }

  private static String csvLine(Row row) {
    List<String> cells = new ArrayList<>();
    cells.add(row.url());
    cells.add(row.date());
    cells.add(row.time() == null ? "" : row.time());
    cells.add(row.timeZone() == null ? "" : Csv.text(row.timeZone()));
    cells.add(row.precision());
    cells.add(row.type());
    cells.add(Csv.text(row.title()));
    cells.add(Csv.text(row.story().get("title")));
    cells.add(row.place() == null ? "" : Csv.text((String) row.place().get("name")));
    cells.add(row.place() == null ? "" : Csv.text((String) row.place().get("country")));
    cells.add(row.place() == null ? "" : String.valueOf(row.place().get("latitude")));
    cells.add(row.place() == null ? "" : String.valueOf(row.place().get("longitude")));
    cells.add(
        Csv.text(
            row.actors().stream()
                .map(a -> a.get("name") + " (" + a.get("role") + ")")
                .collect(Collectors.joining("; "))));
    cells.add(row.verification());
    cells.add(String.valueOf(row.contested()));
    cells.add(
        Csv.text(
            row.sources().stream()
                .map(s -> (String) s.get("title"))
                .collect(Collectors.joining("; "))));
    cells.add(row.endsOn() == null ? "" : row.endsOn());
    cells.add(Csv.text(row.summary()));
    return cells.stream().map(Csv::quote).collect(Collectors.joining(","));
  }

  /** Something done with each exported row, which may fail writing it out. */
  @FunctionalInterface
  private interface RowSink {
    void accept(Row row) throws IOException;
  }

  /**
   * Every matching incident as an export row, in the list's order, read {@link #CHUNK} at a time
   * with the casts and sources of each chunk read in two queries.
   */
  private void forEachRow(ResolvedFilter filter, RowSink sink) throws IOException {
    try {
      lists
          .query()
          .forEachPage(
              filter,
              CHUNK,
              incidents -> {
                for (Row row : rows(incidents)) {
                  try {
                    sink.accept(row);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private List<Row> rows(List<IncidentItem> incidents) {
    List<Long> ids = incidents.stream().map(IncidentItem::id).toList();
    Map<Long, List<Involvement>> cast =
        jdbi
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT * FROM public_involvements WHERE incident_id IN (<ids>)
                             ORDER BY role, actor_name
                            """)
                        .bindList("ids", ids)
                        .mapTo(Involvement.class)
                        .list())
            .stream()
            .collect(Collectors.groupingBy(Involvement::incidentId));
    Map<Long, List<CitedSource>> cited =
        jdbi
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT x.incident_id, s.title, s.publisher, s.url, s.kind,
                                   s.published_on
                              FROM incident_sources x JOIN sources s ON s.id = x.source_id
                             WHERE x.incident_id IN (<ids>) AND s.archived_at IS NULL
                             ORDER BY s.title, s.id
                            """)
                        .bindList("ids", ids)
                        .mapTo(CitedSource.class)
                        .list())
            .stream()
            .collect(Collectors.groupingBy(CitedSource::incidentId));
    return incidents.stream()
        .map(
            i ->
                row(i, cast.getOrDefault(i.id(), List.of()), cited.getOrDefault(i.id(), List.of())))
        .toList();
  }

  private Row row(IncidentItem i, List<Involvement> cast, List<CitedSource> sources) {
    Map<String, Object> place = null;
    if (i.hasPlace()) {
      place = new LinkedHashMap<>();
      place.put("slug", i.placeSlug());
      place.put("name", i.placeName());
      place.put("country", i.placeCountry());
      place.put("latitude", i.latitude());
      place.put("longitude", i.longitude());
    }
    return new Row(
        site.url("/incidents/" + i.slug()),
        i.slug(),
        i.occurredOn().toString(),
        i.occurredMinute() < 0 ? null : TimeOfDay.of(i.occurredMinute(), null).clock(),
        i.timeZone(),
        i.precision().code(),
        i.type().code(),
        i.title(),
        Map.of("slug", i.storySlug(), "title", i.storyTitle()),
        place,
        cast.stream()
            .map(p -> Map.of("slug", p.actorSlug(), "name", p.actorName(), "role", p.role().code()))
            .toList(),
        i.verification().code(),
        i.contested(),
        sources.stream().map(ExportController::source).toList(),
        i.endsOn() == null ? null : i.endsOn().toString(),
        i.summary());
  }

  private static Map<String, Object> source(CitedSource s) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("title", s.title());
    source.put("publisher", s.publisher());
    source.put("url", s.url());
    source.put("kind", s.kind().code());
    source.put("published_on", s.publishedOn() == null ? null : s.publishedOn().toString());
    return source;
  }
}
