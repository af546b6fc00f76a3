package storyline.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import storyline.db.Database;
import storyline.search.SearchText;
import storyline.search.Terms;

/** WHERE fragments and the values they bind, kept together so neither goes without the other. */
final class QueryPlan {
  static final String ACTOR_PROBE =
      """
      EXISTS (SELECT 1 FROM incident_actors ia WHERE ia.incident_id = i.id
                 AND ia.actor_id = :actorId)""";
  static final String WORD_PROBE =
      """
      EXISTS (SELECT 1 FROM search_terms t WHERE t.entity_type = 'incident'
                 AND t.entity_id = i.id AND t.term IN (%s))""";

  private final boolean hints;
  final List<String> conditions = new ArrayList<>();
  final Map<String, Object> values = new LinkedHashMap<>();
  private Lead lead;

  private QueryPlan(boolean hints) {
    this.hints = hints;
  }

  void add(String condition, String name, Object value) {
    conditions.add(condition);
    values.put(name, value);
  }

  /**
   * A condition over a list of values, each bound as a parameter of its own: a defined fragment
   * cannot hold a list binding.
   */
  void addList(String condition, String prefix, List<?> list) {
    List<String> names = new ArrayList<>();
    for (int n = 0; n < list.size(); n++) {
      names.add(":" + prefix + n);
      values.put(prefix + n, list.get(n));
    }
    conditions.add(condition.formatted(String.join(", ", names)));
  }

  QueryPlan copy() {
    QueryPlan copy = new QueryPlan(hints);
    copy.conditions.addAll(conditions);
    copy.values.putAll(values);
    copy.lead = lead;
    return copy;
  }

