package storyline.story;

import java.util.List;
import java.util.Map;
import storyline.web.Page;

/**
 * The home page, as {@code story/home.html} reads it.
 *
 * @param latest the cards' HTML of each story's newest incidents, by the story's id
 */
public record HomePage(List<StoryCard> stories, Map<Long, List<String>> latest, Page page) {}
