package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

/**
 * Behind https (as STORYLINE_BASE_URL says), cookies are Secure. The test talks plain http to the
 * app, so it hands the cookies back itself, as a browser behind a TLS proxy would.
 */
class SecureCookieTest {
  @RegisterExtension static final TestApp APP = TestApp.publishedAt("https://news.example");

  @Test
  void sessionAndSignInCookiesAreSecureWhenTheSiteIsServedOverHttps() {
    HttpResponse<String> login = APP.get("/admin/login");
    String loginCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(loginCookie.contains("; Secure"), loginCookie);
    String token = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
    String body =
        "_csrf="
            + token
            + "&username=admin&password="
            + URLEncoder.encode(TestApp.ADMIN_PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        APP.send(
            HttpRequest.newBuilder(APP.uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", loginCookie.substring(0, loginCookie.indexOf(';')))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertEquals(303, signedIn.statusCode());
    String cookie = SignInTest.sessionCookie(signedIn);
    assertTrue(cookie.contains("; Secure"), cookie);
  }
}
