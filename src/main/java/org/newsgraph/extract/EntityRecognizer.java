package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsgraph.article.Slugs;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * Finds the entities of an article: gazetteer names, CoreNLP's named entities and names the article's own words
 * introduce ("the fintech PayHarbor"); then one thing per name (Nadella = Satya Nadella; a lone "Kessler" = the Kessler
 * Automobil named before it) and one type per thing by a document-level vote of the gazetteer, the words around each
 * mention ({@link TypeCues}) and the NER.
 */
public final class EntityRecognizer {

    static final Set<String> CORPORATE_SUFFIXES = Set.of("Inc", "Inc.", "Corp", "Corp.", "Corporation",
            "Ltd", "Ltd.", "plc", "PLC", "AG", "SA", "S.A.", "NV", "N.V.", "SE", "GmbH", "LLC", "Co.", "Limited");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|’s|'|’)$");
    private static final Pattern NAME_LIKE = Pattern.compile(".*\\p{Lu}.*|.*\\p{N}.*");
    private static final Set<String> NOT_NAMES = Set.of("Chief", "The", "A", "An", "Shares", "Sales", "It", "Its");

    /** How much each source of a type counts in the vote: the article's words beat a name-only guess. */
    private static final int GAZETTEER_VOTE = 4;
    private static final int KNOWN_VOTE = 2;
    private static final int CUE_VOTE = 3;
    private static final int NER_VOTE = 1;
    /** How many of the NER's same-type votes count for one thing: fewer than one cue's weight. */
    private static final int NER_VOTES_PER_TYPE = CUE_VOTE - 1;

    private final Gazetteer gazetteer;

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param type  the type its source gives the name
     * @param cue   the type the words around this mention give it, or null
     * @param entry the gazetteer entry, or null
     * @param surnameSlot a name list's name where a person's surname may stand: the NER calls it a person, or, for a
     *                    name the list only knows ("Wexford", "Lund": towns and surnames alike), it is a verb's subject
     */
    private record Found(int start, int end, String text, int sentence, EntityType type, int weight, TypeCues.Cue cue,
                         Gazetteer.Entry entry, boolean demonym, boolean surnameSlot) {

        Found(int start, int end, String text, int sentence, EntityType type, int weight, TypeCues.Cue cue,
              Gazetteer.Entry entry, boolean demonym) {
            this(start, end, text, sentence, type, weight, cue, entry, demonym, false);
        }

        Found(int start, int end, String text, int sentence, EntityType type, int weight, TypeCues.Cue cue,
              Gazetteer.Entry entry) {
            this(start, end, text, sentence, type, weight, cue, entry, false);
        }

        EntityType cueType() {
            return cue == null ? null : cue.type();
        }

        boolean overlaps(Found other) {
            return start < other.end && other.start < end;
        }
    }

    public List<Entity> recognize(AnnotatedText doc, Set<Integer> skippedSentences) {
        List<Found> found = new ArrayList<>();
        for (AnnotatedSentence sentence : doc.sentences()) {
            if (!skippedSentences.contains(sentence.index())) {
                found.addAll(inSentence(doc.text(), sentence));
            }
        }
        found.addAll(nameParts(doc, skippedSentences, found));
        found.removeIf(f -> refusedClassName(f, found));
        found.sort(Comparator.comparingInt(Found::start));
        return resolve(found);
    }

    /**
     * A name that is a general class, not a thing ({@link ClassNames}: "GMT", "the Company", "Results of Operations"),
     * unless the gazetteer lists it or the article writes it as the first word of a longer name ("AST SpaceMobile").
     */
    private static boolean refusedClassName(Found f, List<Found> all) {
        if (f.entry() != null || ClassNames.classOf(f.text()) == null) {
            return false;
        }
        String prefix = f.text().strip() + " ";
        return all.stream().noneMatch(other -> other.text().startsWith(prefix));
    }

    /** Gazetteer names and NER spans of one sentence; where they overlap, the longer wins, the gazetteer on a tie. */
    private List<Found> inSentence(String text, AnnotatedSentence sentence) {
        String sentenceText = text.substring(sentence.start(), sentence.end());
        List<Found> fromGazetteer = new ArrayList<>();
        for (Gazetteer.Match match : gazetteer.find(sentenceText)) {
            int start = sentence.start() + match.start();
            int end = sentence.start() + match.end();
            List<Token> tokens = sentence.tokensIn(start, end);
            if (tokens.isEmpty()) {
                continue;
            }
            TypeCues.Cue cue = TypeCues.cue(sentence, tokens.get(0).index(), tokens.get(tokens.size() - 1).index() + 1,
                    match.entry().type() != EntityType.PLACE);
            boolean confirmed = nerAgrees(tokens, match.entry().type()) || cue != null && cue.type() == match.entry().type()
                    && match.entry().name().chars().anyMatch(Character::isUpperCase)
                    && text.substring(start, end).chars().anyMatch(Character::isUpperCase)
                    || listedOverGuessedPlace(tokens, match.entry(), text.substring(start, end), cue)
                    || ownSpelling(text.substring(start, end)) && tokens.stream().allMatch(t -> t.ner().matches("O|MISC"))
                    && (cue == null || cue.type() == match.entry().type());
            // a one-word alias ("Dow" of Dow Inc.) inside a longer name ("the Dow Jones Industrial Average") is a word of it
            boolean aliasInName = match.anywhere() && tokens.size() == 1 && !match.entry().name().equals(tokens.get(0).text())
                    && partOfLongerName(sentence, tokens) && !nerAgrees(tokens, match.entry().type());
            if (aliasInName || !match.anywhere() && (!confirmed || (capitalOnlyByPosition(sentence, tokens)
                    || partOfLongerName(sentence, tokens)) && !nerAgrees(tokens, match.entry().type()))) {
                continue;
            }
            fromGazetteer.add(new Found(start, end, text.substring(start, end), sentence.index(), match.entry().type(),
                    match.anywhere() && !guessedType(match.entry()) ? GAZETTEER_VOTE : KNOWN_VOTE, cue, match.entry(),
                    false, surnameSlot(sentence, tokens, match)));
        }
        List<Found> fromNer = splitOffices(text, sentence, nerSpans(text, sentence));
        List<Found> kept = new ArrayList<>();
        for (Found ner : fromNer) {
            boolean longer = fromGazetteer.stream().filter(ner::overlaps)
                    .allMatch(g -> ner.start() <= g.start() && g.end() <= ner.end() && ner.end() - ner.start() > g.end() - g.start()
                            && !bareName(ner.text()).equals(bareName(g.text())));
            if (longer) {
                fromGazetteer.removeIf(ner::overlaps);
                kept.add(ner);
            }
        }
        for (Found ner : fromNer) {
            if (!kept.contains(ner) && fromGazetteer.stream().noneMatch(ner::overlaps)) {
                kept.add(ner);
            }
        }
        kept.addAll(fromGazetteer);
        kept.replaceAll(f -> withModel(text, sentence, f));
        kept.replaceAll(f -> withOwnPossessive(text, sentence, f));
        kept.replaceAll(f -> asRegion(sentence, f));
        kept.addAll(demonyms(text, sentence, kept));
        List<Found> bodies = bodies(text, sentence, kept);
        // The place keeps its own mention inside the body's ("US" in "US government"): the article names both.
        kept.removeIf(k -> bodies.stream().anyMatch(b -> k.overlaps(b)
                && !(k.type() == EntityType.PLACE && b.start() <= k.start() && k.end() <= b.end())));
        kept.addAll(bodies);
        List<Found> introduced = introduced(text, sentence, kept);
        kept.removeIf(k -> introduced.stream().anyMatch(k::overlaps));
        kept.addAll(introduced);
        kept.addAll(nicknamedModels(text, sentence, kept));
        kept.addAll(offices(text, sentence, kept));
        kept.removeIf(k -> unitAfterNumber(sentence, k) || currency(sentence, k));
        return kept;
    }

