package org.newsgraph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * When a figure holds: the date its own words give it, else none. In order:
 * <ol>
 *   <li>a list of figures paired with a list of dates of the same length ("$92 million, $167 million and $218
 *       million for 2018, 2019 and 2020, respectively"; "At December 31, 2020 and 2019, ... $7.6 billion and $10.5
 *       billion") gives each figure the date at its place;</li>
 *   <li>a figure that is the base of a comparison ("from $4 million in 2019", "compared with $4 million", "than $4
 *       million", "up from $4 million a year earlier") holds only for a date attached to itself;</li>
 *   <li>else a date attached to the figure or to a word between it and its verb (or a date the parse makes the
 *       figure's governor, "were $41 at the end of 2021"), nearest first; then a date attached to a clause above it
 *       ("In 2020, it said revenue rose 5%"); then a date hanging by a preposition deep in the figure's own noun
 *       phrase ("$3 million for contributions under the plans in 2020").</li>
 * </ol>
 * Never a date of another figure ("rose to $5 million from $4 million in 2019": 2019 is the base's), the base of a
 * change ("from a year earlier"), a founding date, a maturity or expiry date ("notes due 2022"), a date in a clause
 * the figure is not part of ("the company, which listed in 2015, ..."), a date the parse coordinates with the
 * figure, or a date with another clause's own date between it and the figure ("As of December 31, 2020 we had $5
 * million and as of December 31, 2019, we had $7 million": neither amount takes the other's date, however the
 * parse hangs them). Words in {@code time-words.tsv}. "The year ended December 31, 2020" is 2020 and "the quarter
 * ended June 30, 2020" 2020-Q2; a fiscal period keeps the article's words ("fiscal 2021", "fiscal second quarter",
 * "the year ended January 31, 2021"), and a plain year listed after a fiscal one is fiscal too ("fiscal 2021, 2020
 * and 2019").
 */
final class FigureTime {

    private static final TimeWords WORDS = TimeWords.BUNDLED;
    private static final Set<String> FOUNDING = WORDS.founding();
    private static final Set<String> MATURITY = WORDS.maturity();
    /** A date with one of these words is the base of a change: "a year earlier", "the prior year". */
    private static final Pattern BASE_OF_CHANGE = Pattern.compile(
            "(?i).*\\b" + TimeWords.alternation(WORDS.baseOfChange()) + "\\b.*");
    /** Words before a base of comparison: "from $4 million", "than a year ago", "compared with 2019". */
    private static final Set<String> BEFORE_BASE = WORDS.beforeBase();
    private static final Set<String> COMPARE = WORDS.compare();
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}(?:-(?:\\d{2}(?:-\\d{2})?|Q[1-4]|H[12]|W\\d{2}))?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Words that join the items of a list of dates. */
    private static final Set<String> LIST_JOINS = WORDS.listJoins();
    private static final Set<String> NUMBER_TAGS = Set.of("MONEY", "PERCENT", "NUMBER");
    private static final int MAX_COORDINATION = 12;
    /** Words of a period a date ends: "the year ended", "the three months ending", "the period ended". */
    private static final Set<String> PERIOD_WORDS = WORDS.period();
    /** "fiscal 2021", "FY 2021", anywhere in a date's words. */
    private static final Pattern FISCAL_IN = Pattern.compile(".*\\b" + TimeWords.alternation(WORDS.fiscal()) + ".*");
    /** "last year", "next month": relative to the article's day. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i).*\\b" + TimeWords.alternation(WORDS.relative()) + "\\b.*");
    private static final int PERIOD_CLIMB = 3;
    /** A day of the week as SUTime gives it when no article date resolves it: "XXXX-WXX-2" for "Tuesday". */
    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-[1-7]");
    private static final Set<String> STATEMENT = WORDS.statement();
    private static final Set<String> ANNOUNCEMENT = WORDS.announcement();
    /** How far above a weekday a verb of saying or making known may be (bounded: the parse may hang it deep). */
    private static final int WEEKDAY_CLIMB = 6;
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final String text;

    /** @param text the document's text, which the sentences' offsets index */
    FigureTime(String text) {
        this.text = text;
    }

    /** A date of the sentence: its tokens, its value, and whether the value is fiscal. */
    private record DateRun(int first, int last, String value, boolean fiscal) {
    }

    /** When the figure whose head and tokens are given holds, or null. */
    String of(AnnotatedSentence sentence, Token head, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        List<DateRun> runs = dateRuns(sentence);
        String paired = paired(sentence, head, span, runs);
        if (paired != null) {
            return paired.isEmpty() ? null : paired;
        }
        Set<Integer> own = new HashSet<>();
        for (Token token : span) {
            own.add(token.index());
        }
        own.add(head.index());
        boolean base = isBase(sentence, head);
        Set<Integer> clause = new HashSet<>(own);
        Set<Integer> above = new HashSet<>();
        boolean inClause = true;
        Token current = head;
        for (Token ancestor : DependencyWalk.ancestors(sentence, head)) {
            boolean sibling = sentence.relationToHead(current).startsWith("conj") && isNumber(sentence, ancestor);
            boolean ownClause = hasChild(sentence, current, "nsubj", "cop");
            current = ancestor;
            if (sibling && !ownClause) {
                // "$1.7 billion for fiscal 2021, $1.5 billion for fiscal 2020": the first figure's date is its own
                continue;
            }
            if (sibling) {
                // "A was $105 billion and B was $65 billion": the first clause's dates are shared, less closely
                inClause = false;
            }
            (inClause ? clause : above).add(ancestor.index());
            if (ancestor.pos().startsWith("VB")) {
                inClause = false;
            }
        }
        for (Token verb : List.copyOf(clauseTokens(sentence, clause))) {
            for (Token child : sentence.children(verb)) {
                if (DependencyWalk.relation(sentence, verb, child).startsWith("nsubj") && !own.contains(child.index())) {
                    // "Revenue in 2020 was $5 million", "The 2018 tax expense includes $2 million"
                    List<Token> subject = phrase(sentence, child);
                    if (subject.stream().noneMatch(t -> t != child && isNumber(sentence, t))) {
                        subject.forEach(t -> clause.add(t.index()));
                    }
                }
            }
        }
        Set<DateRun> later = new HashSet<>();
        List<List<DateRun>> lists = dateLists(sentence, runs);
        for (List<DateRun> list : lists) {
            later.addAll(list.subList(1, list.size()));
        }
        Set<Integer> nominal = base ? Set.of() : nominalPhrase(sentence, own);
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        int figureStart = span.get(0).start();
        for (DateRun run : runs) {
            // "As of December 31, 2020 and 2019, the value was $5 million": one figure holds for the first date
            if (run.value() == null || later.contains(run) || ofAnotherFigure(sentence, run, own, clause, above)
                    || coordinated(sentence, run, own)
                    || beyondAnotherDate(sentence, run, runs, lists, span, clause, above)) {
                continue;
            }
            int tier = Integer.MAX_VALUE;
            for (int k = run.first(); k <= run.last(); k++) {
                Token token = tokens.get(k);
                if (!base && !own.contains(token.index()) && clause.contains(token.index())) {
                    // "Borrowings were $41 at the end of 2021" parsed with the date governing the figure
                    tier = Math.min(tier, 1);
                }
                Token governor = governor(sentence, token);
                if (governor == null) {
                    continue;
                }
                if (own.contains(governor.index()) || base && subtreeOf(sentence, head).contains(governor.index())) {
                    tier = 0;
                } else if (!base && clause.contains(governor.index())) {
                    tier = Math.min(tier, 1);
                } else if (!base && above.contains(governor.index())) {
                    tier = Math.min(tier, 2);
                } else if (!base && nominal.contains(governor.index()) && prepositional(sentence, token)) {
                    // deep in the figure's own phrase: only when no clause has a date ("In May 2020, it redeemed
                    // the remaining $3 million of notes with a redemption date of June 1, 2020" is May's)
                    tier = Math.min(tier, 3);
                }
            }
            if (tier == Integer.MAX_VALUE) {
                continue;
            }
            int score = Math.abs(tokens.get(run.first()).start() - figureStart) + tier * 100_000;
            if (score < bestScore) {
                best = run.value();
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The date at the figure's place when the figure is one of a list paired with a list of dates as long; "" when
     * the figure is in such a list but no list of dates is as long (no date is then sure), null when no pairing
     * applies.
     */
    private String paired(AnnotatedSentence sentence, Token head, List<Token> span, List<DateRun> runs) {
        List<List<DateRun>> lists = dateLists(sentence, runs);
        boolean longList = false;
        boolean inList = false;
        List<List<Token>> readings = List.of(coordination(sentence, head, span), numberList(sentence, span));
        for (List<Token> figures : readings) {
            int place = figures.indexOf(head);
            if (place < 0) {
                place = figures.indexOf(span.get(0));
            }
            if (figures.size() < 2 || place < 0 || interleaved(sentence, figures, runs)) {
                continue;
            }
            inList = true;
            for (List<DateRun> list : lists) {
                if (list.size() < 2) {
                    continue;
                }
                longList = true;
                if (list.size() == figures.size() && list.stream().allMatch(r -> r.value() != null)) {
                    DateRun run = list.get(place);
                    boolean fiscal = list.get(0).fiscal();
                    return fiscal && !run.fiscal() && run.value().matches("\\d{4}") ? "fiscal " + run.value()
                            : run.value();
                }
            }
        }
        return inList && longList ? "" : null;
    }

    /** "$3 billion in 2020 and $4 billion in 2019 and 2018": a date between the figures is one figure's own. */
    private static boolean interleaved(AnnotatedSentence sentence, List<Token> figures, List<DateRun> runs) {
        int offset = sentence.tokens().get(0).index();
        int first = figures.get(0).index() - offset;
        int last = figures.get(figures.size() - 1).index() - offset;
        return runs.stream().anyMatch(r -> r.first() > first && r.last() < last);
    }

    /**
     * The amounts listed with the figure, as the NER marks them ("$43, $43 and $48"), by their first tokens: a reading
     * of the list that holds where the parse does not coordinate the amounts.
     */
    private static List<Token> numberList(AnnotatedSentence sentence, List<Token> span) {
        List<Token> tokens = sentence.tokens();
        int offset = tokens.get(0).index();
        int at = span.get(0).index() - offset;
        if (!NUMBER_TAGS.contains(tokens.get(at).ner())) {
            return List.of();
        }
        List<Token> firsts = new ArrayList<>();
        int first = at;
        while (first > 0 && sameNumber(tokens.get(first - 1), tokens.get(at))) {
            first--;
        }
        // back over earlier items joined by commas and "and"
        int i = first;
        while (true) {
            int k = i - 1;
            while (k >= 0 && LIST_JOINS.contains(word(tokens.get(k)))) {
                k--;
            }
            if (k < 0 || k == i - 1 || !NUMBER_TAGS.contains(tokens.get(k).ner())) {
                break;
            }
            while (k > 0 && sameNumber(tokens.get(k - 1), tokens.get(k))) {
                k--;
            }
            i = k;
        }
        while (i < tokens.size() && NUMBER_TAGS.contains(tokens.get(i).ner())) {
            firsts.add(tokens.get(i));
            int k = i;
            while (k + 1 < tokens.size() && sameNumber(tokens.get(k + 1), tokens.get(i))) {
                k++;
            }
            int next = k + 1;
            while (next < tokens.size() && LIST_JOINS.contains(word(tokens.get(next)))) {
                next++;
            }
            if (next == k + 1 || firsts.size() >= MAX_COORDINATION) {
                break;
            }
            i = next;
        }
        return firsts;
    }

    private static boolean sameNumber(Token a, Token b) {
        return a.ner().equals(b.ner()) && NUMBER_TAGS.contains(a.ner()) && sameValue(a, b);
    }

    /**
     * The figure's head and the heads coordinated with it ("$1, $2 and $3"), in the order of the sentence; also through
     * the nouns the figures are amounts of ("a premium of $2.1 billion and a premium of $2.2 billion").
     */
    private static List<Token> coordination(AnnotatedSentence sentence, Token head, List<Token> span) {
        Set<Integer> seen = new HashSet<>();
        List<Token> out = new ArrayList<>();
        Deque<Token> todo = new ArrayDeque<>();
        Token top = head;
        for (int steps = 0; steps < span.size() && sentence.head(top) != null && span.contains(sentence.head(top));
             steps++) {
            top = sentence.head(top); // "$2.1 billion" headed by "billion" hangs below the figure by its "$"
        }
        Token holder = sentence.head(top);
        if (holder != null && word(holder).equals("of")) {
            holder = sentence.head(holder); // "a premium of $2.1 billion" where the parse makes "of" a clause
        }
        todo.add(holder != null && amountOf(sentence, holder) == top ? holder : head);
        while (!todo.isEmpty() && out.size() < MAX_COORDINATION) {
            Token token = todo.poll();
            if (!seen.add(token.index())) {
                continue;
            }
            Token figure = isNumber(sentence, token) ? token : amountOf(sentence, token);
            if (figure != null) {
                out.add(figure);
            }
            int at = figure == null ? token.index() : figure.index();
            for (Dependency edge : sentence.dependencies()) {
                boolean down = edge.governor() == token.index() || edge.governor() == at;
                boolean up = (edge.dependent() == token.index() || edge.dependent() == at) && edge.governor() >= 0;
                if ((down || up) && edge.relation().startsWith("conj")) {
                    Token other = sentence.token(down ? edge.dependent() : edge.governor());
                    if (!seen.contains(other.index()) && (isNumber(sentence, other) || amountOf(sentence, other) != null)) {
                        todo.add(other);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Token::index));
        return out;
    }

    /**
     * The figure a noun is an amount of ("premium" of "a premium of $2.1 billion", also where the parse hangs the
     * amount below "of" as if it were a clause), or null.
     */
    private static Token amountOf(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().startsWith("NN")) {
            return null;
        }
        for (Token child : sentence.children(noun)) {
            if (DependencyWalk.relation(sentence, noun, child).equals("nmod:of") && isNumber(sentence, child)) {
                return child;
            }
            if (word(child).equals("of")) {
                for (Token grandchild : sentence.children(child)) {
                    if (isNumber(sentence, grandchild)) {
                        return grandchild;
                    }
                }
            }
        }
        return null;
    }

    /** Runs of dates joined only by commas and "and" ("2020, 2019 and 2018"; "December 31, 2020 and 2019"). */
    private static List<List<DateRun>> dateLists(AnnotatedSentence sentence, List<DateRun> runs) {
        List<Token> tokens = sentence.tokens();
        List<List<DateRun>> lists = new ArrayList<>();
        List<DateRun> current = new ArrayList<>();
        for (DateRun run : runs) {
            if (!current.isEmpty()) {
                DateRun last = current.get(current.size() - 1);
                boolean joined = true;
                for (int k = last.last() + 1; k < run.first(); k++) {
                    String word = word(tokens.get(k));
                    joined = joined && (LIST_JOINS.contains(word) || WORDS.fiscal().contains(word)
                            || word.matches("years?"));
                }
                if (!joined) {
                    lists.add(current);
                    current = new ArrayList<>();
                }
            }
            current.add(run);
        }
        if (!current.isEmpty()) {
            lists.add(current);
        }
        return lists;
    }

    /** Whether a token is a figure's number or the word it counts ("$", "5", "million", "%", "stores" of "5 stores"). */
    private static boolean isNumber(AnnotatedSentence sentence, Token token) {
        if (NUMBER_TAGS.contains(token.ner()) || token.pos().equals("CD") || token.pos().equals("$")) {
            return !token.ner().equals("DATE");
        }
        return sentence.children(token).stream()
                .anyMatch(c -> DependencyWalk.relation(sentence, token, c).equals("nummod") && !c.ner().equals("DATE"));
    }

    /** "from $4 million", "than $4 million", "compared with $4 million": the figure is the base of a comparison. */
    private static boolean isBase(AnnotatedSentence sentence, Token head) {
        for (Token child : sentence.children(head)) {
            String relation = DependencyWalk.relation(sentence, head, child);
            if ((relation.equals("case") || relation.equals("mark")) && BEFORE_BASE.contains(word(child))) {
                return true;
            }
        }
        Token governor = sentence.head(head);
        return governor != null && COMPARE.contains(word(governor))
                && sentence.relationToHead(head).matches("(obl|nmod|advcl)(:.*)?");
    }

    /**
     * "$439 million and as of December 31, 2019, ... $617 million": a date the parse coordinates with the figure is
     * the start of another part of the sentence, not the figure's own date.
     */
    private static boolean coordinated(AnnotatedSentence sentence, DateRun run, Set<Integer> own) {
        int offset = sentence.tokens().get(0).index();
        for (Dependency edge : sentence.dependencies()) {
            if (!edge.relation().startsWith("conj") || edge.governor() < 0) {
                continue;
            }
            int governor = edge.governor() - offset;
            int dependent = edge.dependent() - offset;
            if (own.contains(edge.governor()) && dependent >= run.first() && dependent <= run.last()
                    || own.contains(edge.dependent()) && governor >= run.first() && governor <= run.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "As of December 31, 2020 we had $5 million and as of December 31, 2019, we had $7 million": a date is not the
     * figure's when another date stands between them (not one of its own list, "2020 and 2019") that belongs to a
     * clause of its own (a verb with a subject) the figure is not part of, however the parse hangs the far date. A year
     * that names a thing ("the 2020 notes") or dates a phrase without a subject ("leases existing on June 1, 2019") is
     * no such barrier.
     */
    private static boolean beyondAnotherDate(AnnotatedSentence sentence, DateRun run, List<DateRun> runs,
                                             List<List<DateRun>> lists, List<Token> span, Set<Integer> clause,
                                             Set<Integer> above) {
        int offset = sentence.tokens().get(0).index();
        int first = span.get(0).index() - offset;
        int last = span.get(span.size() - 1).index() - offset;
        List<DateRun> ownList = lists.stream().filter(l -> l.contains(run)).findFirst().orElse(List.of(run));
        for (DateRun other : runs) {
            if (other.value() == null || ownList.contains(other) || !ofOtherClause(sentence, other, clause, above)) {
                continue;
            }
            boolean between = run.last() < first ? other.first() > run.last() && other.last() < first
                    : run.first() > last && other.first() > last && other.last() < run.first();
            if (between) {
                return true;
            }
        }
        return false;
    }

    /** Whether a date hangs from a verb with a subject of its own that is not in the figure's clause or above it. */
    private static boolean ofOtherClause(AnnotatedSentence sentence, DateRun run, Set<Integer> clause,
                                         Set<Integer> above) {
        for (int k = run.first(); k <= run.last(); k++) {
            Token governor = governor(sentence, sentence.tokens().get(k));
            if (governor != null && governor.pos().startsWith("VB") && !clause.contains(governor.index())
                    && !above.contains(governor.index()) && hasChild(sentence, governor, "nsubj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date hangs from another figure (or from the base of a comparison) and not from this figure's clause:
     * "to $5 million from $4 million in 2019" gives 2019 to the $4 million only.
     */
    private static boolean ofAnotherFigure(AnnotatedSentence sentence, DateRun run, Set<Integer> own,
                                           Set<Integer> clause, Set<Integer> above) {
        List<Token> tokens = sentence.tokens();
        for (int k = run.first(); k <= run.last(); k++) {
            Token governor = governor(sentence, tokens.get(k));
            if (governor == null || own.contains(governor.index()) || k > run.first() && governor.index()
                    >= tokens.get(run.first()).index() && governor.index() <= tokens.get(run.last()).index()) {
                continue;
            }
            if (!clause.contains(governor.index()) && !above.contains(governor.index())
                    && isNumber(sentence, governor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subject's own phrase: its modifiers, participles included ("compensation recognized in 2020"), without
     * relative clauses, appositions or clauses with a subject of their own ("Acme, which listed in 2015,").
     */
    private static List<Token> phrase(AnnotatedSentence sentence, Token root) {
        List<Token> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Deque<Token> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty() && out.size() < DependencyWalk.MAX_STEPS) {
            Token token = todo.poll();
            if (!seen.add(token.index())) {
                continue;
            }
            out.add(token);
            for (Token child : sentence.children(token)) {
                String relation = DependencyWalk.relation(sentence, token, child);
                if (!relation.startsWith("acl:relcl") && !relation.startsWith("appos") && !relation.startsWith("conj")
                        && !relation.equals("ref") && !hasChild(sentence, child, "nsubj")) {
                    todo.add(child);
                }
            }
        }
        return out;
    }

    /**
     * The nouns the figure's own phrase reaches by prepositions and compounds ("$3 million for contributions under
     * the plans in 2020" reaches "plans"), not through clauses, appositions, conjuncts or other figures.
     */
    private static Set<Integer> nominalPhrase(AnnotatedSentence sentence, Set<Integer> own) {
        Set<Integer> out = new HashSet<>(own);
        Deque<Token> todo = new ArrayDeque<>();
        own.forEach(i -> todo.add(sentence.token(i)));
        int steps = 0;
        while (!todo.isEmpty() && steps++ < DependencyWalk.MAX_STEPS) {
            Token token = todo.poll();
            for (Token child : sentence.children(token)) {
                String relation = DependencyWalk.relation(sentence, token, child);
                if ((relation.startsWith("nmod") && !relation.equals("nmod:poss") || relation.equals("compound"))
                        && !child.ner().equals("DATE") && !isNumber(sentence, child) && out.add(child.index())) {
                    todo.add(child);
                }
            }
        }
        return out;
    }

    /** Whether a date's token hangs by a preposition ("in 2020", "as of June 30"), not as a name's modifier. */
    private static boolean prepositional(AnnotatedSentence sentence, Token token) {
        return sentence.relationToHead(token).matches("(nmod|obl)(:.*)?") && !sentence.relationToHead(token)
                .equals("nmod:poss");
    }

    private static List<Token> clauseTokens(AnnotatedSentence sentence, Set<Integer> clause) {
        return sentence.tokens().stream().filter(t -> clause.contains(t.index())).toList();
    }

    private static boolean hasChild(AnnotatedSentence sentence, Token token, String... relations) {
        for (Token child : sentence.children(token)) {
            String relation = DependencyWalk.relation(sentence, token, child);
            for (String wanted : relations) {
                if (relation.equals(wanted) || relation.startsWith(wanted + ":")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The word a date's token hangs from, past the period it ends ("for the year ended December 31, 2020" hangs from
     * what "for the year" does).
     */
    private static Token governor(AnnotatedSentence sentence, Token token) {
        Token governor = sentence.head(token);
        for (int steps = 0; steps < PERIOD_CLIMB && governor != null && PERIOD_WORDS.contains(lemma(governor));
             steps++) {
            governor = sentence.head(governor);
        }
        return governor;
    }

    private static Set<Integer> subtreeOf(AnnotatedSentence sentence, Token head) {
        Set<Integer> out = new HashSet<>();
        DependencyWalk.subtree(sentence, head).forEach(t -> out.add(t.index()));
        return out;
    }

    /**
     * The sentence's dates, a run of DATE tokens with one normalized value each ("2020, 2019 and 2018" is three), with
     * the value a figure may take, or a null value when the date is no figure's time.
     */
    private List<DateRun> dateRuns(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<DateRun> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!startsDate(tokens.get(i))) {
                continue;
            }
            int j = lastOfDate(tokens, i);
            List<Integer> years = new ArrayList<>();
            for (int k = i; k <= j; k++) {
                if (tokens.get(k).text().matches("(?:19|20)\\d{2}")) {
                    years.add(k);
                }
            }
            String normalized = tokens.get(i).normalized();
            if (years.size() >= 2 && (normalized == null || !ISO_TIME.matcher(normalized).matches())) {
                // "fiscal years 2020, 2019 and 2018" is one DATE of SUTime's ("2020 INTERSECT P1Y INTERSECT 2019")
                DateRun whole = dateRun(sentence, i, j);
                boolean refused = refused(sentence, i, j);
                for (int year : years) {
                    String value = tokens.get(year).text();
                    runs.add(new DateRun(year, year, refused ? null : whole.fiscal() ? "fiscal " + value : value,
                            whole.fiscal()));
                }
            } else {
                runs.add(dateRun(sentence, i, j));
            }
            i = j;
        }
        return runs;
    }

    /**
     * The last token of the date starting at {@code i}: DATE tokens of one value, with the commas inside ("December
     * 31, 2020"), not the comma or "and" that ends it.
     */
    private static int lastOfDate(List<Token> tokens, int i) {
        int j = i;
        while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("DATE")
                && sameValue(tokens.get(i), tokens.get(j + 1))) {
            j++;
        }
        while (j > i && LIST_JOINS.contains(word(tokens.get(j)))) {
            j--;
        }
        return j;
    }

    /** A DATE token a date starts with: not the comma or "and" between two dates, nor "fiscal" before one. */
    private static boolean startsDate(Token token) {
        return token.ner().equals("DATE") && !LIST_JOINS.contains(word(token)) && !WORDS.fiscal().contains(word(token));
    }

    private static boolean sameValue(Token a, Token b) {
        return a.normalized() == null ? b.normalized() == null : a.normalized().equals(b.normalized());
    }

    private DateRun dateRun(AnnotatedSentence sentence, int i, int j) {
        List<Token> tokens = sentence.tokens();
        String words = text.substring(tokens.get(i).start(), tokens.get(j).end());
        if (refused(sentence, i, j)) {
            return new DateRun(i, j, null, false);
        }
        boolean fiscal = FISCAL_IN.matcher(words.toLowerCase(Locale.ROOT)).matches()
                || i > 0 && WORDS.fiscal().contains(word(tokens.get(i - 1)));
        if (fiscal) {
            int from = i > 0 && WORDS.fiscal().contains(word(tokens.get(i - 1))) ? i - 1 : i;
            int to = j;
            while (to + 2 < tokens.size() && word(tokens.get(to + 1)).equals("of")
                    && WORDS.fiscal().contains(word(tokens.get(to + 2)))) {
                to += 2;
                while (to + 1 < tokens.size() && tokens.get(to + 1).text().matches("\\d{4}|'?\\d{2}")) {
                    to++;
                }
            }
            return new DateRun(i, j, text.substring(tokens.get(from).start(), tokens.get(to).end())
                    .replaceFirst("(?i)^the\\s+", ""), true);
        }
        String normalized = tokens.get(i).normalized();
        if (normalized != null && ISO_TIME.matcher(normalized).matches()) {
            String ended = periodEnded(tokens, i, normalized);
            return ended == null ? new DateRun(i, j, normalized, false)
                    : new DateRun(i, j, ended, !ended.equals(normalized) && !ISO_TIME.matcher(ended).matches());
        }
        if (normalized != null && normalized.startsWith("XXXX") && !RELATIVE.matcher(words).matches()) {
            return new DateRun(i, j, words.replaceFirst("(?i)^the\\s+", ""), false);
        }
        return new DateRun(i, j, null, false);
    }

    /** A base of change ("from a year earlier", "than in 2019"), a founding date, or "the year" of "the year ended". */
    private boolean refused(AnnotatedSentence sentence, int i, int j) {
        List<Token> tokens = sentence.tokens();
        String words = text.substring(tokens.get(i).start(), tokens.get(j).end());
        if (BASE_OF_CHANGE.matcher(words).matches() || !words.matches(".*\\d.*") && j + 1 < tokens.size()
                && WORDS.periodEnd().contains(word(tokens.get(j + 1)))) {
            // "from a year earlier" is a base; "the year" of "the year ended December 31" is no year of its own
            return true;
        }
        if (statementDay(sentence, i, j)) {
            return true;
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (BEFORE_BASE.contains(word(tokens.get(k))) || FOUNDING.contains(lemma(tokens.get(k)))
                    || isMaturity(tokens, tokens.get(k))) {
                return true;
            }
        }
        for (int k = i; k <= j; k++) {
            for (Token ancestor : DependencyWalk.ancestors(sentence, tokens.get(k)).stream().limit(2).toList()) {
                if (FOUNDING.contains(lemma(ancestor)) && ancestor.pos().startsWith("VB")
                        || isMaturity(tokens, ancestor)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Acme said on Tuesday that revenue rose 5%": a day that a verb of saying hangs from (through "on" or none) is when
     * something was said, not when any figure of the sentence holds; so is a weekday that a verb of making results known
     * hangs from ("reported a 64% jump in revenue on Wednesday"), but not a date ("reported a loss of $2 million on
     * March 3" in a filing).
     * A year or a quarter on such a verb is not refused ("In 2020, it said revenue rose 5%"), nor a day after "as of".
     */
    private boolean statementDay(AnnotatedSentence sentence, int i, int j) {
        List<Token> tokens = sentence.tokens();
        String normalized = tokens.get(i).normalized();
        if (normalized == null || !DAY.matcher(normalized).matches() && !WEEKDAY.matcher(normalized).matches()) {
            return false;
        }
        if (i > 0 && !word(tokens.get(i - 1)).equals("on") && tokens.get(i - 1).pos().matches("IN|TO")) {
            return false;
        }
        boolean weekday = i == j && WEEKDAYS.contains(word(tokens.get(i)));
        for (int k = i; k <= j; k++) {
            // a weekday the parser hangs inside what was reported ("reported a 64% jump in revenue to $3.9 billion on
            // Wednesday" with nmod(billion, Wednesday)) is looked for further up
            int climb = weekday ? WEEKDAY_CLIMB : 2;
            for (Token ancestor : DependencyWalk.ancestors(sentence, tokens.get(k)).stream().limit(climb).toList()) {
                if (ancestor.index() < tokens.get(i).index() || ancestor.index() > tokens.get(j).index()) {
                    if (ancestor.pos().startsWith("VB") && (STATEMENT.contains(lemma(ancestor))
                            || weekday && ANNOUNCEMENT.contains(lemma(ancestor)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "notes due 2022", "credits that may expire in fiscal 2027", "the facility matures in 2025": a word whose date is
     * when something falls due or ends, not when a figure holds ("due to" is a cause, not a maturity).
     */
    private static boolean isMaturity(List<Token> tokens, Token token) {
        if (!MATURITY.contains(lemma(token))) {
            return false;
        }
        int next = token.index() - tokens.get(0).index() + 1;
        return next >= tokens.size() || !word(tokens.get(next)).equals("to");
    }

    /**
     * "the year ended December 31, 2020" is 2020, "the three months ended June 30, 2020" 2020-Q2; a year or quarter
     * ending another day is a fiscal one and keeps its words. Null when no period ends on the date.
     */
    private String periodEnded(List<Token> tokens, int i, String normalized) {
        if (i < 2 || !WORDS.periodEnd().contains(word(tokens.get(i - 1)))) {
            return null;
        }
        String period = word(tokens.get(i - 2));
        Matcher day = DAY.matcher(normalized);
        if (!day.matches()) {
            return null;
        }
        String monthDay = day.group(2) + "-" + day.group(3);
        int from = i - 2;
        while (from > 0 && isPeriodLength(word(tokens.get(from - 1)))) {
            from--;
        }
        String words = text.substring(tokens.get(from).start(), tokens.get(i - 1).end()) + " "
                + text.substring(tokens.get(i).start(), endOfDate(tokens, i));
        boolean quarter = period.matches("quarters?") || words.toLowerCase(Locale.ROOT).matches("(three|3)[ -]months?.*");
        if (period.matches("years?") && !words.toLowerCase(Locale.ROOT).startsWith("fiscal")) {
            return monthDay.equals("12-31") ? day.group(1) : words;
        }
        if (quarter) {
            return switch (monthDay) {
                case "03-31" -> day.group(1) + "-Q1";
                case "06-30" -> day.group(1) + "-Q2";
                case "09-30" -> day.group(1) + "-Q3";
                case "12-31" -> day.group(1) + "-Q4";
                default -> words;
            };
        }
        return period.matches("years?|months?") ? words : null;
    }

    /** "fiscal", "three", "12" or "-" before a period: "the fiscal year ended", "the three months ended". */
    private static boolean isPeriodLength(String word) {
        return WORDS.periodLength().contains(word) || word.matches("\\d+|-");
    }

    private static int endOfDate(List<Token> tokens, int i) {
        return tokens.get(lastOfDate(tokens, i)).end();
    }

    private static String lemma(Token token) {
        return token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    }

    private static String word(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
