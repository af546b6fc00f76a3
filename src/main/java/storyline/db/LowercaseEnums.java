package storyline.db;

import java.lang.reflect.Type;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;

/**
 * Stores every enum as its lower-case name ({@code GROUND_COMBAT} is {@code ground_combat}), the
 * spelling that the schema's check constraints and the URLs use.
 */
final class LowercaseEnums {
  private LowercaseEnums() {}

  static void install(Jdbi jdbi) {
    jdbi.registerArgument(new EnumArguments());
    jdbi.registerColumnMapper(new EnumColumns());
  }

  /** The stored spelling of an enum constant. */
  static String code(Enum<?> value) {
    return value instanceof Coded coded ? coded.code() : value.name().toLowerCase(Locale.ROOT);
  }

  private static final class EnumArguments implements ArgumentFactory.Preparable {
    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
      if (!GenericTypes.getErasedType(type).isEnum()) {
        return Optional.empty();
      }
      return Optional.of(
          value ->
              (position, statement, ctx) -> {
                if (value == null) {
                  statement.setNull(position, Types.VARCHAR);
                } else {
                  statement.setString(position, code((Enum<?>) value));
                }
              });
    }
  }

  private static final class EnumColumns implements ColumnMapperFactory {
    @Override
    public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
      Class<?> raw = GenericTypes.getErasedType(type);
      if (!raw.isEnum()) {
        return Optional.empty();
      }
      return Optional.of(
          (rs, column, ctx) -> {
            String stored = rs.getString(column);
            return stored == null ? null : constant(raw, stored);
          });
    }

    private static Object constant(Class<?> enumType, String stored) {
      for (Object constant : enumType.getEnumConstants()) {
        if (code((Enum<?>) constant).equals(stored)) {
          return constant;
        }
      }
      throw new IllegalStateException("No " + enumType.getSimpleName() + " stored as " + stored);
    }
  }
}
