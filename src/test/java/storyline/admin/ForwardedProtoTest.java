package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

/**
 * Behind a trusted proxy that terminates https (STORYLINE_TRUSTED_PROXIES names it), the proxy's
 * X-Forwarded-Proto makes the admin's cookies Secure even where the base URL says http. From any
 * other address the header is ignored: see {@link ClientAddressTest}.
 */
class ForwardedProtoTest {
  @RegisterExtension static final TestApp APP = TestApp.behindProxy();

  @Test
  void cookiesAreSecureWhenTheTrustedProxySaysTheClientCameOverHttps() {
    assertTrue(loginCookie(APP, "https").contains("; Secure"));
    assertTrue(
        loginCookie(APP, "http, https").contains("; Secure"), "the nearest proxy's word counts");
    assertFalse(loginCookie(APP, "http").contains("; Secure"));
    assertFalse(loginCookie(APP, null).contains("; Secure"));
  }

  /** The cookie the sign-in page sets for a request that says it came over this protocol. */
  static String loginCookie(TestApp app, String proto) {
    HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("/admin/login")).GET();
    if (proto != null) {
      request.header("X-Forwarded-Proto", proto);
    }
    return app.send(request.build()).headers().firstValue("Set-Cookie").orElseThrow();
  }
}
