package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

/**
 * With no proxy named as trusted, X-Forwarded-For is anyone's to send and is not believed: a
 * guesser cannot escape its lock by claiming a new address on every attempt. X-Forwarded-Proto,
 * likewise, is believed from a trusted proxy only.
 */
class ClientAddressTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void aForwardedAddressFromAnUntrustedClientChangesNothing() {
    for (int i = 0; i < 5; i++) {
      assertEquals(
          422, new AdminClient(APP, "10.9.9." + i).signIn("spoofer", "wrong " + i).statusCode());
    }
    assertEquals(
        429,
        new AdminClient(APP, "10.9.9.200").signIn("spoofer", "wrong again").statusCode(),
        "still the same client, however many addresses it claims");
  }

  @Test
  void aForwardedProtoFromAnUntrustedClientChangesNothing() {
    String cookie = ForwardedProtoTest.loginCookie(APP, "https");
    assertFalse(cookie.contains("; Secure"), cookie);
  }
}
