package storyline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house's rules about who may know whom, kept by the build: a change that breaks one fails
 * here, with the classes and the dependency that broke it.
 */
@AnalyzeClasses(packages = "storyline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The feature packages: what the site is about. The shared ones are web and db. */
  static final String[] FEATURES = {
    "storyline.story..",
    "storyline.actor..",
    "storyline.place..",
    "storyline.incident..",
    "storyline.quote..",
    "storyline.source..",
    "storyline.revision..",
    "storyline.feed..",
    "storyline.search..",
    "storyline.picture..",
    "storyline.admin..",
    "storyline.generate..",
    "storyline.seed.."
  };

  /** Readers' pages, feeds and pictures work without the admin, and cannot reach into it. */
  @ArchTest
  static final ArchRule publicSideNeverImportsTheAdmin =
      noClasses()
          .that()
          .resideInAnyPackage("storyline.feed..", "storyline.picture..", "storyline.search..")
          .or()
          .haveSimpleNameEndingWith("Controller")
          .and()
          .resideOutsideOfPackage("storyline.admin..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("storyline.admin..");

  /** The shared packages serve every feature and know none. */
  @ArchTest
  static final ArchRule webAndDbKnowNoFeature =
      noClasses()
          .that()
          .resideInAnyPackage("storyline.web..", "storyline.db..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FEATURES);
}
