package storyline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import storyline.revision.Revision;
import storyline.revision.RevisionLog;
import storyline.web.Json;

/** An entry's history as the history page shows it: the revisions, and a diff of any two. */
public final class HistoryView {
  /**
   * Bookkeeping that changes with every save; a diff that showed it would bury the real changes.
   */
  private static final Set<String> NOISE =
      Set.of("version", "createdAt", "updatedAt", "id", RevisionLog.SHAPE_FIELD);

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

  /** The diff between the versions named by the from and to parameters, when both name one. */
  static Optional<Diff> diff(List<Revision> revisions, String from, String to, Json json) {
    Map<Integer, Revision> byVersion =
        revisions.stream().collect(Collectors.toMap(Revision::version, Function.identity()));
    Optional<Revision> before = version(from).map(byVersion::get);
    Optional<Revision> after = version(to).map(byVersion::get);
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> a = flatten(json.readTree(before.get().snapshot()));
    Map<String, String> b = flatten(json.readTree(after.get().snapshot()));
    Set<String> fields = new LinkedHashSet<>(a.keySet());
    fields.addAll(b.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String x = a.getOrDefault(field, "");
      String y = b.getOrDefault(field, "");
      changes.add(new FieldChange(field, x, y, !x.equals(y)));
    }
    return Optional.of(new Diff(before.get().version(), after.get().version(), changes));
  }

  /** A snapshot as field paths and plain values: "incident.title", "actors[0].role". */
  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    flatten("", node, out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!NOISE.contains(field.getKey())) {
          flatten(
              path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      boolean scalars = true;
      for (JsonNode item : node) {
        scalars &= item.isValueNode();
      }
      if (scalars) {
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asText()));
        out.put(path, String.join(", ", values));
      } else {
        for (int i = 0; i < node.size(); i++) {
          flatten(path + "[" + i + "]", node.get(i), out);
        }
      }
    } else {
      out.put(path, node.isNull() ? "" : node.asText());
    }
  }

  private static Optional<Integer> version(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
