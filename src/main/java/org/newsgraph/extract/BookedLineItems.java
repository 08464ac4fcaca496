package org.newsgraph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * The line item of the accounts an amount is booked in, in a filing's note: "approximately $30 million was recorded in
 * cost of products sold", "of which $485 million were included in acquired developed technology", "$114 million
 * recorded as a current liability"; a list's later amounts are booked where its first is ("$16 million in 2019, $10
 * million in 2018 and $7 million in 2017 are recorded in cost of products sold"). The amount (or the list's first) is
 * the subject of a booking verb ({@code booking-verbs.txt}), or a booking participle modifies it, and the verb's (or the
 * amount's) "in", "within" or "as" names the line item: a common or proper noun that is no date. KPI-EDGAR's gold links
 * such an amount to that line item (session 44, KPI-EDGAR: train 8 right of 8, valid 8 right, 2 wrong; three filers,
 * most of it one filer's notes, so a thin class: the fences are the parse's, not the filer's words).
 * Only where the measure chain asserted nothing, and only in filings ({@link FigureMeasures#booked}); the parse alone,
 * bounded: at most {@link #MAX_CLIMB} steps from a later amount to the list's first.
 */
final class BookedLineItems {

    /** The step of a measure read from the line item an amount is booked in. */
    static final String STEP = "booked-in";
    private static final Set<String> VERBS = ResourceTable.words("/org/newsgraph/extract/figure/booking-verbs.txt");
    /** The prepositions that name where an amount is booked, as the enhanced parse writes them. */
    private static final Set<String> PLACES = Set.of("obl:in", "obl:within", "obl:as", "nmod:in", "nmod:within",
            "nmod:as");
    /** Nouns of a preposition's idiom, or of a part of something, that name no line item: "included as part of the
     *  purchase consideration", "recorded in connection with", "in the line item other assets". */
    private static final Set<String> NO_ITEMS = ResourceTable.words("/org/newsgraph/extract/figure/booking-non-items.txt");
    /** Steps from a later amount of a list to its first (appos, conj). */
    private static final int MAX_CLIMB = 4;

    private BookedLineItems() {
    }

    /** The head noun of the line item the amount headed by {@code amount} is booked in, or null. */
    static Token lineItem(AnnotatedSentence sentence, Token amount) {
        if (!isAmount(amount) || hasOwnNoun(sentence, amount)) {
            // "a $2.4 billion decrease was recorded in retained earnings", "costs of $83 million were recorded in
            // ...", "$761 million of ROU assets previously recorded in other assets": the noun is what is booked
            return null;
        }
        Token first = firstOfList(sentence, amount);
        if (hasOwnNoun(sentence, first)) {
            return null;
        }
        Token head = sentence.head(first);
        String relation = sentence.relationToHead(first);
        if (head != null && relation.matches("nsubj(:pass)?") && isBooking(head) && head.index() > first.index()
                && !ownedBooking(sentence, head)) {
            // "$30 million was recorded in cost of products sold"
            return placeOf(sentence, head, head);
        }
        for (Token child : sentence.children(first)) {
            String edge = DependencyWalk.relation(sentence, first, child);
            if (edge.matches("amod|acl") && child.pos().equals("VBN") && isBooking(child)
                    && child.index() > first.index()) {
                // "$114 million recorded as a current liability": the place hangs on the participle, or on the amount
                Token place = placeOf(sentence, child, child);
                return place != null ? place : placeOf(sentence, first, child);
            }
        }
        return null;
    }

    /**
     * The line item's name as written, lower-cased but for proper nouns after the first word: the modifiers before the
     * item, the item and the plain words after it that belong to it ("cost of products sold", "research and
     * development", "acquired developed technology"); null when a word of the item's own phrase lies past the first
     * punctuation or other word ("Selling, general and administrative expense"), or the name runs past {@code
     * maxWords}. A clause joined to the item by the parse ("... development, and $92 million was recorded") is no part
     * of it.
     */
    static String name(AnnotatedSentence sentence, Token item, int maxWords) {
        int from = item.index();
        for (Token child : sentence.children(item)) {
            if (child.index() < item.index() && DependencyWalk.relation(sentence, item, child).matches("amod|compound")) {
                from = Math.min(from, child.index());
            }
        }
        Set<Integer> own = ownWords(sentence, item);
        int last = sentence.tokens().get(sentence.tokens().size() - 1).index();
        int to = item.index();
        while (to < last && own.contains(to + 1) && isPlain(sentence.token(to + 1))) {
            to++;
        }
        for (int word : own) {
            if (word > to || word < from && word >= 0 && !isPlain(sentence.token(word))) {
                return null;
            }
        }
        if (to - from + 1 > maxWords) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            Token token = sentence.token(i);
            if (!isPlain(token) || i < item.index() && !own.contains(i)) {
                return null;
            }
            words.add(token.pos().startsWith("NNP") && i > from ? token.text() : token.text().toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    /** The words of the item's phrase: below it, but for its determiner and preposition and any clause joined to it. */
    private static Set<Integer> ownWords(AnnotatedSentence sentence, Token item) {
        Set<Integer> own = new HashSet<>();
        Deque<Token> todo = new ArrayDeque<>(List.of(item));
        while (!todo.isEmpty()) {
            Token token = todo.poll();
            if (!own.add(token.index())) {
                continue;
            }
            for (Token child : sentence.children(token)) {
                String relation = DependencyWalk.relation(sentence, token, child);
                // a comma the parse hangs on the item ends it or stands inside it: the words past it tell which
                boolean clause = relation.startsWith("conj") && child.pos().startsWith("VB")
                        || relation.matches("acl:relcl|parataxis|dep|ref|punct");
                boolean outer = token.equals(item) && relation.matches("case|det|nmod:poss|advmod");
                if (!clause && !outer && !own.contains(child.index())) {
                    todo.add(child);
                }
            }
        }
        return own;
    }

    private static boolean isPlain(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        return (token.pos().matches("NNS?|NNPS?|JJ|VBN|VBG") || lower.equals("of") || lower.equals("and"))
                && token.text().matches("\\p{L}[\\p{L}-]*");
    }

    /** The first amount of a list a later amount belongs to ("$10 million in 2018" of "$16 million in 2019, ..."). */
    private static Token firstOfList(AnnotatedSentence sentence, Token amount) {
        Token current = amount;
        for (int step = 0; step < MAX_CLIMB; step++) {
            Token head = sentence.head(current);
            String relation = sentence.relationToHead(current);
            if (head == null || head.index() >= current.index() || !isAmount(head)
                    || !(relation.equals("appos") || relation.startsWith("conj")) || verbBetween(sentence, head, current)) {
                // a list's amounts stand in one clause: an amount of the next clause is booked in that clause's item
                break;
            }
            current = head;
        }
        return current;
    }

    /** The first noun after {@code after} that {@code governor}'s "in", "within" or "as" takes: no date, no time. */
    private static Token placeOf(AnnotatedSentence sentence, Token governor, Token after) {
        Token place = null;
        for (Token child : sentence.children(governor)) {
            if (PLACES.contains(DependencyWalk.relation(sentence, governor, child)) && child.index() > after.index()
                    && child.pos().startsWith("NN") && (child.ner().equals("O") || child.pos().startsWith("NNP")
                    && !child.ner().matches("DATE|TIME|DURATION|SET"))
                    && !NO_ITEMS.contains(child.lemma() == null ? "" : child.lemma().toLowerCase(Locale.ROOT))
                    && (place == null || child.index() < place.index())) {
                place = child;
            }
        }
        return place;
    }

    /** Whether the amount hangs on a noun or has an "of" of its own: "a $2.4 billion decrease", "costs of $83
     *  million", "$761 million of ROU assets". */
    private static boolean hasOwnNoun(AnnotatedSentence sentence, Token amount) {
        Token head = sentence.head(amount);
        String relation = sentence.relationToHead(amount);
        if (head != null && head.pos().startsWith("NN") && relation.matches("compound|amod|nummod|nmod:of")) {
            return true;
        }
        for (Token child : sentence.children(amount)) {
            if (DependencyWalk.relation(sentence, amount, child).equals("nmod:of")) {
                return true;
            }
        }
        return false;
    }

    /** "The net purchase price of $940 was recorded as goodwill", "ROU assets of $699 million ... are classified in
     *  other assets", parsed with the verb as the noun's "of" clause: the amount is that noun's, booked as the item. */
    private static boolean ownedBooking(AnnotatedSentence sentence, Token verb) {
        return sentence.relationToHead(verb).equals("acl:of") || sentence.children(verb).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, verb, c).equals("mark") && "of".equalsIgnoreCase(c.text()));
    }

    private static boolean verbBetween(AnnotatedSentence sentence, Token from, Token to) {
        for (int i = from.index() + 1; i < to.index(); i++) {
            if (sentence.token(i).pos().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBooking(Token verb) {
        return verb.pos().startsWith("VB") && verb.lemma() != null && VERBS.contains(verb.lemma().toLowerCase());
    }

    private static boolean isAmount(Token token) {
        return token.pos().equals("$") || token.pos().equals("CD") || token.ner().equals("MONEY");
    }
}
