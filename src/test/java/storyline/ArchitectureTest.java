package storyline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

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

  /**
   * No two classes import each other, directly or round a loop: each top-level class (with the
   * classes nested in it) is a slice, and the slices must form no cycle.
   */
  @ArchTest
  static final ArchRule noClassesInALoop =
      slices().assignedFrom(new TopLevelClasses()).should().beFreeOfCycles();

  /** Each class belongs to the top-level class its file declares. */
  static final class TopLevelClasses implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getName();
      int nested = name.indexOf('$');
      return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
    }

    @Override
    public String getDescription() {
      return "top-level classes";
    }
  }
}
