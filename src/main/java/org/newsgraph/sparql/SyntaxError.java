package org.newsgraph.sparql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL syntax error as a person reads it: the line and column in the query text, what the parser found there and
 * what it expected, and the line itself with a caret. Jena's parser states the position in its message; the
 * exception's own line and column are the start of the last good token, and 0 for an unknown word ("SELEC").
 */
record SyntaxError(int line, int column, String found, List<String> expected) {

    private static final Pattern GRAMMAR = Pattern.compile(
            "Encountered (?:\"<EOF>\"|\" \\S+ \"(?<image>.*?) \"\") at line (?<line>\\d+), column (?<column>\\d+)\\."
                    + "(?:\\s*Was expecting(?: one of)?:(?<expected>.*))?", Pattern.DOTALL);
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line (?<line>\\d+), column (?<column>\\d+)\\."
            + "\\s+Encountered: (?:<EOF>|'(?<code>\\d+)' \\(\\d+\\),?)\\s*after prefix \"(?<prefix>.*)\"", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("^\\s*(\"[^\"]+\"|<[A-Z_0-9]+>) \\.\\.\\.\\s*$", Pattern.MULTILINE);
    private static final int MOST_EXPECTED = 8;

    static Optional<SyntaxError> of(QueryParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher grammar = GRAMMAR.matcher(message);
        if (grammar.find()) {
            String found = grammar.group("image") == null ? "the end of the query" : "\"" + grammar.group("image") + "\"";
            return Optional.of(new SyntaxError(Integer.parseInt(grammar.group("line")),
                    Integer.parseInt(grammar.group("column")), found, expected(grammar.group("expected"))));
        }
        Matcher lexical = LEXICAL.matcher(message);
        if (lexical.find()) {
            String prefix = lexical.group("prefix");
            String found = lexical.group("code") == null ? "the end of the query after \"" + prefix + "\""
                    : "\"" + prefix + new String(Character.toChars(Integer.parseInt(lexical.group("code")))).strip()
                    + "\", which is no SPARQL word, name or value";
            // The lexer points at the character after the word; the column of the word's start is the useful one.
            int column = Math.max(1, Integer.parseInt(lexical.group("column")) - prefix.length());
            return Optional.of(new SyntaxError(Integer.parseInt(lexical.group("line")), column, found, List.of()));
        }
        return Optional.empty();
    }

    /** Punctuation first (a missing "}" or "." is the usual mistake), then words, at most {@value #MOST_EXPECTED}. */
    private static List<String> expected(String list) {
        List<String> tokens = new ArrayList<>();
        if (list != null) {
            Matcher token = TOKEN.matcher(list);
            while (token.find()) {
                tokens.add(token.group(1));
            }
        }
        tokens.sort(Comparator.comparingInt(t -> t.matches("\"[^A-Za-z0-9]+\"") ? 0 : t.startsWith("\"") ? 1 : 2));
        if (tokens.size() > MOST_EXPECTED) {
            int more = tokens.size() - MOST_EXPECTED;
            tokens = new ArrayList<>(tokens.subList(0, MOST_EXPECTED));
            tokens.add("(" + more + " more)");
        }
        return tokens;
    }

    /** One sentence, then the query's line with a caret under the column. */
    String describe(String sparql) {
        StringBuilder text = new StringBuilder("the query is not valid SPARQL at line " + line + ", column " + column
                + ": found " + found);
        if (!expected.isEmpty()) {
            text.append(", expected ").append(expected.size() == 1 ? "" : "one of ").append(String.join(" ", expected));
        }
        List<String> lines = sparql.lines().toList();
        if (line >= 1 && line <= lines.size()) {
            String shown = lines.get(line - 1).replace('\t', ' ');
            text.append('\n').append("  ").append(shown).append('\n').append("  ")
                    .append(" ".repeat(Math.max(0, Math.min(column - 1, shown.length())))).append('^');
        }
        return text.toString();
    }
}
