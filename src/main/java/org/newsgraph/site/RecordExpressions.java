package org.newsgraph.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

/**
 * Evaluates the variable expressions the theme's templates use most ({@code ${page.title}}, {@code ${f.unit != null}},
 * {@code ${n.y + 30}}, {@code ${#lists.isEmpty(page.tags)}}) without OGNL: each expression is parsed once into a small
 * tree over record components, read through accessors looked up once per record class. Everything else, and any
 * value this evaluator does not know how to treat exactly as OGNL would (a map, a null in the middle of a chain, a
 * comparison of a string with a number...), goes to OGNL unchanged, so a page comes out byte for byte the same.
 *
 * <p>The subset, with OGNL's meaning: property chains from a context variable (record components, getters of Thymeleaf's own objects such as an iteration's status),
 * {@code isEmpty()} of a string or collection, {@code #lists.isEmpty(x)}, string literals but those of one character
 * (OGNL reads {@code 'a'} as a character), integer literals, {@code null}, {@code true}, {@code false},
 * {@code == != < > <= >=}, {@code + -} on integers and doubles and {@code +} joining strings, {@code !}, {@code and},
 * {@code ? :} on booleans, parentheses.
 */
final class RecordExpressions implements IStandardVariableExpressionEvaluator {

    /** Thrown where OGNL's answer could differ from ours: the whole expression goes to OGNL instead. */
    private static final class NotHandled extends RuntimeException {
        NotHandled() {
            super(null, null, false, false);
        }
    }

    private static final NotHandled NOT_HANDLED = new NotHandled();

    /** OGNL's reserved words and the context's special names: an expression using one is left to OGNL. */
    private static final Set<String> RESERVED = Set.of("or", "not", "eq", "ne", "lt", "gt", "le", "ge", "in", "this",
            "new", "instanceof", "shl", "shr", "ushr", "band", "bor", "xor", "param", "session", "application");

    private final IStandardVariableExpressionEvaluator ognl;
    private final Map<String, Optional<Node>> parsed = new ConcurrentHashMap<>();

    RecordExpressions(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        String text = expression.getExpression();
        Optional<Node> tree = text == null ? Optional.empty() : parsed.get(text);
        if (tree == null) {
            tree = parsed.computeIfAbsent(text, t -> Optional.ofNullable(Parser.parse(t)));
        }
        boolean selection = expression.getUseSelectionAsRoot() && context instanceof ITemplateContext template
                && template.hasSelectionTarget();
        if (tree.isEmpty() || selection) {
            return ognl.evaluate(context, expression, expContext);
        }
        Object result;
        try {
            result = tree.get().value(context);
        } catch (NotHandled e) {
            return ognl.evaluate(context, expression, expContext);
        }
        if (!expContext.getPerformTypeConversion()) {
            return result;
        }
        return StandardExpressions.getConversionService(context.getConfiguration()).convert(context, result, String.class);
    }

    @Override
    public String toString() {
        return "records, else " + ognl;
    }

    /** A parsed expression. */
    private interface Node {
        Object value(IExpressionContext context);
    }

    private record Literal(Object value) implements Node {
        @Override
        public Object value(IExpressionContext context) {
            return value;
        }
    }

    /**
     * A variable of the context, then properties (and {@code isEmpty()}) of what it holds. Each step remembers the
     * reader it used last and the class it read (a template's expression nearly always meets one class), so the
     * class's readers are looked up by name only when another class comes.
     */
    private record Chain(String variable, List<Step> steps) implements Node {
        @Override
        public Object value(IExpressionContext context) {
            Object value = context.getVariable(variable);
            for (Step step : steps) {
                if (value == null) {
                    throw NOT_HANDLED;
                }
                value = step.isEmpty ? isEmpty(value) : step.read(value);
            }
            return value;
        }

        private static Object isEmpty(Object value) {
            if (value instanceof String s) {
                return s.isEmpty();
            }
            if (value instanceof Collection<?> c) {
                return c.isEmpty();
            }
            throw NOT_HANDLED;
        }
    }

    /** One property step of a {@link Chain}, with the last class it read and that class's reader. */
    private static final class Step {
        private final String property;
        private final boolean isEmpty;
        private volatile Reader last;

        Step(String property) {
            this.property = property;
            this.isEmpty = property.equals("isEmpty()");
        }

        Object read(Object target) {
            Reader reader = last;
            if (reader == null || reader.type() != target.getClass()) {
                reader = new Reader(target.getClass(), Properties.reader(target.getClass(), property));
                last = reader;
            }
            return Properties.invoke(reader.method(), target);
        }
    }

    /** A class and the method that reads a property of it (null: none). */
    private record Reader(Class<?> type, Method method) {
    }

    /** {@code #lists.isEmpty(x)}: Thymeleaf's, true for null. */
    private record ListIsEmpty(Node list) implements Node {
        @Override
        public Object value(IExpressionContext context) {
            Object value = list.value(context);
            if (value == null) {
                return true;
            }
            if (value instanceof List<?> l) {
                return l.isEmpty();
            }
            throw NOT_HANDLED;
        }
    }

