package storyline.seed;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** The seed file as read: its sources, places, actors and stories, each named by a key or slug. */
record SeedFile(
    String about,
    List<SeedSource> sources,
    List<SeedPlace> places,
    List<SeedActor> actors,
    List<SeedStory> stories) {
  record SeedSource(
      String key,
      String title,
      String publisher,
      String url,
      @JsonProperty("publishedOn") LocalDate publishedOn,
      String kind,
      String notes) {}

  record SeedPlace(String slug, String name, String country, double latitude, double longitude) {}

  record SeedActor(
      String slug, String name, String kind, String role, String affiliation, String description) {}

  record SeedStory(
      String slug,
      String title,
      String summary,
      String body,
      String status,
      LocalDate concludedOn,
      List<SeedIncident> incidents,
      List<SeedQuote> quotes) {}

  record SeedIncident(
      String slug,
      String title,
      String type,
      LocalDate occurredOn,
      String precision,
      LocalDate endsOn,
      String place,
      String verification,
      String violates,
      String summary,
      List<String> sources,
      List<SeedInvolvement> actors,
      List<SeedClaim> claims) {}

  record SeedInvolvement(String actor, String role) {}

  record SeedClaim(
      String actor,
      String stance,
      String status,
      LocalDate saidOn,
      List<String> sources,
      String text) {}

  record SeedQuote(
      String actor,
      String incident,
      LocalDate saidOn,
      List<String> sources,
      String text,
      String context) {}
}
