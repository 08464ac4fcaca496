package org.newsgraph.site;

import java.nio.file.Path;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** The Thymeleaf theme in {@code templates/}: a layout plus one template per page kind. */
final class Templates {

    private final TemplateEngine engine = new TemplateEngine();

    Templates(Path folder) {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(folder.toAbsolutePath().normalize() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** Renders a template with the page record as {@code page}. */
    String render(String template, Object page) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("page", page);
        return engine.process(template, context);
    }
}
