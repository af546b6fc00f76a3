package storyline.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf templates under templates/ with what every page needs added. */
public final class Templates {
  private final TemplateEngine engine = new TemplateEngine();
  private final Format format;
  private final String baseUrl;
  private final Map<String, String> assets;

  public Templates(Format format, String baseUrl, Map<String, String> assets) {
    this.format = format;
    this.baseUrl = baseUrl;
    this.assets = assets;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
    StandardDialect dialect = new StandardDialect();
    dialect.setVariableExpressionEvaluator(new RecordPaths("storyline"));
    engine.setDialect(dialect);
    engine.setLinkBuilder(new RootRelativeLinks());
  }

  /** Lets @{/path} links work outside a servlet context: the site always lives at the root. */
  private static final class RootRelativeLinks extends StandardLinkBuilder {
    @Override
    protected String computeContextPath(
        IExpressionContext context, String base, Map<String, Object> parameters) {
      return "";
    }
  }

  /** Javalin's file renderer: the handler's model plus the formatter and request details. */
  public String render(String template, Map<String, ?> model, Context ctx) {
    Map<String, Object> variables = common(model);
    variables.put("requestPath", ctx.path());
    Object preview = ctx.attribute(PreviewBanner.ATTRIBUTE);
    if (preview instanceof PreviewBanner banner) {
      variables.put("preview", banner);
    }
    variables.putIfAbsent("searchQuery", "");
    return engine.process(template, new org.thymeleaf.context.Context(Locale.UK, variables));
  }

  /** One fragment of a template, such as story/parts :: map, rendered on its own. */
  public String renderFragment(String template, String fragment, Map<String, ?> model) {
    return engine.process(
        new TemplateSpec(template, Set.of(fragment), TemplateMode.HTML, null),
        new org.thymeleaf.context.Context(Locale.UK, common(model)));
  }

  private Map<String, Object> common(Map<String, ?> model) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("fmt", format);
    variables.put("baseUrl", baseUrl);
    variables.put("assets", assets);
    return variables;
  }
}
