package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.io.ResourceTable;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A product named with its maker's name in front: "Toyota Prius", "Nintendo Wii", "Microsoft Windows", "Sony
 * PlayStation 3", "Apple iPhone 3G". The maker is a known organisation (the gazetteer's), and the parse makes its
 * last word a compound of the capitalised, mixed-case or coded words right after it ("Prius", "Wii", "PlayStation",
 * "iPhone"), so the whole is one name, and a company's name does not go on with a model's word: the whole is the
 * maker's product (its maker read from the name by {@code MakerInName}), not the maker, whether the NER left the
 * model's word out (the maker alone was found) or took it into an organisation's name ("Renault Clio"). Refused where
 * a word after the maker names an arm of it ("Toyota Motor", "Sony Pictures", "Ford Foundation", "Samsung
 * Electronics": {@code maker-unit-words.txt} and {@code corporate-last-words.txt}), a corporate suffix follows, the
 * words after the maker are a known organisation or place ("Sony Ericsson", "Toyota Europe"), or the NER calls
 * one a person, a place or a date: an empty answer beats a wrong one.
 */
final class MakerModelNames {

    /** The rule of a maker's name and a model's word after it: its cue's reason. */
    static final String RULE = "maker-and-model-name";

    private static final Set<String> UNIT_WORDS = ResourceTable.words("/org/newsgraph/extract/maker-unit-words.txt");

    /** Nouns that make the name before them a firm's part: "the Sanofi Pasteur MSD joint venture" (firm-head-nouns.txt). */
    private static final Set<String> FIRM_HEADS = ResourceTable.words("/org/newsgraph/extract/firm-head-nouns.txt");

    /** A model's word: capitalised ("Prius"), mixed case ("iPhone", "PlayStation"), or a code ("A380", "DS", "3G", "XP"). */
    private static final String MODEL_WORD = "\\p{Lu}\\p{Ll}+|\\p{L}+\\p{Lu}[\\p{L}\\d]*|\\p{Lu}{1,3}-?\\d{0,4}[A-Za-z]{0,2}|\\d{1,3}[A-Za-z]{0,2}";

    /** A model's word of capital letters alone: "OTC", "MSD", "DS". */
    private static final String CAPITALS = "\\p{Lu}{2,}";

    /** A model's word no common word is written as: a digit or a small letter before a capital ("iPhone", "A380"). */
    private static final String STRONG = ".*\\d.*|.*\\p{Ll}\\p{Lu}.*";

    /** How many words a model's name may have after the maker's: "PlayStation 3", "Windows XP", "Galaxy Note 9". */
    private static final int MODEL_WORDS = 3;

    private MakerModelNames() {
    }

    /**
     * The products of one sentence named with their maker in front, each in place of the maker's name (or the NER's
     * organisation) it starts with; the caller drops the names they overlap.
     */
    static List<FoundName> find(String text, AnnotatedSentence sentence, List<FoundName> kept, Gazetteer gazetteer) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (FoundName found : makers(text, sentence, kept, gazetteer)) {
            if (found.type() != EntityType.ORGANIZATION || found.demonym()) {
                continue;
            }
            List<Token> inName = sentence.tokensIn(found.start(), found.end());
            if (inName.isEmpty()) {
                continue;
            }
            int makerEnd = makerEnd(text, found, inName, gazetteer); // index in tokens after the maker's last word
            if (makerEnd < 0) {
                continue;
            }
            int to = modelEnd(tokens, makerEnd, kept, found);
            if (to <= makerEnd || !oneName(sentence, tokens, makerEnd, to) || !refusedNone(text, tokens, makerEnd, to, gazetteer)) {
                continue;
            }
            // a maker the NER did not tag counts only before a model's word written as no common word is: with a
            // digit or a capital inside ("iPhone", "A380"): filings' capitalised headings start with listed common
            // words ("Company RSUs", "Consolidated Statements", "State Aid" in KPI-EDGAR train)
            if (!kept.contains(found) && tokens.subList(makerEnd, to).stream().noneMatch(t -> t.text().matches(STRONG))) {
                continue;
            }
            int start = found.start();
            int end = tokens.get(to - 1).end();
            Gazetteer.Entry listed = listedProduct(text, tokens.get(makerEnd).start(), end, gazetteer);
            // capitals alone after a maker name a unit, a venture or a market of it as often as a model ("Merck OTC",
            // the over-the-counter business P&G bought; "Sanofi Pasteur MSD", a joint venture: 10-K filings): a
            // product only where general knowledge lists the model ("PSP")
            if (listed == null && tokens.subList(makerEnd, to).stream().allMatch(t -> t.text().matches(CAPITALS))) {
                continue;
            }
            // the whole name modifying a noun of a firm's part names a venture or a unit, not a model: "the Sanofi
            // Pasteur MSD joint venture", "its Boeing Capital unit" (firm-head-nouns.txt)
            if (listed == null && headsAFirm(tokens, to)) {
                continue;
            }
            out.add(new FoundName(start, end, text.substring(start, end), found.sentence(), EntityType.PRODUCT,
                    listed == null ? 0 : TypeVote.GAZETTEER_VOTE, new TypeCues.Cue(EntityType.PRODUCT, RULE), listed));
        }
        return out;
    }

    /** Whether the words right after the name are a noun of a firm's part ("joint venture", "unit"), lower case. */
    private static boolean headsAFirm(List<Token> tokens, int to) {
        int at = to < tokens.size() && tokens.get(to).text().equalsIgnoreCase("joint") ? to + 1 : to;
        return at < tokens.size() && tokens.get(at).text().matches("\\p{Ll}+")
                && FIRM_HEADS.contains(tokens.get(at).text());
    }

    /**
     * The organisations a product's name may start with: the sentence's organisations, and the gazetteer's
     * organisations the NER did not tag and no other name holds ("Toyota/O Camry/O": the NER reads a maker inside a
     * product's name as no name at all, so the gazetteer's match was not confirmed), which count only with a model's
     * word after them.
     */
    private static List<FoundName> makers(String text, AnnotatedSentence sentence, List<FoundName> kept, Gazetteer gazetteer) {
        List<FoundName> makers = new ArrayList<>(kept);
        String sentenceText = text.substring(sentence.start(), sentence.end());
        for (Gazetteer.Match match : gazetteer.find(sentenceText)) {
            int start = sentence.start() + match.start();
            int end = sentence.start() + match.end();
            List<Token> inName = sentence.tokensIn(start, end);
            if (match.entry().type() != EntityType.ORGANIZATION || inName.isEmpty()
                    || !inName.stream().allMatch(t -> t.ner().equals("O") && t.text().matches("\\p{Lu}.*"))
                    || kept.stream().anyMatch(k -> k.start() < end && start < k.end())) {
                continue;
            }
            makers.add(new FoundName(start, end, text.substring(start, end), sentence.index(), EntityType.ORGANIZATION,
                    TypeVote.KNOWN_VOTE, null, match.entry()));
        }
        return makers;
    }

    /**
     * Where the maker's name ends (the index of the token after it), or -1: the whole name where the gazetteer lists
     * it as an organisation, or the listed organisation the NER's longer organisation starts with ("Renault" of
     * "Renault Clio").
     */
    private static int makerEnd(String text, FoundName found, List<Token> inName, Gazetteer gazetteer) {
        if (found.entry() != null) {
            return found.entry().type() == EntityType.ORGANIZATION ? inName.get(inName.size() - 1).index() + 1 : -1;
        }
        if (inName.size() < 2) {
            return -1;
        }
        for (Gazetteer.Match match : gazetteer.find(found.text())) {
            if (match.start() != 0 || match.entry().type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (int k = 0; k < inName.size() - 1; k++) {
                if (inName.get(k).end() - found.start() == match.end()) {
                    return inName.get(k).index() + 1;
                }
            }
        }
        return -1;
    }

    /**
     * The end (exclusive) of the model's words after the maker's: written right after it, each a model's word, none
     * the NER calls a person, a place, a date or an amount, and none inside another name than the maker's.
     */
    private static int modelEnd(List<Token> tokens, int from, List<FoundName> kept, FoundName maker) {
        int to = from;
        while (to < tokens.size() && to - from < MODEL_WORDS) {
            Token word = tokens.get(to);
            boolean adjacent = word.start() - tokens.get(to - 1).end() == 1;
            boolean inOther = kept.stream().anyMatch(k -> k != maker && k.type() != EntityType.PRODUCT
                    && k.start() < word.end() && word.start() < k.end());
            boolean numberOnly = word.text().matches("\\d+[A-Za-z]{0,2}");
            if (!adjacent || inOther || !word.text().matches(MODEL_WORD) || !word.ner().matches("O|MISC|ORGANIZATION|NUMBER")
                    || numberOnly && (to == from || word.text().matches("(?:19|20)\\d\\d"))) {
                break;
            }
            to++;
        }
        // a number that counts ("Honda Civic 2 percent") is no model's
        if (to > from && to < tokens.size() && tokens.get(to).text().matches("%|percent|per|million|billion|bn|m")
                && tokens.get(to - 1).text().matches("\\d+")) {
            to--;
        }
        return to;
    }

    /**
     * Whether the parse makes the maker's last word a compound of one of the model's words: "Toyota/compound Prius";
     * or the maker and the model's last word both compounds of the common noun of the goods right after them
     * ("ordered 20 Siemens Desiro trains": compound(trains, Siemens), compound(trains, Desiro)), as a maker's model
     * names the goods it classifies (s39-orders "seen and left": nested maker compounds).
     */
    private static boolean oneName(AnnotatedSentence sentence, List<Token> tokens, int from, int to) {
        Token last = tokens.get(from - 1);
        Token head = sentence.head(last);
        if (head == null || !sentence.relationToHead(last).equals("compound")) {
            return false;
        }
        if (head.index() >= from && head.index() < to) {
            return true;
        }
        // a plural after the maker names an arm of it, not a model ("Airbus Helicopters machines", "Volvo Buses")
        return to < tokens.size() && head.equals(tokens.get(to)) && head.pos().matches("NNS?")
                && !tokens.get(to - 1).text().matches("\\p{Lu}\\p{Ll}+s")
                && head.equals(sentence.head(tokens.get(to - 1)))
                && sentence.relationToHead(tokens.get(to - 1)).equals("compound");
    }

    /** Whether no word after the maker's names an arm of it, a corporate suffix follows, or they are a listed firm or place. */
    private static boolean refusedNone(String text, List<Token> tokens, int from, int to, Gazetteer gazetteer) {
        // a maker's word is a name of three letters or more, or capitals ("St" of "St Ebba's Church" is none)
        Token maker = tokens.get(from - 1);
        if (!maker.text().matches("\\p{Lu}{2,}|\\p{Lu}[\\p{L}&-]{2,}")) {
            return false;
        }
        // one plain word after the maker at most ("Prius", "iPod Nano"): more are a longer name's ("Carrier
        // Maplewing Air", "Sabre Nordic Engineering", "Kestrel Valley Cricket Club")
        if (tokens.subList(from, to).stream().filter(t -> t.text().matches("\\p{Lu}\\p{Ll}+")).count() > 1) {
            return false;
        }
        // the name goes on after a possessive ("St Cuthbert's School")
        if (to + 1 < tokens.size() && tokens.get(to).text().matches("'s|’s")
                && Character.isUpperCase(tokens.get(to + 1).text().charAt(0))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).text();
            if (UNIT_WORDS.contains(word) || CorporateNames.lastWord(word) || EntityRecognizer.CORPORATE_SUFFIXES.contains(word)) {
                return false;
            }
        }
        if (to < tokens.size() && (EntityRecognizer.CORPORATE_SUFFIXES.contains(tokens.get(to).text())
                || UNIT_WORDS.contains(tokens.get(to).text()) || CorporateNames.lastWord(tokens.get(to).text()))) {
            return false; // "Honda Civic Inc" would be a firm's name
        }
        if (NaturalFeatures.named(tokens, from - 1, to) || Facilities.named(tokens, from - 1, to)) {
            return false; // "Amazon River", "Apple Arena"
        }
        String model = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        return gazetteer.find(model).stream().noneMatch(m -> m.entry().type() != EntityType.PRODUCT
                && m.start() == 0 && m.end() == model.length());
    }

    /** The gazetteer's product the model's words are, whole ("PlayStation 3"), or null. */
    private static Gazetteer.Entry listedProduct(String text, int start, int end, Gazetteer gazetteer) {
        String model = text.substring(start, end);
        return gazetteer.find(model).stream().filter(m -> m.entry().type() == EntityType.PRODUCT
                && m.start() == 0 && m.end() == model.length()).map(Gazetteer.Match::entry).findFirst().orElse(null);
    }
}
