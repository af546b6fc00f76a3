package storyline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import storyline.revision.RevisionLog;

/**
 * A snapshot as an editor reads it in a diff: fields under their labels ("Occurred on", not
 * "occurredOn"), ids as the names they stand for ("Place: Kharkiv", not "placeId 9"), sets compared
 * as sets (an incident's actors and sources sorted, so adding one is one change), and each claim
 * under its own row, whatever its position.
 */
final class ReadableSnapshot {
  /**
   * Bookkeeping that changes with every save; a diff that showed it would bury the real changes.
   */
  private static final Set<String> NOISE =
      Set.of("version", "createdAt", "updatedAt", "id", "contested", RevisionLog.SHAPE_FIELD);

  /** What an id field names, as a table holding it. */
  private static final Map<String, String> TABLES =
      Map.of(
          "placeId", "places",
          "affiliationId", "actors",
          "actorId", "actors",
          "violatesId", "incidents",
          "storyId", "stories",
          "incidentId", "incidents",
          "sourceIds", "sources");

  /** The name of an entry, from its table and id. */
  @FunctionalInterface
  interface Names {
    String of(String table, long id);
  }

  private final Names names;
  private final Map<String, String> out = new LinkedHashMap<>();

  private ReadableSnapshot(Names names) {
    this.names = names;
  }

  static Map<String, String> of(JsonNode snapshot, Names names) {
    ReadableSnapshot readable = new ReadableSnapshot(names);
    readable.object("", snapshot);
    return readable.out;
  }

  private void object(String prefix, JsonNode node) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (NOISE.contains(key)) {
        continue;
      }
      if (value.isObject() && (key.equals("incident") || key.equals("quote"))) {
        object(prefix, value); // the entry itself, around which the snapshot keeps what it owns
      } else if (key.equals("actors") && value.isArray()) {
        out.put(
            prefix + "Actors",
            sorted(
                value,
                part ->
                    name("actorId", part.path("actorId"))
                        + " ("
                        + part.path("role").asText()
                        + ")"));
      } else if (key.equals("positions") && value.isArray()) {
        out.put(
            prefix + "Positions",
            sorted(
                value,
                p ->
                    p.path("title").asText()
                        + (p.path("storyId").asText().isEmpty()
                            ? ""
                            : " in " + name("storyId", p.path("storyId")))
                        + " ("
                        + p.path("fromOn").asText()
                        + " – "
                        + p.path("toOn").asText()
                        + ")"));
      } else if (key.equals("occurredMinute")) {
        // Minutes after midnight, -1 when not known: read as a clock.
        int minute = value.asInt(-1);
        out.put(
            prefix + "Time of day",
            minute < 0 ? "" : String.format("%02d:%02d", minute / 60, minute % 60));
      } else if (key.equals("claims") && value.isArray()) {
        value.forEach(this::claim);
      } else if (TABLES.containsKey(key) && value.isArray()) {
        out.put(
            prefix + label(key.substring(0, key.length() - 3)) + "s",
            sorted(value, id -> name(key, id)));
      } else if (TABLES.containsKey(key)) {
        out.put(prefix + label(key.substring(0, key.length() - 2)), name(key, value));
      } else if (value.isObject()) {
        object(prefix + label(key) + " › ", value);
      } else if (value.isArray()) {
        out.put(prefix + label(key), sorted(value, JsonNode::asText));
      } else {
        out.put(prefix + label(key), value.isNull() ? "" : value.asText());
      }
    }
  }

  /** One claim, under a row of its own named by who makes it and its number. */
  private void claim(JsonNode kept) {
    JsonNode claim = kept.path("claim");
    String row =
        "Claim " + claim.path("id").asText() + " by " + name("actorId", claim.path("actorId"));
    String said = claim.path("saidOn").isNull() ? "" : ", said " + claim.path("saidOn").asText();
    out.put(
        row,
        claim.path("stance").asText()
            + ": "
            + claim.path("text").asText()
            + " ("
            + claim.path("status").asText()
            + said
            + "); sources: "
            + sorted(kept.path("sourceIds"), id -> name("sourceIds", id)));
  }

  private String name(String field, JsonNode id) {
    if (id == null || id.isNull() || id.isMissingNode() || id.asText().isEmpty()) {
      return "";
    }
    String name = names.of(TABLES.get(field), id.asLong());
    return name == null ? "#" + id.asText() + " (gone)" : name;
  }

  private static String sorted(JsonNode items, java.util.function.Function<JsonNode, String> text) {
    List<String> values = new ArrayList<>();
    items.forEach(item -> values.add(text.apply(item)));
    values.sort(null);
    return String.join("; ", values);
  }

  /** "occurredOn" as "Occurred on". */
  static String label(String field) {
    String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
