package storyline.place;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminSearch;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.admin.Snapshots;
import storyline.revision.EntityType;

/** How the admin edits places. */
public final class PlaceEditing implements EntryKind<Place, PlaceForm> {

  @Override
  public EntityType type() {
    return EntityType.PLACE;
  }

  @Override
  public List<Entry> list(Handle handle, String query, boolean archived) {
    return handle.attach(PlaceDao.class).listForAdmin(AdminSearch.pattern(query), archived).stream()
        .map(this::describe)
        .toList();
  }

  @Override
  public Optional<Place> find(Handle handle, long id) {
    return handle.attach(PlaceDao.class).findById(id);
  }

  @Override
  public Entry describe(Place p) {
    return new Entry(
        p.id(),
        p.version(),
        p.name(),
        p.country(),
        p.archivedAt() != null,
        p.archivedAt() == null ? "/places/" + p.slug() : null,
        null,
        p.updatedAt());
  }

  @Override
  public PlaceForm blank(Handle handle, Context ctx) {
    return new PlaceForm("", "", "", "", "");
  }

  @Override
  public PlaceForm formOf(Handle handle, Place place) {
    return PlaceForm.of(place);
  }

  @Override
  public PlaceForm read(FormInput input) {
    return PlaceForm.read(input);
  }

  @Override
  public FieldErrors validate(Handle handle, PlaceForm form, Long id) {
    FieldErrors errors = form.validate();
    Slugs.checkFree(errors, handle, type(), form.slug(), id);
    return errors;
  }

  @Override
  public Map<String, Object> options(Handle handle, PlaceForm form) {
    return Map.of();
  }

  @Override
  public Map<String, String> values(Handle handle, PlaceForm form) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("Slug", form.slug());
    values.put("Name", form.name());
    values.put("Country", form.country());
    values.put("Latitude", form.latitude());
    values.put("Longitude", form.longitude());
    return values;
  }

  @Override
  public long insert(SaveContext save, PlaceForm form) {
    String slug = Slugs.forNew(save.handle(), type(), form.slug(), form.name());
    return save.attach(PlaceDao.class)
        .insert(
            slug,
            form.name(),
            form.country(),
            form.latitudeValue(),
            form.longitudeValue(),
            save.now());
  }

  @Override
  public boolean update(SaveContext save, Place current, int version, PlaceForm form) {
    String slug = Slugs.forUpdate(form.slug(), current.slug());
    boolean saved =
        save.attach(PlaceDao.class)
            .update(
                current.id(),
                version,
                slug,
                form.name(),
                form.country(),
                form.latitudeValue(),
                form.longitudeValue(),
                save.now());
    if (saved) {
      Slugs.renamed(save.handle(), type(), current.id(), current.slug(), slug, save.now());
    }
    return saved;
  }

  @Override
  public PlaceForm formOfSnapshot(Handle handle, JsonNode s) {
    return new PlaceForm(
        Snapshots.text(s, "slug"),
        Snapshots.text(s, "name"),
        Snapshots.text(s, "country"),
        PlaceForm.plain(s.path("latitude").asDouble()),
        PlaceForm.plain(s.path("longitude").asDouble()));
  }
}