    /**
     * Whether a name list's one-word name stands where a person's surname may: the NER calls it a person ("Jordan
     * said" after "Owen Jordan"), or the list knows the name only where the NER marks it, as it does surnames that
     * are towns too, and it is the subject of a verb ("Wexford said she would stay"), unless the NER calls it a
     * company ("Ford said the plan would work" may be the carmaker). Where the article named a person
     * of that surname in full, such a mention is that person ({@link #mergeListedSurnames}).
     */
    private static boolean surnameSlot(AnnotatedSentence sentence, List<Token> tokens, Gazetteer.Match match) {
        if (tokens.size() != 1 || match.entry().type() == EntityType.PERSON) {
            return false;
        }
        Token token = tokens.get(0);
        Token head = sentence.dependencies().isEmpty() ? null : sentence.head(token);
        boolean subject = head != null && head.pos().startsWith("VB")
                && sentence.relationToHead(token).matches("nsubj(?::pass)?");
        return token.ner().equals("PERSON") || !match.anywhere() && subject && !token.ner().equals("ORGANIZATION");
    }

    /**
     * "Sterling fell against the dollar", "the euro rose": a currency's name alone is a unit of amounts (a figure's
     * {@code schema:currency}), never an entity of the graph, whatever a place list or the NER guessed ("Sterling" is a
     * town too); a person the NER names so keeps the name ("Sterling said").
     */
    private static boolean currency(AnnotatedSentence sentence, Found found) {
        return org.newsgraph.extract.figure.Currencies.namesCurrency(found.text())
                && sentence.tokensIn(found.start(), found.end()).stream().noneMatch(t -> t.ner().equals("PERSON"));
    }

    /**
     * "The battery stores 75 kWh", "a 300 MW plant": a unit of measure written after its number is never a name,
     * whatever its spelling suggests ("kWh" is written like a brand, "MW" like initials).
     */
    private static boolean unitAfterNumber(AnnotatedSentence sentence, Found found) {
        List<Token> tokens = sentence.tokensIn(found.start(), found.end());
        if (tokens.isEmpty() || org.newsgraph.extract.figure.Units.unit(found.text()) == null) {
            return false;
        }
        int at = tokens.get(0).index() - sentence.tokens().get(0).index();
        return at > 0 && "CD".equals(sentence.tokens().get(at - 1).pos());
    }

    static final String OFFICE_HOLDER = "holder-after-office";

    /**
     * "Prime Minister of Vesterland Anika Dahl": the NER runs the place an office governs and its holder's name into one
     * person; after "of" and an office's head, a person's name of three words or more is the place (the longest first
     * words a name list holds as a place, else all but the last two words) and then the person.
     */
    private List<Found> splitOffices(String text, AnnotatedSentence sentence, List<Found> spans) {
        List<Found> out = new ArrayList<>();
        List<Token> all = sentence.tokens();
        for (Found span : spans) {
            List<Token> tokens = sentence.tokensIn(span.start(), span.end());
            int at = tokens.isEmpty() ? -1 : all.indexOf(tokens.get(0));
            boolean afterOffice = at >= 2 && all.get(at - 1).text().equals("of") && OfficeTitles.isHead(all.get(at - 2).text());
            if (span.type() != EntityType.PERSON || tokens.size() < 3 || !afterOffice) {
                out.add(span);
                continue;
            }
            int cut = tokens.size() - 2;
            Gazetteer.Entry place = null;
            for (int k = tokens.size() - 2; k >= 1; k--) {
                String prefix = text.substring(span.start(), tokens.get(k - 1).end());
                List<Gazetteer.Match> matches = gazetteer.find(prefix);
                if (matches.size() == 1 && matches.get(0).start() == 0 && matches.get(0).end() == prefix.length()
                        && matches.get(0).entry().type() == EntityType.PLACE) {
                    cut = k;
                    place = matches.get(0).entry();
                    break;
                }
            }
            int placeEnd = tokens.get(cut - 1).end();
            int personStart = tokens.get(cut).start();
            out.add(new Found(span.start(), placeEnd, text.substring(span.start(), placeEnd), sentence.index(),
                    EntityType.PLACE, NER_VOTE, null, place));
            out.add(new Found(personStart, span.end(), text.substring(personStart, span.end()), sentence.index(),
                    EntityType.PERSON, NER_VOTE, new TypeCues.Cue(EntityType.PERSON, OFFICE_HOLDER), null));
        }
        return out;
    }

    static final String OFFICE_RULE = "office-as-name";

    /** "the Prime Minister applauded": an office written as the name of its holder ({@link OfficeTitles}). */
    private static List<Found> offices(String text, AnnotatedSentence sentence, List<Found> kept) {
        List<Found> out = new ArrayList<>();
        for (int[] range : OfficeTitles.find(sentence)) {
            int start = sentence.tokens().get(range[0]).start();
            int end = sentence.tokens().get(range[1] - 1).end();
            int head = sentence.tokens().get(range[0]).end();
            // the place an office governs keeps its own mention inside the office's: "President of Vesterland"
            if (kept.stream().noneMatch(k -> k.start() < end && start < k.end()
                    && !(k.type() == EntityType.PLACE && head < k.start() && k.end() <= end))) {
                out.add(new Found(start, end, text.substring(start, end), sentence.index(), EntityType.PERSON, 0,
                        new TypeCues.Cue(EntityType.PERSON, OFFICE_RULE), null));
            }
        }
        return out;
    }

    /** The cue of a model code right before its nickname in quotes: "the 787 "Dreamliner"" is one product. */
    static final String NICKNAMED = "model-before-nickname";

