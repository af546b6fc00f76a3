package storyline.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a page with a plain message: never a stack trace. */
public final class ErrorPages {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  private ErrorPages() {}

  public static void register(RoutesConfig routes) {
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> render(ctx, HttpStatus.forStatus(e.getStatus()), messageOf(e)));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          String reference = reference();
          LOG.error(
              "Failed to serve {} {} (reference {})\n{}",
              ctx.method().name(),
              Text.forLog(ctx.path()),
              reference,
              Text.traceForLog(e));
          render(
              ctx,
              HttpStatus.INTERNAL_SERVER_ERROR,
              "Something went wrong on our side, and it has been logged. If you tell us about"
                  + " it, quote the reference "
                  + reference
                  + ".");
        });
    routes.error(
        HttpStatus.NOT_FOUND,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            render(ctx, HttpStatus.NOT_FOUND, NOT_FOUND_MESSAGE);
          }
        });
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** A short id that finds the failure's stack trace in the log. */
  static String reference() {
    return String.format("%08x", RANDOM.nextInt());
  }

  static final String NOT_FOUND_MESSAGE = "There is no page at this address.";

  /** Javalin's own messages name its internals; ours are written for readers. */
  private static String messageOf(HttpResponseException e) {
    String message = e.getMessage();
    boolean javalinDefault =
        message == null
            || message.isBlank()
            || message.startsWith("Endpoint ")
            || message.equalsIgnoreCase(HttpStatus.forStatus(e.getStatus()).getMessage());
    if (!javalinDefault) {
      return message;
    }
    return e.getStatus() == 404
        ? NOT_FOUND_MESSAGE
        : HttpStatus.forStatus(e.getStatus()).getMessage();
  }

  private static void render(Context ctx, HttpStatus status, String message) {
    ctx.status(status);
    ctx.render(
        "error",
        PageFields.of(
            new ErrorPage(
                status.getCode(),
                headingOf(status),
                message,
                Page.of(headingOf(status), message, ctx.path(), ""))));
  }

  private static String headingOf(HttpStatus status) {
    return switch (status.getCode()) {
      case 400 -> "That request could not be understood";
      case 403 -> "Not allowed";
      case 404 -> "Page not found";
      case 410 -> "This entry has been archived";
      default -> status.getCode() >= 500 ? "Server error" : status.getMessage();
    };
  }
}
