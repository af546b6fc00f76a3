package storyline.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as hex, for ETags and cache keys. */
public final class Digest {
  private Digest() {}

  /** The first {@code bytes} bytes of the SHA-256 digest, as hex. */
  public static String hex(byte[] data, int bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(data);
      return HexFormat.of().formatHex(hash, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
