package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * A firm's arm in one country or region, named by the firm's name and the country ("Nets Denmark A/S", "Sojitz America
 * is the sole owner", "Walmart Brazil", "Ford Australia"): the NER reads the country's word and guesses the whole name
 * a place. Where the NER alone calls such a name a place (no list, no cue), and the words before the country are no
 * place themselves (not a listed place, a demonym, or a word places' own names open with: "Northern Ireland",
 * "Mainland China", {@code place-qualifier-words.txt}), the name is no place. It is an organisation where something
 * says so: the firm's name is listed or found as an organisation in the article, a company suffix follows ("A/S"), or
 * the NER tags the firm's words an organisation; else its type is not known and the name is dropped (an empty field
 * beats a wrong one). KPI-EDGAR train: Nets Denmark (MA), Sojitz America (NKE), places by the NER alone; Walmart
 * Brazil (WMT) and MEANTIME's Ford Australia, EADS North America are the same shape typed right.
 */
final class CountryArmNames {

    static final String RULE = "firm-and-country";
    private static final Set<String> QUALIFIERS = Set.copyOf(ResourceTable.words(
            "/org/newsgraph/extract/place-qualifier-words.txt"));
    private static final Set<String> UNIT_WORDS = Set.copyOf(ResourceTable.words(
            "/org/newsgraph/extract/maker-unit-words.txt"));
    private static final Set<String> REGIONS = Set.copyOf(ResourceTable.rows(
            "/org/newsgraph/extract/geographic-regions.txt", 1, "one region a line").stream()
            .map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT)).toList());
    /** Company suffixes written after a firm's name in the languages of the countries such arms trade in. */
    private static final Set<String> FOREIGN_SUFFIXES = Set.of("A/S", "AB", "ASA", "Oy", "Oyj", "S.p.A.", "SpA", "B.V.",
            "BV", "K.K.", "Pty", "S.L.", "SL", "SAS", "S.A.S.", "Ltda", "Ltda.", "S.A.", "SRL", "S.r.l.", "Sdn");

    private CountryArmNames() {
    }

    /** Retypes or drops, in place, the NER's place guesses that name a firm's arm in a country. */
    static void retype(AnnotatedText doc, List<FoundName> found, Gazetteer gazetteer) {
        Set<String> organisations = new HashSet<>();
        Set<String> surePlaces = new HashSet<>();
        for (FoundName f : found) {
            if (f.type() == EntityType.ORGANIZATION) {
                organisations.add(NameKeys.bareName(f.text()));
            } else if (f.type() == EntityType.PLACE && !guessedPlace(f)) {
                surePlaces.add(NameKeys.bareName(f.text()));
            }
        }
        Set<FoundName> dropped = new HashSet<>();
        found.replaceAll(f -> {
            if (!guessedPlace(f) || surePlaces.contains(NameKeys.bareName(f.text()))) {
                return f;
            }
            String firm = firmBeforeCountry(NameKeys.bareName(f.text()), gazetteer);
            if (firm == null) {
                return f;
            }
            if (organisations.contains(firm) || listedOrganisation(firm, gazetteer) || suffixAfter(doc, f)
                    || firmTaggedOrganisation(doc, f, firm)) {
                return new FoundName(f.start(), f.end(), f.text(), f.sentence(), EntityType.ORGANIZATION, f.weight(),
                        new TypeCues.Cue(EntityType.ORGANIZATION, RULE), null);
            }
            dropped.add(f);
            return f;
        });
        found.removeAll(dropped);
    }

    /**
     * The firm's words of a name made of capitalised words and a country or region after them ("Sojitz" of "Sojitz
     * America"), or null where the name is no such thing or its first words may be a place's own.
     */
    static String firmBeforeCountry(String name, Gazetteer gazetteer) {
        String[] words = name.split(" ");
        for (int k = 1; k < words.length; k++) {
            String tail = String.join(" ", List.of(words).subList(k, words.length));
            if (!Demonyms.country(tail) && !REGIONS.contains(tail.toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> lead = List.of(words).subList(0, k);
            boolean placeWords = lead.stream().anyMatch(w -> w.isEmpty() || !Character.isUpperCase(w.charAt(0))
                    || QUALIFIERS.contains(w) || Demonyms.place(w) != null || Demonyms.country(w)
                    || REGIONS.contains(w.toLowerCase(Locale.ROOT)));
            String firm = String.join(" ", lead);
            if (placeWords || listedPlace(firm, gazetteer) || listedPlace(name, gazetteer)) {
                return null;
            }
            return firm;
        }
        return null;
    }

    /**
     * Whether words after a firm's name make it an arm in a country or region: the country or region alone
     * ("Australia" of "Nissan Australia", "North America"), or after "of" ("of America").
     */
    static boolean countryTail(String tail) {
        String place = tail.startsWith("of ") ? tail.substring(3) : tail;
        return Demonyms.country(place) || REGIONS.contains(place.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the words after a firm's name make an arm of it in a country or region, maybe after a word firms name
     * their arms with ("Australia", "of America", "Motor Europe": {@code maker-unit-words.txt}).
     */
    static boolean armTail(String tail) {
        int space = tail.indexOf(' ');
        return countryTail(tail) || space > 0 && UNIT_WORDS.contains(tail.substring(0, space))
                && countryTail(tail.substring(space + 1));
    }

    /** A place only by the NER's guess: no list, no cue, no demonym. */
    private static boolean guessedPlace(FoundName f) {
        return f.type() == EntityType.PLACE && f.weight() == TypeVote.NER_VOTE && f.entry() == null && f.cue() == null
                && !f.demonym();
    }

    private static boolean listedPlace(String name, Gazetteer gazetteer) {
        return gazetteer.find(name).stream().anyMatch(m -> m.start() == 0 && m.end() == name.length()
                && m.entry().type() == EntityType.PLACE);
    }

    private static boolean listedOrganisation(String name, Gazetteer gazetteer) {
        return gazetteer.find(name).stream().anyMatch(m -> m.start() == 0 && m.end() == name.length()
                && m.entry().type() == EntityType.ORGANIZATION);
    }

    /** "Nets Denmark A/S": a company suffix right after the name (read from the text: the tokenizer splits "A/S"). */
    private static boolean suffixAfter(AnnotatedText doc, FoundName f) {
        if (f.end() >= doc.text().length() || doc.text().charAt(f.end()) != ' ') {
            return false;
        }
        String rest = doc.text().substring(f.end() + 1, Math.min(doc.text().length(), f.end() + 12));
        String word = rest.split("[\\s,;:)]", 2)[0];
        return EntityRecognizer.CORPORATE_SUFFIXES.contains(word) || FOREIGN_SUFFIXES.contains(word);
    }

    /** The NER tags the firm's words an organisation, though it ran the country's word into a place. */
    private static boolean firmTaggedOrganisation(AnnotatedText doc, FoundName f, String firm) {
        AnnotatedSentence sentence = sentenceOf(doc, f);
        if (sentence == null) {
            return false;
        }
        List<Token> tokens = sentence.tokensIn(f.start(), f.start() + firm.length());
        return !tokens.isEmpty() && tokens.stream().allMatch(t -> t.ner().equals("ORGANIZATION"));
    }

    private static AnnotatedSentence sentenceOf(AnnotatedText doc, FoundName f) {
        return doc.sentences().stream().filter(s -> s.index() == f.sentence()).findFirst().orElse(null);
    }
}
