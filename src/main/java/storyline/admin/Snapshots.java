package storyline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading values back out of a revision's JSON snapshot, for restoring it. */
public final class Snapshots {
  private Snapshots() {}

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
