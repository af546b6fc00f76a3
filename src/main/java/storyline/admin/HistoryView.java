package storyline.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import storyline.revision.Revision;
import storyline.web.Json;

/** An entry's history as the history page shows it: the revisions, and a diff of any two. */
public final class HistoryView {
  private HistoryView() {}

  /** One revision in the list. */
  public record Row(
      long id,
      int version,
      Instant at,
      String editor,
      String action,
      String kind,
      String headline,
      String note) {}

  /** Two versions compared field by field. */
  public record Diff(int from, int to, List<FieldChange> fields) {
    public long changedCount() {
      return fields.stream().filter(FieldChange::changed).count();
    }
  }

  /** One field in both versions. */
  public record FieldChange(String field, String before, String after, boolean changed) {}

  static List<Row> rows(List<Revision> revisions, List<Editor> editors) {
    Map<Long, String> names =
        editors.stream().collect(Collectors.toMap(Editor::id, Editor::displayName));
    return revisions.stream()
        .map(
            r ->
                new Row(
                    r.id(),
                    r.version(),
                    r.at(),
                    r.editorId() == null
                        ? "Seed import"
                        : names.getOrDefault(r.editorId(), "Unknown"),
                    r.action().label(),
                    r.kind().label(),
                    r.headline(),
                    r.note()))
        .toList();
  }

  /**
   * The diff between the versions named by the from and to parameters, previous against newest when
   * neither is given; none when there is only one version. A version that does not exist is
   * refused, never silently ignored.
   */
  static Optional<Diff> diff(
      List<Revision> revisions,
      String from,
      String to,
      Json json,
      ReadableSnapshot.Names names,
      String noun) {
    Map<Integer, Revision> byVersion =
        revisions.stream().collect(Collectors.toMap(Revision::version, Function.identity()));
    if (from == null && to == null) {
      if (revisions.size() < 2) {
        return Optional.empty();
      }
      List<Integer> versions = byVersion.keySet().stream().sorted().toList();
      from = String.valueOf(versions.get(versions.size() - 2));
      to = String.valueOf(versions.get(versions.size() - 1));
    }
    Revision before = existing(byVersion, from, noun);
    Revision after = existing(byVersion, to, noun);
    Map<String, String> a = ReadableSnapshot.of(json.readTree(before.snapshot()), names);
    Map<String, String> b = ReadableSnapshot.of(json.readTree(after.snapshot()), names);
    Set<String> fields = new LinkedHashSet<>(a.keySet());
    fields.addAll(b.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String x = a.getOrDefault(field, "");
      String y = b.getOrDefault(field, "");
      changes.add(new FieldChange(field, x, y, !x.equals(y)));
    }
    return Optional.of(new Diff(before.version(), after.version(), changes));
  }

  private static Revision existing(Map<Integer, Revision> byVersion, String asked, String noun) {
    Revision revision = version(asked).map(byVersion::get).orElse(null);
    if (revision == null) {
      throw new io.javalin.http.NotFoundResponse(
          "This " + noun + " has no version " + (asked == null ? "" : "“" + asked + "”") + ".");
    }
    return revision;
  }

  private static Optional<Integer> version(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
