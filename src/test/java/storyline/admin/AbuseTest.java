package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

/** What strangers can do to the admin from outside, and what they no longer can. */
class AbuseTest {
  @RegisterExtension static final TestApp APP = TestApp.behindProxy();

  @Test
  void aStrangerGuessingFromAnotherAddressCannotLockTheEditorOut() {
    for (int i = 0; i < 6; i++) {
      new AdminClient(APP, "10.0.0.2").signIn("ADMIN", "wrong guess " + i);
    }
    HttpResponse<String> stranger =
        new AdminClient(APP, "10.0.0.2").signIn("admin", TestApp.ADMIN_PASSWORD);
    assertEquals(429, stranger.statusCode(), "the guessing address is locked, whatever it types");
    assertEquals(
        303,
        new AdminClient(APP, "10.0.0.3").signIn("admin", TestApp.ADMIN_PASSWORD).statusCode(),
        "the editor, elsewhere, signs in");
  }

  @Test
  void eachLockFromTheSameAddressLastsTwiceAsLong() {
    AdminClient guesser = new AdminClient(APP, "10.0.0.4");
    for (int i = 0; i < 5; i++) {
      assertEquals(422, guesser.signIn("growing", "wrong " + i).statusCode());
    }
    HttpResponse<String> first = guesser.signIn("growing", "wrong again");
    assertEquals(429, first.statusCode());
    assertEquals("900", first.headers().firstValue("Retry-After").orElseThrow());
    APP.clock().advance(Duration.ofMinutes(16));
    for (int i = 0; i < 5; i++) {
      assertEquals(422, guesser.signIn("growing", "still wrong " + i).statusCode());
    }
    HttpResponse<String> second = guesser.signIn("growing", "wrong again");
    assertEquals(429, second.statusCode());
    assertEquals("1800", second.headers().firstValue("Retry-After").orElseThrow());
  }

  @Test
  void oneAddressGetsOnlyAFewSignInsAMinuteWhateverTheUsernames() {
    AdminClient flood = new AdminClient(APP, "10.0.0.5");
    Set<Integer> statuses = new HashSet<>();
    for (int i = 0; i < LoginThrottle.PER_ADDRESS_PER_MINUTE + 5; i++) {
      statuses.add(flood.signIn("random-" + i, "whatever password").statusCode());
    }
    assertTrue(statuses.contains(429), "the flood is cut off: " + statuses);
    HttpResponse<String> busy = flood.signIn("random-last", "whatever password");
    assertEquals(429, busy.statusCode());
    assertTrue(busy.body().contains("Too many sign-ins from your network"), busy.body());
    assertEquals(
        303,
        new AdminClient(APP, "10.0.0.6").signIn("admin", TestApp.ADMIN_PASSWORD).statusCode(),
        "another address is not held up");
  }

  @Test
  void parallelSignInsFromOneAddressCheckOnlyAFewPasswordsAtOnce() throws Exception {
    List<AdminClient> clients = new ArrayList<>();
    List<Map<String, List<String>>> forms = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      AdminClient client = new AdminClient(APP, "10.0.0.7");
      Map<String, List<String>> form = client.form("/admin/login", "/admin/login");
      form.put("username", List.of("someone-" + i));
      form.put("password", List.of("guess number " + i));
      clients.add(client);
      forms.add(form);
    }
    ExecutorService pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        int n = i;
        answers.add(
            pool.submit(() -> clients.get(n).post("/admin/login", forms.get(n)).statusCode()));
      }
      int refused = 0;
      for (Future<Integer> answer : answers) {
        int status = answer.get();
        assertTrue(status == 422 || status == 429, "status " + status);
        refused += status == 429 ? 1 : 0;
      }
      assertTrue(refused > 0, "some of twelve parallel checks from one address were refused");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void multipartBodiesAreRefusedBeforeAnythingReadsThem() {
    String body =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.bin\"\r\n\r\n"
            + "x".repeat(10_000)
            + "\r\n--b--\r\n";
    HttpResponse<String> response =
        APP.send(
            HttpRequest.newBuilder(APP.uri("/admin/login"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertEquals(415, response.statusCode());
  }

  @Test
  void bodiesOverAMegabyteAreRefused() {
    HttpResponse<String> response =
        APP.send(
            HttpRequest.newBuilder(APP.uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + "x".repeat(2_000_000)))
                .build());
    assertEquals(413, response.statusCode());
  }

  @Test
  void weakPasswordsAreRefused() {
    assertTrue(Passwords.problemWith(" ".repeat(20)) != null, "spaces only");
    assertTrue(Passwords.problemWith("aaaaaaaaaaaa") != null, "one character repeated");
    assertTrue(Passwords.problemWith("abababababab") != null, "two characters");
    assertTrue(Passwords.problemWith("123456789012") != null, "a run of digits");
    assertTrue(Passwords.problemWith("qwertyuiopas") != null, "a row of keys");
    assertTrue(Passwords.problemWith("  short  pw  ") != null, "long only with spaces");
    assertEquals(null, Passwords.problemWith("correct horse battery staple"));
    assertFalse(Passwords.isRun("correct horse"));
  }
}
