package org.newsgraph.site;

import java.util.Locale;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The Thymeleaf theme: a layout plus one template per page kind. Each name is looked up in the project's folder,
 * then in the bundled theme; {@code *.xml} templates (feeds) are rendered as XML, the others as HTML.
 */
final class Templates {

    static {
        RecordAccessor.install();
    }

    private final TemplateEngine engine = new TemplateEngine();
    private final SiteSettings site;

    Templates(Theme theme) {
        this(theme, SiteSettings.DEFAULT);
    }

    /** With the site's title and language, which every template sees as {@code site}. */
    Templates(Theme theme, SiteSettings site) {
        this.site = site;
        String folder = theme.folder() + "/";
        engine.addTemplateResolver(resolver(new FileTemplateResolver(), folder, TemplateMode.XML, 1));
        engine.addTemplateResolver(resolver(new ClassLoaderTemplateResolver(), Theme.BUNDLED, TemplateMode.XML, 2));
        engine.addTemplateResolver(resolver(new FileTemplateResolver(), folder, TemplateMode.HTML, 3));
        engine.addTemplateResolver(resolver(new ClassLoaderTemplateResolver(), Theme.BUNDLED, TemplateMode.HTML, 4));
    }

    private static AbstractConfigurableTemplateResolver resolver(AbstractConfigurableTemplateResolver resolver,
                                                                 String prefix, TemplateMode mode, int order) {
        resolver.setPrefix(prefix);
        if (mode == TemplateMode.XML) {
            resolver.setResolvablePatterns(Set.of("*.xml"));
        } else {
            resolver.setSuffix(".html");
        }
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }

    SiteSettings site() {
        return site;
    }

    /** Renders a template with the page record as {@code page} and the site's settings as {@code site}. */
    String render(String template, Object page) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("page", page);
        context.setVariable("site", site);
        return engine.process(template, context);
    }
}
