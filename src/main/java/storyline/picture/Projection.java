package storyline.picture;

/**
 * Lambert's azimuthal equal-area projection, centred on the region drawn: areas stay true, shapes
 * near the centre barely bend, and the whole sphere maps without a seam except at the antipode.
 */
record Projection(double lon0, double lat0) {

  /** The point on the unit plane, y growing northwards. */
  double[] project(double lon, double lat) {
    double phi = Math.toRadians(lat);
    double phi0 = Math.toRadians(lat0);
    double dl = Math.toRadians(lon - lon0);
    double cosc = Math.sin(phi0) * Math.sin(phi) + Math.cos(phi0) * Math.cos(phi) * Math.cos(dl);
    double k = Math.sqrt(2 / Math.max(1e-9, 1 + cosc));
    return new double[] {
      k * Math.cos(phi) * Math.sin(dl),
      k * (Math.cos(phi0) * Math.sin(phi) - Math.sin(phi0) * Math.cos(phi) * Math.cos(dl))
    };
  }

  /** Great-circle distance in kilometres, on a sphere of the Earth's mean radius. */
  static double kilometres(double lon1, double lat1, double lon2, double lat2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
