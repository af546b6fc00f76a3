package storyline.support;

import storyline.incident.IncidentType;
import storyline.incident.MarkerShape;

/** Incident types as a new site's database holds them, for tests that draw without a database. */
public final class Types {
  public static final IncidentType DIPLOMACY =
      IncidentType.of("diplomacy", "Diplomacy", "", "#0072b2", MarkerShape.CIRCLE, 0, false);
  public static final IncidentType STRIKE =
      IncidentType.of("strike", "Strike", "", "#d55e00", MarkerShape.DIAMOND, 3, false);
  public static final IncidentType OTHER =
      IncidentType.of("other", "Other", "", "#777777", MarkerShape.STAR, 7, false);

  private Types() {}
}
