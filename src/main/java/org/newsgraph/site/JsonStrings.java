package org.newsgraph.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON array of strings and nulls ({@code ["a",null,"b\"c"]}, as Jackson writes a {@code List<String>}) without
 * a JSON library: the pieces files hold one such array per line, thousands of them, and a library call per line cost
 * more than the rest of reading them. Anything else (spaces, numbers, nesting) gives null, for the caller to hand to
 * a real parser.
 */
final class JsonStrings {

    private JsonStrings() {
    }

    /** The array's items in order (null items as null), or null when the text is not such an array. */
    static List<String> parse(String json) {
        int n = json.length();
        if (n < 2 || json.charAt(0) != '[' || json.charAt(n - 1) != ']') {
            return null;
        }
        List<String> items = new ArrayList<>();
        int at = 1;
        if (at == n - 1) {
            return items;
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            if (json.startsWith("null", at)) {
                items.add(null);
                at += 4;
            } else if (json.charAt(at) == '"') {
                text.setLength(0);
                at++;
                while (true) {
                    if (at >= n - 1) {
                        return null;
                    }
                    char c = json.charAt(at++);
                    if (c == '"') {
                        break;
                    }
                    if (c != '\\') {
                        text.append(c);
                        continue;
                    }
                    char e = json.charAt(at++);
                    switch (e) {
                        case '"', '\\', '/' -> text.append(e);
                        case 'b' -> text.append('\b');
                        case 'f' -> text.append('\f');
                        case 'n' -> text.append('\n');
                        case 'r' -> text.append('\r');
                        case 't' -> text.append('\t');
                        case 'u' -> {
                            if (at + 4 > n - 1) {
                                return null;
                            }
                            int code = 0;
                            for (int i = 0; i < 4; i++) {
                                int digit = Character.digit(json.charAt(at++), 16);
                                if (digit < 0) {
                                    return null;
                                }
                                code = code * 16 + digit;
                            }
                            text.append((char) code);
                        }
                        default -> {
                            return null;
                        }
                    }
                }
                items.add(text.toString());
            } else {
                return null;
            }
            if (at == n - 1) {
                return items;
            }
            if (json.charAt(at) != ',') {
                return null;
            }
            at++;
        }
    }
}