    private record Not(Node operand) implements Node {
        @Override
        public Object value(IExpressionContext context) {
            return !bool(operand.value(context));
        }
    }

    /** OGNL's {@code and} gives the first operand when it is false, else the second. */
    private record And(Node left, Node right) implements Node {
        @Override
        public Object value(IExpressionContext context) {
            Object l = left.value(context);
            return bool(l) ? right.value(context) : l;
        }
    }

    private record Conditional(Node condition, Node then, Node otherwise) implements Node {
        @Override
        public Object value(IExpressionContext context) {
            return bool(condition.value(context)) ? then.value(context) : otherwise.value(context);
        }
    }

    private record Binary(String operator, Node left, Node right) implements Node {
        @Override
        public Object value(IExpressionContext context) {
            Object l = left.value(context);
            Object r = right.value(context);
            return switch (operator) {
                case "==" -> equal(l, r);
                case "!=" -> !equal(l, r);
                case "+" -> add(l, r);
                case "-" -> subtract(l, r);
                default -> compare(operator, l, r);
            };
        }

        private static boolean equal(Object l, Object r) {
            if (l == null || r == null) {
                return l == r;
            }
            if (l instanceof String && r instanceof String || l instanceof Integer && r instanceof Integer
                    || l instanceof Boolean && r instanceof Boolean) {
                return l.equals(r);
            }
            throw NOT_HANDLED;
        }

        private static Object add(Object l, Object r) {
            if (l instanceof Integer a && r instanceof Integer b) {
                return a + b;
            }
            if (number(l) && number(r)) {
                return ((Number) l).doubleValue() + ((Number) r).doubleValue();
            }
            if (l instanceof String && (r instanceof String || r instanceof Integer)
                    || r instanceof String && l instanceof Integer) {
                return String.valueOf(l) + r;
            }
            throw NOT_HANDLED;
        }

        private static Object subtract(Object l, Object r) {
            if (l instanceof Integer a && r instanceof Integer b) {
                return a - b;
            }
            if (number(l) && number(r)) {
                return ((Number) l).doubleValue() - ((Number) r).doubleValue();
            }
            throw NOT_HANDLED;
        }

        private static boolean compare(String operator, Object l, Object r) {
            if (!(l instanceof Integer a && r instanceof Integer b)) {
                throw NOT_HANDLED;
            }
            int c = Integer.compare(a, b);
            return switch (operator) {
                case "<" -> c < 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                default -> c >= 0;
            };
        }

        private static boolean number(Object value) {
            return value instanceof Integer || value instanceof Double;
        }
    }

