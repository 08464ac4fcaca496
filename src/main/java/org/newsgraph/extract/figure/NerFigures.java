package org.newsgraph.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.extract.Rejection;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * The second reader: figures CoreNLP's NER marks (MONEY, PERCENT, NUMBER, with its normalised values) where the rules
 * of {@link FigureParser} read nothing. Each passes the same refusals as a rule's number (years, dates, times of
 * day, phone numbers, model names and identifiers, scores); a number the rules refused for any reason but a missing
 * unit stays refused. A NUMBER is a figure only when the parse gives it the noun it counts ("six new A350 XWB
 * aircraft": {@code nummod} of "aircraft"), or, when its noun is elided, the noun it stands for by the parse
 * ({@link ElidedCounts}: "raised the number of orders to 230"; {@link ContinuedCounts}: "made 40,000 cars and expects
 * to make 55,000"); a bare number is still no figure.
 */
public final class NerFigures {

    /** The name {@code eval --verbose} gives the figures this reader found. */
    public static final String READER = "CoreNLP NER";

    private static final Set<String> NUMERIC = Set.of("MONEY", "PERCENT", "NUMBER");
    /** CoreNLP's normalised value: a qualifier, a currency sign or %, the number ("~$2.0E7", ">%7.0", "<=12.0"). */
    private static final Pattern NORMALIZED = Pattern.compile(
            "(?<q>~|>=|<=|>|<)?(?<sign>[^\\d\\s.-]*)(?<n>\\d[\\d.]*(?:E-?\\d+)?)");
    private static final Map<String, String> SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
            "元", "CNY", "₩", "KRW", "₹", "INR");
    private static final Pattern YEAR = Pattern.compile("1\\d{3}|2[01]\\d{2}");

    private NerFigures() {
    }

    /**
     * The figures NER marks in a sentence that no rule read.
     *
     * @param text     the sentence's text; candidates' offsets are relative to it, like the parser's
     * @param found    what the rules read in the same text
     * @param refused  what the rules read and refused
     */
    public static List<FigureCandidate> missed(AnnotatedSentence sentence, String text, List<FigureCandidate> found,
                                               List<Rejection> refused) {
        return missed(sentence, null, text, found, refused);
    }

    /**
     * The same, with the sentence before ({@code previous}, or null): a bare number at a sentence's start may count
     * what it counted ("Inspectors visited 600 restaurants. Of those, 75 failed": {@link ElidedParts}).
     */
    public static List<FigureCandidate> missed(AnnotatedSentence sentence, AnnotatedSentence previous, String text,
                                               List<FigureCandidate> found, List<Rejection> refused) {
        List<FigureCandidate> missed = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            int j = i + 1;
            while (j < tokens.size() && NUMERIC.contains(first.ner()) && tokens.get(j).ner().equals(first.ner())
                    && java.util.Objects.equals(tokens.get(j).normalized(), first.normalized())) {
                j++;
            }
            if (NUMERIC.contains(first.ner()) && first.normalized() != null) {
                // the figures missed so far count too: "Honda 80,000 and Nissan 61,000" continues a gapped list
                List<FigureCandidate> sofar = new ArrayList<>(found);
                sofar.addAll(missed);
                FigureCandidate candidate = candidate(sentence, previous, text, tokens.subList(i, j), found, sofar,
                        refused);
                if (candidate != null) {
                    missed.add(candidate);
                }
            }
            i = j;
        }
        return missed;
    }

    /** Whether the rules refused a number only for want of a unit or a counted noun (the parse may still read it). */
    public static boolean refusedAsBare(Rejection rejection) {
        return rejection.reason().equals(NotAFigure.BARE_NUMBER);
    }

    private static FigureCandidate candidate(AnnotatedSentence sentence, AnnotatedSentence previous, String text,
                                             List<Token> span,
                                             List<FigureCandidate> found, List<FigureCandidate> sofar,
                                             List<Rejection> refused) {
        int offset = sentence.start();
        int start = span.get(0).start() - offset;
        int end = span.get(span.size() - 1).end() - offset;
        if (start < 0 || end > text.length() || start >= end) {
            return null;
        }
        // "Council Approves 300 New Homes": in a title-case headline the capital before the number names nothing
        Token headlineNoun = span.get(0).ner().equals("NUMBER") ? HeadlineCounts.countedNoun(sentence, text, span) : null;
        boolean headline = headlineNoun != null;
        // "Toyota sold 95,000 cars, Honda 80,000": a count after a name that continues a gapped list is no identifier
        String gapped = span.get(0).ner().equals("NUMBER") ? GappedRemnants.countOf(sentence, span, offset, sofar) : null;
        boolean named = headline || gapped != null;
        if (FigureCandidate.anyOverlaps(found, start, end)
                || refused.stream().anyMatch(r -> r.start() < end && start < r.end()
                        && !r.reason().equals(NotAFigure.BARE_NUMBER)
                        && !(named && r.reason().equals(NotAFigure.IDENTIFIER)))
                || isNoFigure(text, start, end, named)) {
            return null;
        }
        Matcher normalized = NORMALIZED.matcher(span.get(0).normalized());
        if (!normalized.matches()) {
            return null; // a range ("$3.0E8-$3.5E8", "20 - 30") is the rules' to read: no half of it as the whole
        }
        BigDecimal value;
        try {
            value = new BigDecimal(normalized.group("n"));
        } catch (NumberFormatException e) {
            return null;
        }
        String qualifier = qualifier(normalized.group("q"));
        String ner = span.get(0).ner();
        if (ner.equals("MONEY") && isBareMoney(span, normalized.group("sign")) && parsedCount(sentence, span) != null) {
            // CoreNLP calls a bare scaled number after "to" money ("the number of patients waiting ... fell to 7.21
            // million": $7,210,000); where the parse says what it counts, it is that count, not an amount in the
            // article's currency
            ner = "NUMBER";
        }
        FigureKind kind;
        String unit;
        String direction = null;
        int figureEnd = end;
        if (ner.equals("MONEY")) {
            unit = currency(span, normalized.group("sign"));
            kind = FigureKind.AMOUNT;
            if (unit == null) {
                return null;
            }
        } else if (ner.equals("PERCENT")) {
            unit = "percent";
            kind = FigureKind.SHARE;
        } else {
            if (isOneOrYear(span, value)) {
                return null;
            }
            Token noun = headline ? headlineNoun : countedNoun(sentence, span);
            // "Toyota sold 95,000 cars, Honda 80,000", "took 17 seats, the liberals 11": a list that leaves its verb
            // out counts what its first figure counts (the parser may hang the number on the name as its nummod)
            if (gapped != null && noun != null && noun.index() < span.get(0).index()) {
                noun = null;
            }
            boolean elided = noun == null;
            unit = gapped != null && elided ? gapped
                    : elided ? ElidedCounts.countedBefore(sentence, span.get(span.size() - 1))
                    : Nouns.singular(noun.text().toLowerCase(Locale.ROOT));
            if (unit == null && elided) {
                // "Of the 2,400 workers, 900 will lose their jobs", "190 of them": a part of a count named before
                unit = ElidedParts.counted(sentence, previous, span.get(span.size() - 1));
            }
            if (unit == null && elided) {
                // "made 40,000 cars and expects to make 55,000", "delivered 61 jets, up from 48": a count continued
                unit = ContinuedCounts.counted(sentence, span.get(span.size() - 1), offset, found);
            }
            if (unit == null) {
                return null;
            }
            if (CountedNouns.DURATION_UNITS.containsKey(unit) || Units.unit(unit) != null) {
                return null; // durations and physical units are the rules' to read
            }
            kind = FigureKind.COUNT;
            boolean numberBetween = !elided && sentence.tokensIn(span.get(span.size() - 1).end(), noun.start()).stream()
                    .anyMatch(t -> t.pos().equals("CD")); // "5,000 Ranger 250 Vans": the mention stops at the count
            if (!elided && !numberBetween && noun.start() - offset > end && noun.end() - offset <= text.length()) {
                figureEnd = noun.end() - offset;
            }
            if (elided && ElidedCounts.isMove(sentence, span.get(span.size() - 1))) {
                // "visitors rose by 3,000": a change in the count, its way from the verb
                Directions.Move move = Directions.direction(text, text.substring(Text.windowStart(start), start),
                        Text.windowStart(start), start, end, FigureKind.CHANGE);
                if (move == null) {
                    return null;
                }
                direction = move.direction();
                kind = FigureKind.CHANGE;
            }
        }
        int figureStart = start;
        Qualifier.Before written = qualifier == null ? Qualifier.before(text, start) : null;
        if (written != null) {
            // "capped at 8,000 per game", "no more than 400 a day": the words before the number qualify it as they
            // do a figure the rules read (qualifiers.tsv); CoreNLP's normalised value says so only for some
            qualifier = written.label();
            figureStart = written.start();
        }
        Rates.Rate rate = Rates.rate(text, figureEnd, kind);
        return new FigureCandidate(figureStart, rate.end(), kind, value, null, null, unit, qualifier, rate.period(),
                rate.per(), direction, null, kind == FigureKind.SHARE ? Wholes.wholeAfter(text, rate.end()) : null);
    }

    /**
     * The refusals every number passes: time of day, phone number, date, year, glued code, identifier (unless
     * {@code headline}: a headline's count the parse found), score.
     */
    private static boolean isNoFigure(String text, int start, int end, boolean headline) {
        String number = text.substring(start, end);
        return overlaps(NotAFigure.CLOCK.matcher(text), start, end) || overlaps(NotAFigure.PHONE.matcher(text), start, end)
                || NotAFigure.isAttached(text, start, end) || NotAFigure.isDate(text, start, end)
                || !headline && Character.isDigit(number.charAt(0)) && NotAFigure.isIdentifier(text, start)
                || Tally.isTally(text, start, end, false);
    }

    private static boolean overlaps(Matcher matcher, int start, int end) {
        while (matcher.find()) {
            if (matcher.start() < end && start < matcher.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneOrYear(List<Token> span, BigDecimal value) {
        String words = span.get(0).text();
        // "one of the largest" is a pronoun more often than a count; "2019" is a year
        return span.size() == 1 && (words.equalsIgnoreCase("one") || YEAR.matcher(words).matches())
                || value.signum() <= 0;
    }

    /** The noun a NUMBER counts, by the parse: the noun it modifies as {@code nummod}, not a name. */
    private static Token countedNoun(AnnotatedSentence sentence, List<Token> span) {
        Token last = span.get(span.size() - 1);
        if (!sentence.relationToHead(last).equals("nummod")) {
            return null;
        }
        Token head = sentence.head(last);
        if (head == null || !head.pos().startsWith("NN") || head.pos().startsWith("NNP") || head.isEntity()
                || !head.text().chars().allMatch(Character::isLetter)) {
            return null;
        }
        // as for the rules, what is counted is written in the plural: "the 787 worth", "the four thousand mark" count nothing
        if (!Nouns.countsInPlural(head.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return CountedNouns.forecasterOfNumber(sentence, head) ? null : head; // "the 6 million analysts had forecast"
    }

    /** Whether a MONEY span writes no currency: only numbers, with CoreNLP's default "$" as its sign. */
    private static boolean isBareMoney(List<Token> span, String sign) {
        return "$".equals(sign) && span.stream().allMatch(t -> t.pos().equals("CD"));
    }

    /**
     * What a bare number counts by the parse alone, its own noun ({@code nummod}) or the noun of the verb it completes
     * ({@link ElidedCounts}), or null; never a noun of money ("sales rose to 49 million" stays money).
     */
    private static String parsedCount(AnnotatedSentence sentence, List<Token> span) {
        Token noun = countedNoun(sentence, span);
        String unit = noun != null ? Nouns.singular(noun.text().toLowerCase(Locale.ROOT))
                : ElidedCounts.countedBefore(sentence, span.get(span.size() - 1));
        return unit == null || CountedNouns.isMoneyCue(unit) || CountedNouns.isMoneyCue(unit + "s") ? null : unit;
    }

    /** The currency a MONEY span writes ("C$", "euros"), else the one its normalised sign stands for. */
    private static String currency(List<Token> span, String sign) {
        for (int i = 0; i + 1 < span.size(); i++) {
            String code = Currencies.ofWord(span.get(i).text() + " " + span.get(i + 1).text()); // "Canadian dollars"
            if (code != null) {
                return code;
            }
        }
        for (Token token : span) {
            String code = Currencies.ofWord(token.text());
            if (code == null && !token.text().chars().anyMatch(Character::isDigit)) {
                String prefix = Currencies.ofPrefix(token.text());
                code = Currencies.codes().contains(prefix) ? prefix : null;
            }
            if (code != null) {
                return code;
            }
        }
        // the normalised value's sign, but not CoreNLP's default: it puts "$" before a bare "49 million" it calls money
        // ("rose to 61 million euros from 49 million"), which says money but no currency
        return isBareMoney(span, sign) ? UNWRITTEN_CURRENCY : SIGNS.get(sign);
    }

    /**
     * The unit of money whose currency the mention does not write: the article's one currency takes its place, as for
     * {@link ImplicitCurrency}; where the article states several, the figure is left out (the rules' compared-amount
     * step may read it), never given CoreNLP's guess.
     */
    public static final String UNWRITTEN_CURRENCY = "?currency";

    /** The figures of a sentence with an unwritten currency given {@code currency}, or left out when it is null. */
    public static List<FigureCandidate> withCurrency(List<FigureCandidate> candidates, String currency,
                                                     List<FigureCandidate> given) {
        List<FigureCandidate> out = new ArrayList<>();
        for (FigureCandidate candidate : candidates) {
            if (!UNWRITTEN_CURRENCY.equals(candidate.unit())) {
                out.add(candidate);
            } else if (currency != null) {
                FigureCandidate priced = candidate.withUnit(currency);
                given.add(priced);
                out.add(priced);
            }
        }
        return out;
    }

    private static String qualifier(String sign) {
        if (sign == null) {
            return null;
        }
        return switch (sign) {
            case "~" -> Qualifier.APPROXIMATELY.label();
            case ">", ">=" -> Qualifier.AT_LEAST.label();
            default -> Qualifier.AT_MOST.label();
        };
    }
}
