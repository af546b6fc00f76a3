package storyline.incident;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of event an incident is. The types are kept in the database ({@link IncidentTypes}),
 * where an admin adds, renames and retires them; incidents and URLs carry the code, which never
 * changes.
 *
 * @param code what incidents store and URLs carry: {@code ground_combat}
 * @param label the name readers see: "Ground combat"
 * @param description a line saying what the type covers
 * @param colour the markers' colour, as {@code #rrggbb}
 * @param shape the markers' outline
 * @param mark the SVG path of a marker of this type in a 10 by 10 box, shown beside its name
 * @param order where the type comes in lists and legends
 * @param retired whether it is offered no longer for new incidents
 */
public record IncidentType(
    String code,
    String label,
    String description,
    String colour,
    MarkerShape shape,
    String mark,
    int order,
    boolean retired)
    implements Comparable<IncidentType> {

  /** The type whose incidents have an end date and can be broken by another incident. */
  public static final String AGREEMENT = "agreement";

  /** The type of incidents no other type fits, and the stand-in for one that cannot be found. */
  public static final String OTHER = "other";

  /** A type as the catalogue makes it, with its marker's outline worked out once. */
  public static IncidentType of(
      String code,
      String label,
      String description,
      String colour,
      MarkerShape shape,
      int order,
      boolean retired) {
    return new IncidentType(
        code, label, description, colour, shape, shape.path(5, 5, 4), order, retired);
  }

  /** A type named by a code the catalogue does not hold, drawn as "other" would be. */
  static IncidentType unknown(String code) {
    return of(code, code, "", "#777777", MarkerShape.STAR, Integer.MAX_VALUE, true);
  }

  @JsonValue
  public String code() {
    return code;
  }

  /** Whether this is the type with this code. */
  public boolean is(String other) {
    return code.equals(other);
  }

  /** The colour as a number, for drawing with Java2D. */
  public int rgb() {
    return Integer.parseInt(colour.substring(1), 16);
  }

  @Override
  public int compareTo(IncidentType other) {
    int byOrder = Integer.compare(order, other.order);
    return byOrder != 0 ? byOrder : code.compareTo(other.code);
  }
}
