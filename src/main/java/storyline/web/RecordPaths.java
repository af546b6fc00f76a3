package storyline.web;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.IterationStatusVar;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates {@code ${a.b.c}} expressions that only read our own records' components and map
 * entries, and hands every other expression to Thymeleaf's OGNL evaluator unchanged.
 *
 * <p>Page models are records. OGNL reads a record component by reflection and checks each access
 * against Thymeleaf's list of forbidden members, which took a third of a story page's render; its
 * own shortcut for simple paths knows JavaBean getters only, so it never applies to records. Here
 * each record class's accessors are looked up once, as method handles. Only what OGNL would read
 * the same way is answered: a path of plain names, each step a component of a record of this
 * application's, a key a map holds, an iteration's {@code index}, {@code count}, {@code first} or
 * {@code last}, or a call without arguments ({@code type.label()}) of a public method of this
 * application's or of a collection's or text's {@code isEmpty()}, {@code size()} or {@code
 * isBlank()}, in an expression that asks for no restriction and no conversion. A step that meets
 * anything else (a null before the last step, a getter, a method, a missing key) leaves the whole
 * expression to OGNL, so errors and edge cases are OGNL's own.
 */
public final class RecordPaths implements IStandardVariableExpressionEvaluator {
  private static final Pattern PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*(\\(\\))?)*");
  private static final String[] NOT_A_PATH = new String[0];
  private static final Object UNANSWERED = new Object();

  private final IStandardVariableExpressionEvaluator ognl;
  private final Map<String, String[]> paths = new ConcurrentHashMap<>();
  private final ClassValue<Map<String, MethodHandle>> components =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          return accessorsOf(type);
        }
      };
  private final ClassValue<Map<String, MethodHandle>> methods =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          return methodsOf(type);
        }
      };
  private final String ownPackage;

  /**
   * @param ownPackage the package whose records (and those of its subpackages) may be read directly
   */
  public RecordPaths(String ownPackage) {
    this(ownPackage, new OGNLVariableExpressionEvaluator(true));
  }

  /**
   * @param ownPackage the package whose records (and those of its subpackages) may be read directly
   * @param ognl what evaluates every other expression
   */
  RecordPaths(String ownPackage, IStandardVariableExpressionEvaluator ognl) {
    this.ownPackage = ownPackage + ".";
    this.ognl = ognl;
  }

  @Override
  public Object evaluate(
      IExpressionContext context,
      IStandardVariableExpression expression,
      StandardExpressionExecutionContext how) {
    if (how.getRestrictVariableAccess()
        || how.getRestrictExternalAccess()
        || how.getForbidUnsafeExpressionResults()
        || how.getPerformTypeConversion()) {
      return ognl.evaluate(context, expression, how);
    }
    String[] names = paths.computeIfAbsent(expression.getExpression(), RecordPaths::split);
    Object value = names.length == 0 ? UNANSWERED : walk(context, expression, names);
    return value == UNANSWERED ? ognl.evaluate(context, expression, how) : value;
  }

  private Object walk(
      IExpressionContext context, IStandardVariableExpression expression, String[] names) {
    Object value;
    int first;
    if (expression.getUseSelectionAsRoot()
        && context instanceof ITemplateContext template
        && template.hasSelectionTarget()) {
      value = template.getSelectionTarget();
      first = 0;
    } else {
      if (!context.containsVariable(names[0])) {
        return UNANSWERED;
      }
      value = context.getVariable(names[0]);
      first = 1;
    }
    for (int i = first; i < names.length; i++) {
      value = step(value, names[i]);
      if (value == UNANSWERED || (value == null && i < names.length - 1)) {
        return UNANSWERED;
      }
    }
    return value;
  }

  private Object step(Object target, String name) {
    if (name.endsWith("()")) {
      return call(target, name.substring(0, name.length() - 2));
    }
    if (target instanceof Map<?, ?> map) {
      return map.containsKey(name) ? map.get(name) : UNANSWERED;
    }
    if (target instanceof IterationStatusVar status) {
      return switch (name) {
        case "index" -> status.getIndex();
        case "count" -> status.getCount();
        case "first" -> status.isFirst();
        case "last" -> status.isLast();
        default -> UNANSWERED;
      };
    }
    if (target == null) {
      return UNANSWERED;
    }
    return invoke(components.get(target.getClass()).get(name), target);
  }

  /** A method without arguments: one of our own types', or a collection's or text's emptiness. */
  private Object call(Object target, String name) {
    if (target instanceof Collection<?> collection) {
      return switch (name) {
        case "isEmpty" -> collection.isEmpty();
        case "size" -> collection.size();
        default -> UNANSWERED;
      };
    }
    if (target instanceof String text) {
      return switch (name) {
        case "isEmpty" -> text.isEmpty();
        case "isBlank" -> text.isBlank();
        default -> UNANSWERED;
      };
    }
    if (target == null || target instanceof Map) {
      return UNANSWERED;
    }
    Class<?> type =
        target instanceof Enum<?> constant ? constant.getDeclaringClass() : target.getClass();
    return invoke(methods.get(type).get(name), target);
  }

  private static Object invoke(MethodHandle accessor, Object target) {
    if (accessor == null) {
      return UNANSWERED;
    }
    try {
      return accessor.invoke(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] split(String expression) {
    return PATH.matcher(expression).matches() ? expression.split("\\.") : NOT_A_PATH;
  }

  /**
   * The public accessors of a public record of this application, by component name, leaving out a
   * component that also has a JavaBean getter (OGNL would call the getter).
   */
  private Map<String, MethodHandle> accessorsOf(Class<?> type) {
    if (!type.isRecord()
        || !Modifier.isPublic(type.getModifiers())
        || !type.getName().startsWith(ownPackage)) {
      return Map.of();
    }
    Map<String, MethodHandle> found = new HashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      if (hasGetter(type, name)) {
        continue;
      }
      try {
        found.put(name, MethodHandles.publicLookup().unreflect(component.getAccessor()));
      } catch (IllegalAccessException notPublic) {
        // OGNL decides.
      }
    }
    return Map.copyOf(found);
  }

  /** The public methods without arguments that a public class of this application declares. */
  private Map<String, MethodHandle> methodsOf(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers()) || !type.getName().startsWith(ownPackage)) {
      return Map.of();
    }
    Map<String, MethodHandle> found = new HashMap<>();
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass().getName().startsWith(ownPackage)) {
        try {
          found.put(method.getName(), MethodHandles.publicLookup().unreflect(method));
        } catch (IllegalAccessException notPublic) {
          // OGNL decides.
        }
      }
    }
    return Map.copyOf(found);
  }

  private static boolean hasGetter(Class<?> type, String name) {
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 0
          && (method.getName().equals("get" + suffix) || method.getName().equals("is" + suffix))) {
        return true;
      }
    }
    return false;
  }
}
