package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

/** Header-borne and https-only protections, on a site published at an https address. */
class HttpsHeadersTest {
  @RegisterExtension static final TestApp SECURE = TestApp.publishedAt("HTTPS://News.Example.org");

  @Test
  void theCookieIsSecureAndBrowsersAreToldToStayOnHttpsWhateverTheCase() {
    String loginCookie =
        SECURE.get("/admin/login").headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(loginCookie.contains("; Secure"), "HTTPS in capitals is https: " + loginCookie);
    Set<String> hsts = new HashSet<>();
    for (String path : List.of("/", "/stories/ukraine-ceasefire", "/admin/login")) {
      hsts.add(SECURE.get(path).headers().firstValue("Strict-Transport-Security").orElse(""));
    }
    assertEquals(Set.of(SecurityHeaders.HSTS), hsts);
  }
}