    /**
     * A model code written right before a product's nickname in quotes ("the 787 "Dreamliner"", "the X5 'Comet'"):
     * the code is a mention of that product, joined to it by {@link #mergeNicknames}.
     */
    private static List<Found> nicknamedModels(String text, AnnotatedSentence sentence, List<Found> kept) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token model = tokens.get(k);
            Token quote = tokens.get(k + 1);
            Token next = tokens.get(k + 2);
            boolean coded = model.text().matches(NUMBERED_MODEL) || model.text().matches(MODEL_CODE);
            boolean quoted = quote.text().matches("``|\"|'|‘|“|`");
            if (!coded || !quoted || next.start() - model.end() > 3) {
                continue;
            }
            boolean nickname = kept.stream().anyMatch(f -> f.start() == next.start() && f.cueType() == EntityType.PRODUCT);
            boolean free = kept.stream().noneMatch(f -> f.start() < model.end() && model.start() < f.end());
            if (nickname && free) {
                out.add(new Found(model.start(), model.end(), text.substring(model.start(), model.end()), sentence.index(),
                        EntityType.PRODUCT, 0, new TypeCues.Cue(EntityType.PRODUCT, NICKNAMED), null));
            }
        }
        return out;
    }

    /** A brand's own spelling: "iTunes", "eBay", "PlayStation", "YouTube" (not a surname's "McDonald", "DeLuca"). */
    private static final Pattern OWN_SPELLING = Pattern.compile(
            "\\p{Ll}\\p{Lu}[\\p{L}\\d]*|(?!Mc|Mac)\\p{Lu}\\p{Ll}{2,}\\p{Lu}\\p{Ll}[\\p{L}\\d]*");

    /**
     * Whether a listed name is written in a spelling no common word or surname has ({@link #OWN_SPELLING}): then the
     * list knows what it is where the NER left it unmarked ("iTunes", "PlayStation"), as it does a name the NER marks.
     */
    static boolean ownSpelling(String written) {
        return OWN_SPELLING.matcher(written).matches();
    }

    /**
     * A listed company or product the NER's statistical model guessed to be a place from the name alone (a streaming
     * service, a retailer or a carmaker called "LOCATION", as unknown one-word names often are): the list knows the
     * name and no place of it, and the NER's own place lists (its CITY, COUNTRY, STATE_OR_PROVINCE) did not claim it,
     * so the list's type counts, unless the words around it say otherwise. A name the list registers under two types
     * ({@link Gazetteer#contested}) stays the NER's.
     */
    private boolean listedOverGuessedPlace(List<Token> tokens, Gazetteer.Entry entry, String written, TypeCues.Cue cue) {
        return (entry.type() == EntityType.ORGANIZATION || entry.type() == EntityType.PRODUCT)
                && tokens.stream().allMatch(t -> t.ner().equals("LOCATION"))
                && (cue == null || cue.type() == entry.type()) && Character.isUpperCase(written.charAt(0))
                && !gazetteer.contested(entry.name()) && !gazetteer.contested(written) && Demonyms.place(written) == null;
    }

    /**
     * A brand list's name without a Wikidata id is a product only by the list builder's guess (the list holds
     * airlines, publishers and shops beside devices): the article's words outvote it ("the airline X").
     */
    private static boolean guessedType(Gazetteer.Entry entry) {
        return entry.type() == EntityType.PRODUCT && entry.wikidata() == null;
    }

    /**
     * A one-word name at the start of a sentence ("Group revenue rose", "Net profit fell") has its capital from its
     * place: a name list's common word counts there only where the NER marks it. A word with capitals of its own
     * ("TikTok", "IBM", "eBay") does not owe them to its place.
     */
    private static boolean capitalOnlyByPosition(AnnotatedSentence sentence, List<Token> tokens) {
        if (tokens.size() != 1 || !tokens.get(0).text().matches("\\p{Lu}\\p{Ll}+")) {
            return false;
        }
        for (Token token : sentence.tokens()) {
            if (token == tokens.get(0) || token.index() == tokens.get(0).index()) {
                return true;
            }
            if (Character.isLetterOrDigit(token.text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a name sits inside a longer run of proper nouns that the NER gave one tag, miscellaneous or none ("Old"
     * of "the Old Mutual insurance company", "Index" of "a strategist at IG Index", "Jones" of "the Dow Jones
     * Industrial Average"): a name list's name that only identifies what the text marks is then a word of another
     * name, not that name; the whole run is a candidate name of its own.
     */
    static boolean partOfLongerName(AnnotatedSentence sentence, List<Token> tokens) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        String tag = first.ner();
        if (!tag.equals("O") && !tag.equals("MISC") || tokens.stream().anyMatch(t -> !t.ner().equals(tag))) {
            return false;
        }
        List<Token> all = sentence.tokens();
        int at = all.indexOf(first);
        int end = all.indexOf(last);
        Token before = at > 0 ? all.get(at - 1) : null;
        Token after = end >= 0 && end + 1 < all.size() ? all.get(end + 1) : null;
        return before != null && sameName(before, tag) && first.start() - before.end() <= 1
                || after != null && sameName(after, tag) && after.start() - last.end() <= 1;
    }

    private static boolean sameName(Token neighbour, String tag) {
        return neighbour.ner().equals(tag) && neighbour.pos().startsWith("NNP")
                && Character.isUpperCase(neighbour.text().charAt(0)) && !CORPORATE_SUFFIXES.contains(neighbour.text());
    }

    private static final Pattern MODEL = Pattern.compile("\\d{1,4}(?:-\\d+)?[A-Za-z]{0,3}|[A-Z]{1,2}\\d{2,4}[A-Za-z]{0,3}|\\d[a-z]\\d");

    /**
     * A maker's name or a product's followed by a model code is a product of its own: "Boeing 747", "iPhone 4",
     * "Airbus A350".
     */
    private static Found withModel(String text, AnnotatedSentence sentence, Found found) {
        if (found.type() != EntityType.ORGANIZATION && found.type() != EntityType.PRODUCT || found.entry() == null) {
            return found;
        }
        List<Token> after = sentence.tokens().stream().filter(t -> t.start() >= found.end()).limit(2).toList();
        boolean version = found.type() == EntityType.PRODUCT && !after.isEmpty()
                && after.get(0).text().matches("\\d+(?:\\.\\d+)+");
        if (after.isEmpty() || after.get(0).start() != found.end() + 1
                || !MODEL.matcher(after.get(0).text()).matches() && !version
                || after.get(0).text().matches("(?:19|20)\\d\\d") || after.size() > 1
                && after.get(1).text().matches("%|percent|per|million|billion|bn|m")) {
            return found;
        }
        boolean coded = after.get(0).text().matches(".*\\p{L}.*|\\d{3}(?:-\\d+)?");
        if (found.type() == EntityType.ORGANIZATION && !coded) {
            return found;
        }
        int end = after.get(0).end();
        List<Token> rest = sentence.tokens().stream().filter(t -> t.start() >= found.end()).limit(3).toList();
        if (rest.size() == 3 && rest.get(1).text().equals("-") && rest.get(1).start() == end
                && rest.get(2).start() == rest.get(1).end() && rest.get(2).text().matches("\\d{1,4}[A-Za-z]{0,3}")) {
            end = rest.get(2).end();
        }
        return new Found(found.start(), end, text.substring(found.start(), end), found.sentence(), EntityType.PRODUCT,
                GAZETTEER_VOTE, null, null);
    }

    /**
     * A listed company followed by "'s" that owns nothing ("rivals Tesco and Sainsbury's eat into its profits") is a
     * name that ends in "'s", as many retailers' do: the mention and the name keep it.
     */
    private static Found withOwnPossessive(String text, AnnotatedSentence sentence, Found found) {
        if (found.entry() == null || found.type() != EntityType.ORGANIZATION || found.entry().name().endsWith("s")
                || sentence.dependencies().isEmpty()) {
            return found;
        }
        List<Token> after = sentence.tokens().stream().filter(t -> t.start() >= found.end()).limit(2).toList();
        if (after.isEmpty() || after.get(0).start() - found.end() > 1 || !after.get(0).text().matches("'s|’s")
                || after.size() > 1 && after.get(1).pos().matches("NN.*|JJ.*|CD|VBG|POS")) {
            return found;
        }
        boolean owns = sentence.tokensIn(found.start(), found.end()).stream()
                .anyMatch(t -> sentence.relationToHead(t).startsWith("nmod:poss"));
        if (owns) {
            return found;
        }
        int end = after.get(0).end();
        Gazetteer.Entry named = new Gazetteer.Entry(found.entry().name() + after.get(0).text(),
                found.entry().type(), found.entry().wikidata());
        return new Found(found.start(), end, text.substring(found.start(), end), found.sentence(), found.type(),
                found.weight(), found.cue(), named, found.demonym());
    }

    /** A place written as a region named like a city elsewhere ("Everett, Washington") is that region. */
    private static Found asRegion(AnnotatedSentence sentence, Found found) {
        if (found.type() != EntityType.PLACE || found.demonym()) {
            return found;
        }
        String region = RegionNames.region(sentence, sentence.tokensIn(found.start(), found.end()));
        return region == null ? found : new Found(found.start(), found.end(), found.text(), found.sentence(),
                EntityType.PLACE, Math.max(found.weight(), KNOWN_VOTE), found.cue(),
                new Gazetteer.Entry(region, EntityType.PLACE, null), false);
    }

    /**
     * Where an article writes a name as the region ("Everett, Washington"), its other mentions of the bare name are
     * that region too: one article means one of the two.
     */
    private static void mergeIntoRegions(Map<String, List<Found>> byKey) {
        for (String key : new ArrayList<>(byKey.keySet())) {
            String written = key.startsWith("g:") ? RegionNames.writtenName(key.substring(2)) : null;
            if (written == null) {
                continue;
            }
            for (String bare : List.of("g:" + written, "n:" + written)) {
                List<Found> moved = byKey.remove(bare);
                if (moved != null) {
                    byKey.get(key).addAll(moved);
                    byKey.get(key).sort(Comparator.comparingInt(Found::start));
                }
            }
        }
    }

    /** "American", "Danish": mentions of the United States and of Denmark. */
    private List<Found> demonyms(String text, AnnotatedSentence sentence, List<Found> known) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = 2; n >= 1; n--) {
                if (i + n > tokens.size()) {
                    continue;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(i + n - 1).end();
                String place = Demonyms.place(text.substring(start, end));
                Found probe = new Found(start, end, "", 0, null, 0, null, null);
                if (place == null || !Character.isUpperCase(text.charAt(start)) || known.stream().anyMatch(probe::overlaps)
                        || out.stream().anyMatch(probe::overlaps)) {
                    continue;
                }
                List<Gazetteer.Match> named = gazetteer.find(place);
                Gazetteer.Entry entry = named.size() == 1 && named.get(0).end() - named.get(0).start() == place.length()
                        && named.get(0).entry().type() == EntityType.PLACE ? named.get(0).entry() : new Gazetteer.Entry(place, EntityType.PLACE, null);
                out.add(new Found(start, end, text.substring(start, end), sentence.index(), EntityType.PLACE, NER_VOTE,
                        null, entry, true));
            }
        }
        return out;
    }

    /**
     * "the US government", "the government of Canada", "the U.S. Air Force": a government body named by a place found
     * in the sentence ({@link GovernmentNames}) or at the start of a name the NER gave whole ("US Treasury"), an
     * organisation around the place's own mention; its canonical name's gazetteer entry, if any, identifies it.
     */
    private List<Found> bodies(String text, AnnotatedSentence sentence, List<Found> known) {
        List<GovernmentNames.Place> places = new ArrayList<>();
        List<Found> extraPlaces = new ArrayList<>();
        for (Found f : known) {
            if (f.type() == EntityType.PLACE) {
                places.add(new GovernmentNames.Place(f.start(), f.end(),
                        f.entry() != null ? f.entry().name() : bareName(f.text())));
            } else if (f.type() == EntityType.ORGANIZATION && f.entry() == null) {
                GovernmentNames.Place inName = placeBefore(f);
                if (inName != null) {
                    places.add(inName);
                    extraPlaces.add(new Found(inName.start(), inName.end(), text.substring(inName.start(), inName.end()),
                            sentence.index(), EntityType.PLACE, NER_VOTE, null,
                            new Gazetteer.Entry(inName.name(), EntityType.PLACE, null)));
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (GovernmentNames.Body body : GovernmentNames.find(sentence, places)) {
            Found probe = new Found(body.start(), body.end(), "", 0, null, 0, null, null);
            boolean named = known.stream().anyMatch(k -> k.entry() != null && k.type() == EntityType.ORGANIZATION
                    && k.start() <= body.start() && body.end() <= k.end());
            if (named || out.stream().anyMatch(probe::overlaps)) {
                continue;
            }
            out.add(new Found(body.start(), body.end(), text.substring(body.start(), body.end()), sentence.index(),
                    EntityType.ORGANIZATION, 0, new TypeCues.Cue(EntityType.ORGANIZATION, GOVERNMENT_RULE),
                    listedOrganization(body.name())));
        }
        // The place named inside an organisation's name the NER gave whole ("US" of "US Treasury") is a mention too.
        for (Found place : extraPlaces) {
            if (out.stream().anyMatch(place::overlaps)) {
                out.add(place);
            }
        }
        return out;
    }

    static final String GOVERNMENT_RULE = "government-of-place";

    /** The place an organisation's name starts with when the rest is a government noun: "US" of "US Treasury". */
    private GovernmentNames.Place placeBefore(Found f) {
        String name = f.text();
        for (String noun : GovernmentNames.NOUNS.keySet()) {
            int cut = name.length() - noun.length() - 1;
            if (cut > 0 && name.charAt(cut) == ' ' && name.substring(cut + 1).equalsIgnoreCase(noun)) {
                String prefix = name.substring(0, cut);
                List<Gazetteer.Match> matches = gazetteer.find(prefix);
                String place = Demonyms.place(prefix);
                if (place == null && matches.size() == 1 && matches.get(0).start() == 0
                        && matches.get(0).end() == prefix.length() && matches.get(0).entry().type() == EntityType.PLACE) {
                    place = matches.get(0).entry().name();
                }
                return place == null ? null : new GovernmentNames.Place(f.start(), f.start() + cut, place);
            }
        }
        return null;
    }

    /** The gazetteer's organisation of exactly this name or alias ("Government of Australia"), else a new one. */
    private Gazetteer.Entry listedOrganization(String name) {
        for (String candidate : List.of(name, name.replace(" of the ", " of "))) {
            List<Gazetteer.Match> matches = gazetteer.find(candidate);
            if (matches.size() == 1 && matches.get(0).start() == 0 && matches.get(0).end() == candidate.length()
                    && matches.get(0).entry().type() == EntityType.ORGANIZATION) {
                return matches.get(0).entry();
            }
        }
        return new Gazetteer.Entry(name, EntityType.ORGANIZATION, null);
    }

    /** A name that is only a word in the gazetteer counts only where the NER or the words around it agree. */
    private static boolean nerAgrees(List<Token> tokens, EntityType type) {
        return tokens.stream().allMatch(t -> type == nerType(t.ner())
                || type == EntityType.PRODUCT && t.ner().equals("MISC"));
    }

    private static TypeCues.Cue cue(AnnotatedSentence sentence, List<Token> tokens) {
        return TypeCues.cue(sentence, tokens.get(0).index(), tokens.get(tokens.size() - 1).index() + 1);
    }

    private static EntityType nerType(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.PLACE;
            default -> null;
        };
    }

    /** Runs of tokens with the same entity tag; a corporate suffix after a name belongs to it and makes it a company. */
    private static List<Found> nerSpans(String text, AnnotatedSentence sentence) {
        List<Found> spans = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = nerType(tokens.get(i).ner());
            String first = tokens.get(i).text();
            if (type == null || first.equals("to") || POSSESSIVE.matcher(first).matches() && first.length() <= 2) {
                i++; // no name starts with "to" or "'s" (where a run was split: splitsNames)
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                // a capitalised article inside a span starts another name ("Stock Repurchase Programs The Company")
                boolean same = tokens.get(j).ner().equals(tokens.get(i).ner())
                        && tokens.get(j).start() - tokens.get(j - 1).end() <= 1 && !tokens.get(j).text().matches("The|A|An")
                        && !splitsNames(tokens, i, j);
                // "Kuehne+Nagel", "Procter & Gamble": names joined by & or + are one company.
                boolean joined = j + 1 < tokens.size() && tokens.get(j).text().matches("[&+]")
                        && nerType(tokens.get(j + 1).ner()) != null
                        && tokens.get(j + 1).start() - tokens.get(j - 1).end() <= 3;
                if (joined) {
                    type = EntityType.ORGANIZATION;
                    j += 2;
                } else if (same) {
                    j++;
                } else {
                    break;
                }
            }
            while (j > i && POSSESSIVE.matcher(tokens.get(j - 1).text()).matches() && tokens.get(j - 1).text().length() <= 2) {
                j--;
            }
            if (j < tokens.size() && CORPORATE_SUFFIXES.contains(tokens.get(j).text())) {
                type = EntityType.ORGANIZATION;
                j++;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(Math.max(i, j - 1)).end();
            String surface = text.substring(start, end);
            if (j > i && NAME_LIKE.matcher(surface).matches() && !NOT_NAMES.contains(surface)) {
                spans.add(new Found(start, end, surface, sentence.index(), type, NER_VOTE,
                        cue(sentence, tokens.subList(i, j)), null));
            }
            i = Math.max(j, i + 1);
        }
        return spans;
    }

    /** Words after "X's Y" that make Y a part of X: "Halvorsen Group's Brindle Software unit". */
    private static final Set<String> UNIT_NOUNS = Set.of("unit", "units", "subsidiary", "subsidiaries", "division",
            "divisions", "arm", "affiliate");

    /**
     * Whether token j, inside a run the NER gave one label, starts a second name: a lower-case "to" between two names
     * ("sold its stake in Brindle Software to Halvorsen Capital", where the NER runs the two together), or the name
     * after a possessive that owns a unit ("Halvorsen Group's Brindle Software unit": two organisations, not one).
     */
    private static boolean splitsNames(List<Token> tokens, int i, int j) {
        Token at = tokens.get(j);
        if (at.text().equals("to")) {
            return true;
        }
        if (j - 1 > i && POSSESSIVE.matcher(tokens.get(j - 1).text()).matches()
                && tokens.get(j - 1).text().length() <= 2 && Character.isUpperCase(at.text().charAt(0))) {
            int k = j;
            while (k < tokens.size() && tokens.get(k).ner().equals(tokens.get(i).ner())) {
                k++;
            }
            return k < tokens.size() && UNIT_NOUNS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT));
        }
        return false;
    }

    /**
     * Proper nouns the NER left out but the article's words type: "the fintech PayHarbor", "the drug Lenvara",
     * "MRX-214, Meridian's oral obesity pill".
     */
    private static List<Found> introduced(String text, AnnotatedSentence sentence, List<Found> known) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && (properNoun(tokens.get(j), j > i) || glued(tokens, i, j))
                    && (j == i || tokens.get(j).start() - tokens.get(j - 1).end() <= 1)) {
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(j - 1).end();
            TypeCues.Cue cue = cue(sentence, tokens.subList(i, j));
            if (cue == null && text.substring(start, end).matches(MODEL_CODE)) {
                cue = new TypeCues.Cue(EntityType.PRODUCT, "model-code");
            } else if (cue == null && text.substring(start, end).matches(BRAND_CASE)) {
                cue = new TypeCues.Cue(EntityType.PRODUCT, "brand-case");
            } else if (cue == null && ModelNames.named(tokens.subList(i, j))) {
                cue = new TypeCues.Cue(EntityType.PRODUCT, ModelNames.RULE);
            }
            if (cue != null && text.substring(start, end).matches(NUMBERED_MODEL) && !cue.rule().equals("model-code-of-owner")
                    && !cue.rule().equals("apposition-to-product-noun")) {
                cue = null;
            }
            Found candidate = new Found(start, end, text.substring(start, end), sentence.index(), null, 0, cue, null);
            List<Token> run = tokens.subList(i, j);
            // a place only by its facility's words ("Terminal 3"): other place cues type names the NER already found
            if (candidate.cue() != null && (candidate.cueType() != EntityType.PLACE
                    || cue.rule().equals(TypeCues.FACILITY))
                    && known.stream().filter(candidate::overlaps).allMatch(k -> productAroundCompany(candidate, k, run))
                    && !NOT_NAMES.contains(candidate.text())
                    && (i > 0 || j - i >= 2 && cue.rule().equals(TypeCues.SUBJECT_OF_ORGANIZATION_VERB)
                    || OPENING_CUES.contains(cue.rule()))) {
                // a name of two or more proper nouns may open the sentence as the subject of what companies do
                // ("Quillon Data was acquired by ..."); one word there is capitalised by its place alone, and a 10-K
                // heading runs into its sentence ("Restricted Stock Units Weighted average ..."), unless the parse
                // says the word acts as a firm ("Brindlemark makes ...", "Tessaro said it would ...")
                out.add(new Found(start, end, candidate.text(), sentence.index(), cue.type(), 0, cue, null));
            }
            i = j;
        }
        return out;
    }

    /**
     * Cues of the parse that make a proper noun opening a sentence a name: what it does is what firms do, in words a
     * common noun capitalised by its place does not take ("Brindlemark makes payroll software", "Tessaro said it would
     * cut 300 jobs"), or a shape no common word has (a facility's number, a model's code: "Tessaro T7 sales rose").
     */
    private static final Set<String> OPENING_CUES = Set.of(TypeCues.MAKER_OF_GOODS, TypeCues.SPEAKER_OF_IT,
            TypeCues.FACILITY, ModelNames.RULE);

    /**
     * A model known by its number ("747", "737-800", "7e7"): a candidate name only, which a cue must confirm (the
     * owner's possessive: "Boeing's 747").
     */
    static final String NUMBERED_MODEL = "\\d{3}(?:-\\d{1,3})?|\\d[a-z]\\d";

    /**
     * A product whose name holds its maker's ("Azure OpenAI" around "OpenAI"): a run the NER calls one
     * miscellaneous name, a product by its cue, around a listed organisation's name; the product takes the place of
     * the organisation there.
     */
    private static boolean productAroundCompany(Found candidate, Found known, List<Token> run) {
        return candidate.cueType() == EntityType.PRODUCT && known.entry() != null
                && known.type() == EntityType.ORGANIZATION && candidate.start() <= known.start()
                && known.end() <= candidate.end() && candidate.end() - candidate.start() > known.end() - known.start()
                && run.stream().allMatch(t -> t.ner().equals("MISC"));
    }

    /**
     * A model code on its own: a capital and three digits, maybe a numbered variant, a variant's letters, a plural and
     * a variant's initials ("A380", "A330-300E", "A321neo", "A320s", "A350 XWB").
     */
    private static final String MODEL_CODE = "\\p{Lu}\\d{3}(?:-\\d{1,3}[A-Z]?)?[a-z]{0,3}s?(?: \\p{Lu}{2,4})?";

    /**
     * A brand written with a small first letter and a capital second ("iPhone", "iTunes Store", "eReader"): news keeps
     * the maker's spelling, which marks a product name.
     */
    private static final String BRAND_CASE = "\\p{Ll}\\p{Lu}\\p{Ll}[\\p{L}\\d]*(?: [\\p{Lu}\\d][\\p{L}\\d]*(?:\\.\\d+)*)*";

    /** A version or model number after a name: "Windows 7", "iPhone 3GS", "Safari 4.0". */
    private static final String VERSION = "\\d+(?:\\.\\d+)*[A-Za-z]{0,3}";

    /** A hyphen or number written against the name before it, as in model codes: "MRX-214". */
    private static boolean glued(List<Token> tokens, int from, int at) {
        if (at <= from || tokens.get(at).start() != tokens.get(at - 1).end()) {
            return false;
        }
        String previous = tokens.get(at - 1).text();
        String current = tokens.get(at).text();
        // "MRX-214", and a model's variant: "A330-300E", "A380-800F"
        return current.equals("-") && !previous.equals("-") || current.matches("\\d+[A-Z]?") && previous.equals("-");
    }

    private static boolean properNoun(Token token, boolean continuing) {
        if (!token.ner().equals("O") && !token.ner().equals("NUMBER") && !token.ner().equals("MISC")) {
            return false;
        }
        // an article inside a run of capitals starts another name ("Stock Repurchase Programs The Company's ...")
        if (continuing && token.text().matches("The|A|An")) {
            return false;
        }
        boolean capitalised = Character.isUpperCase(token.text().charAt(0))
                && (token.pos().startsWith("NNP") || token.ner().equals("MISC") && token.pos().startsWith("NN"))
                || token.text().matches("\\p{Lu}{2,}") && token.pos().startsWith("NN")
                || !continuing && token.text().matches(BRAND_CASE);
        boolean code = token.text().matches("\\p{Lu}[\\p{L}]*-?\\d+[\\p{L}\\d]*")
                || !continuing && (token.text().matches(NUMBERED_MODEL) || Facilities.numberedWord(token.text()));
        return capitalised || code || continuing && token.text().matches(VERSION);
    }

    /**
     * Further mentions of a one-word name already found, and of the first word of a longer one ("Nordhav" after
     * "Nordhav Energi"), where the NER did not mark them.
     */
    private static List<Found> nameParts(AnnotatedText doc, Set<Integer> skipped, List<Found> found) {
        Map<String, Found> firstWords = new HashMap<>();
        for (Found f : found) {
            String bare = bareName(f.text());
            if (f.entry() == null && bare.contains(" ") && f.type() != EntityType.PERSON) {
                firstWords.putIfAbsent(bare.substring(0, bare.indexOf(' ')), f);
            }
        }
        Map<String, Found> familyNames = new HashMap<>();
        for (Found f : found) {
            String bare = bareName(f.text());
            if (f.type() == EntityType.PERSON && bare.contains(" ")) {
                familyNames.putIfAbsent(bare.substring(bare.lastIndexOf(' ') + 1), f);
                String family = FamilyNamesFirst.familyName(bare);
                if (family != null) {
                    familyNames.putIfAbsent(family, f);
                }
            }
        }
        Map<String, Found> wholeNames = new HashMap<>();
        for (Found f : found) {
            if (!f.text().contains(" ") && f.type() != null) {
                wholeNames.putIfAbsent(f.text(), f);
            }
        }
        List<Found> out = new ArrayList<>();
        for (AnnotatedSentence sentence : doc.sentences()) {
            if (skipped.contains(sentence.index())) {
                continue;
            }
            for (Token token : sentence.tokens()) {
                Found part = firstWords.get(token.text());
                Found same = wholeNames.get(token.text());
                boolean free = (token.pos().startsWith("NNP") || part != null && token.pos().startsWith("NN")
                        && Character.isUpperCase(token.text().charAt(0)) && token != sentence.tokens().get(0))
                        && found.stream().noneMatch(f -> f.start() < token.end() && token.start() < f.end());
                if (free && same != null) {
                    out.add(new Found(token.start(), token.end(), token.text(), sentence.index(), same.type(), 0,
                            cue(sentence, List.of(token)), same.entry()));
                } else if (free && part != null) {
                    // The first word of a product's name is its family ("Azure" of "Azure OpenAI"), of another
                    // name, the organisation's short form.
                    String rest = bareName(part.text()).substring(token.text().length()).strip();
                    EntityType type = part.type() == EntityType.PRODUCT && !MODEL.matcher(rest).matches()
                            ? EntityType.PRODUCT : EntityType.ORGANIZATION;
                    out.add(new Found(token.start(), token.end(), token.text(), sentence.index(), type,
                            0, cue(sentence, List.of(token)), null));
                } else if (familyNames.containsKey(token.text()) && Character.isUpperCase(token.text().charAt(0))
                        && (token != sentence.tokens().get(0) || subjectAtStart(sentence)) && found.stream()
                        .noneMatch(f -> f.start() < token.end() && token.start() < f.end())) {
                    out.add(new Found(token.start(), token.end(), token.text(), sentence.index(), EntityType.PERSON,
                            0, cue(sentence, List.of(token)), null));
                }
            }
        }
        return out;
    }

    /**
     * Whether a sentence's first word, a person's surname the article gave in full before, is that person: followed
     * by a comma ("Hale, born in...") or a verb ("Hale resigned"), it is a name, not a common noun ("Gates open").
     */
    private static boolean subjectAtStart(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        return tokens.size() > 2 && tokens.get(0).pos().matches("NNPS?|NNS")
                && (tokens.get(1).text().equals(",") || tokens.get(1).pos().matches("VB[DZ]|MD"));
    }

    private List<Entity> resolve(List<Found> found) {
        Map<String, List<Found>> byKey = new LinkedHashMap<>();
        for (Found f : found) {
            byKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        foldIntoNameList(byKey);
        mergeIntoRegions(byKey);
        Map<Found, String> joined = new HashMap<>();
        mergeIntoListedNames(byKey, joined);
        typeMakerProductNames(byKey);
        mergeListedSurnames(byKey, joined);
        mergeShortForms(byKey, joined);
        mergeBareModels(byKey);
        mergeNicknames(byKey, found);
        mergeBodyNouns(byKey);
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (List<Found> group : byKey.values()) {
            if (group.stream().allMatch(f -> f.weight() == 0 && f.cue() == null)) {
                continue;
            }
            Gazetteer.Entry entry = group.stream().map(Found::entry).filter(e -> e != null).findFirst().orElse(null);
            Decision decision = decide(group);
            EntityType type = decision.type();
            String name = entry != null ? withoutSuffix(entry.name()) : canonicalName(group);
            String id = Slugs.of(name);
            int n = ids.merge(id, 1, Integer::sum);
            if (n > 1) {
                id = id + "-" + n;
            }
            TreeSet<String> aliases = new TreeSet<>();
            Map<String, String> aliasReasons = new TreeMap<>();
            List<Span> mentions = new ArrayList<>();
            for (Found f : group) {
                if (!f.text().equals(name) && !f.demonym()) {
                    aliases.add(f.text());
                    if (joined.containsKey(f)) {
                        aliasReasons.putIfAbsent(f.text(), joined.get(f));
                    }
                }
                mentions.add(new Span(f.start(), f.end(), f.text(), f.sentence()));
            }
            entities.add(new Entity(id, name, type, List.copyOf(aliases), entry == null ? null : entry.wikidata(),
                    mentions, decision.reason(), aliasReasons));
        }
        return entities;
    }

    /**
     * A name that a name list knows, matched where the NER agreed, is the same thing where the NER called it
     * something else ("TikTok" an organisation in one sentence, a person in the next): its other mentions join it,
     * and the list's type gets a vote for each.
     */
    private static void foldIntoNameList(Map<String, List<Found>> byKey) {
        Map<String, String> listed = new HashMap<>();
        for (Map.Entry<String, List<Found>> group : byKey.entrySet()) {
            if (group.getKey().startsWith("g:")) {
                for (Found f : group.getValue()) {
                    String bare = bareName(f.text());
                    String other = listed.putIfAbsent(bare, group.getKey());
                    if (other != null && !other.equals(group.getKey())) {
                        listed.put(bare, "");
                    }
                }
            }
        }
        for (String key : new ArrayList<>(byKey.keySet())) {
            String into = key.startsWith("n:") ? listed.getOrDefault(key.substring(2), "") : "";
            if (into.isEmpty()) {
                continue;
            }
            Gazetteer.Entry entry = byKey.get(into).get(0).entry();
            for (Found f : byKey.remove(key)) {
                byKey.get(into).add(new Found(f.start(), f.end(), f.text(), f.sentence(), f.type(), f.weight(), f.cue(),
                        entry, f.demonym()));
            }
            byKey.get(into).sort(Comparator.comparingInt(Found::start));
        }
    }

    /**
     * An organisation's name of two or more words that the name list does not hold but that begins one of a listed
     * thing's longer names ("Apple Computer" of "Apple Computer Company") is that thing, if the article names it and
     * no other listed thing of the article has such a name: a former or shortened name of a company the article
     * names otherwise ("Apple"). A name no listed thing's name goes on from ("Apple Corps") stays its own thing.
     */
    private void mergeIntoListedNames(Map<String, List<Found>> byKey, Map<Found, String> joined) {
        for (String key : new ArrayList<>(byKey.keySet())) {
            String name = key.substring(2);
            EntityType type = vote(byKey.get(key));
            if (!key.startsWith("n:") || !name.contains(" ") || type == EntityType.PERSON || type == EntityType.PLACE
                    || type == EntityType.PRODUCT) {
                continue;
            }
            List<String> owners = gazetteer.entriesBeginningWith(name).stream()
                    .filter(e -> e.type() == EntityType.ORGANIZATION).map(e -> "g:" + e.name())
                    .filter(byKey::containsKey).distinct().toList();
            if (owners.size() == 1) {
                byKey.get(key).forEach(f -> joined.put(f, "begins a listed name of " + owners.get(0).substring(2)));
                byKey.get(owners.get(0)).addAll(byKey.remove(key));
                byKey.get(owners.get(0)).sort(Comparator.comparingInt(Found::start));
            }
        }
    }

    /** The same thing under one key: gazetteer entries by name; others by their text without suffix. */
    private static String key(Found f) {
        if (f.entry() != null) {
            return "g:" + f.entry().name();
        }
        return "n:" + bareName(f.text());
    }

    static String bareName(String text) {
        return singularModel(withoutSuffix(POSSESSIVE.matcher(text.strip()).replaceFirst("")));
    }

    /** A model code in the plural names the model: "A320s" and "Boeing 737s" are the A320 and the Boeing 737. */
    private static final Pattern PLURAL_MODEL = Pattern.compile("(.*\\b(?:\\p{Lu}{1,2}\\d{2,4}[a-z]{0,3}|\\d{3}(?:-\\d{1,3})?))s");

    static String singularModel(String name) {
        java.util.regex.Matcher plural = PLURAL_MODEL.matcher(name);
        return plural.matches() ? plural.group(1) : name;
    }

    /** A name without corporate suffix or leading "the"; a possessive that is part of it stays ("McDonald's"). */
    private static String withoutSuffix(String name) {
        name = name.strip();
        String[] words = name.split("\\s+");
        int n = words.length;
        while (n > 1 && CORPORATE_SUFFIXES.contains(words[n - 1].replaceAll(",$", ""))) {
            n--;
        }
        String bare = String.join(" ", java.util.Arrays.copyOf(words, n)).replaceAll(",$", "");
        return bare.startsWith("the ") || bare.startsWith("The ") ? bare.substring(4) : bare;
    }

    /**
     * A name that is a contiguous part of a longer organisation's name that keeps its own name or its head (the first
     * word(s): "Apple" of "Apple Computer"; the last two or more: "Air Force" of "United States Air Force"), or the
     * last word(s) of a longer person's name (its first word where that is a family name written first: "Li" of "Li
     * Wei", {@link FamilyNamesFirst}), is that thing, mention by mention: the longer name introduced before the
     * mention, and a person only where the words around the mention say so ("Kessler" is Kessler Automobil until the
     * article says otherwise). Refused: a generic word alone ("Bank", "General"), a place, and an organisation's short
     * form that two longer names of the article could own ("Halden" after Halden Motors and Halden Foods) unless the
     * article settled it as the first one's before naming the second ({@link #established}).
     */
    private static void mergeShortForms(Map<String, List<Found>> byKey, Map<Found, String> joined) {
        List<String> keys = new ArrayList<>(byKey.keySet());
        mergeAcronyms(byKey, keys, joined);
        for (String shortKey : keys) {
            if (!byKey.containsKey(shortKey) || !shortKey.startsWith("n:") && identified(byKey.get(shortKey))) {
                continue;
            }
            String shortName = shortName(shortKey, byKey.get(shortKey));
            if (GenericNameWords.genericWord(shortName) || vote(byKey.get(shortKey)) == EntityType.PLACE) {
                continue;
            }
            List<String> organizations = new ArrayList<>();
            List<String> people = new ArrayList<>();
            for (String other : keys) {
                String otherName = other.substring(2);
                if (other.equals(shortKey) || !byKey.containsKey(other) || otherName.length() <= shortName.length()) {
                    continue;
                }
                EntityType otherType = vote(byKey.get(other));
                boolean fromGazetteer = shortKey.startsWith("g:");
                if (otherType == EntityType.PERSON && (otherName.endsWith(" " + shortName)
                        || FamilyNamesFirst.shortFormOf(otherName, shortName)) && !fromGazetteer) {
                    people.add(other);
                } else if (otherType != EntityType.PERSON && otherType != EntityType.PRODUCT
                        && (otherName.startsWith(shortName + " ") || shortName.contains(" ")
                        && otherType == EntityType.ORGANIZATION && otherName.endsWith(" " + shortName))
                        && (!fromGazetteer || vote(byKey.get(shortKey)) == EntityType.ORGANIZATION)) {
                    organizations.add(other);
                }
            }
            if (organizations.size() > 1 && !established(byKey, byKey.get(shortKey), organizations)) {
                organizations.clear();
            }
            if (organizations.isEmpty() && people.isEmpty()) {
                continue;
            }
            List<Found> stays = new ArrayList<>();
            for (Found mention : byKey.get(shortKey)) {
                String target = target(byKey, mention, mention.cueType() == EntityType.PERSON ? people : organizations);
                if (target == null) {
                    target = target(byKey, mention, mention.cueType() == EntityType.PERSON ? organizations : people);
                }
                if (target == null) {
                    stays.add(mention);
                } else {
                    // a list's alias used as the short form of an unlisted name is that name, not the listed thing;
                    // a person's surname where a publication or a maker could stand ("told Lund") is the person's
                    boolean sourceOfPerson = people.contains(target) && mention.cue() != null
                            && TypeCues.SURNAME_SLOTS.contains(mention.cue().rule());
                    TypeCues.Cue cue = sourceOfPerson ? null : mention.cue();
                    Found added = (target.startsWith("g:") || mention.entry() == null) && !sourceOfPerson ? mention
                            : new Found(mention.start(), mention.end(), mention.text(), mention.sentence(), mention.type(),
                                    mention.entry() == null || target.startsWith("g:") ? mention.weight() : 0, cue,
                                    target.startsWith("g:") ? mention.entry() : null, mention.demonym());
                    String longName = target.substring(2);
                    joined.put(added, (longName.startsWith(shortName + " ") ? "first" : "last") + " words of " + longName
                            + (organizations.size() > 1 && organizations.contains(target) ? ", used before the other names it begins or ends" : ""));
                    byKey.get(target).add(added);
                    byKey.get(target).sort(Comparator.comparingInt(Found::start));
                }
            }
            keepOrDrop(byKey, shortKey, stays);
        }
    }

    /**
     * "Owen Jordan ... Jordan said", "Ella Wexford ... Wexford said she would stay": a name list's one-word name that
     * stands where a surname may ({@link Found#surnameSlot}) is the person of the article whose full name ends in it
     * (the first named before the mention, else the only one), not the country or the town the list knows; its other
     * mentions ("in Wexford") stay the listed thing. The short forms of {@link #mergeShortForms} never join a listed
     * name to a person: without such a slot, "Ford" after "Bill Ford" may be the company.
     */
    private static void mergeListedSurnames(Map<String, List<Found>> byKey, Map<Found, String> joined) {
        for (String key : new ArrayList<>(byKey.keySet())) {
            if (!key.startsWith("g:") || byKey.get(key).stream().noneMatch(Found::surnameSlot)) {
                continue;
            }
            List<Found> stays = new ArrayList<>();
            for (Found mention : byKey.get(key)) {
                String surname = bareName(mention.text());
                List<String> people = byKey.keySet().stream().filter(k -> !k.equals(key)
                        && k.endsWith(" " + surname) && vote(byKey.get(k)) == EntityType.PERSON).toList();
                String person = mention.surnameSlot() ? target(byKey, mention, people) : null;
                if (person == null) {
                    stays.add(mention);
                    continue;
                }
                TypeCues.Cue cue = mention.cueType() == EntityType.PERSON ? mention.cue() : null;
                Found added = new Found(mention.start(), mention.end(), mention.text(), mention.sentence(),
                        EntityType.PERSON, 0, cue, null);
                joined.put(added, "last words of " + person.substring(2));
                byKey.get(person).add(added);
                byKey.get(person).sort(Comparator.comparingInt(Found::start));
            }
            keepOrDrop(byKey, key, stays);
        }
    }

    /** A group keeps the mentions no other name took, or goes when none is left. */
    private static void keepOrDrop(Map<String, List<Found>> byKey, String key, List<Found> stays) {
        if (stays.isEmpty()) {
            byKey.remove(key);
        } else {
            byKey.put(key, stays);
        }
    }

    /**
     * "the A380" after "Airbus A380": a model code alone is the maker's model the article names, when exactly one
     * product's name ends with it, or starts with it and a variant ("the A350s" of "A350 XWB"). So is a product's
     * own name after its maker's ("the Falcon" of "Ford Falcon", where Ford is an organisation of the article).
     */
    private static void mergeBareModels(Map<String, List<Found>> byKey) {
        for (String shortKey : new ArrayList<>(byKey.keySet())) {
            if (!byKey.containsKey(shortKey)) {
                continue;
            }
            String model = shortKey.substring(2);
            EntityType shortType = vote(byKey.get(shortKey));
            boolean coded = MODEL.matcher(model).matches();
            if (!coded && !(shortKey.startsWith("n:") && shortType == EntityType.PRODUCT)) {
                continue;
            }
            List<String> longer = byKey.keySet().stream().filter(k -> !k.equals(shortKey)
                    && vote(byKey.get(k)) == EntityType.PRODUCT && (coded ? modelOf(bareName(byKey.get(k).get(0).text()), model)
                    : makerBefore(byKey, bareName(byKey.get(k).get(0).text()), model))).toList();
            if (longer.size() == 1 && (shortType == EntityType.PRODUCT || shortType == null)) {
                byKey.get(longer.get(0)).addAll(byKey.remove(shortKey));
                byKey.get(longer.get(0)).sort(Comparator.comparingInt(Found::start));
            }
        }
    }

    /** A model code and the nickname in quotes after it ({@link #NICKNAMED}) are one product. */
    private static void mergeNicknames(Map<String, List<Found>> byKey, List<Found> found) {
        for (int k = 0; k + 1 < found.size(); k++) {
            Found model = found.get(k);
            if (model.cue() == null || !model.cue().rule().equals(NICKNAMED)) {
                continue;
            }
            Found nickname = found.stream().filter(f -> f.start() > model.end() && f.start() - model.end() <= 3)
                    .findFirst().orElse(null);
            String into = keyHolding(byKey, model);
            String from = nickname == null ? null : keyHolding(byKey, nickname);
            if (into != null && from != null && !into.equals(from) && !from.startsWith("g:")) {
                byKey.get(into).addAll(byKey.remove(from));
                byKey.get(into).sort(Comparator.comparingInt(Found::start));
            }
        }
    }

    private static String keyHolding(Map<String, List<Found>> byKey, Found mention) {
        return byKey.entrySet().stream().filter(e -> e.getValue().contains(mention)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Whether a product's name is "Maker CODE" or "CODE Variant" of a model code. */
    private static boolean modelOf(String name, String model) {
        return name.endsWith(" " + model) || name.startsWith(model + " ") && !name.substring(model.length() + 1).contains(" ");
    }

    /** Whether a name is an organisation's name of the article and then the product's: "Ford Falcon" of "Falcon". */
    private static boolean makerBefore(Map<String, List<Found>> byKey, String name, String product) {
        if (!name.endsWith(" " + product)) {
            return false;
        }
        String maker = name.substring(0, name.length() - product.length() - 1);
        return byKey.values().stream().anyMatch(group -> vote(group) == EntityType.ORGANIZATION
                && group.stream().map(f -> bareName(f.text())).anyMatch(n -> n.equals(maker)
                || n.startsWith(maker + " ") && !n.equals(name)));
    }

    /**
     * A name that is an organisation's of the article followed by a product's name the article uses alone ("the
     * iconic Ford Falcon" where "the Falcon" is a model) is that product, whatever the NER called it.
     */
    private static void typeMakerProductNames(Map<String, List<Found>> byKey) {
        Set<String> products = new java.util.HashSet<>();
        byKey.forEach((key, group) -> {
            if (key.startsWith("n:") && !key.substring(2).contains(" ") && vote(group) == EntityType.PRODUCT) {
                products.add(key.substring(2));
            }
        });
        for (Map.Entry<String, List<Found>> group : byKey.entrySet()) {
            String name = group.getKey().substring(2);
            int space = name.lastIndexOf(' ');
            if (!group.getKey().startsWith("n:") || space < 0 || !products.contains(name.substring(space + 1))
                    || vote(group.getValue()) == EntityType.PRODUCT
                    || !makerBefore(byKey, name, name.substring(space + 1))) {
                continue;
            }
            TypeCues.Cue cue = new TypeCues.Cue(EntityType.PRODUCT, "maker-then-product-name");
            group.getValue().replaceAll(f -> f.cue() != null ? f : new Found(f.start(), f.end(), f.text(), f.sentence(),
                    f.type(), f.weight(), cue, f.entry(), f.demonym()));
        }
    }

    /**
     * "the Air Force" after "the U.S. Air Force", "the Treasury" after "the Australian Treasury": a government noun
     * alone is the one body of the article with that noun, if only one has it.
     */
    private static void mergeBodyNouns(Map<String, List<Found>> byKey) {
        for (String shortKey : new ArrayList<>(byKey.keySet())) {
            String noun = shortKey.substring(2);
            if (!shortKey.startsWith("n:") || !GovernmentNames.NOUNS.containsValue(noun)) {
                continue;
            }
            List<String> bodies = byKey.keySet().stream().filter(k -> byKey.get(k).stream()
                    .anyMatch(f -> f.cue() != null && f.cue().rule().equals(GOVERNMENT_RULE))
                    && java.util.Arrays.asList(k.substring(2).split(" of | ")).contains(noun.split(" ")[0])).toList();
            if (bodies.size() == 1) {
                byKey.get(bodies.get(0)).addAll(byKey.remove(shortKey));
                byKey.get(bodies.get(0)).sort(Comparator.comparingInt(Found::start));
            }
        }
    }

    /** A gazetteer name with a Wikidata id is a thing of its own; "Ford" without one may be short for Ford Motor. */
    /**
     * The name a group is written with in the article: its key's name, or for a list's entry the article met only by
     * one alias, that alias ("Dow" of Dow Inc.), which may be the short form of a longer name the article introduced
     * ("the Dow Jones Industrial Average", then "the Dow").
     */
    private static String shortName(String key, List<Found> group) {
        Set<String> written = new java.util.HashSet<>();
        group.forEach(f -> written.add(bareName(f.text())));
        return key.startsWith("g:") && written.size() == 1 ? written.iterator().next() : key.substring(2);
    }

    private static boolean identified(List<Found> group) {
        return group.stream().anyMatch(f -> f.entry() != null && f.entry().wikidata() != null);
    }

    /** "GM" is the General Motors of the same article, "USAF" its United States Air Force: initials of one name. */
    private static void mergeAcronyms(Map<String, List<Found>> byKey, List<String> keys, Map<Found, String> joined) {
        for (String shortKey : keys) {
            String acronym = shortKey.substring(2).replace(".", "");
            if (!acronym.matches("\\p{Lu}{2,5}") || identified(byKey.get(shortKey))) {
                continue;
            }
            List<String> expansions = keys.stream().filter(k -> !k.equals(shortKey) && byKey.containsKey(k)
                    && (initials(k.substring(2)).equals(acronym) || initialsWithLinks(k.substring(2)).equals(acronym)))
                    .toList();
            if (expansions.size() == 1) {
                byKey.get(shortKey).forEach(f -> joined.put(f, "initials of " + expansions.get(0).substring(2)));
                byKey.get(expansions.get(0)).addAll(byKey.remove(shortKey));
                byKey.get(expansions.get(0)).sort(Comparator.comparingInt(Found::start));
            }
        }
    }

    /** Initials that keep the linking words' too, as many bodies write them: "DOJ" of "Department of Justice". */
    private static String initialsWithLinks(String name) {
        if (!name.matches(".*\\s(?:of|and|for)\\s.*")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || word.matches("of|and|for"))) {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.length() >= 3 ? out.toString() : "";
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    /**
     * Whether the article used a short form after introducing the first of its longer names and before the second
     * ("Kessler Automobil ... Kessler's deliveries ... the holding Kessler Beteiligungen"): the short form is then
     * settled as the first name's. Used only after both ("General Motors and General Electric ... General"), it
     * could be either's.
     */
    private static boolean established(Map<String, List<Found>> byKey, List<Found> shortForm, List<String> longer) {
        List<Integer> introduced = longer.stream().map(k -> byKey.get(k).get(0).start()).sorted().toList();
        return shortForm.stream().anyMatch(f -> f.start() > introduced.get(0) && f.start() < introduced.get(1));
    }

    /** Of the candidate long names, the first introduced before the mention; else the only one, if one. */
    private static String target(Map<String, List<Found>> byKey, Found mention, List<String> candidates) {
        String best = null;
        int bestStart = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int first = byKey.get(candidate).get(0).start();
            if (first < mention.start() && first < bestStart) {
                best = candidate;
                bestStart = first;
            }
        }
        if (best == null && candidates.size() == 1) {
            best = candidates.get(0);
        }
        return best;
    }

    private static EntityType vote(List<Found> group) {
        return decide(group).type();
    }

    /** A type and why: the source that gave the winning type most votes, and the count. */
    record Decision(EntityType type, String reason) {
    }

    /**
     * One type for a thing of the article, by a vote of its mentions: the gazetteer, the name lists, the words around
     * each mention and the NER, weighted by how much each knows. The NER's votes for one type count at most
     * {@link #NER_VOTES_PER_TYPE} times: it reads the same name each time, so ten mentions it calls an organisation are
     * nearly one guess, and one sentence saying what the thing is ("the drug Lenvara") outweighs them.
     */
    static Decision decide(List<Found> group) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        Map<EntityType, Map<String, Integer>> sources = new EnumMap<>(EntityType.class);
        Map<EntityType, Integer> nerVotes = new EnumMap<>(EntityType.class);
        for (Found f : group) {
            boolean repeatedNer = f.type() != null && f.weight() == NER_VOTE && f.entry() == null && !f.demonym()
                    && nerVotes.merge(f.type(), 1, Integer::sum) > NER_VOTES_PER_TYPE;
            if (f.type() != null && f.weight() > 0 && !repeatedNer) {
                count(votes, sources, f.type(), f.weight(), source(f));
            }
            if (f.entry() != null && f.weight() <= NER_VOTE && f.type() != f.entry().type()) {
                count(votes, sources, f.entry().type(), KNOWN_VOTE, "name list");
            }
            if (f.cue() != null) {
                count(votes, sources, f.cueType(), CUE_VOTE, "context: " + f.cue().rule());
            }
        }
        if (votes.isEmpty()) {
            return new Decision(group.get(0).type(), "name parts");
        }
        EntityType type = votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
        String source = sources.get(type).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        return new Decision(type, source + " (" + share(votes.get(type), total) + ")");
    }

    /**
     * The winning type's share of the votes as a reader reads it on the entity page: "1 vote", "all 4 votes",
     * "3 of 4 votes". Votes, not mentions: a mention's vote weighs by how much its source knows.
     */
    static String share(int won, int total) {
        if (total == 1) {
            return "1 vote";
        }
        return won == total ? "all " + total + " votes" : won + " of " + total + " votes";
    }

    private static void count(Map<EntityType, Integer> votes, Map<EntityType, Map<String, Integer>> sources,
                              EntityType type, int weight, String source) {
        votes.merge(type, weight, Integer::sum);
        sources.computeIfAbsent(type, k -> new TreeMap<>()).merge(source, weight, Integer::sum);
    }

    private static String source(Found f) {
        if (f.demonym()) {
            return "demonym";
        }
        if (f.entry() != null) {
            return f.weight() == GAZETTEER_VOTE ? "gazetteer" : "name list";
        }
        return f.weight() == NER_VOTE ? "NER" : "model code after a known name";
    }

    /** The longest form without corporate suffix or possessive. */
    private static String canonicalName(List<Found> group) {
        return group.stream().map(f -> bareName(f.text()))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }
}
