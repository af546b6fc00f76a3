package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  private final Json json = new Json();

  @Test
  void scriptSafeJsonCannotCloseTheScriptElementAndReadsBackUnchanged() {
    String hostile = "</script><script>alert(1)</script> & <!-- \u2028";
    String written = json.writeForScript(Map.of("name", hostile));
    assertFalse(written.contains("<"));
    assertFalse(written.contains(">"));
    assertFalse(written.contains("&"));
    assertEquals(hostile, json.read(written, Map.class).get("name"));
  }
}
