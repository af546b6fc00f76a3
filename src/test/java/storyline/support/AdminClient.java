package storyline.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client for the admin: it keeps cookies, reads forms as a browser would submit
 * them (hidden fields, CSRF token and all) and posts them back, changed.
 */
public final class AdminClient {
  private final TestApp app;
  private final HttpClient http;

  /** The client address a proxy in front of the app reports for this client, if any. */
  private final String forwardedFor;

  public AdminClient(TestApp app) {
    this(app, null);
  }

  /**
   * A client at another address, as a proxy in front of the app reports it in X-Forwarded-For: for
   * what is counted per client address (see {@link TestApp#behindProxy}).
   */
  public AdminClient(TestApp app, String forwardedFor) {
    this(
        app,
        forwardedFor,
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build());
  }

  private AdminClient(TestApp app, String forwardedFor, HttpClient http) {
    this.app = app;
    this.forwardedFor = forwardedFor;
    this.http = http;
  }

  /**
   * The same browser, its cookies and all, talking to another instance of the site: as a load
   * balancer sends an editor's next request wherever it likes.
   */
  public AdminClient on(TestApp other) {
    return new AdminClient(other, forwardedFor, http);
  }

  /** A client signed in as the first admin. */
  public static AdminClient signedInAdmin(TestApp app) {
    AdminClient client = new AdminClient(app);
    HttpResponse<String> response = client.signIn("admin", TestApp.ADMIN_PASSWORD);
    if (response.statusCode() != 303) {
      throw new AssertionError("admin could not sign in: " + response.statusCode());
    }
    return client;
  }

  public HttpResponse<String> signIn(String username, String password) {
    Document login = page("/admin/login");
    Map<String, List<String>> form = formValues(login.selectFirst("form[action=/admin/login]"));
    form.put("username", List.of(username));
    form.put("password", List.of(password));
    return post("/admin/login", form);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public Document page(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " answered " + response.statusCode() + ":\n" + response.body());
    }
    return Jsoup.parse(response.body(), uri(path).toString());
  }

  public HttpResponse<String> post(String path, Map<String, List<String>> form) {
    String body =
        form.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * Loads the page, takes the form that posts to {@code action}, applies the changes (a null value
   * clears a field) and submits it.
   */
  public HttpResponse<String> submit(String pagePath, String action, Map<String, String> changes) {
    Map<String, List<String>> form = form(pagePath, action);
    changes.forEach((name, value) -> form.put(name, value == null ? List.of() : List.of(value)));
    return post(action, form);
  }

  /** The values a browser would submit for the form posting to {@code action} on the page. */
  public Map<String, List<String>> form(String pagePath, String action) {
    Element form = page(pagePath).selectFirst("form[action=" + action + "]");
    if (form == null) {
      throw new AssertionError("no form posting to " + action + " on " + pagePath);
    }
    return formValues(form);
  }

  public static Map<String, List<String>> formValues(Element form) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Element field : form.select("input[name], textarea[name], select[name]")) {
      String name = field.attr("name");
      String type = field.attr("type");
      List<String> list = values.computeIfAbsent(name, n -> new ArrayList<>());
      if (field.tagName().equals("select")) {
        Element selected = field.selectFirst("option[selected]");
        if (selected == null) {
          selected = field.selectFirst("option");
        }
        if (selected != null) {
          list.add(selected.attr("value"));
        }
      } else if (field.tagName().equals("textarea")) {
        list.add(field.wholeText().replaceFirst("^\n", ""));
      } else if (type.equals("checkbox") || type.equals("radio")) {
        if (field.hasAttr("checked")) {
          list.add(field.attr("value"));
        }
      } else if (!type.equals("submit")) {
        list.add(field.attr("value"));
      }
    }
    return values;
  }

  private java.net.URI uri(String path) {
    return app.uri(path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    if (forwardedFor != null) {
      request =
          HttpRequest.newBuilder(request, (name, value) -> true)
              .header("X-Forwarded-For", forwardedFor)
              .build();
    }
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
