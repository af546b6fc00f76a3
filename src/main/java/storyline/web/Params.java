package storyline.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import storyline.db.Coded;

/**
 * Reads query parameters strictly: a value that is present but malformed is a 400 naming the
 * parameter, never a silent default.
 */
public final class Params {
  private Params() {}

  /**
   * The first and last day any date may be, in forms and in filters: far-off dates are typing
   * mistakes, and would stretch every timeline and chart that shows them.
   */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  /** A trimmed parameter, empty when absent or blank. */
  public static Optional<String> text(Context ctx, String name, int maxLength) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw badRequest(name, "may be given only once");
    }
    String value = values.isEmpty() ? null : Text.clean(values.get(0)).strip();
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    if (value.length() > maxLength) {
      throw badRequest(name, "may be at most " + maxLength + " characters long");
    }
    return Optional.of(value);
  }

  /** A slug naming a story, actor or place: lower-case letters, digits and hyphens. */
  public static Optional<String> slug(Context ctx, String name) {
    Optional<String> value = text(ctx, name, 120);
    if (value.isPresent() && !value.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw badRequest(name, "must be a slug such as kharkiv or vladimir-putin");
    }
    return value;
  }

  public static Optional<LocalDate> date(Context ctx, String name) {
    Optional<String> value = text(ctx, name, 10);
    Optional<LocalDate> date;
    try {
      date = value.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw badRequest(name, "must be a date written as YYYY-MM-DD, such as 2025-03-18");
    }
    if (date.isPresent() && (date.get().isBefore(EARLIEST) || date.get().isAfter(LATEST))) {
      throw badRequest(name, "must be a date between " + EARLIEST + " and " + LATEST);
    }
    return date;
  }

  public static <E extends Enum<E> & Coded> Optional<E> oneOf(
      Context ctx, String name, Class<E> type) {
    Optional<String> value = text(ctx, name, 40);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Coded.parse(type, value.get())
            .orElseThrow(() -> badRequest(name, "must be one of " + codes(type))));
  }

  public static BadRequestResponse badRequest(String name, String problem) {
    return new BadRequestResponse("The parameter “" + name + "” " + problem + ".");
  }

  private static <E extends Enum<E> & Coded> String codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Coded::code)
        .collect(Collectors.joining(", "));
  }
}
