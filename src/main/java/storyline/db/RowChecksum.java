package storyline.db;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * A checksum of a table's rows that two databases agree on when they hold the same rows: the sum of
 * a SHA-256 digest of each row, so that the order rows are read in (which differs: the databases
 * sort text differently) does not matter, with each value written in one form whatever the database
 * (a time as its instant, a number without trailing zeros).
 */
final class RowChecksum {
  private RowChecksum() {}

  /** The sum of a digest of each row, so that neither database's order of rows matters. */
  static String of(Connection connection, TableShape shape) throws SQLException {
    MessageDigest digest = sha256();
    long high = 0;
    long low = 0;
    try (PreparedStatement read = connection.prepareStatement(shape.select())) {
      read.setFetchSize(500);
      try (ResultSet rs = read.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder row = new StringBuilder();
        while (rs.next()) {
          row.setLength(0);
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.append(canonical(shape.value(rs, i)));
            row.append('\u001f');
          }
          byte[] sum = digest.digest(row.toString().getBytes(StandardCharsets.UTF_8));
          high += ByteBuffer.wrap(sum, 0, 8).getLong();
          low += ByteBuffer.wrap(sum, 8, 8).getLong();
        }
      }
    }
    return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
  }

  private static String canonical(Object value) {
    if (value == null) {
      return "\u2205";
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof Double || value instanceof Float) {
      return Double.toString(((Number) value).doubleValue());
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return value.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
