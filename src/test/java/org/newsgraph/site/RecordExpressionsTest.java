package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The expressions read without OGNL give what OGNL gives: the same templates rendered by both, over records holding
 * nulls, empty lists, numbers and strings; and the theme's common expressions are in the subset (else nothing is
 * saved).
 */
class RecordExpressionsTest {

    public record Item(String label, String href, Integer count, double x, int y, List<String> tags, Item next) {
    }

    public record Page(String title, String root, List<Item> items, List<String> none, boolean flag) {
    }

    private static final String TEMPLATE = """
            <p th:text="${page.title}"></p><p th:text="${page.root + 'x'}"></p>
            <p th:if="${page.flag}">flag</p><p th:if="${!page.flag}">not flag</p>
            <p th:if="${#lists.isEmpty(page.none)}">none</p><p th:unless="${#lists.isEmpty(page.items)}">some</p>
            <ul><li th:each="it, i : ${page.items}" th:class="${it.href == null ? 'plain' : (it.href == 'bb' ? 'b' : 'link')}">
              <a th:if="${it.href != null}" th:href="${it.href}" th:text="${it.label}"></a>
              <span th:text="${it.x + 4}"></span><span th:text="${it.y - 6}"></span><span th:text="${it.y + it.y}"></span>
              <span th:text="${i.count}"></span><span th:text="${i.index + it.y}"></span><span th:text="${it.count}"></span>
              <span th:if="${it.count != null and it.count > 1}">many</span><span th:if="${it.count == 3}">three</span>
              <span th:text="${it.label.isEmpty() ? it.href : it.label}"></span><span th:if="${it.tags.isEmpty()}">no tags</span>
              <span th:text="${it.next == null ? '' : it.next.label}"></span><span th:text="${it.next}"></span>
              <span th:text="${it.tags}"></span><span th:text="${(it.y + 1) - (2 - 1)}"></span>
              <span th:text="${it.label == page.title}"></span><span th:text="${it.label + it.y}"></span>
            </li></ul>""";

    @Test
    void theSameOutputAsOgnl() {
        Item inner = new Item("inner <b>", "i", null, 0.5, -1, List.of(), null);
        Page page = new Page("Title & co", "../", List.of(
                new Item("A", null, null, 1.25, 3, List.of("t"), null),
                new Item("", "bb", 3, 10, 0, List.of(), inner),
                new Item("Title & co", "c", 1, -2.5, 7, List.of("x", "y"), null)), null, false);
        assertEquals(render(false, page), render(true, page));
        Page other = new Page("T", "", List.of(), List.of(), true);
        assertEquals(render(false, other), render(true, other));
    }

    @Test
    void theThemesCommonExpressionsAreReadWithoutOgnl() throws Exception {
        List<String> expressions = new ArrayList<>();
        Pattern variable = Pattern.compile("\\$\\{([^}]*)}");
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = variable.matcher(Files.readString(file));
                while (m.find()) {
                    expressions.add(m.group(1));
                }
            }
        }
        long handled = expressions.stream().filter(e -> RecordExpressions.Parser.parse(e) != null).count();
        assertEquals(true, handled >= 0.9 * expressions.size(), handled + " of " + expressions.size() + " expressions");
        assertNotNull(RecordExpressions.Parser.parse("page.pager.page > 1 ? page.title : page.root"));
        assertNull(RecordExpressions.Parser.parse("#strings.listJoin(page.aliases, ', ')"), "OGNL's");
        assertNull(RecordExpressions.Parser.parse("f.qualifier == 'a'"), "a character in OGNL");
        assertNull(RecordExpressions.Parser.parse("new java.io.File('x')"), "OGNL's, and refused there");
    }

    private static String render(boolean records, Object page) {
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        if (records) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new RecordExpressions(dialect.getVariableExpressionEvaluator()));
            engine.setDialect(dialect);
        }
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("page", page);
        return engine.process(TEMPLATE, context);
    }
}
