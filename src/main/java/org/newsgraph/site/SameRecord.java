package org.newsgraph.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether two values would feed a digest the same content ({@link RecordDigest}: records by their components in order,
 * collections and maps in iteration order, strings by their text, anything else by its text), found without making
 * that content: the same object is the same at once, and two strings are compared, not encoded and hashed. A key
 * computed from one value is then the key of the other ({@link InputKeyMemory}). When in doubt it answers no (values
 * of different classes, a value of a class not known to show its equality in its text and whose texts differ), which
 * only costs a key computed again.
 */
final class SameRecord {

    private SameRecord() {
    }

    static boolean same(Object a, Object b) {
        return same(a, b, 0);
    }

    private static boolean same(Object a, Object b, int depth) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass() || depth > RecordDigest.MAX_DEPTH) {
            return false;
        }
        if (a instanceof String s) {
            return s.equals(b);
        }
        if (a instanceof Record) {
            for (Method accessor : RecordDigest.COMPONENTS.get(a.getClass())) {
                try {
                    if (!same(accessor.invoke(a), accessor.invoke(b), depth + 1)) {
                        return false;
                    }
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Collection<?> first) {
            Collection<?> second = (Collection<?>) b;
            return first.size() == second.size() && sameInOrder(first.iterator(), second.iterator(), depth);
        }
        if (a instanceof Map<?, ?> first) {
            Map<?, ?> second = (Map<?, ?>) b;
            if (first.size() != second.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> one = first.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> two = second.entrySet().iterator();
            while (one.hasNext() && two.hasNext()) {
                Map.Entry<?, ?> x = one.next();
                Map.Entry<?, ?> y = two.next();
                if (!same(x.getKey(), y.getKey(), depth + 1) || !same(x.getValue(), y.getValue(), depth + 1)) {
                    return false;
                }
            }
            return !one.hasNext() && !two.hasNext();
        }
        return a.equals(b) && (showsEqualityInText(a) || a.toString().equals(b.toString()));
    }

    private static boolean sameInOrder(Iterator<?> one, Iterator<?> two, int depth) {
        while (one.hasNext() && two.hasNext()) {
            if (!same(one.next(), two.next(), depth + 1)) {
                return false;
            }
        }
        return !one.hasNext() && !two.hasNext();
    }

    /** Classes whose equal values have the same text (a BigDecimal's equality counts its scale, as its text does). */
    private static boolean showsEqualityInText(Object value) {
        return value instanceof Enum<?> || value instanceof Integer || value instanceof Long || value instanceof Double
                || value instanceof Float || value instanceof Boolean || value instanceof Character
                || value instanceof BigDecimal || value instanceof BigInteger || value instanceof Path
                || value instanceof TemporalAccessor;
    }
}
