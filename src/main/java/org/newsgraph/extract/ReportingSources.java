package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Whether the article names an organisation as a source that reports figures about others: a research firm, a news
 * agency, a pollster ({@code reporting-sources.txt}), read from the noun that describes it by the parse: its
 * apposition ("NPD Group, a market research firm"), the noun its name modifies ("the Reuters news agency"), or the
 * nouns before its name ("research firm Gartner"). A figure in what such a source says is not the source's own
 * (MEANTIME tuning: the songs downloaded from a music store a research firm counted, the equity value a news agency
 * reported lost), so {@code FigureContext} proposes no speaker for it.
 */
final class ReportingSources {

    static final Set<String> SOURCES = Set.copyOf(ResourceTable.rows("/org/newsgraph/extract/reporting-sources.txt",
            1, "one noun or two-word phrase a line").stream()
            .map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT)).toList());

    private ReportingSources() {
    }

    /** Whether the article describes this entity, somewhere, by a noun of a reporting source. */
    static boolean isSource(AnnotatedText doc, Entity entity, Function<Token, Entity> names) {
        for (AnnotatedSentence sentence : doc.sentences()) {
            for (Token token : sentence.tokens()) {
                if (entity.equals(names.apply(token)) && describedAsSource(sentence, token, names)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of a name is described as a reporting source in its sentence. */
    static boolean describedAsSource(AnnotatedSentence sentence, Token name, Function<Token, Entity> names) {
        Entity entity = names.apply(name);
        List<Token> nouns = new ArrayList<>();
        Token head = sentence.head(name);
        String relation = sentence.relationToHead(name);
        if (head != null && names.apply(head) == null && (relation.equals("compound") || relation.equals("appos"))) {
            nouns.add(head);
        }
        List<String> before = new ArrayList<>();
        for (Token child : sentence.children(name)) {
            if (names.apply(child) != null && names.apply(child).equals(entity)) {
                continue;
            }
            String childRelation = DependencyWalk.relation(sentence, name, child);
            if (childRelation.equals("appos")) {
                nouns.add(child);
            } else if (childRelation.equals("compound") && child.index() < name.index() && names.apply(child) == null) {
                before.add(word(child));
                nouns.add(child);
            }
        }
        for (Token noun : nouns) {
            if (matches(noun, sentence, names)) {
                return true;
            }
        }
        // "research firm Gartner" parsed flat: the nouns before the name, the last one with the one before it
        if (!before.isEmpty()) {
            String last = before.get(before.size() - 1);
            return SOURCES.contains(last)
                    || before.size() > 1 && SOURCES.contains(before.get(before.size() - 2) + " " + last);
        }
        return false;
    }

    /** Whether a describing noun, alone or with the words before it, names a reporting source. */
    private static boolean matches(Token noun, AnnotatedSentence sentence, Function<Token, Entity> names) {
        String word = word(noun);
        if (SOURCES.contains(word)) {
            return true;
        }
        for (Token child : sentence.children(noun)) {
            String relation = DependencyWalk.relation(sentence, noun, child);
            if ((relation.equals("compound") || relation.equals("amod")) && names.apply(child) == null
                    && SOURCES.contains(word(child) + " " + word)) {
                return true;
            }
            // "a market research firm": "market" hangs on "research"
            if (relation.equals("compound")) {
                for (Token part : sentence.children(child)) {
                    if (DependencyWalk.relation(sentence, child, part).equals("compound")
                            && SOURCES.contains(word(part) + " " + word(child) + " " + word)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
