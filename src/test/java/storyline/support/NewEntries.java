package storyline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** New entries made through the admin's own forms, as an editor would fill them in. */
public final class NewEntries {
  private NewEntries() {}

  /** The number at the end of an admin path: "/admin/stories/3/edit" gives "3". */
  public static String idOf(String adminPath) {
    return adminPath.replaceAll("\\D+", " ").trim().split(" ")[0];
  }

  /** Creates a draft story; returns the path of its edit form. */
  public static String draftStory(AdminClient admin, String title, String summary) {
    Map<String, List<String>> story = admin.form("/admin/stories/new", "/admin/stories");
    story.put("title", List.of(title));
    story.put("summary", List.of(summary));
    story.put("status", List.of("draft"));
    HttpResponse<String> created = admin.post("/admin/stories", story);
    assertEquals(303, created.statusCode(), created.body());
    return created.headers().firstValue("Location").orElseThrow();
  }

  /**
   * The new-incident form of a story as the browser reads it, filled with what every incident
   * needs: a title, a day, a summary, a status and the first source; callers change what they test.
   */
  public static Map<String, List<String>> incidentForm(
      TestApp app, AdminClient admin, String storyId, String title) {
    Map<String, List<String>> form =
        admin.form("/admin/incidents/new?story_id=" + storyId, "/admin/incidents");
    form.put("title", List.of(title));
    form.put("type", List.of("other"));
    form.put("occurred_on", List.of("2023-06-24"));
    form.put("precision", List.of("day"));
    form.put("summary", List.of("Reported."));
    form.put("verification", List.of("reported"));
    String source = Seed.first(app, "sources");
    form.put("source_ids", List.of(source.substring(source.lastIndexOf('/') + 1)));
    return form;
  }
}
