package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Figure;

/**
 * Scores what found figures are credited to: on the figures that agree with a gold figure on value and unit, whether
 * the asserted subject and measure are right, how often a wrong subject is asserted, and how right each step of the
 * attribution chain is (the evidence for which steps may assert and which only propose a candidate).
 *
 * <p>A subject is right when it is the entity the gold names: one of the entity's names (its name, aliases and
 * the words of its mentions) is the gold name, or all the words of the shorter of the two are words of the longer,
 * leaving out company suffixes ("Ryanair" is "Ryanair Holdings PLC", "A380" is "Airbus A380"). So a figure credited
 * to the right mention is not counted wrong for how the entity reader named it.
 *
 * <p>Strict since session 23: a gold subject that names a product is not matched by a shorter name of an entity
 * that is not a product ("Airbus" is not "Airbus A380": the maker is not its product). A gold names a product when
 * its gold file types it Product, or, in a gold file that lists no entities, when the words it adds to the shorter
 * name hold a model number (a word with a digit: "Mistral 7", "Boeing 737-800"). (The loose count that session 23
 * printed beside it, the maker right for its product's gold, was removed in session 24; the learned promotion's
 * training, {@code LearnedSubjectTraining}, still labels with the loose match of
 * {@link #sameEntity(Extraction, String, String, Map)}, as its bundled weights were trained.)
 *
 * <p>Which found figure answers for a gold figure is decided as {@link FigureEvaluation} decides it, ranges included:
 * a range read whole answers for each of the two gold figures a gold file writes it as ("US$300 to" and "350
 * million"), so both are scored on its subject and measure.
 *
 * @see FigureEvaluation for which figures are found
 */
public final class AttributionEvaluation {

    /**
     * @param subject          asserted subject right, over found figures whose gold has a subject (empty is wrong)
     * @param subjectOrCandidate the same, counting an unsure candidate as the answer
     * @param measure          asserted measure right, over found figures whose gold has a measure
     * @param measureOrCandidate the same with candidates
     * @param wrongSubject     found figures asserted with a subject the gold does not give, over all found figures
     * @param subjectSteps     per chain step (suffixed "?" for candidates): its answers that were right
     * @param measureSteps     the same for measures
     * @param subjectCases     per case of {@link org.newsgraph.extract.SubjectCases} (asserted or not): its answers
     *                         that were right, over every found figure it answered for (a figure whose gold has no
     *                         subject counts as wrong: asserting there asserts a wrong subject)
     * @param caseAnswers      one line per such answer: "article TAB case TAB right|wrong TAB sentence N" (the
     *                         sentence the figure is in: answers of one sentence are one piece of evidence)
     */
    public record Result(Accuracy subject, Accuracy subjectOrCandidate, Accuracy measure, Accuracy measureOrCandidate,
                         Accuracy wrongSubject, Map<String, Accuracy> subjectSteps, Map<String, Accuracy> measureSteps,
                         List<String> errors, Map<String, Accuracy> subjectCases, List<String> caseAnswers) {

        public static final Result EMPTY = new Result(Accuracy.NONE, Accuracy.NONE, Accuracy.NONE, Accuracy.NONE,
                Accuracy.NONE, Map.of(), Map.of(), List.of(), Map.of(), List.of());

        public Result(Accuracy subject, Accuracy subjectOrCandidate, Accuracy measure, Accuracy measureOrCandidate,
                      Accuracy wrongSubject, Map<String, Accuracy> subjectSteps, Map<String, Accuracy> measureSteps,
                      List<String> errors) {
            this(subject, subjectOrCandidate, measure, measureOrCandidate, wrongSubject, subjectSteps, measureSteps,
                    errors, Map.of(), List.of());
        }

        public Result plus(Result o) {
            List<String> allErrors = new ArrayList<>(errors);
            allErrors.addAll(o.errors);
            List<String> answers = new ArrayList<>(caseAnswers);
            answers.addAll(o.caseAnswers);
            return new Result(subject.plus(o.subject), subjectOrCandidate.plus(o.subjectOrCandidate),
                    measure.plus(o.measure), measureOrCandidate.plus(o.measureOrCandidate),
                    wrongSubject.plus(o.wrongSubject), merge(subjectSteps, o.subjectSteps),
                    merge(measureSteps, o.measureSteps), allErrors, merge(subjectCases, o.subjectCases), answers);
        }

        private static Map<String, Accuracy> merge(Map<String, Accuracy> a, Map<String, Accuracy> b) {
            Map<String, Accuracy> out = new TreeMap<>(a);
            b.forEach((step, accuracy) -> out.merge(step, accuracy, Accuracy::plus));
            return out;
        }
    }

