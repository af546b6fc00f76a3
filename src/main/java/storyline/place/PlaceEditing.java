package storyline.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.KindTable;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.revision.EntityType;

/** How the admin edits places. */
public final class PlaceEditing implements EntryKind<Place, PlaceForm> {
  private static final KindTable<Place> TABLE =
      KindTable.withSlug(EntityType.PLACE, Place.class, Place::slug, "name", "slug", "country");

  @Override
  public KindTable<Place> table() {
    return TABLE;
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
  public PlaceForm read(FormInput input) {
    return PlaceForm.read(input);
  }

  @Override
  public PlaceForm formOf(Handle handle, Place place) {
    return PlaceForm.of(place);
  }

  @Override
  public PlaceForm blank(Handle handle, io.javalin.http.Context ctx) {
    return new PlaceForm("", "", "", "", "", PlacePrecision.EXACT.code());
  }

  @Override
  public Map<String, Object> options(Handle handle, PlaceForm form) {
    return Map.of(
        "precisions",
        storyline.admin.Option.of(PlacePrecision.class),
        "countries",
        Countries.options(form.country()));
  }

  @Override
  public FieldErrors validate(Handle handle, PlaceForm form, Long id) {
    FieldErrors errors = form.validate();
    Slugs.checkFree(errors, handle, type(), form.slug(), id);
    if (!errors.has("country")
        && !Countries.known(form.country())
        && (id == null
            || !find(handle, id).map(Place::country).orElse("").equals(form.country()))) {
      // A country spelt another way before the list existed may be kept, not newly chosen.
      errors.add("country", "Choose the country from the list.");
    }
    return errors;
  }

  @Override
  public Map<String, Object> columns(SaveContext save, PlaceForm form, Place current) {
    return AdminTable.columns(
        "slug", slug(save, form.slug(), form.name(), current),
        "name", form.name(),
        "country", form.country(),
        "latitude", form.latitudeValue(),
        "longitude", form.longitudeValue(),
        "precision", form.precisionValue());
  }

  /** Another place with the same name, or at the same point (to about 100 m). */
  @Override
  public List<Warning> warnings(Handle handle, PlaceForm form, Long id) {
    List<Warning> warnings = new ArrayList<>(EntryKind.super.warnings(handle, form, id));
    FieldErrors errors = form.validate();
    if (errors.has("latitude") || errors.has("longitude")) {
      return warnings;
    }
    handle
        .createQuery(
            """
            SELECT id, name FROM places
             WHERE archived_at IS NULL AND id <> :except
               AND ABS(latitude - :latitude) < 0.001 AND ABS(longitude - :longitude) < 0.001
             ORDER BY id LIMIT 5
            """)
        .bind("except", id == null ? -1L : id)
        .bind("latitude", form.latitudeValue())
        .bind("longitude", form.longitudeValue())
        .map(
            (rs, ctx) ->
                new Warning(
                    "Possible duplicate: another place is at the same point.",
                    rs.getString("name"),
                    "/admin/places/" + rs.getLong("id") + "/edit"))
        .forEach(warnings::add);
    return warnings;
  }
}
