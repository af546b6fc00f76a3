package storyline.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import storyline.revision.EntityType;
import storyline.revision.RevisionLog;

/** Reading values back out of a revision's JSON snapshot, for restoring it. */
public final class Snapshots {
  private Snapshots() {}

  /**
   * The snapshot in the shape that restoring reads today, carried up from the shape it was written
   * in one step at a time. Shape 0 is every snapshot written before shapes were numbered (until
   * December 2026): its fields are those of shape 1, so its step only marks it.
   */
  public static JsonNode upgraded(EntityType type, JsonNode snapshot) {
    if (!(snapshot instanceof ObjectNode stored)) {
      throw new IllegalArgumentException("A snapshot is a JSON object, not " + snapshot);
    }
    ObjectNode node = stored.deepCopy();
    int shape = node.path(RevisionLog.SHAPE_FIELD).asInt(0);
    if (shape > RevisionLog.SHAPE) {
      throw new IllegalArgumentException(
          "This snapshot was written by a newer version of Storyline (shape " + shape + ")");
    }
    if (shape < 1) {
      fromShapeZero(type, node);
    }
    if (shape < 2) {
      fromShapeOne(type, node);
    }
    return node;
  }

  /**
   * Shape 2 (December 2026) keeps an actor's positions over time beside its row: an actor of shape
   * 1 held none that the history knew of.
   */
  private static void fromShapeOne(EntityType type, ObjectNode node) {
    if (type == EntityType.ACTOR && !node.has("positions")) {
      node.putArray("positions");
    }
    node.put(RevisionLog.SHAPE_FIELD, 2);
  }

  private static void fromShapeZero(EntityType type, ObjectNode node) {
    node.put(RevisionLog.SHAPE_FIELD, 1);
  }

  private static final ObjectMapper ROWS =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The snapshot of a row, already {@link #upgraded}, read back as the row. */
  public static <R> R row(JsonNode snapshot, Class<R> row) {
    try {
      return ROWS.treeToValue(snapshot, row);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("This snapshot does not hold a " + row.getSimpleName(), e);
    }
  }

  /** The field as text; empty for null or missing. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? "" : value.asText();
  }

  /** A list of numbers (source ids, say) as the strings a form holds. */
  public static List<String> texts(JsonNode node, String field) {
    List<String> values = new ArrayList<>();
    node.path(field).forEach(v -> values.add(v.asText()));
    return values;
  }
}
