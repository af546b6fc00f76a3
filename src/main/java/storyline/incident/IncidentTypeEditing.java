package storyline.incident;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.admin.ArchiveWords;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.KindTable;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.revision.EntityType;

/**
 * How the admin edits incident types: adds them, renames them, changes their colour and marker, and
 * retires them (archiving a type retires it: no new incident is offered it, and the incidents that
 * have it keep it). The code is set once, as links carry it.
 */
public final class IncidentTypeEditing implements EntryKind<IncidentTypeRow, IncidentTypeForm> {
  private static final KindTable<IncidentTypeRow> TABLE =
      KindTable.withoutSlug(EntityType.TYPE, IncidentTypeRow.class, "label", "code");

  @Override
  public KindTable<IncidentTypeRow> table() {
    return TABLE;
  }

  @Override
  public String noun() {
    return "incident type";
  }

  @Override
  public ArchiveWords archiving() {
    return new ArchiveWords(
        "Retire",
        "Bring back",
        "retired",
        "Retired: no new incident is offered this type; the incidents that have it keep it.",
        "Brought back: new incidents are offered this type again.");
  }

  @Override
  public Entry describe(IncidentTypeRow t) {
    return new Entry(
        t.id(),
        t.version(),
        t.label(),
        t.code()
            + " · "
            + t.shape().label().toLowerCase(java.util.Locale.ROOT)
            + " · "
            + t.colour()
            + (t.archivedAt() != null ? " · retired" : ""),
        t.archivedAt() != null,
        "/incidents?type=" + t.code(),
        null,
        t.updatedAt());
  }

  @Override
  public IncidentTypeForm read(FormInput input) {
    return IncidentTypeForm.read(input);
  }

  @Override
  public IncidentTypeForm formOf(Handle handle, IncidentTypeRow row) {
    return IncidentTypeForm.of(row);
  }

  @Override
  public FieldErrors validate(Handle handle, IncidentTypeForm form, Long id) {
    FieldErrors errors = form.validate();
    if (errors.has("code")) {
      return errors;
    }
    Optional<String> current =
        id == null ? Optional.empty() : find(handle, id).map(IncidentTypeRow::code);
    if (current.isPresent()) {
      if (!form.code().isEmpty() && !form.code().equals(current.get())) {
        errors.add(
            "code", "The code cannot change: links to the list use it. Rename the type instead.");
      }
    } else if (handle
            .createQuery("SELECT COUNT(*) FROM incident_types WHERE code = :code")
            .bind("code", form.codeValue())
            .mapTo(Integer.class)
            .one()
        > 0) {
      errors.add("code", "Another type has the code " + form.codeValue() + ": choose another.");
    }
    return errors;
  }

  @Override
  public Map<String, Object> columns(
      SaveContext save, IncidentTypeForm form, IncidentTypeRow current) {
    Map<String, Object> columns =
        AdminTable.columns(
            "label", form.label(),
            "description", form.description(),
            "colour", form.colourValue(),
            "shape", form.shapeValue());
    if (current == null) {
      columns.put("code", form.codeValue());
    }
    return columns;
  }

  @Override
  public IncidentTypeForm blank(Handle handle, io.javalin.http.Context ctx) {
    return new IncidentTypeForm("", "", "", "#777777", MarkerShape.CIRCLE.code());
  }

  @Override
  public Map<String, Object> options(Handle handle, IncidentTypeForm form) {
    return Map.of("shapes", Option.of(MarkerShape.class));
  }

  /** A saved type shows at once: the catalogue reads the types again. */
  @Override
  public void saved(SaveContext save, long id, IncidentTypeForm form) {
    IncidentTypes.of(save.handle()).forget();
  }
}
