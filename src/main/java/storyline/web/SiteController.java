package storyline.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import storyline.db.Database;

/** The operator's route: health. */
public final class SiteController {
  private final Database database;

  public SiteController(Database database) {
    this.database = database;
  }

  /** 200 with a small JSON body while the database answers, 503 when it does not. */
  public void health(Context ctx) {
    boolean up = database.isReachable();
    ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(
        up
            ? "{\"status\":\"ok\",\"database\":\"up\"}"
            : "{\"status\":\"unavailable\",\"database\":\"down\"}");
  }
}
