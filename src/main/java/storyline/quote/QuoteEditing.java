package storyline.quote;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.admin.AdminTable;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Ids;
import storyline.admin.KindTable;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.admin.Snapshots;
import storyline.incident.Incident;
import storyline.incident.IncidentDao;
import storyline.revision.EntityType;
import storyline.source.SourceDao;
import storyline.story.StoryDao;

/** How the admin edits quotes. */
public final class QuoteEditing implements EntryKind<Quote, QuoteForm> {
  private static final KindTable<Quote> TABLE =
      KindTable.withoutSlug(EntityType.QUOTE, Quote.class, "text", "context").byStory();

  @Override
  public KindTable<Quote> table() {
    return TABLE;
  }

  @Override
  public Map<String, Object> columns(SaveContext save, QuoteForm form, Quote current) {
    return AdminTable.columns(
        "actor_id", form.actor(),
        "story_id", form.story(),
        "incident_id", form.incident(),
        "text", form.text(),
        "said_on", form.saidOnValue(),
        "context", form.context());
  }

  /** The quote's sources, as the form lists them. */
  @Override
  public void saved(SaveContext save, long id, QuoteForm form) {
    SourceDao sources = save.attach(SourceDao.class);
    sources.uncitedByQuote(id);
    Ids.longs(form.sourceIds()).forEach(source -> sources.citeFromQuote(id, source));
  }

  @Override
  public Entry describe(Quote q) {
    return new Entry(
        q.id(),
        q.version(),
        "“" + shorten(q.text()) + "”",
        q.context(),
        q.archivedAt() != null,
        null,
        q.storyId(),
        q.updatedAt());
  }

  @Override
  public QuoteForm blank(Handle handle, Context ctx) {
    String story = FormInput.clean(ctx.queryParam("story_id"));
    return new QuoteForm("", Ids.valid(story) ? story : "", "", "", "", "", List.of());
  }

  @Override
  public QuoteForm formOf(Handle handle, Quote quote) {
    return QuoteForm.of(quote, handle.attach(SourceDao.class).idsCitedByQuote(quote.id()));
  }

  @Override
  public QuoteForm read(FormInput input) {
    return QuoteForm.read(input);
  }

  @Override
  public FieldErrors validate(Handle handle, QuoteForm form, Long id) {
    FieldErrors errors = form.validate();
    if (!errors.has("actor_id") && !Ids.allExist(handle, "actors", List.of(form.actor()))) {
      errors.add("actor_id", "Choose who said it from the list.");
    }
    if (!errors.has("story_id") && !Ids.allExist(handle, "stories", List.of(form.story()))) {
      errors.add("story_id", "Choose the story from the list.");
    }
    if (!errors.has("incident_id") && !errors.has("story_id") && form.incident() != null) {
      Optional<Incident> incident =
          handle
              .attach(IncidentDao.class)
              .findById(form.incident())
              .filter(i -> i.archivedAt() == null);
      if (incident.isEmpty()) {
        errors.add("incident_id", "Choose the incident from the list.");
      } else if (incident.get().storyId() != form.story()) {
        errors.add("incident_id", "The incident belongs to another story.");
      }
    }
    if (!errors.has("source_ids")
        && !Ids.allExist(handle, "sources", Ids.longs(form.sourceIds()))) {
      errors.add("source_ids", "Choose the sources from the list.");
    }
    return errors;
  }

  @Override
  public Map<String, Object> options(Handle handle, QuoteForm form) {
    return Map.of(
        "actors", actorOptions(handle),
        "stories",
            handle.attach(StoryDao.class).listCurrent().stream()
                .map(s -> new Option(String.valueOf(s.id()), s.title()))
                .toList(),
        "incidents",
            handle.attach(IncidentDao.class).listCurrent().stream()
                .map(i -> new Option(String.valueOf(i.id()), i.occurredOn() + " · " + i.title()))
                .toList(),
        "sources",
            handle.attach(SourceDao.class).listCurrent().stream()
                .map(
                    s ->
                        new Option(
                            String.valueOf(s.id()),
                            s.title() + " (" + s.publisherOrUnknown() + ")"))
                .toList());
  }

  static List<Option> actorOptions(Handle handle) {
    return handle.attach(ActorDao.class).listPublic().stream()
        .map(a -> new Option(String.valueOf(a.id()), a.name()))
        .toList();
  }

  @Override
  public Map<String, String> values(Handle handle, QuoteForm form) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("Said by", name(handle, form.actorId()));
    values.put("Story", form.storyId());
    values.put("Incident", form.incidentId());
    values.put("Quote", form.text());
    values.put("Said on", form.saidOn());
    values.put("Context", form.context());
    values.put("Sources", String.join(", ", form.sourceIds()));
    return values;
  }

  private static String name(Handle handle, String actorId) {
    return Ids.valid(actorId)
        ? handle
            .attach(ActorDao.class)
            .findById(Long.parseLong(actorId))
            .map(Actor::name)
            .orElse(actorId)
        : actorId;
  }

  @Override
  public Object snapshot(Handle handle, long id) {
    return new QuoteSnapshot(
        find(handle, id).orElseThrow(), handle.attach(SourceDao.class).idsCitedByQuote(id));
  }

  @Override
  public QuoteForm formOfSnapshot(Handle handle, JsonNode snapshot) {
    QuoteSnapshot kept = Snapshots.row(snapshot, QuoteSnapshot.class);
    return QuoteForm.of(kept.quote(), kept.sourceIds() == null ? List.of() : kept.sourceIds());
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
