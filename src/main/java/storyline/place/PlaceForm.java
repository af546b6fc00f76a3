package storyline.place;

import storyline.admin.FieldErrors;
import storyline.admin.FormInput;

/** A place as an editor types it. */
public record PlaceForm(
    String slug, String name, String country, String latitude, String longitude, String precision) {

  static PlaceForm read(FormInput in) {
    return new PlaceForm(
        in.get("slug"),
        in.get("name"),
        in.get("country"),
        in.get("latitude"),
        in.get("longitude"),
        in.get("precision"));
  }

  static PlaceForm of(Place p) {
    return new PlaceForm(
        p.slug(),
        p.name(),
        p.country(),
        plain(p.latitude()),
        plain(p.longitude()),
        (p.precision() == null ? PlacePrecision.EXACT : p.precision()).code());
  }

  FieldErrors validate() {
    FieldErrors errors = new FieldErrors();
    errors.slug("slug", slug);
    errors.line("name", "name", name, 200, true);
    errors.line("country", "country", country, 100, true);
    errors.number("latitude", "latitude", latitude, -90, 90, true);
    errors.number("longitude", "longitude", longitude, -180, 180, true);
    errors.oneOf("precision", "precision", precision, PlacePrecision.class, true);
    return errors;
  }

  PlacePrecision precisionValue() {
    return storyline.db.Coded.parse(PlacePrecision.class, precision).orElseThrow();
  }

  double latitudeValue() {
    return FieldErrors.parseNumber(latitude).doubleValue();
  }

  double longitudeValue() {
    return FieldErrors.parseNumber(longitude).doubleValue();
  }

  static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
