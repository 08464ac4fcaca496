package org.newsgraph.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
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
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    private final Path folder;

    Templates(Theme theme) {
        this(theme, SiteSettings.DEFAULT);
    }

    /** With the site's title and language, which every template sees as {@code site}. */
    Templates(Theme theme, SiteSettings site) {
        this.site = site;
        this.folder = theme.folder();
        // The theme's common expressions are read without OGNL (RecordExpressions); the rest go to OGNL.
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordExpressions(dialect.getVariableExpressionEvaluator()));
        engine.setDialect(dialect);
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

    /** A fragment reference, {@code ~{layout :: head(...)}}: group 1 names the template it is taken from. */
    private static final Pattern FRAGMENT = Pattern.compile("~\\{\\s*([A-Za-z0-9_./-]+)\\s*::");

    /**
     * A hash of what a page made with this template depends on besides its record: the template and every template
     * whose fragments it uses (the layout, for every page), each as the project has it or else as bundled.
     */
    String fingerprint(String template) {
        return fingerprints.computeIfAbsent(template, t -> {
            // The site's title and language are on every page (the layout's banner and <html lang>).
            List<String> parts = new ArrayList<>(List.of("site", site.title(), site.language()));
            Set<String> seen = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(t));
            while (!todo.isEmpty()) {
                String name = todo.pop();
                if (seen.add(name)) {
                    String source = source(name);
                    parts.add(name);
                    parts.add(source);
                    Matcher m = FRAGMENT.matcher(source);
                    while (m.find()) {
                        todo.push(m.group(1));
                    }
                }
            }
            return Keys.of(parts.toArray(String[]::new));
        });
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

    /** Renders a template with the page record as {@code page} and the site's settings as {@code site}. */
    String render(String template, Object page) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("page", page);
        context.setVariable("site", site);
        return engine.process(template, context);
    }
}
