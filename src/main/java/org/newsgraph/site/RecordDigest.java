package org.newsgraph.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;

/**
 * Feeds a page record into a digest by its structure (records by their components in order, lists element by element,
 * strings length-prefixed), the same content {@code record.toString()} shows but without building that text: for a
 * large page the text was built again at every level of nesting, a sixth of the time spent writing a page.
 */
final class RecordDigest {

    /** Each record class's component accessors, looked up once (also {@link SameRecord}'s). */
    static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    /** Deeper than any page record: a cycle (which records of plain data cannot have) stops here. */
    static final int MAX_DEPTH = 64;

    private final MessageDigest digest;
    /** Bytes not yet given to the digest: it is fed in large pieces, not a few bytes at a time. */
    private byte[] buffer = new byte[8192];
    private int length;

    RecordDigest(MessageDigest digest) {
        this.digest = digest;
    }

    /** Adds a value: null, a record, a collection or map (in iteration order), or anything else by its text. */
    void add(Object value) {
        add(value, 0);
        digest.update(buffer, 0, length);
        length = 0;
    }

    private void add(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("a page record nested deeper than " + MAX_DEPTH + " levels");
        }
        if (value == null) {
            room(1);
            buffer[length++] = 'n';
        } else if (value instanceof String s) {
            text('s', s);
        } else if (value instanceof Record record) {
            text('r', record.getClass().getName());
            for (Method accessor : COMPONENTS.get(record.getClass())) {
                try {
                    add(accessor.invoke(record), depth + 1);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + accessor + " of a page record", e);
                }
            }
        } else if (value instanceof Collection<?> items) {
            text('l', Integer.toString(items.size()));
            for (Object item : items) {
                add(item, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            text('m', Integer.toString(map.size()));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                add(entry.getKey(), depth + 1);
                add(entry.getValue(), depth + 1);
            }
        } else {
            text('o', value.getClass().getName());
            text('v', value.toString());
        }
    }

    private void text(char kind, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        room(5);
        buffer[length++] = (byte) kind;
        buffer[length++] = (byte) (bytes.length >>> 24);
        buffer[length++] = (byte) (bytes.length >>> 16);
        buffer[length++] = (byte) (bytes.length >>> 8);
        buffer[length++] = (byte) bytes.length;
        if (bytes.length > buffer.length / 2) {
            digest.update(buffer, 0, length);
            length = 0;
            digest.update(bytes);
            return;
        }
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    /** Makes room for this many bytes in the buffer, giving what it holds to the digest when it is full. */
    private void room(int bytes) {
        if (length + bytes > buffer.length) {
            digest.update(buffer, 0, length);
            length = 0;
        }
    }
}
