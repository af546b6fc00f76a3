package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.admin.AdminTable;
import storyline.revision.EntityType;
import storyline.story.StoryDao;
import storyline.support.TestApp;

/** The views and queries behind the public pages, on a real H2 database. */
class IncidentDaoTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void contestedNeedsADenialOrMutualBlameFromDifferentActors() {
    IncidentDao incidents = APP.jdbi().onDemand(IncidentDao.class);
    assertTrue(
        incidents.findPublic("belgorod-fuel-depot-rail-strikes").orElseThrow().contested(),
        "one denies");
    assertTrue(
        incidents.findPublic("energy-infrastructure-truce").orElseThrow().contested(),
        "each blames");
    assertFalse(
        incidents.findPublic("kharkiv-substation-drone-strikes").orElseThrow().contested(),
        "one side only");
    assertFalse(
        incidents.findPublic("trump-zelenskyy-call").orElseThrow().contested(), "both confirm");
  }

  @Test
  void archivedIncidentsAndDraftStoriesAreNotPublic() {
    long story =
        APP.jdbi()
            .withHandle(
                h ->
                    AdminTable.insert(
                        h,
                        EntityType.STORY,
                        AdminTable.columns(
                            "slug", "draft-story",
                            "title", "Draft",
                            "summary", "s",
                            "body", "",
                            "status", storyline.story.StoryStatus.DRAFT,
                            "published_at", null),
                        Instant.EPOCH));
    IncidentDao incidents = APP.jdbi().onDemand(IncidentDao.class);
    long id =
        incidents.insert(
            new IncidentValues(
                story,
                "in-a-draft",
                "In a draft",
                "other",
                LocalDate.of(2025, 1, 1),
                DatePrecision.DAY,
                null,
                "s",
                Verification.REPORTED,
                null,
                null,
                TimeOfDay.UNKNOWN,
                null),
            Instant.EPOCH);
    assertTrue(incidents.findPublic("in-a-draft").isEmpty());
    assertTrue(incidents.findById(id).isPresent());
    APP.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE incidents SET archived_at = ? WHERE slug = 'next-round-of-talks'",
                    Instant.EPOCH));
    assertTrue(incidents.findPublic("next-round-of-talks").isEmpty());
    APP.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE incidents SET archived_at = NULL WHERE slug = 'next-round-of-talks'"));
  }

  @Test
  void aChangeToAStoryMarksItChangedAndRecountsItsPublicIncidents() {
    StoryDao stories = APP.jdbi().onDemand(StoryDao.class);
    long id = stories.findPublic("ukraine-ceasefire").orElseThrow().id();
    int before = stories.incidentCount(id);
    Instant later = Instant.parse("2027-01-02T03:04:05Z");
    APP.jdbi()
        .useTransaction(
            h -> {
              h.execute(
                  "UPDATE incidents SET archived_at = ? WHERE slug = 'next-round-of-talks'", later);
              h.attach(StoryDao.class).changed(id, later);
            });
    try {
      assertEquals(later, stories.lastChangeAt(id));
      assertEquals(before - 1, stories.incidentCount(id));
    } finally {
      APP.jdbi()
          .useTransaction(
              h -> {
                h.execute(
                    "UPDATE incidents SET archived_at = NULL WHERE slug = 'next-round-of-talks'");
                h.attach(StoryDao.class).changed(id, later);
              });
    }
  }
}
