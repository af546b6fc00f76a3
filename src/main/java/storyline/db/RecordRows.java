package storyline.db;

import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps rows to any record through its canonical constructor, matching columns to components by
 * name, as Jdbi's constructor mapper does, but working out the match once per shape of result (its
 * column labels) instead of once per query: Jdbi repeats that reflection on every query, which took
 * half the time of a page's small queries.
 */
final class RecordRows implements RowMapperFactory {
  private final ConcurrentMap<Class<?>, RowMapper<?>> mappers = new ConcurrentHashMap<>();

  @Override
  public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
    Class<?> raw = GenericTypes.getErasedType(type);
    if (!raw.isRecord()) {
      return Optional.empty();
    }
    return Optional.of(mappers.computeIfAbsent(raw, Shapes::new));
  }

  /** One record type, with the mapper worked out for each shape of result seen. */
  private static final class Shapes<T> implements RowMapper<T> {
    private final RowMapper<T> constructor;
    private final ConcurrentMap<String, RowMapper<T>> byShape = new ConcurrentHashMap<>();

    Shapes(Class<T> type) {
      this.constructor = ConstructorMapper.of(type);
    }

    @Override
    public void init(ConfigRegistry registry) {
      constructor.init(registry);
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
      return specialize(rs, ctx).map(rs, ctx);
    }

    @Override
    public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
      String shape = shape(rs.getMetaData());
      RowMapper<T> known = byShape.get(shape);
      if (known != null) {
        return known;
      }
      RowMapper<T> made = constructor.specialize(rs, ctx);
      RowMapper<T> raced = byShape.putIfAbsent(shape, made);
      return raced == null ? made : raced;
    }

    private static String shape(ResultSetMetaData meta) throws SQLException {
      StringBuilder labels = new StringBuilder();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        labels.append(meta.getColumnLabel(c)).append(',');
      }
      return labels.toString();
    }
  }
}