    /** Only booleans are tested here: OGNL's truth of strings, numbers and other objects is left to OGNL. */
    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw NOT_HANDLED;
    }

    /** Reads properties: a record's components, else public no-argument {@code getX()}/{@code isX()} methods. */
    static final class Properties {

        /** Each class's readers, looked up once (a ClassValue: no hashing of the class on every read). */
        private static final ClassValue<Map<String, Method>> READERS = new ClassValue<>() {
            @Override
            protected Map<String, Method> computeValue(Class<?> type) {
                return readers(type);
            }
        };

        private Properties() {
        }

        /** The method that reads a property of this class, or null (OGNL's {@link RecordAccessor} uses it too). */
        static Method reader(Class<?> type, String property) {
            return READERS.get(type).get(property);
        }

        static Object read(Object target, String property) {
            return invoke(reader(target.getClass(), property), target);
        }

        /** {@code reader} applied to {@code target}; not handled here when there is no reader. */
        static Object invoke(Method reader, Object target) {
            if (reader == null) {
                throw NOT_HANDLED;
            }
            try {
                return reader.invoke(target);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw NOT_HANDLED;
            }
        }

        private static Map<String, Method> readers(Class<?> type) {
            Map<String, Method> readers = new HashMap<>();
            if (Map.class.isAssignableFrom(type)) {
                return Map.of();
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Method method = component.getAccessor();
                    method.setAccessible(true);
                    readers.put(component.getName(), method);
                }
                return Map.copyOf(readers);
            }
            if (!type.getName().startsWith("org.thymeleaf.") || !Modifier.isPublic(type.getModifiers())) {
                return Map.of();  // other objects' properties are OGNL's business (fields, access rules)
            }
            for (Method method : type.getMethods()) {
                String name = method.getName();
                if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                        || method.getDeclaringClass() == Object.class) {
                    continue;
                }
                if (name.startsWith("get") && name.length() > 3) {
                    readers.put(decapitalize(name.substring(3)), method);  // getX before isX, as OGNL
                }
            }
            for (Method method : type.getMethods()) {
                String name = method.getName();
                if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                        && name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                    readers.putIfAbsent(decapitalize(name.substring(2)), method);
                }
            }
            return Map.copyOf(readers);
        }

        private static String decapitalize(String name) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
    }

    /** A recursive-descent parser of the subset; null for anything outside it. */
    static final class Parser {

        private final List<String> tokens;
        private int at;

        private Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        /** The tree of an expression, or null when it is not in the subset. */
        static Node parse(String text) {
            List<String> tokens = tokens(text);
            if (tokens == null) {
                return null;
            }
            try {
                Parser parser = new Parser(tokens);
                Node node = parser.conditional();
                return parser.at == tokens.size() ? node : null;
            } catch (NotHandled e) {
                return null;
            }
        }

        private Node conditional() {
            Node condition = and();
            if (accept("?")) {
                Node then = conditional();
                expect(":");
                return new Conditional(condition, then, conditional());
            }
            return condition;
        }

        private Node and() {
            Node left = unary();
            while (accept("and")) {
                left = new And(left, unary());
            }
            return left;
        }

        private Node unary() {
            return accept("!") ? new Not(unary()) : comparison();
        }

        private Node comparison() {
            Node left = additive();
            for (String op : List.of("==", "!=", "<=", ">=", "<", ">")) {
                if (accept(op)) {
                    return new Binary(op, left, additive());
                }
            }
            return left;
        }

        private Node additive() {
            Node left = primary();
            while (true) {
                if (accept("+")) {
                    left = new Binary("+", left, primary());
                } else if (accept("-")) {
                    left = new Binary("-", left, primary());
                } else {
                    return left;
                }
            }
        }

        private Node primary() {
            String token = next();
            if (token.equals("(")) {
                Node inner = conditional();
                expect(")");
                return inner;
            }
            if (token.equals("#lists.isEmpty")) {
                expect("(");
                Node list = conditional();
                expect(")");
                return new ListIsEmpty(list);
            }
            if (token.startsWith("'")) {
                return new Literal(token.substring(1, token.length() - 1));
            }
            if (Character.isDigit(token.charAt(0))) {
                return new Literal(Integer.valueOf(token));
            }
            switch (token) {
                case "null":
                    return new Literal(null);
                case "true":
                    return new Literal(Boolean.TRUE);
                case "false":
                    return new Literal(Boolean.FALSE);
                default:
                    break;
            }
            if (!identifier(token)) {
                throw NOT_HANDLED;
            }
            List<String> steps = new ArrayList<>();
            while (accept(".")) {
                String step = next();
                if (!identifier(step)) {
                    throw NOT_HANDLED;
                }
                if (accept("(")) {
                    if (!step.equals("isEmpty")) {
                        throw NOT_HANDLED;
                    }
                    expect(")");
                    step = "isEmpty()";
                }
                steps.add(step);
            }
            return new Chain(token, steps.stream().map(Step::new).toList());
        }

        private static boolean identifier(String token) {
            return Character.isJavaIdentifierStart(token.charAt(0)) && !RESERVED.contains(token)
                    && !token.equals("and") && !token.equals("null") && !token.equals("true") && !token.equals("false");
        }

        private boolean accept(String token) {
            if (at < tokens.size() && tokens.get(at).equals(token)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw NOT_HANDLED;
            }
        }

        private String next() {
            if (at >= tokens.size()) {
                throw NOT_HANDLED;
            }
            return tokens.get(at++);
        }

        /** The tokens of an expression, or null when it has any character outside the subset. */
        private static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == ' ') {
                    i++;
                } else if (Character.isJavaIdentifierStart(c) && c != '$') {
                    int end = i;
                    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))
                            && text.charAt(end) != '$') {
                        end++;
                    }
                    tokens.add(text.substring(i, end));
                    i = end;
                } else if (c >= '0' && c <= '9') {
                    int end = i;
                    while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                        end++;
                    }
                    if (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '.')
                            || end - i > 9) {
                        return null;  // 1.5, 10L, 0x1F, numbers past int: OGNL's own reading
                    }
                    tokens.add(text.substring(i, end));
                    i = end;
                } else if (c == '\'') {
                    int end = text.indexOf('\'', i + 1);
                    if (end < 0 || end - i - 1 == 1 || text.substring(i + 1, end).indexOf('\\') >= 0) {
                        return null;  // unterminated, a character literal 'a', or escapes
                    }
                    tokens.add(text.substring(i, end + 1));
                    i = end + 1;
                } else if (text.startsWith("#lists.isEmpty", i)) {
                    tokens.add("#lists.isEmpty");
                    i += "#lists.isEmpty".length();
                } else if (text.startsWith("==", i) || text.startsWith("!=", i) || text.startsWith("<=", i)
                        || text.startsWith(">=", i)) {
                    tokens.add(text.substring(i, i + 2));
                    i += 2;
                } else if ("()+-.!?:<>".indexOf(c) >= 0) {
                    tokens.add(String.valueOf(c));
                    i++;
                } else {
                    return null;
                }
            }
            return tokens;
        }
    }
}
