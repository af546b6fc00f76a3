package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

/**
 * Hostile input, everywhere a request can carry it: every route of the app's own route table, every
 * query parameter its pages use, and every field of every admin form, with values a careless or
 * malicious client sends. After each value an editor manages to store, the pages, feeds and exports
 * that show it are fetched. Nothing may answer 500. Routes, parameters and form fields are found by
 * reading the app, so a new one is covered without a change here.
 */
class HostileInputTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  /** Values for query parameters and path segments, encoded as a client would. */
  static final List<String> VALUES =
      List.of(
          "",
          "a".repeat(20_000),
          "\u0000",
          "\u0001\u0008\u001b[31m",
          "\uFFFE\uFFFF",
          "😀".repeat(120),
          "\u202Eevil\u202C",
          "<script>alert(1)</script>",
          "' OR '1'='1' --",
          "../../../etc/passwd",
          "9999-12-31",
          "0000-01-01",
          "2025-02-30",
          "-1",
          "99999999999999999999",
          "NaN",
          "%",
          "\r\nSet-Cookie: x=y");

  /** Values already percent-encoded, sent as they are: bytes that are not UTF-8, among them. */
  static final List<String> RAW = List.of("%C3%28", "%FF%FE", "%ED%A0%80", "%00", "%E2%82");

  /** Values for admin form fields: what an editor could paste, at and beyond every limit. */
  static final List<String> FIELD_VALUES =
      List.of(
          "\u0000NUL and \u0007 bell",
          "U+FFFF \uFFFF and U+FFFE \uFFFE",
          "half an emoji \uD83D",
          "😀".repeat(201),
          "\u202Eright-to-left override",
          "<b>markup</b> & \"quotes\" 'too' ]]>",
          "[link](data:text/html;base64,PHNjcmlwdD4=) [js](javascript:alert(1))",
          "' OR 1=1; DROP TABLE incidents; --",
          "x".repeat(120_000),
          "9999-12-31",
          "0000-01-01",
          "-99999999999999999999",
          "../../etc/passwd");

  private final AtomicInteger cases = new AtomicInteger();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  @Test
  void noRouteParameterOrFormFieldAnswers500() throws Exception {
    List<Map.Entry<String, String>> routes = APP.app().routeTable();
    List<String> pages = publicGetRoutes(routes);
    assertTrue(pages.size() > 20, "the route table lists the public pages: " + pages);
    Map<String, String> slugs = realSlugs();
    Map<String, Set<String>> params = parametersByPath(pages, slugs);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (String route : pages) {
        String real = fill(route, slugs, null);
        for (String value : VALUES) {
          if (route.contains("{")) {
            work.add(pool.submit(() -> check(fill(route, slugs, encode(value)))));
          }
        }
        for (String raw : RAW) {
          if (route.contains("{")) {
            work.add(pool.submit(() -> check(fill(route, slugs, raw))));
          }
        }
        Set<String> names = params.getOrDefault(pathOf(real), Set.of());
        for (String name : names.isEmpty() ? Set.of("q", "page") : names) {
          for (String value : VALUES) {
            work.add(pool.submit(() -> check(real + "?" + name + "=" + encode(value))));
          }
          for (String raw : RAW) {
            work.add(pool.submit(() -> check(real + "?" + name + "=" + raw)));
          }
          work.add(pool.submit(() -> check(real + "?" + name + "=a&" + name + "=b")));
        }
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }

    AdminClient admin = AdminClient.signedInAdmin(APP);
    int stored = 0;
    for (Map.Entry<String, String> route : routes) {
      if (route.getKey().equals("GET") && route.getValue().matches("/admin/[a-z]+/\\{id}/edit")) {
        stored += attackForms(admin, route.getValue().replace("/{id}/edit", ""));
      }
    }
    for (String route : pages) {
      check(fill(route, realSlugs(), null));
    }
    System.out.printf(
        "HostileInputTest: %d hostile cases over %d routes, %d stored values re-read%n",
        cases.get(), pages.size(), stored);
    assertEquals(List.of(), failures);
    assertTrue(stored > 0, "some hostile values are stored, and their pages read back");
  }

  /** GET routes readers reach: everything but the admin, the operator's and the static files. */
  private static List<String> publicGetRoutes(List<Map.Entry<String, String>> routes) {
    List<String> pages = new ArrayList<>();
    for (Map.Entry<String, String> route : routes) {
      String path = route.getValue();
      if (route.getKey().equals("GET")
          && !path.startsWith("/admin")
          && !path.startsWith("/operator")
          && !path.startsWith("/static")) {
        pages.add(path);
      }
    }
    return pages;
  }

  /** For each kind of public page, a slug that exists, read from the sitemap. */
  private static Map<String, String> realSlugs() {
    Map<String, String> slugs = new TreeMap<>();
    Matcher m =
        Pattern.compile("<loc>[^<]*?/(stories|actors|incidents|places)/([a-z0-9-]+)</loc>")
            .matcher(APP.get("/sitemap.xml").body());
    while (m.find()) {
      slugs.putIfAbsent(m.group(1), m.group(2));
    }
    return slugs;
  }

  /** The route with its path parameter filled: a real slug, or the value given. */
  private static String fill(String route, Map<String, String> slugs, String value) {
    Matcher m = Pattern.compile("^/([a-z]+)/\\{[a-z]+}").matcher(route);
    if (!m.find()) {
      return route;
    }
    String with = value != null ? value : slugs.getOrDefault(m.group(1), "missing");
    return route.replaceFirst("\\{[a-z]+}", with.isEmpty() ? "%20" : with);
  }

  /** The names of the query parameters each path's links and forms use, read off the pages. */
  private static Map<String, Set<String>> parametersByPath(
      List<String> routes, Map<String, String> slugs) {
    Map<String, Set<String>> params = new TreeMap<>();
    Set<String> crawled = new LinkedHashSet<>();
    for (String route : routes) {
      crawled.add(fill(route, slugs, null));
    }
    for (String page : crawled) {
      HttpResponse<String> response = APP.get(page);
      if (!String.valueOf(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/html")) {
        continue;
      }
      Document doc = Jsoup.parse(response.body(), APP.baseUrl() + page);
      for (Element link : doc.select("a[href]")) {
        URI uri = URI.create(link.attr("abs:href").replace(" ", "%20"));
        if (uri.getRawQuery() != null && APP.baseUrl().contains(uri.getHost())) {
          for (String pair : uri.getRawQuery().split("&")) {
            add(params, uri.getPath(), pair.split("=")[0]);
          }
        }
      }
      for (Element form : doc.select("form[method=get], form:not([method])")) {
        String action = URI.create(form.attr("abs:action")).getPath();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
          add(params, action, field.attr("name"));
        }
      }
    }
    return params;
  }

  private static void add(Map<String, Set<String>> params, String path, String name) {
    params.computeIfAbsent(path, p -> new TreeSet<>()).add(name);
  }

  private static String pathOf(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** Attacks every field of one kind's edit form; returns how many values were stored. */
  private int attackForms(AdminClient admin, String base) {
    Document list = admin.page(base);
    Element edit = list.selectFirst("a[href~=^" + base + "/\\d+/edit$]");
    if (edit == null) {
      return 0;
    }
    String editPath = edit.attr("href");
    String action = editPath.substring(0, editPath.length() - "/edit".length());
    Document form = admin.page(editPath);
    String publicPath =
        form.select("a").stream()
            .filter(a -> a.text().equals("Public page"))
            .map(a -> a.attr("href"))
            .findFirst()
            .orElse("/");
    List<String> fields = new ArrayList<>();
    Element formElement = form.selectFirst("form[action=" + action + "]");
    assertTrue(
        formElement != null,
        "the edit form of " + editPath + ":\n" + form.select("form").outerHtml());
    for (Element field : formElement.select("input[name], textarea[name], select[name]")) {
      String type = field.attr("type");
      String name = field.attr("name");
      // A place, actor or source typed inside the incident form is checked by its own kind's
      // form, attacked on its own page; and every row of a list is read alike, so its first
      // row stands for the rest.
      if (!type.equals("hidden")
          && !type.equals("checkbox")
          && !type.equals("radio")
          && !name.startsWith("new_")
          && !name.matches(".*\\[[1-9]\\d*]\\..*")) {
        fields.add(name);
      }
    }
    int stored = 0;
    for (String field : new LinkedHashSet<>(fields)) {
      for (String value : FIELD_VALUES) {
        Map<String, List<String>> values = admin.form(editPath, action);
        values.put(field, List.of(value));
        HttpResponse<String> saved = admin.post(action, values);
        record("POST " + action + " " + field + "=" + shorten(value), saved.statusCode());
        if (saved.statusCode() == 303) {
          stored++;
          for (String reader : List.of(publicPath, "/feed.xml", "/feed.atom", "/")) {
            check(reader);
          }
        }
      }
    }
    for (String export : List.of("/incidents.csv", "/incidents.json", "/sitemap.xml")) {
      check(export);
    }
    return stored;
  }

  private void check(String pathAndQuery) {
    HttpResponse<String> response =
        APP.send(
            HttpRequest.newBuilder(URI.create(APP.baseUrl() + pathAndQuery)).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    record("GET " + shorten(pathAndQuery), response.statusCode());
  }

  private void record(String what, int status) {
    cases.incrementAndGet();
    if (status >= 500) {
      failures.add(status + " " + what);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String shorten(String text) {
    String visible = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    StringBuilder out = new StringBuilder();
    visible.chars().forEach(c -> out.append(c < 0x20 ? String.format("\\x%02x", c) : (char) c));
    return out.toString();
  }
}
