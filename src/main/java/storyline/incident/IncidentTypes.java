package storyline.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.config.JdbiConfig;
import storyline.db.Database;

/**
 * The incident types, kept in memory: every incident read from the database carries its type's
 * name, colour and shape, so its row is mapped to the type here instead of joining the types table
 * in every query. The copy is read again once the database's change counter has moved (a type saved
 * here or on another instance), and when a code turns up that it does not hold. It is read on the
 * connection of the query that needs it, so that a transaction sees its own types and a mapping
 * never waits for another connection.
 */
public final class IncidentTypes {
  private static final String READ =
      "SELECT code, label, description, colour, shape, archived_at FROM incident_types"
          + " ORDER BY CASE WHEN code = '"
          + IncidentType.OTHER
          + "' THEN 1 ELSE 0 END, id";

  private final Jdbi jdbi;
  private final LongSupplier counter;
  private volatile Loaded loaded;

  /** The types as read when the change counter stood at {@code counter}. */
  private record Loaded(long counter, Map<String, IncidentType> byCode) {}

  private IncidentTypes(Jdbi jdbi, LongSupplier counter) {
    this.jdbi = jdbi;
    this.counter = counter;
  }

  /**
   * The catalogue of a database, with incident types mapped and bound through it by every query of
   * its Jdbi. Done once per database, when it is opened.
   */
  public static IncidentTypes install(Database database) {
    Jdbi jdbi = database.jdbi();
    IncidentTypes types = new IncidentTypes(jdbi, database.changes()::latest);
    jdbi.registerColumnMapper(
        IncidentType.class,
        (rs, column, ctx) -> {
          String code = rs.getString(column);
          return code == null ? null : types.byCode(ctx.getConnection(), code);
        });
    jdbi.registerArgument(new Codes());
    jdbi.getConfig(Installed.class).types = types;
    return types;
  }

  /** The catalogue installed on the database this handle belongs to. */
  public static IncidentTypes of(Handle handle) {
    return installed(handle.getConfig(Installed.class));
  }

  /** The catalogue installed on this database. */
  public static IncidentTypes of(Jdbi jdbi) {
    return installed(jdbi.getConfig(Installed.class));
  }

  private static IncidentTypes installed(Installed config) {
    IncidentTypes types = config.types;
    if (types == null) {
      throw new IllegalStateException("IncidentTypes.install was not called for this database");
    }
    return types;
  }

  /**
   * Every type, retired ones included, in their order, read now on this handle: what the admin's
   * forms and checks use, so that they see a type saved a moment ago, in their own transaction too.
   */
  public List<IncidentType> all(Handle handle) {
    return List.copyOf(read(handle.getConnection(), counter.getAsLong()).byCode().values());
  }

  /** The type with this code, if there is one, read now on this handle, as {@link #all(Handle)}. */
  public Optional<IncidentType> find(Handle handle, String code) {
    return Optional.ofNullable(
        read(handle.getConnection(), counter.getAsLong()).byCode().get(code));
  }

  /** Every type, retired ones included, in their order, as kept (read again when stale). */
  public List<IncidentType> all() {
    return List.copyOf(kept().byCode().values());
  }

  /** The type with this code, if there is one, as kept (read again when stale or missing). */
  public Optional<IncidentType> find(String code) {
    IncidentType found = kept().byCode().get(code);
    if (found == null) {
      found = jdbi.withHandle(handle -> load(handle.getConnection())).byCode().get(code);
    }
    return Optional.ofNullable(found);
  }

  /** The kept types, read again and kept on a connection of their own when stale. */
  private Loaded kept() {
    Loaded now = loaded;
    if (now != null && now.counter() == counter.getAsLong()) {
      return now;
    }
    return jdbi.withHandle(handle -> current(handle.getConnection()));
  }

  /** Reads the types again on the next use, as after a save of one. */
  void forget() {
    loaded = null;
  }

  private IncidentType byCode(Connection connection, String code) {
    IncidentType found = current(connection).byCode().get(code);
    if (found == null) {
      found = load(connection).byCode().get(code);
    }
    return found != null ? found : IncidentType.unknown(code);
  }

  private Loaded current(Connection connection) {
    Loaded now = loaded;
    if (now != null && now.counter() == counter.getAsLong()) {
      return now;
    }
    return load(connection);
  }

  /** Reads the types and keeps them, as of the counter's value before the read. */
  private Loaded load(Connection connection) {
    Loaded fresh = read(connection, counter.getAsLong());
    loaded = fresh;
    return fresh;
  }

  private static Loaded read(Connection connection, long at) {
    Map<String, IncidentType> byCode = new LinkedHashMap<>();
    try (PreparedStatement read = connection.prepareStatement(READ);
        ResultSet rs = read.executeQuery()) {
      List<IncidentType> all = new ArrayList<>();
      while (rs.next()) {
        all.add(
            IncidentType.of(
                rs.getString("code"),
                rs.getString("label"),
                rs.getString("description"),
                rs.getString("colour"),
                MarkerShape.valueOf(rs.getString("shape").toUpperCase(java.util.Locale.ROOT)),
                all.size(),
                rs.getObject("archived_at") != null));
      }
      all.forEach(t -> byCode.put(t.code(), t));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the incident types", e);
    }
    return new Loaded(at, Collections.unmodifiableMap(byCode));
  }

  /** Where a Jdbi keeps its catalogue, shared by every handle it opens. */
  public static final class Installed implements JdbiConfig<Installed> {
    private IncidentTypes types;

    public Installed() {}

    private Installed(Installed other) {
      this.types = other.types;
    }

    @Override
    public Installed createCopy() {
      return new Installed(this);
    }
  }

  /** Binds a type as its code, as incidents store it. */
  private static final class Codes extends AbstractArgumentFactory<IncidentType> {
    Codes() {
      super(Types.VARCHAR);
    }

    @Override
    protected Argument build(IncidentType value, ConfigRegistry config) {
      return (position, statement, ctx) -> statement.setString(position, value.code());
    }
  }
}
