package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import storyline.source.Source;
import storyline.source.SourceKind;

class CorroborationTest {
  @Test
  void noSourcesIsSaidPlainly() {
    assertEquals(Corroboration.NO_SOURCES, Corroboration.of(List.of()));
  }

  @Test
  void onlyPartySourcesAreReportedOnlyByParties() {
    assertEquals(
        Corroboration.PARTIES_ONLY,
        Corroboration.of(List.of(source(SourceKind.PARTY), source(SourceKind.PARTY))));
  }

  @Test
  void oneIndependentSourceAloneDoesNotCorroborate() {
    assertEquals(
        Corroboration.SINGLE_INDEPENDENT,
        Corroboration.of(List.of(source(SourceKind.INDEPENDENT_MEDIA))));
  }

  @Test
  void anIndependentSourceBesideAnotherCorroborates() {
    assertEquals(
        Corroboration.INDEPENDENTLY_CORROBORATED,
        Corroboration.of(List.of(source(SourceKind.PARTY), source(SourceKind.OPEN_SOURCE))));
    assertEquals(
        Corroboration.INDEPENDENTLY_CORROBORATED,
        Corroboration.of(
            List.of(source(SourceKind.THIRD_PARTY), source(SourceKind.INDEPENDENT_MEDIA))));
  }

  private static Source source(SourceKind kind) {
    return new Source(1, null, "t", null, null, kind, "", 1, null, null, null);
  }
}
