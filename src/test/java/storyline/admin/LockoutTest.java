package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

class LockoutTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void fiveFailuresWithinFifteenMinutesLockTheAccountForFifteenMinutes() {
    for (int i = 0; i < 5; i++) {
      assertEquals(422, new AdminClient(APP).signIn("admin", "wrong password " + i).statusCode());
      APP.clock().advance(Duration.ofMinutes(2));
    }
    HttpResponse<String> locked = new AdminClient(APP).signIn("admin", TestApp.ADMIN_PASSWORD);
    assertEquals(429, locked.statusCode(), "even the right password is refused while locked");
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertEquals(13 * 60, retryAfter, "15 minutes from the fifth failure, two minutes ago");
    APP.clock().advance(Duration.ofSeconds(retryAfter - 60));
    assertEquals(429, new AdminClient(APP).signIn("admin", TestApp.ADMIN_PASSWORD).statusCode());
    APP.clock().advance(Duration.ofSeconds(61));
    assertEquals(303, new AdminClient(APP).signIn("admin", TestApp.ADMIN_PASSWORD).statusCode());
  }

  @Test
  void parallelAttemptsCannotGetMoreThanFiveGuesses() throws Exception {
    List<AdminClient> clients = new ArrayList<>();
    List<Map<String, List<String>>> forms = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      AdminClient client = new AdminClient(APP);
      Map<String, List<String>> form = client.form("/admin/login", "/admin/login");
      form.put("username", List.of("parallel"));
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
      int checked = 0;
      for (Future<Integer> answer : answers) {
        int status = answer.get();
        assertTrue(status == 422 || status == 429, "status " + status);
        checked += status == 422 ? 1 : 0;
      }
      assertTrue(checked <= 5, checked + " passwords were checked");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
    for (int i = 0; i < 6; i++) {
      assertEquals(422, new AdminClient(APP).signIn("spread-out", "wrong").statusCode());
      APP.clock().advance(Duration.ofMinutes(4));
    }
  }

  @Test
  void anUnknownAccountLocksOutWithTheSameMessage() {
    for (int i = 0; i < 5; i++) {
      new AdminClient(APP).signIn("ghost", "wrong");
      new AdminClient(APP).signIn("admin-typo", "wrong");
    }
    HttpResponse<String> ghost = new AdminClient(APP).signIn("ghost", "wrong");
    HttpResponse<String> typo = new AdminClient(APP).signIn("admin-typo", "wrong");
    assertEquals(429, ghost.statusCode());
    assertEquals(429, typo.statusCode());
    assertEquals(SignInTest.errorOf(ghost), SignInTest.errorOf(typo));
    assertTrue(SignInTest.errorOf(ghost).contains("Too many failed sign-ins"));
  }
}