    /** The sentence a figure is in (its first mention's), or its id when it has no mention: the unit of evidence. */
    private static String sentenceOf(Figure figure) {
        return figure.mentions().isEmpty() ? "figure " + figure.id()
                : "sentence " + figure.mentions().get(0).sentence();
    }

    public Result score(String text, Extraction extraction, GoldFile gold) {
        Accuracy subject = Accuracy.NONE;
        Accuracy subjectOrCandidate = Accuracy.NONE;
        Accuracy measure = Accuracy.NONE;
        Accuracy measureOrCandidate = Accuracy.NONE;
        Accuracy wrong = Accuracy.NONE;
        Map<String, Accuracy> subjectSteps = new TreeMap<>();
        Map<String, Accuracy> measureSteps = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Map<String, Accuracy> cases = new TreeMap<>();
        List<String> answers = new ArrayList<>();
        Map<String, String> defined = definedShortForms(text);
        Set<String> products = productNames(gold);
        for (GoldFile.GoldFigure g : gold.figures()) {
            Figure p = FigureEvaluation.matchOf(text, extraction, gold, g);
            if (p == null) {
                continue;
            }
            String asserted = extraction.nameOf(p.subject());
            String candidateId = p.subject() != null ? p.subject() : p.how().subjectCandidate();
            String candidate = extraction.nameOf(candidateId);
            boolean assertedRight = p.subject() != null
                    && sameEntity(extraction, p.subject(), g.subject(), defined, products);
            boolean candidateRight = candidateId != null
                    && sameEntity(extraction, candidateId, g.subject(), defined, products);
            wrong = wrong.plus(asserted != null && !assertedRight);
            if (candidateId != null && p.how().subjectCase() != null) {
                cases.merge(p.how().subjectCase(), new Accuracy(candidateRight ? 1 : 0, 1), Accuracy::plus);
                answers.add(gold.article() + "\t" + p.how().subjectCase() + "\t" + (candidateRight ? "right" : "wrong")
                        + "\t" + sentenceOf(p));
            }
            if (g.subject() != null) {
                subject = subject.plus(assertedRight);
                subjectOrCandidate = subjectOrCandidate.plus(candidateRight);
                if (candidate != null) {
                    String step = p.how().subjectStep() + (p.subject() == null ? "?" : "");
                    subjectSteps.merge(step, new Accuracy(candidateRight ? 1 : 0, 1), Accuracy::plus);
                }
            }
            String measured = p.measure() != null ? p.measure() : p.how().measureCandidate();
            boolean measureRight = g.measure() != null && FigureEvaluation.sameMeasure(p.measure(), g.measure());
            boolean measuredRight = g.measure() != null && FigureEvaluation.sameMeasure(measured, g.measure());
            if (g.measure() != null) {
                measure = measure.plus(measureRight);
                measureOrCandidate = measureOrCandidate.plus(measuredRight);
                if (measured != null) {
                    String step = p.how().measureStep() + (p.measure() == null ? "?" : "");
                    measureSteps.merge(step, new Accuracy(measuredRight ? 1 : 0, 1), Accuracy::plus);
                }
            }
            if (!assertedRight || !measureRight) {
                errors.add(gold.article() + ": '" + g.text() + "' subject " + asserted
                        + (asserted != null && !assertedRight ? " [wrong]" : "")
                        + (p.subject() == null ? " (candidate " + candidate + ")" : "") + " by "
                        + p.how().subjectCase() + ", gold " + g.subject() + "; measure " + p.measure()
                        + (p.measure() == null ? " (candidate " + measured + ")" : "") + " by "
                        + p.how().measureStep() + ", gold " + g.measure());
            }
        }
        return new Result(subject, subjectOrCandidate, measure, measureOrCandidate, wrong, subjectSteps,
                measureSteps, errors, cases, answers);
    }

