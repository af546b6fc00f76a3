package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Expressions read directly give what OGNL gives, and everything else still reaches OGNL. */
public class RecordPathsTest {
  public enum Mood {
    CALM {
      @Override
      public String label() {
        return "Calm";
      }
    },
    TENSE;

    public String label() {
      return "Tense";
    }
  }

  public record Place(String name, Mood mood) {}

  public record Item(String title, Place place, List<String> tags, Map<String, Object> extra) {}

  /** OGNL calls the getter, not the component's accessor. */
  public record Odd(String value) {
    public String getValue() {
      return "from the getter";
    }
  }

  /** Thrown by a stand-in for OGNL, to show an expression reached it. */
  private static final class LeftToOgnl extends RuntimeException {
    LeftToOgnl(String expression) {
      super(expression);
    }
  }

  private static final IStandardVariableExpressionEvaluator REFUSING =
      (context, expression, how) -> {
        throw new LeftToOgnl(expression.getExpression());
      };

  private static boolean leftToOgnl(String ownPackage, String template) {
    try {
      render(new RecordPaths(ownPackage, REFUSING), template);
      return false;
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof LeftToOgnl) {
          return true;
        }
      }
      throw e;
    }
  }

  private static String render(IStandardVariableExpressionEvaluator evaluator, String template) {
    StandardDialect dialect = new StandardDialect();
    dialect.setVariableExpressionEvaluator(evaluator);
    TemplateEngine engine = new TemplateEngine();
    engine.setDialect(dialect);
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    engine.setTemplateResolver(resolver);
    Map<String, Object> variables = new HashMap<>();
    Map<String, Object> extra = new HashMap<>();
    extra.put("note", "a note");
    extra.put("nothing", null);
    variables.put(
        "item",
        new Item(
            "Talks in Riyadh", new Place("Riyadh", Mood.CALM), List.of("talks", "energy"), extra));
    variables.put("bare", new Item("Bare", null, List.of(), Map.of()));
    variables.put("odd", new Odd("from the component"));
    variables.put("text", "  ");
    return engine.process(template, new Context(Locale.UK, variables));
  }

  private static final String READ_DIRECTLY =
      "<p th:text=\"${item.title}\"></p>"
          + "<p th:text=\"${item.place.name}\"></p>"
          + "<p th:text=\"${item.place.mood.label()}\"></p>"
          + "<p th:text=\"${item.place.mood}\"></p>"
          + "<p th:text=\"${item.tags.size()}\"></p>"
          + "<p th:text=\"${item.tags.isEmpty()}\"></p>"
          + "<p th:text=\"${item.extra.note}\"></p>"
          + "<p th:text=\"${item.extra.nothing}\"></p>"
          + "<p th:text=\"${bare.place}\"></p>"
          + "<p th:text=\"${text.isBlank()}\"></p>"
          + "<div th:object=\"${item.place}\"><p th:text=\"*{name}\"></p></div>";

  @Test
  void pathsOfRecordsMapsAndCallsAreReadWithoutOgnlAndGiveWhatOgnlGives() {
    String direct = render(new RecordPaths("storyline", REFUSING), READ_DIRECTLY);
    assertEquals(render(new OGNLVariableExpressionEvaluator(true), READ_DIRECTLY), direct);
    assertEquals(
        "<p>Talks in Riyadh</p><p>Riyadh</p><p>Calm</p><p>CALM</p><p>2</p><p>false</p>"
            + "<p>a note</p><p></p><p></p><p>true</p><div><p>Riyadh</p></div>",
        direct);
  }

  @Test
  void whatOgnlWouldReadDifferentlyIsLeftToIt() {
    for (String template :
        List.of(
            "<p th:text=\"${odd.value}\"></p>",
            "<p th:text=\"${item.title != null}\"></p>",
            "<p th:text=\"${item.extra.missing}\"></p>",
            "<p th:text=\"${item.tags.get(0)}\"></p>",
            "<p th:text=\"${item.title.length()}\"></p>",
            "<p th:text=\"${unknown}\"></p>")) {
      assertTrue(leftToOgnl("storyline", template), template);
      assertEquals(
          render(new OGNLVariableExpressionEvaluator(true), template),
          render(new RecordPaths("storyline"), template),
          template);
    }
    assertEquals(
        "<p>from the getter</p>",
        render(new RecordPaths("storyline"), "<p th:text=\"${odd.value}\"></p>"));
  }

  @Test
  void recordsOutsideTheApplicationAreLeftToOgnl() {
    assertTrue(leftToOgnl("elsewhere", "<p th:text=\"${item.title}\"></p>"));
    assertFalse(leftToOgnl("storyline", "<p th:text=\"${item.title}\"></p>"));
  }

  @Test
  void aNullBeforeTheLastStepFailsAsOgnlFails() {
    String template = "<p th:text=\"${bare.place.name}\"></p>";
    TemplateProcessingException ognl =
        assertThrows(
            TemplateProcessingException.class,
            () -> render(new OGNLVariableExpressionEvaluator(true), template));
    TemplateProcessingException ours =
        assertThrows(
            TemplateProcessingException.class,
            () -> render(new RecordPaths("storyline"), template));
    assertEquals(ognl.getMessage(), ours.getMessage());
  }
}