  void applyTo(SqlStatement<?> statement, IncidentFilter.Sort sort) {
    statement.define(
        "conditions", conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions));
    statement.define("hint", hints && lead != null ? "USE INDEX (" + lead.index + ")" : "");
    statement.define(
        "order",
        lead == null
            ? (sort.ascending()
                ? "i.occurred_on ASC, i.occurred_minute ASC, i.id ASC"
                : "i.occurred_on DESC, i.occurred_minute DESC, i.id DESC")
            : lead.orderBy(sort));
    values.forEach(statement::bind);
  }

  /**
   * The conditions for the filter. Narrowings through other tables are looked up first, at most
   * {@link #IncidentQuery.SMALL_SET} + 1 rows each: small ones become an id list, large ones a
   * probe.
   */
  static QueryPlan of(Handle handle, ResolvedFilter f, boolean hints) {
    QueryPlan plan = new QueryPlan(hints);
    if (f.storyId() != null) {
      plan.add("i.story_id = :storyId", "storyId", f.storyId());
    }
    if (f.filter().type() != null) {
      plan.add("i.type = :type", "type", f.filter().type());
    }
    if (f.placeId() != null) {
      plan.add("i.place_id = :placeId", "placeId", f.placeId());
    }
    if (f.filter().verification() != null) {
      plan.add("i.verification = :verification", "verification", f.filter().verification());
    }
    if (f.filter().from() != null) {
      plan.add("i.occurred_on >= :from", "from", f.filter().from());
    }
    if (f.filter().to() != null) {
      plan.add("i.occurred_on <= :to", "to", f.filter().to());
    }
    if (f.filter().contested()) {
      plan.conditions.add("i.contested = TRUE");
    }
    plan.lead = Lead.of(f);
    Set<Long> ids = null;
    if (f.actorId() != null) {
      List<Long> small =
          handle
              .createQuery(
                  "SELECT incident_id FROM incident_actors WHERE actor_id = :actorId LIMIT :limit")
              .bind("actorId", f.actorId())
              .bind("limit", IncidentQuery.SMALL_SET + 1)
              .mapTo(Long.class)
              .list();
      if (small.size() <= IncidentQuery.SMALL_SET) {
        ids = new LinkedHashSet<>(small);
      } else {
        plan.add(ACTOR_PROBE, "actorId", f.actorId());
      }
    }
    SearchText text = f.filter().search();
    if (f.filter().text() != null && text.isEmpty()) {
      plan.conditions.add("FALSE");
    } else if (!text.isEmpty() && Database.Vendor.of(handle) == Database.Vendor.POSTGRESQL) {
      // PostgreSQL's full-text search over the incidents' vectors and their GIN index, reading the
      // reader's syntax itself.
      plan.add(
          "i.search_vector @@ websearch_to_tsquery('storyline', :words)",
          "words",
          text.websearch());
    } else if (text.alternatives().size() == 1) {
      SearchText.Alternative only = text.alternatives().get(0);
      for (int w = 0; w < only.required().size(); w++) {
        ids = plan.word(handle, ids, only.required().get(w), "word" + w + "_");
      }
      for (int w = 0; w < only.excluded().size(); w++) {
        plan.addList("NOT " + WORD_PROBE, "not" + w + "_", Terms.forms(only.excluded().get(w)));
      }
    } else if (!text.isEmpty()) {
      plan.conditions.add(plan.alternatives(text));
    }
    if (ids != null) {
      if (ids.isEmpty()) {
        plan.conditions.add("FALSE");
      } else {
        plan.addList("i.id IN (%s)", "id", List.copyOf(ids));
        plan.lead = null;
      }
    }
    return plan;
  }

  /**
   * Narrows to incidents holding the word in one of its forms: a small set of them joins the ids
   * found so far, a large one becomes a probe.
   */
  private Set<Long> word(Handle handle, Set<Long> ids, String word, String prefix) {
    List<String> forms = Terms.forms(word);
    List<Long> small =
        handle
            .createQuery(
                """
                SELECT entity_id FROM search_terms
                 WHERE entity_type = 'incident' AND term IN (<forms>) LIMIT :limit
                """)
            .bindList("forms", forms)
            .bind("limit", IncidentQuery.SMALL_SET * forms.size() + 1)
            .mapTo(Long.class)
            .list();
    Set<Long> distinct = new LinkedHashSet<>(small);
    if (small.size() > IncidentQuery.SMALL_SET * forms.size()
        || distinct.size() > IncidentQuery.SMALL_SET) {
      addList(WORD_PROBE, prefix, forms);
      return ids;
    }
    if (ids == null) {
      return distinct;
    }
    ids.retainAll(distinct);
    return ids;
  }

  /** Alternatives on H2: each its words' probes, the incident matching any of them. */
  private String alternatives(SearchText text) {
    List<String> any = new ArrayList<>();
    for (int a = 0; a < text.alternatives().size(); a++) {
      SearchText.Alternative alternative = text.alternatives().get(a);
      List<String> all = new ArrayList<>();
      List<String> words = new ArrayList<>(alternative.required());
      words.addAll(alternative.excluded());
      for (int w = 0; w < words.size(); w++) {
        List<String> names = new ArrayList<>();
        List<String> forms = Terms.forms(words.get(w));
        for (int n = 0; n < forms.size(); n++) {
          String name = "alt" + a + "_" + w + "_" + n;
          names.add(":" + name);
          values.put(name, forms.get(n));
        }
        String probe = WORD_PROBE.formatted(String.join(", ", names));
        all.add(w < alternative.required().size() ? probe : "NOT " + probe);
      }
      any.add("(" + String.join(" AND ", all) + ")");
    }
    return "(" + String.join(" OR ", any) + ")";
  }

  /**
   * The index a query reads, and the columns it leads with. Equal to the filter's values, they
   * change nothing in the order, but ordering by them lets H2 read the index in order instead of
   * sorting every match.
   */
  private enum Lead {
    STORY("incidents_story_time_idx", "i.story_id"),
    PLACE("incidents_place_time_idx", "i.place_id"),
    TYPE_VERIFICATION("incidents_type_verification_time_idx", "i.type", "i.verification"),
    TYPE_CONTESTED("incidents_type_contested_time_idx", "i.type", "i.contested"),
    VERIFICATION_CONTESTED(
        "incidents_verification_contested_time_idx", "i.verification", "i.contested"),
    TYPE("incidents_type_time_idx", "i.type"),
    VERIFICATION("incidents_verification_time_idx", "i.verification"),
    CONTESTED("incidents_contested_time_idx", "i.contested"),
    DATE("incidents_time_idx");

    private final String index;
    private final List<String> columns;

    Lead(String index, String... columns) {
      this.index = index;
      this.columns = List.of(columns);
    }

    static Lead of(ResolvedFilter f) {
      IncidentFilter filter = f.filter();
      boolean type = filter.type() != null;
      boolean verification = filter.verification() != null;
      boolean contested = filter.contested();
      if (f.storyId() != null) {
        return STORY;
      }
      if (f.placeId() != null) {
        return PLACE;
      }
      if (type && verification) {
        return TYPE_VERIFICATION;
      }
      if (type && contested) {
        return TYPE_CONTESTED;
      }
      if (verification && contested) {
        return VERIFICATION_CONTESTED;
      }
      if (type) {
        return TYPE;
      }
      if (verification) {
        return VERIFICATION;
      }
      return contested ? CONTESTED : DATE;
    }

    String orderBy(IncidentFilter.Sort sort) {
      String direction = sort.ascending() ? " ASC" : " DESC";
      List<String> order = new ArrayList<>(columns);
      order.add("i.occurred_on");
      order.add("i.occurred_minute");
      order.add("i.id");
      return String.join(", ", order.stream().map(c -> c + direction).toList());
    }
  }
}
