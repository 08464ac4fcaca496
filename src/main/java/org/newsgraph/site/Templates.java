package org.newsgraph.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    private final Path folder;

    Templates(Theme theme) {
        this.folder = theme.folder();
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

    /**
     * A hash of what a page made with this template depends on besides its record: the template and the layout
     * (whose fragments every page template uses), each as the project has it or else as bundled.
     */
    String fingerprint(String template) {
        return fingerprints.computeIfAbsent(template, t -> Keys.of("template", t, source(t), source("layout")));
    }

    private String source(String template) {
        String file = template.endsWith(".xml") ? template : template + ".html";
        try {
            Path own = folder.resolve(file);
            if (Files.isRegularFile(own)) {
                return Files.readString(own);
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(Theme.BUNDLED + file)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + file, e);
        }
    }

    /** Renders a template with the page record as {@code page}. */
    String render(String template, Object page) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("page", page);
        return engine.process(template, context);
    }
}