    /**
     * The gold file's product names (its entities typed Product), or null when the file lists no entities: then a
     * gold names a product when it adds a model number to a shorter name ({@link #namesProduct}).
     */
    static Set<String> productNames(GoldFile gold) {
        if (gold.entities().isEmpty()) {
            return null;
        }
        Set<String> out = new HashSet<>();
        for (List<String> entity : gold.entities()) {
            if (entity.size() >= 2 && "Product".equalsIgnoreCase(entity.get(1))) {
                out.add(entity.get(0).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * Whether a gold subject names a product that the shorter name {@code got} is only part of: the gold file types
     * it Product, or (a file without entities) the words it adds hold a model number ("Mistral 7" to "Corvin").
     */
    static boolean namesProduct(String wanted, Set<String> want, Set<String> got, Set<String> products) {
        if (products != null) {
            return products.contains(wanted.trim().toLowerCase(Locale.ROOT));
        }
        for (String word : want) {
            if (!got.contains(word) && word.chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUFFIXES = Set.of("inc", "plc", "corp", "corporation", "co", "ltd", "llc",
            "holdings", "group", "the", "s", "ag", "sa", "nv");

    /**
     * The short forms an article defines in brackets after a name, each with the name: "the Standard & Poor's 500
     * (S&P)", "General Motors (GM)". A figure credited to "GM" in that article is credited to General Motors, whatever
     * the entity reader made of the two names.
     */
    static Map<String, String> definedShortForms(String text) {
        Map<String, String> defined = new HashMap<>();
        Matcher m = SHORT_FORM.matcher(text);
        while (m.find()) {
            defined.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), longForm(m.group(1), m.group(2)));
        }
        return defined;
    }

    /** Of "Shares of General Motors" before "(GM)", the shortest end whose capitals spell the short form. */
    private static String longForm(String words, String shortForm) {
        String letters = shortForm.replaceAll("[^\\p{Lu}]", "");
        String[] parts = words.split("\\s+");
        for (int k = 1; k <= parts.length; k++) {
            StringBuilder initials = new StringBuilder();
            for (int i = parts.length - k; i < parts.length; i++) {
                if (Character.isUpperCase(parts[i].charAt(0))) {
                    initials.append(parts[i].charAt(0));
                }
            }
            if (initials.toString().equals(letters)) {
                return String.join(" ", java.util.Arrays.asList(parts).subList(parts.length - k, parts.length));
            }
        }
        return words;
    }

    private static final Pattern SHORT_FORM = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{N}.'’]*|\\p{N}+)(?:\\s+(?:&|of|and|\\p{Lu}[\\p{L}\\p{N}.'’]*|\\p{N}+))*)"
                    + "\\s+\\(([\\p{Lu}][\\p{L}&.]{1,9})\\)");

    static boolean sameEntity(Extraction extraction, String entityId, String gold) {
        return sameEntity(extraction, entityId, gold, Map.of());
    }

    static boolean sameEntity(Extraction extraction, String entityId, String gold, Map<String, String> defined) {
        return sameEntity(extraction, entityId, gold, defined, null, false);
    }

    /** The strict match: a gold naming a product is not matched by a shorter name of an entity that is no product. */
    static boolean sameEntity(Extraction extraction, String entityId, String gold, Map<String, String> defined,
                              Set<String> products) {
        return sameEntity(extraction, entityId, gold, defined, products, true);
    }

    private static boolean sameEntity(Extraction extraction, String entityId, String gold,
                                      Map<String, String> defined, Set<String> products, boolean strict) {
        if (gold == null) {
            return false;
        }
        boolean product = extraction.entity(entityId).map(e -> e.type() == EntityType.PRODUCT).orElse(false);
        List<String> names = new ArrayList<>();
        extraction.entity(entityId).ifPresentOrElse(e -> {
            names.add(e.name());
            names.addAll(e.aliases());
            e.mentions().forEach(m -> names.add(m.text()));
        }, () -> names.add(entityId));
        for (String name : List.copyOf(names)) {
            String longForm = defined.get(name.toLowerCase(Locale.ROOT));
            if (longForm != null) {
                names.add(longForm);
            }
        }
        for (String wanted : gold.split(",")) {
            Set<String> want = words(wanted);
            for (String name : names) {
                Set<String> got = words(name);
                if (want.isEmpty() || got.isEmpty()) {
                    continue;
                }
                if (want.size() <= got.size() ? got.containsAll(want) : want.containsAll(got)) {
                    if (strict && !product && want.size() > got.size()
                            && namesProduct(wanted, want, got, products)) {
                        continue;
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}&]+")) {
            if (!word.isEmpty() && !SUFFIXES.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }
}
