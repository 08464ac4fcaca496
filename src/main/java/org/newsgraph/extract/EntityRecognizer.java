package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern NAME_LIKE = Pattern.compile(".*\\p{Lu}.*|.*\\p{N}.*");
    private static final Set<String> NOT_NAMES = Set.of("Chief", "The", "A", "An", "Shares", "Sales", "It", "Its");

    private final Gazetteer gazetteer;

    public EntityRecognizer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Entity> recognize(AnnotatedText doc, Set<Integer> skippedSentences) {
        List<FoundName> found = new ArrayList<>();
        for (AnnotatedSentence sentence : doc.sentences()) {
            if (!skippedSentences.contains(sentence.index())) {
                found.addAll(inSentence(doc.text(), sentence));
            }
        }
        // "Fenwick Hotels and Saffron Air have formed ...": two firms the NER ran into one name across "and"
        List<FoundName> joined = JoinedFirmNames.split(doc, found);
        found.clear();
        found.addAll(joined);
        found.addAll(nameParts(doc, skippedSentences, found));
        // "A bidding war for Harrowgate Water ... Harrowgate said": the full name the NER left untagged
        List<FoundName> untagged = UntaggedFullNames.find(doc, found, skippedSentences);
        found.removeIf(f -> UntaggedFullNames.within(f, untagged));
        found.addAll(untagged);
        // "Tamar Valley Dairies (TVD) ... TVD runs": an acronym the NER left untagged
        found.addAll(UntaggedAcronyms.find(doc, found, skippedSentences));
        // "Tamrock Games released ... Tamrock Games is owned by": a mention cut inside the run the article names in full
        List<FoundName> whole = WholeRunNames.extend(doc, found);
        found.clear();
        found.addAll(whole);
        // "Cullen's, the Kilkenny craft brewer": a firm's name that ends in its own possessive
        List<FoundName> named = List.copyOf(found);
        found.replaceAll(f -> PossessiveFirmNames.withOwnPossessive(doc, f, named));
        PersonGuesses.retype(found, gazetteer);
        // "Daniel Shell founded Kestrel Games. Shell said ...": a listed company's name in a speaker's surname slot
        SpokenSurnames.mark(doc, found);
        PlaceModifiers.retype(doc, found, gazetteer);
        CountryArmNames.retype(doc, found, gazetteer);
        PlaceGuessedShortForms.retype(doc, found);
        LocalBodyPlaces.retype(found);
        found.removeIf(f -> refusedClassName(f, found));
        found.removeIf(EntityRecognizer::prefixedAdjective);
        found.sort(Comparator.comparingInt(FoundName::start));
        joinStrandedSuffixes(doc.text(), found);
        found.sort(Comparator.comparingInt(FoundName::start));
        return resolve(found, BracketedShortForms.definitions(doc.text(), found), NamedUnits.keys(doc, found));
    }

    /**
     * A name that is a general class, not a thing ({@link ClassNames}: "GMT", "the Company", "Results of Operations"),
     * unless the gazetteer lists it or the article writes it as the first word of a longer name ("AST SpaceMobile").
     * A list entry that is the class word itself (the company lists hold a firm called "Company") does not keep it:
     * "the Company's products" in a filing is the filer, in 9 filers of KPI-EDGAR train.
     */
    private static boolean refusedClassName(FoundName f, List<FoundName> all) {
        boolean listed = f.entry() != null && ClassNames.classOf(f.entry().name()) == null;
        if (listed || ClassNames.classOf(f.text()) == null) {
            return false;
        }
        String prefix = f.text().strip() + " ";
        return all.stream().noneMatch(other -> other.text().startsWith(prefix));
    }

    /**
     * A name a lower-case prefix makes an adjective of ("the U.S. and non-U.S. plans", "pro-Beijing lawmakers"): it
     * says what the thing is not, or is for, and is no mention of it; the NER tags the joined word a place. KPI-EDGAR
     * train: "non-U.S." a place in DHR and JPM. A one-letter prefix is a name's own ("e-Bay" style) and stays.
     */
    private static boolean prefixedAdjective(FoundName f) {
        return f.entry() == null && f.text().matches("\\p{Ll}{2,}-\\p{Lu}.*");
    }

    /**
     * A company suffix left alone after a firm's name ("General Motors Corp.", "AMR Corp.", "Chrysler LLC", "Delta Air
     * Lines Inc."): the gazetteer's name won the overlap with the NER's longer run, and the run's rest became a name of
     * its own, an organisation "Corp" that relation rules then read as an owner ("American Airlines' parent AMR Corp.":
     * ownedBy "Corp"); the generated gazetteer lists "Corp", "Inc", "LLC" as names (mode known), so the list does not
     * keep it. It is a word of the name before it: the mention before takes it in (so a rule that reads the suffix as
     * the head of the name, "parent AMR Corp.", reads the firm).
     */
    private static void joinStrandedSuffixes(String text, List<FoundName> found) {
        for (int k = found.size() - 1; k > 0; k--) {
            FoundName f = found.get(k);
            FoundName before = found.get(k - 1);
            if (before.type() == EntityType.ORGANIZATION && before.sentence() == f.sentence() && suffixOnly(f.text())
                    && before.end() <= f.start() && text.substring(before.end(), f.start()).matches(" ?")) {
                found.set(k - 1, new FoundName(before.start(), f.end(), text.substring(before.start(), f.end()),
                        before.sentence(), before.type(), before.weight(), before.cue(), before.entry(),
                        before.demonym(), before.surnameSlot()));
                found.remove(k);
            }
        }
    }

    private static boolean suffixOnly(String name) {
        for (String word : name.strip().split("\\s+")) {
            if (!CORPORATE_SUFFIXES.contains(word) && !CORPORATE_SUFFIXES.contains(word.replaceAll("[.,]$", ""))) {
                return false;
            }
        }
        return true;
    }

    /** Gazetteer names and NER spans of one sentence; where they overlap, the longer wins, the gazetteer on a tie. */
    private List<FoundName> inSentence(String text, AnnotatedSentence sentence) {
        String sentenceText = text.substring(sentence.start(), sentence.end());
        List<FoundName> fromGazetteer = new ArrayList<>();
        for (Gazetteer.Match match : gazetteer.find(sentenceText)) {
            int start = sentence.start() + match.start();
            int end = sentence.start() + match.end();
            List<Token> tokens = sentence.tokensIn(start, end);
            if (tokens.isEmpty() || tokens.stream().allMatch(EntityRecognizer::lowerCaseLink)) {
                continue; // a listed "and" where the NER's run was split at it (splitsNames)
            }
            TypeCues.Cue cue = TypeCues.cue(sentence, tokens.get(0).index(), tokens.get(tokens.size() - 1).index() + 1,
                    match.entry().type() != EntityType.PLACE);
            // a listed brand that reports results or calls itself "it" is the company of that name ("Zoom posted
            // revenue of $1.1 billion", "Square said it would cut 900 jobs"): a product does neither
            boolean brandAsCompany = match.entry().type() == EntityType.PRODUCT && cue != null
                    && (cue.rule().equals(TypeCues.REPORTER_OF_RESULTS) || cue.rule().equals(TypeCues.SPEAKER_OF_IT));
            // nor does a product order jets, lease planes or cut jobs ("Emirates ordered 50 jets"): a buyer or employer
            if (!brandAsCompany && match.entry().type() == EntityType.PRODUCT && tokens.size() == 1
                    && Character.isUpperCase(tokens.get(0).text().charAt(0))
                    && FirmOnlyVerbs.subjectOf(sentence, tokens.get(0))) {
                cue = new TypeCues.Cue(EntityType.ORGANIZATION, FirmOnlyVerbs.RULE);
                brandAsCompany = true;
            }
            if (brandAsCompany) {
                fromGazetteer.add(new FoundName(start, end, text.substring(start, end), sentence.index(),
                        EntityType.ORGANIZATION, 0, cue, null));
                continue;
            }
            boolean confirmed = nerAgrees(tokens, match.entry().type()) || cue != null && cue.type() == match.entry().type()
                    && match.entry().name().chars().anyMatch(Character::isUpperCase)
                    && text.substring(start, end).chars().anyMatch(Character::isUpperCase)
                    || listedOverGuessedPlace(tokens, match.entry(), text.substring(start, end), cue)
                    || match.entry().type() == EntityType.PLACE && (cue == null || cue.type() == EntityType.PLACE)
                    && ListedPlaceConjuncts.besidePlace(sentence, tokens)
                    || ownSpelling(text.substring(start, end)) && tokens.stream().allMatch(t -> t.ner().matches("O|MISC"))
                    && (cue == null || cue.type() == match.entry().type());
            // a one-word alias ("Dow" of Dow Inc.) inside a longer name ("the Dow Jones Industrial Average") is a word of it
            boolean aliasInName = match.anywhere() && tokens.size() == 1 && !match.entry().name().equals(tokens.get(0).text())
                    && partOfLongerName(sentence, tokens) && !nerAgrees(tokens, match.entry().type());
            // at a sentence's start a listed common word is a name where the NER marks it or where it is the subject
            // of what companies do and the list calls it a company ("Meta launched Threads", "Adobe acquired Figma"),
            // not by its capital or by a noun it modifies ("Group revenue rose")
            boolean cueAgrees = cue != null && cue.type() == match.entry().type()
                    && OPENING_LISTED_CUES.contains(cue.rule());
            boolean byPosition = capitalOnlyByPosition(sentence, tokens) && !cueAgrees;
            if (aliasInName || !match.anywhere() && (!confirmed || (byPosition || partOfLongerName(sentence, tokens))
                    && !nerAgrees(tokens, match.entry().type()))) {
                continue;
            }
            fromGazetteer.add(new FoundName(start, end, text.substring(start, end), sentence.index(), match.entry().type(),
                    match.anywhere() && !guessedType(match.entry()) ? TypeVote.GAZETTEER_VOTE : TypeVote.KNOWN_VOTE, cue, match.entry(),
                    false, surnameSlot(sentence, tokens, match)));
        }
        List<FoundName> fromNer = FirmsOfPlaces.split(text, sentence,
                splitOffices(text, sentence, nerSpans(text, sentence, gazetteer)), gazetteer);
        List<FoundName> kept = new ArrayList<>();
        for (FoundName ner : fromNer) {
            boolean longer = fromGazetteer.stream().filter(ner::overlaps)
                    .allMatch(g -> ner.start() <= g.start() && g.end() <= ner.end() && ner.end() - ner.start() > g.end() - g.start()
                            && !NameKeys.bareName(ner.text()).equals(NameKeys.bareName(g.text())));
            if (longer) {
                fromGazetteer.removeIf(ner::overlaps);
                kept.add(ner);
            }
        }
        for (FoundName ner : fromNer) {
            if (!kept.contains(ner) && fromGazetteer.stream().noneMatch(ner::overlaps)) {
                kept.add(ner);
            }
        }
        kept.addAll(fromGazetteer);
        kept.replaceAll(f -> withModel(text, sentence, f));
        kept.replaceAll(f -> withOwnPossessive(text, sentence, f));
        // "Toyota Prius", "Nintendo Wii": a known maker's name and a model's word after it are the maker's product
        List<FoundName> branded = MakerModelNames.find(text, sentence, kept, gazetteer);
        kept.removeIf(k -> branded.stream().anyMatch(k::overlaps));
        kept.addAll(branded);
        kept.replaceAll(f -> asRegion(sentence, f));
        kept.addAll(demonyms(text, sentence, kept));
        List<FoundName> bodies = bodies(text, sentence, kept);
        // The place keeps its own mention inside the body's ("US" in "US government"): the article names both.
        kept.removeIf(k -> bodies.stream().anyMatch(b -> k.overlaps(b)
                && !(k.type() == EntityType.PLACE && b.start() <= k.start() && k.end() <= b.end())));
        kept.addAll(bodies);
        List<FoundName> introduced = introduced(text, sentence, kept);
        kept.removeIf(k -> introduced.stream().anyMatch(k::overlaps));
        kept.addAll(introduced);
        List<FoundName> mistagged = MistaggedModelNames.find(text, sentence, kept);
        kept.removeIf(k -> mistagged.stream().anyMatch(k::overlaps));
        kept.addAll(mistagged);
        kept.replaceAll(f -> withTitleOpening(text, sentence, f));
        List<FoundName> opened = NameOpeningWords.find(text, sentence, kept);
        kept.removeIf(k -> opened.stream().anyMatch(k::overlaps));
        kept.addAll(opened);
        List<FoundName> conjoined = ConjoinedBodyNames.find(text, sentence, kept);
        kept.removeIf(k -> conjoined.stream().anyMatch(k::overlaps));
        kept.addAll(conjoined);
        List<FoundName> possessiveBodies = PossessiveBodyNames.find(text, sentence, kept);
        kept.removeIf(k -> possessiveBodies.stream().anyMatch(k::overlaps));
        kept.addAll(possessiveBodies);
        kept.addAll(nicknamedModels(text, sentence, kept));
        kept.addAll(offices(text, sentence, kept));
        List<FoundName> merging = mergingPairs(sentence, kept);
        kept.removeIf(k -> merging.stream().anyMatch(k::overlaps));
        kept.addAll(merging);
        kept.removeIf(k -> unitAfterNumber(sentence, k) || currency(sentence, k) || OfficeTitles.opensOffice(sentence, k));
        if (sentence.index() == 0) {
            List<FoundName> dateline = Datelines.find(text, sentence, gazetteer);
            List<FoundName> afterDash = new ArrayList<>();
            for (FoundName k : kept) {
                if (dateline.stream().anyMatch(k::overlaps)) {
                    afterDateline(text, sentence, k, dateline).ifPresent(afterDash::add);
                }
            }
            kept.removeIf(k -> dateline.stream().anyMatch(k::overlaps));
            kept.addAll(dateline);
            kept.addAll(afterDash);
        }
        kept.replaceAll(this::placeBeforeShops);
        return kept;
    }

    /**
     * "Paris shops", "Leeds stores": a name the lists know as a place is that place before a shop noun, not a retailer
     * ({@link TypeCues#RETAILER_OF_OUTLETS} reads the words alone); the cue is dropped, the name kept.
     */
    private FoundName placeBeforeShops(FoundName f) {
        if (f.cue() == null || !f.cue().rule().equals(TypeCues.RETAILER_OF_OUTLETS)
                || !(f.entry() != null && f.entry().type() == EntityType.PLACE || listedPlace(f.text(), gazetteer) != null)) {
            return f;
        }
        return new FoundName(f.start(), f.end(), f.text(), f.sentence(), f.type(), f.weight(), null, f.entry(),
                f.demonym(), f.surnameSlot());
    }

    /**
     * The NER's run that goes on from the dateline's agency across its bracket and dash into the first sentence's
     * subject ("DENVER (Newsgraph) - Skylark Aeronautics on Thursday launched", tagged "Newsgraph ) - Skylark
     * Aeronautics") holds that subject's name: the capitalised words after the dash are a name of their own, with the
     * run's type and the cue of their own words.
     */
    private static java.util.Optional<FoundName> afterDateline(String text, AnnotatedSentence sentence, FoundName run,
            List<FoundName> dateline) {
        int datelineEnd = dateline.stream().mapToInt(FoundName::end).max().orElse(run.end());
        List<Token> tokens = sentence.tokensIn(run.start(), run.end());
        int first = 0;
        boolean dash = false;
        while (first < tokens.size() && (tokens.get(first).end() <= datelineEnd
                || tokens.get(first).text().matches("[)\\]]|-RRB-|-{1,3}|[—–]"))) {
            dash |= tokens.get(first).start() >= datelineEnd && tokens.get(first).text().matches("-{1,3}|[—–]");
            first++;
        }
        if (run.entry() != null || !dash || first >= tokens.size()
                || !Character.isUpperCase(tokens.get(first).text().codePointAt(0))) {
            return java.util.Optional.empty();
        }
        List<Token> name = tokens.subList(first, tokens.size());
        int start = name.get(0).start();
        return java.util.Optional.of(new FoundName(start, run.end(), text.substring(start, run.end()), sentence.index(),
                run.type(), run.weight(), cue(sentence, name), null));
    }

    /**
     * A product's name with the capital "The" and the capitalised words before it that its title opens with
     * ("released The Quiet Orchard"; {@link TitleOpenings}); other names as found.
     */
    private static FoundName withTitleOpening(String text, AnnotatedSentence sentence, FoundName found) {
        if (found.entry() != null || found.cue() == null || found.cue().type() != EntityType.PRODUCT) {
            return found;
        }
        List<Token> tokens = sentence.tokens();
        List<Token> inName = sentence.tokensIn(found.start(), found.end());
        int from = inName.isEmpty() ? -1 : tokens.indexOf(inName.get(0));
        int start = from < 0 ? from : TitleOpenings.start(tokens, from);
        if (start < 0 || start == from) {
            return found;
        }
        int begin = tokens.get(start).start();
        return new FoundName(begin, found.end(), text.substring(begin, found.end()), found.sentence(), found.type(),
                found.weight(), found.cue(), found.entry(), found.demonym(), found.surnameSlot());
    }

    /**
     * Whether a name list's one-word name stands where a person's surname may: the NER calls it a person ("Jordan
     * said" after "Owen Jordan"), or the list knows the name only where the NER marks it, as it does surnames that
     * are towns too, and it is the subject of a verb ("Wexford said she would stay"), unless the NER calls it a
     * company ("Ford said the plan would work" may be the carmaker). Where the article named a person
     * of that surname in full, such a mention is that person ({@link ShortForms#mergeListedSurnames}).
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
    private static boolean currency(AnnotatedSentence sentence, FoundName found) {
        return org.newsgraph.extract.figure.Currencies.namesCurrency(found.text())
                && sentence.tokensIn(found.start(), found.end()).stream().noneMatch(t -> t.ner().equals("PERSON"));
    }

    /**
     * "The battery stores 75 kWh", "a 300 MW plant": a unit of measure written after its number is never a name,
     * whatever its spelling suggests ("kWh" is written like a brand, "MW" like initials); nor is a unit a number
     * counts ("a 20,000 TEU ship", {@code counted-abbreviations.txt}).
     */
    private static boolean unitAfterNumber(AnnotatedSentence sentence, FoundName found) {
        List<Token> tokens = sentence.tokensIn(found.start(), found.end());
        if (tokens.isEmpty() || org.newsgraph.extract.figure.Units.unit(found.text()) == null
                && !org.newsgraph.extract.figure.Units.isCountedAbbreviation(found.text())) {
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
    private List<FoundName> splitOffices(String text, AnnotatedSentence sentence, List<FoundName> spans) {
        List<FoundName> out = new ArrayList<>();
        List<Token> all = sentence.tokens();
        for (FoundName span : spans) {
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
            out.add(new FoundName(span.start(), placeEnd, text.substring(span.start(), placeEnd), sentence.index(),
                    EntityType.PLACE, TypeVote.NER_VOTE, null, place));
            out.add(new FoundName(personStart, span.end(), text.substring(personStart, span.end()), sentence.index(),
                    EntityType.PERSON, TypeVote.NER_VOTE, new TypeCues.Cue(EntityType.PERSON, OFFICE_HOLDER), null));
        }
        return out;
    }

    static final String OFFICE_RULE = "office-as-name";

    /** "the Prime Minister applauded": an office written as the name of its holder ({@link OfficeTitles}). */
    private static List<FoundName> offices(String text, AnnotatedSentence sentence, List<FoundName> kept) {
        List<FoundName> out = new ArrayList<>();
        for (int[] range : OfficeTitles.find(sentence)) {
            int start = sentence.tokens().get(range[0]).start();
            int end = sentence.tokens().get(range[1] - 1).end();
            int head = sentence.tokens().get(range[0]).end();
            // the place an office governs keeps its own mention inside the office's: "President of Vesterland"
            if (kept.stream().noneMatch(k -> k.start() < end && start < k.end()
                    && !(k.type() == EntityType.PLACE && head < k.start() && k.end() <= end))) {
                out.add(new FoundName(start, end, text.substring(start, end), sentence.index(), EntityType.PERSON, 0,
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
    private static List<FoundName> nicknamedModels(String text, AnnotatedSentence sentence, List<FoundName> kept) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token model = tokens.get(k);
            Token quote = tokens.get(k + 1);
            Token next = tokens.get(k + 2);
            boolean coded = NUMBERED_MODEL_WORD.matcher(model.text()).matches()
                    || MODEL_CODE_WORD.matcher(model.text()).matches();
            boolean quoted = QUOTE_MARK.matcher(quote.text()).matches();
            if (!coded || !quoted || next.start() - model.end() > 3) {
                continue;
            }
            boolean nickname = kept.stream().anyMatch(f -> f.start() == next.start() && f.cueType() == EntityType.PRODUCT);
            boolean free = kept.stream().noneMatch(f -> f.start() < model.end() && model.start() < f.end());
            if (nickname && free) {
                out.add(new FoundName(model.start(), model.end(), text.substring(model.start(), model.end()), sentence.index(),
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

    private static final Pattern MODEL = Pattern.compile("\\d{1,4}(?:-\\d+)?[A-Za-z]{0,3}|[A-Z]{1,2}\\d{2,4}[A-Za-z]{0,3}|\\d[a-z]\\d"
            // codes carmakers and phone makers write: capitals and one digit or more ("X5", "EV6"), a capital code,
            // a dot and a number ("ID.3"), a small letter and a digit ("i4")
            + "|[A-Z]{1,3}\\d{1,4}[A-Za-z]{0,3}(?:-[A-Z]{0,2}\\d{1,4})?|[A-Z]{1,3}\\.\\d{1,2}|[a-z]\\d{1,2}");

    /** A quarter, a half-year or a fiscal year written like a code after a company's name: "Acme Q3", "H1", "FY24". */
    private static final Pattern PERIOD_CODE = Pattern.compile("[QH]\\d|FY\\d{2,4}|CY\\d{2,4}");

    /**
     * A maker's name or a product's followed by a model code is a product of its own: "Boeing 747", "iPhone 4",
     * "Airbus A350", and the codes of cars and phones ("Kia EV6", "BMW X5", "Volkswagen ID.3", "BMW i4"; a variant
     * after a hyphen: "Embraer E195-E2"), not a period ("Acme Q3", "H1", "FY24").
     */
    private static FoundName withModel(String text, AnnotatedSentence sentence, FoundName found) {
        if (found.type() != EntityType.ORGANIZATION && found.type() != EntityType.PRODUCT || found.entry() == null) {
            return found;
        }
        List<Token> after = sentence.tokens().stream().filter(t -> t.start() >= found.end()).limit(2).toList();
        boolean version = found.type() == EntityType.PRODUCT && !after.isEmpty()
                && after.get(0).text().matches("\\d+(?:\\.\\d+)+");
        if (after.isEmpty() || after.get(0).start() != found.end() + 1
                || !MODEL.matcher(after.get(0).text()).matches() && !version
                || after.get(0).text().matches("(?:19|20)\\d\\d") || PERIOD_CODE.matcher(after.get(0).text()).matches()
                || after.size() > 1
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
                && rest.get(2).start() == rest.get(1).end() && rest.get(2).text().matches("[A-Z]{0,2}\\d{1,4}[A-Za-z]{0,3}")) {
            end = rest.get(2).end();
        }
        end = withLineWord(sentence, end);
        return new FoundName(found.start(), end, text.substring(found.start(), end), found.sentence(), EntityType.PRODUCT,
                TypeVote.GAZETTEER_VOTE, null, null);
    }

    /**
     * The end of a maker's model with the line's word written after its code, capitalised ("Boeing 737 MAX", "iPhone 15
     * Pro", "Galaxy S24 Ultra": {@link ModelNames#lineWord}), unless a capitalised word follows it too (a longer name).
     */
    static int withLineWord(AnnotatedSentence sentence, int end) {
        List<Token> after = sentence.tokens().stream().filter(t -> t.start() >= end).limit(3).toList();
        if (after.isEmpty() || after.get(0).start() != end + 1) {
            return end;
        }
        String word = after.get(0).text();
        String asLine = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                ? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT) : word;
        boolean longer = after.size() > 1 && after.get(1).start() == after.get(0).end() + 1
                && Character.isUpperCase(after.get(1).text().charAt(0));
        if (!Character.isUpperCase(word.charAt(0)) || !ModelNames.lineWord(asLine) || longer) {
            return end;
        }
        // "Boeing 737 MAX 10 jets", "Galaxy Z Fold 6": the line's own number after its word, not a count or an amount
        boolean numbered = after.size() > 1 && after.get(1).start() == after.get(0).end() + 1
                && after.get(1).text().matches("\\d{1,2}")
                && (after.size() < 3 || !AFTER_A_COUNT.matcher(after.get(2).text()).matches());
        return numbered ? after.get(1).end() : after.get(0).end();
    }

    /** Words after a number that make it a count or an amount, not a model's number ("MAX 10 days later"). */
    private static final Pattern AFTER_A_COUNT = Pattern.compile(
            "(?i)%|percent|per|million|billion|bn|m|years?|months?|weeks?|days?|hours?|minutes?|times|of|to|-");

    /**
     * A listed company followed by "'s" that owns nothing ("rivals Tesco and Sainsbury's eat into its profits") is a
     * name that ends in "'s", as many retailers' do: the mention and the name keep it; not a subject beside another
     * name's possessive subject, whose noun it leaves out ({@link PossessiveFirmNames#parallelOwner}).
     */
    private static FoundName withOwnPossessive(String text, AnnotatedSentence sentence, FoundName found) {
        if (found.entry() == null || found.type() != EntityType.ORGANIZATION || found.entry().name().endsWith("s")
                || sentence.dependencies().isEmpty()) {
            return found;
        }
        List<Token> after = sentence.tokens().stream().filter(t -> t.start() >= found.end()).limit(2).toList();
        if (after.isEmpty() || after.get(0).start() - found.end() > 1 || !after.get(0).text().matches("'s|’s")
                || after.size() > 1 && after.get(1).pos().matches("NN.*|JJ.*|CD|VBG|POS")) {
            return found;
        }
        List<Token> name = sentence.tokensIn(found.start(), found.end());
        boolean owns = name.stream().anyMatch(t -> sentence.relationToHead(t).startsWith("nmod:poss"));
        // "Toyota's sales dropped 32%, while Honda's slipped 25%": the possessive owns the noun the clause leaves out
        boolean elided = name.stream().anyMatch(t -> !name.contains(sentence.head(t))
                && PossessiveFirmNames.parallelOwner(sentence, t));
        if (owns || elided) {
            return found;
        }
        int end = after.get(0).end();
        Gazetteer.Entry named = new Gazetteer.Entry(found.entry().name() + after.get(0).text(),
                found.entry().type(), found.entry().wikidata());
        return new FoundName(found.start(), end, text.substring(found.start(), end), found.sentence(), found.type(),
                found.weight(), found.cue(), named, found.demonym());
    }

    /** A place written as a region named like a city elsewhere ("Everett, Washington") is that region. */
    private static FoundName asRegion(AnnotatedSentence sentence, FoundName found) {
        if (found.type() != EntityType.PLACE || found.demonym()) {
            return found;
        }
        String region = RegionNames.region(sentence, sentence.tokensIn(found.start(), found.end()));
        return region == null ? found : new FoundName(found.start(), found.end(), found.text(), found.sentence(),
                EntityType.PLACE, Math.max(found.weight(), TypeVote.KNOWN_VOTE), found.cue(),
                new Gazetteer.Entry(region, EntityType.PLACE, null), false);
    }

    /**
     * Where an article writes a name as the region ("Everett, Washington"), its other mentions of the bare name are
     * that region too: one article means one of the two.
     */
    private static void mergeIntoRegions(Map<String, List<FoundName>> byKey) {
        for (String key : new ArrayList<>(byKey.keySet())) {
            String written = key.startsWith("g:") ? RegionNames.writtenName(key.substring(2)) : null;
            if (written == null) {
                continue;
            }
            for (String bare : List.of("g:" + written, "n:" + written)) {
                List<FoundName> moved = byKey.remove(bare);
                if (moved != null) {
                    byKey.get(key).addAll(moved);
                    byKey.get(key).sort(Comparator.comparingInt(FoundName::start));
                }
            }
        }
    }

    /** "American", "Danish": mentions of the United States and of Denmark. */
    private List<FoundName> demonyms(String text, AnnotatedSentence sentence, List<FoundName> known) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = 2; n >= 1; n--) {
                if (i + n > tokens.size()) {
                    continue;
                }
                int start = tokens.get(i).start();
                int end = tokens.get(i + n - 1).end();
                String place = Demonyms.place(text.substring(start, end));
                FoundName probe = new FoundName(start, end, "", 0, null, 0, null, null);
                if (place == null || !Character.isUpperCase(text.charAt(start)) || known.stream().anyMatch(probe::overlaps)
                        || out.stream().anyMatch(probe::overlaps) || DemonymLedFirms.opens(tokens, i)) {
                    continue;
                }
                List<Gazetteer.Match> named = gazetteer.find(place);
                Gazetteer.Entry entry = named.size() == 1 && named.get(0).end() - named.get(0).start() == place.length()
                        && named.get(0).entry().type() == EntityType.PLACE ? named.get(0).entry() : new Gazetteer.Entry(place, EntityType.PLACE, null);
                out.add(new FoundName(start, end, text.substring(start, end), sentence.index(), EntityType.PLACE, TypeVote.NER_VOTE,
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
    private List<FoundName> bodies(String text, AnnotatedSentence sentence, List<FoundName> known) {
        List<GovernmentNames.Place> places = new ArrayList<>();
        List<FoundName> extraPlaces = new ArrayList<>();
        for (FoundName f : known) {
            if (f.type() == EntityType.PLACE) {
                places.add(new GovernmentNames.Place(f.start(), f.end(),
                        f.entry() != null ? f.entry().name() : NameKeys.bareName(f.text())));
            } else if (f.type() == EntityType.ORGANIZATION && f.entry() == null) {
                GovernmentNames.Place inName = placeBefore(f);
                if (inName != null) {
                    places.add(inName);
                    extraPlaces.add(new FoundName(inName.start(), inName.end(), text.substring(inName.start(), inName.end()),
                            sentence.index(), EntityType.PLACE, TypeVote.NER_VOTE, null,
                            new Gazetteer.Entry(inName.name(), EntityType.PLACE, null)));
                }
            }
        }
        List<FoundName> out = new ArrayList<>();
        for (GovernmentNames.Body body : GovernmentNames.find(sentence, places)) {
            FoundName probe = new FoundName(body.start(), body.end(), "", 0, null, 0, null, null);
            boolean named = known.stream().anyMatch(k -> k.entry() != null && k.type() == EntityType.ORGANIZATION
                    && k.start() <= body.start() && body.end() <= k.end());
            if (named || out.stream().anyMatch(probe::overlaps)) {
                continue;
            }
            out.add(new FoundName(body.start(), body.end(), text.substring(body.start(), body.end()), sentence.index(),
                    EntityType.ORGANIZATION, 0, new TypeCues.Cue(EntityType.ORGANIZATION, GOVERNMENT_RULE),
                    listedOrganization(body.name())));
        }
        // The place named inside an organisation's name the NER gave whole ("US" of "US Treasury") is a mention too.
        for (FoundName place : extraPlaces) {
            if (out.stream().anyMatch(place::overlaps)) {
                out.add(place);
            }
        }
        return out;
    }

    static final String GOVERNMENT_RULE = "government-of-place";

    /** The place an organisation's name starts with when the rest is a government noun: "US" of "US Treasury". */
    private GovernmentNames.Place placeBefore(FoundName f) {
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
    private static List<FoundName> nerSpans(String text, AnnotatedSentence sentence, Gazetteer gazetteer) {
        List<FoundName> spans = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = nerType(tokens.get(i).ner());
            String first = tokens.get(i).text();
            if (type == null || first.equals("to") || NameKeys.POSSESSIVE.matcher(first).matches() && first.length() <= 2
                    || lowerCaseLink(tokens.get(i)) || lowerCaseNoun(tokens.get(i))) {
                i++; // no name starts with "to", "'s", "and" or "is" (where a run was split: splitsNames)
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
            while (j > i && NameKeys.POSSESSIVE.matcher(tokens.get(j - 1).text()).matches() && tokens.get(j - 1).text().length() <= 2) {
                j--;
            }
            if (j < tokens.size() && CORPORATE_SUFFIXES.contains(tokens.get(j).text())) {
                type = EntityType.ORGANIZATION;
                j++;
            }
            // "Vantor Max 3": the NER's organisation is a model's name whose number it left out
            TypeCues.Cue model = null;
            if (type == EntityType.ORGANIZATION && j < tokens.size() && j > i
                    && ModelNames.lineBeforeNumber(tokens.subList(i, j), tokens.get(j))) {
                model = new TypeCues.Cue(EntityType.PRODUCT, ModelNames.RULE);
                j++;
            } else if ((type == EntityType.ORGANIZATION || type == EntityType.PERSON) && j > i) {
                // "the Brenna 4 drone": a name the NER typed before the model's number it left out, cued a product
                model = ModelNames.numbered(sentence, tokens, i, j, cue(sentence, tokens.subList(i, j)));
                if (model != null) {
                    j++;
                }
            }
            // "Tidewater Freight, the trucking arm": the capitalised head noun the NER left out of a firm's name
            if (type == EntityType.ORGANIZATION && model == null && !identified(text, tokens, i, j, gazetteer)) {
                j = OmittedHeadWords.end(sentence, tokens, i, j);
            }
            // "Gdynia Freight is controlled by ...": a firm named after its town, the NER's place cut at the town
            if (type == EntityType.PLACE && model == null) {
                int firmEnd = PlaceNamedFirms.end(sentence, tokens, i, j);
                if (firmEnd > j) {
                    type = EntityType.ORGANIZATION;
                    j = firmEnd;
                }
            }
            // "Quarry Point Capital bought ...": the sentence's first word the tagger took for a common noun
            int from = model == null && CorporateNames.openingWordOfName(tokens, i, j) ? 0 : i;
            // "the Scottish/O Sports Facilities Trust": a demonym the NER left out of a body's name opens it
            if (type == EntityType.ORGANIZATION && model == null && from == i) {
                from = DemonymLedBodies.opening(sentence, tokens, i, j);
            }
            // "Drugmaker Aventiq Labs won": a kind noun the sentence's capital glued before the name
            EntityType kindBefore = LeadingKindWords.glued(tokens, from, j);
            if (kindBefore != null) {
                from++;
                i = from;
                if (model == null) {
                    model = new TypeCues.Cue(kindBefore, LeadingKindWords.RULE);
                }
            }
            int start = tokens.get(from).start();
            int end = tokens.get(Math.max(i, j - 1)).end();
            String surface = text.substring(start, end);
            // "The London fashion house Marlowe Atelier": the words before the kind are the place the lists know
            Gazetteer.Entry place = j < tokens.size() && lowerCaseNoun(tokens.get(j)) && j > i
                    && tokens.get(j).ner().equals(tokens.get(i).ner()) ? listedPlace(surface, gazetteer) : null;
            if (place != null) {
                spans.add(new FoundName(start, end, surface, sentence.index(), EntityType.PLACE, TypeVote.KNOWN_VOTE,
                        null, place));
            } else if (j > i && NAME_LIKE.matcher(surface).matches() && !NOT_NAMES.contains(surface)) {
                spans.add(new FoundName(start, end, surface, sentence.index(), type, TypeVote.NER_VOTE,
                        model != null ? model : cue(sentence, tokens.subList(from, j)), null));
            }
            i = Math.max(j, i + 1);
        }
        return spans;
    }

    /**
     * A company a list knows with its Wikidata id ("Google", "Ford"): its own name is known, so a capitalised noun
     * after it is something of its ("Google Assistant", "Ford E-Transit"), not a word of its name the NER left out.
     */
    private static boolean identified(String text, List<Token> tokens, int first, int end, Gazetteer gazetteer) {
        Gazetteer.Entry entry = PersonGuesses.listed(text.substring(tokens.get(first).start(), tokens.get(end - 1).end()),
                gazetteer);
        return entry != null && entry.wikidata() != null;
    }

    /** Words after "X's Y" that make Y a part of X: "Halvorsen Group's Brindle Software unit". */
    private static final Set<String> UNIT_NOUNS = Set.of("unit", "units", "subsidiary", "subsidiaries", "division",
            "divisions", "arm", "affiliate");

    /**
     * Whether token j, inside a run the NER gave one label, starts a second name: a lower-case "to" between two names
     * ("sold its stake in Brindle Software to Halvorsen Capital", where the NER runs the two together), or the name
     * after a possessive that owns a unit ("Halvorsen Group's Brindle Software unit": two organisations, not one) or
     * a model ("Vintner Motors' Carro 9").
     */
    private static boolean splitsNames(List<Token> tokens, int i, int j) {
        Token at = tokens.get(j);
        if (at.text().equals("to")) {
            return true;
        }
        // "The London fashion house Marlowe Atelier": common nouns in lower case between a capitalised word and a name
        // are the kind that describes the name ("a Leeds publishing house Y"), no words of one name; the NER ran the
        // place, the kind and the name into one organisation
        if (lowerCaseNoun(at) && Character.isUpperCase(tokens.get(j - 1).text().charAt(0))) {
            int k = j;
            while (k < tokens.size() && k - j < 3 && lowerCaseNoun(tokens.get(k))
                    && tokens.get(k).ner().equals(tokens.get(i).ner())) {
                k++;
            }
            if (k > j && k < tokens.size() && tokens.get(k).ner().equals(tokens.get(i).ner())
                    && tokens.get(k).text().matches("\\p{Lu}\\p{Ll}.*")) {
                return true;
            }
        }
        // "Ombra Capital is Keswick Foods's largest shareholder": a verb in lower case is no word of a name, unless
        // a hyphen glues it to the word before ("Park Ji-won", where the tagger reads "won" as a verb)
        if (lowerCaseLink(at) && at.pos().startsWith("VB") && at.start() > tokens.get(j - 1).end()) {
            return true;
        }
        // "a new Canadian Auto Workers CAW contract": the name's own initials written after it without brackets are
        // its short form, a name of their own, not a word of the name
        if (RunInAcronyms.closes(tokens, i, j)) {
            return true;
        }
        // "led by Mistral Peak Partners and Dovecote Ventures": "and" between two names each a firm's by its last word
        // ("Marks and Spencer", "Johnson and Johnson" stay one)
        if (at.text().equals("and") && j + 1 < tokens.size()) {
            int k = j + 1;
            while (k < tokens.size() && tokens.get(k).ner().equals(tokens.get(i).ner())) {
                k++;
            }
            return CorporateNames.byLastWord(tokens, i, j) && CorporateNames.byLastWord(tokens, j + 1, k);
        }
        if (j - 1 > i && NameKeys.POSSESSIVE.matcher(tokens.get(j - 1).text()).matches()
                && tokens.get(j - 1).text().length() <= 2 && Character.isUpperCase(at.text().charAt(0))) {
            int k = j;
            while (k < tokens.size() && tokens.get(k).ner().equals(tokens.get(i).ner())) {
                k++;
            }
            // or the model after a maker's possessive, whose number the NER left out: "Vintner Motors' Carro 9"
            return k < tokens.size() && (UNIT_NOUNS.contains(tokens.get(k).text().toLowerCase(java.util.Locale.ROOT))
                    || tokens.get(k).text().matches("\\d{1,2}") && tokens.get(k).start() - tokens.get(k - 1).end() == 1);
        }
        return false;
    }

    static final String MERGING_PAIR = "pair-before-merger";
    /** Nouns of two firms becoming one, whose hyphened pair of names before them is the two: "the X-Y merger". */
    private static final Set<String> MERGER_NOUNS = Set.of("merger", "tie-up", "combination");

    /**
     * "The Fenwick-Caldor merger", "the proposed Halden-Voss tie-up": two one-word names joined by a hyphen before a
     * noun of merging are the two merging firms, not one name, unless a name list knows the pair as one
     * ("Rolls-Royce").
     */
    private static List<FoundName> mergingPairs(AnnotatedSentence sentence, List<FoundName> known) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int k = 0; k + 3 < tokens.size(); k++) {
            Token left = tokens.get(k);
            Token hyphen = tokens.get(k + 1);
            Token right = tokens.get(k + 2);
            if (!hyphen.text().equals("-") || hyphen.start() - left.end() > 1 || right.start() - hyphen.end() > 1
                    || !left.text().matches("\\p{Lu}\\p{L}+") || !right.text().matches("\\p{Lu}\\p{L}+")
                    || !left.pos().startsWith("NNP") || !right.pos().startsWith("NNP")
                    || !MERGER_NOUNS.contains(tokens.get(k + 3).lemma().toLowerCase(java.util.Locale.ROOT))
                    || k > 0 && tokens.get(k - 1).pos().startsWith("NNP")
                    || known.stream().anyMatch(f -> f.entry() != null && f.start() <= left.start() && right.end() <= f.end())) {
                continue;
            }
            TypeCues.Cue cue = new TypeCues.Cue(EntityType.ORGANIZATION, MERGING_PAIR);
            for (Token name : List.of(left, right)) {
                out.add(new FoundName(name.start(), name.end(), name.text(), sentence.index(), EntityType.ORGANIZATION, 0,
                        cue, null));
            }
        }
        return out;
    }

    /** The place the name lists know a name as, when they know it as a place. */
    private static Gazetteer.Entry listedPlace(String name, Gazetteer gazetteer) {
        Gazetteer.Entry entry = PersonGuesses.listed(name, gazetteer);
        return entry != null && entry.type() == EntityType.PLACE ? entry : null;
    }

    /** A common noun all in lower case ("fashion", "house"), which no name starts with: the kind before a name. */
    private static boolean lowerCaseNoun(Token token) {
        return (token.pos().equals("NN") || token.pos().equals("NNS")) && LOWER_CASE_WORD.matcher(token.text()).matches()
                && !NAME_LINK_WORDS.matcher(token.text()).matches();
    }

    /** A lower-case verb or coordinator, which the NER may run into a name but which no name starts with. */
    private static boolean lowerCaseLink(Token token) {
        return Character.isLowerCase(token.text().charAt(0)) && (token.pos().startsWith("VB") || token.pos().equals("CC"));
    }

    /**
     * Proper nouns the NER left out but the article's words type: "the fintech PayHarbor", "the drug Lenvara",
     * "MRX-214, Meridian's oral obesity pill".
     */
    private static List<FoundName> introduced(String text, AnnotatedSentence sentence, List<FoundName> known) {
        List<FoundName> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && (properNoun(tokens.get(j), j > i) || glued(tokens, i, j) || j == i && wideBrand(tokens, j)
                    || j == 0 && CoinedFirmNames.coined(tokens.get(0)))
                    && (j == i || tokens.get(j).start() - tokens.get(j - 1).end() <= 1)) {
                j++;
            }
            if (j == i) {
                i++;
                continue;
            }
            // a hyphen belongs to the name only before a code's number ("MRX-214"), not before a participle
            // ("the Quendra-backed startup": the owner's name is "Quendra")
            int next = j;
            while (j - 1 > i && tokens.get(j - 1).text().equals("-")) {
                j--;
            }
            if (CorporateNames.openingWordOfName(tokens, i, j)) {
                i = 0; // "Quarry Point Capital bought ...": the first word the tagger took for a common noun
            } else if (i == 0 && LeadingKindWords.glued(tokens, 0, j) != null) {
                i = 1; // "Builder Fawley Homes warned ...": a kind noun the sentence's capital glued to the name
            }
            int start = tokens.get(i).start();
            int end = tokens.get(j - 1).end();
            TypeCues.Cue cue = cue(sentence, tokens.subList(i, j));
            // "Orbix has hired Lunara Launch": a name that deals with a firm the sentence names is a firm, even where
            // it opens the sentence
            if (cue == null || cue.type() == EntityType.ORGANIZATION && !OPENING_CUES.contains(cue.rule())) {
                TypeCues.Cue trading = TradingFirms.cue(sentence, tokens, i, j, known);
                cue = trading != null ? trading : cue;
            }
            if (cue == null && text.substring(start, end).matches(MODEL_CODE)) {
                cue = new TypeCues.Cue(EntityType.PRODUCT, "model-code");
            } else if (cue == null && (text.substring(start, end).matches(BRAND_CASE)
                    || WIDE_BRAND_NUMBERED.matcher(text.substring(start, end)).matches())) {
                cue = new TypeCues.Cue(EntityType.PRODUCT, "brand-case");
            } else if (cue == null && ModelNames.named(tokens.subList(i, j))) {
                cue = new TypeCues.Cue(EntityType.PRODUCT, ModelNames.RULE);
            } else if (cue == null && ModelNames.codeBeforeKind(tokens, i, j)) {
                cue = new TypeCues.Cue(EntityType.PRODUCT, ModelNames.CODE_BEFORE_KIND);
            }
            // "the Tamsin 9 drone", "its Gale 14 turbine": an untyped name and the model's number after it
            // (the run may hold the number already, as a version's: "Tamsin 9")
            boolean withNumber = j - i >= 2 && tokens.get(j - 1).text().matches("\\d{1,2}");
            TypeCues.Cue numbered = j == next && (cue == null || cue.type() == EntityType.PRODUCT)
                    ? ModelNames.numbered(sentence, tokens, i, withNumber ? j - 1 : j, cue) : null;
            if (numbered != null && withNumber) {
                cue = numbered;
            } else if (numbered != null) {
                cue = numbered;
                j++;
                next = j;
                end = tokens.get(j - 1).end();
            }
            if (cue != null && cue.type() == EntityType.PRODUCT && j == next) {
                // "the iPhone 15 Pro", "the Mate 60 Pro": the line's word after the model's number
                int lined = withLineWord(sentence, end);
                while (lined > end && j < tokens.size() && tokens.get(j).end() <= lined) {
                    j++;
                }
                next = j;
                end = tokens.get(j - 1).end();
            }
            // a bare number is a model by its owner, its apposed kind, or the parse around it ("five new 737 aircraft")
            boolean bare = text.substring(start, end).matches(NUMBERED_MODEL) || BareModelNumbers.pluralShape(text.substring(start, end));
            TypeCues.Cue model = bare && j - i == 1 ? BareModelNumbers.cue(sentence, tokens.get(i)) : null;
            if (model != null && (cue == null || !cue.rule().equals("model-code-of-owner"))) {
                cue = model;
            }
            if (cue != null && bare && !cue.rule().equals("model-code-of-owner")
                    && !cue.rule().equals("apposition-to-product-noun") && !BareModelNumbers.rule(cue.rule())) {
                cue = null;
            }
            FoundName candidate = new FoundName(start, end, text.substring(start, end), sentence.index(), null, 0, cue, null);
            List<Token> run = tokens.subList(i, j);
            // a place only by its facility's words ("Terminal 3"): other place cues type names the NER already found
            if (candidate.cue() != null && (candidate.cueType() != EntityType.PLACE
                    || cue.rule().equals(TypeCues.FACILITY))
                    && known.stream().filter(candidate::overlaps).allMatch(k -> productAroundCompany(candidate, k, run))
                    && !NOT_NAMES.contains(candidate.text())
                    && (i > 0 || j - i >= 2 && cue.rule().equals(TypeCues.SUBJECT_OF_ORGANIZATION_VERB)
                    || OPENING_CUES.contains(cue.rule()) || openingApposition(tokens, j, cue)
                    || CoinedFirmNames.openingFirm(tokens, i, j, cue))) {
                // a name of two or more proper nouns may open the sentence as the subject of what companies do
                // ("Quillon Data was acquired by ..."); one word there is capitalised by its place alone, and a 10-K
                // heading runs into its sentence ("Restricted Stock Units Weighted average ..."), unless the parse
                // says the word acts as a firm ("Brindlemark makes ...", "Tessaro said it would ...") or the one word is
                // coined, no dictionary's, and does what firms do ("Agrova ships its fertiliser ...": CoinedFirmNames)
                out.add(new FoundName(start, end, candidate.text(), sentence.index(), cue.type(), 0, cue, null));
            }
            i = next;
        }
        return out;
    }

    /**
     * "Velmora, the Milan-based company, named ...", "Agrilo, a seed breeder in Hungary, ...": a proper noun opening the
     * sentence with an apposition that says it is an organisation is one; a common noun capitalised by its place is not
     * described so.
     */
    private static boolean openingApposition(List<Token> tokens, int after, TypeCues.Cue cue) {
        return (cue.rule().equals(TypeCues.APPOSITION) || cue.rule().equals(TradeAppositions.RULE)
                || cue.rule().equals(TypeCues.NAME_BEFORE_ORGANIZATION_NOUN)) // the parse's reading of the same apposition
                && cue.type() == EntityType.ORGANIZATION
                && after < tokens.size() && tokens.get(after).text().equals(",")
                && tokens.subList(0, after).stream().allMatch(t -> t.pos().startsWith("NNP"));
    }

    /**
     * Cues of the parse that confirm a listed company whose name is also a word where it opens a sentence: it does
     * what companies do ("Meta launched Threads"), speaks of itself as "it" ("Snap said it had 400 million users") or
     * reports results ("Visa said quarterly revenue rose", "Oracle reported cloud revenue of $4 billion").
     */
    private static final Set<String> OPENING_LISTED_CUES = Set.of(TypeCues.SUBJECT_OF_ORGANIZATION_VERB,
            TypeCues.SPEAKER_OF_IT, TypeCues.REPORTER_OF_RESULTS);

    /**
     * Cues of the parse that make a proper noun opening a sentence a name: what it does is what firms do, in words a
     * common noun capitalised by its place does not take ("Brindlemark makes payroll software", "Tessaro said it would
     * cut 300 jobs", "Calverin was founded by two engineers", "Zandorf will build a plant"), a name of two or more
     * words ending in a word only firms' names end in ("Delvane Partners advised the buyers"), or a shape no common word has (a facility's number, a model's code: "Tessaro T7 sales rose").
     */
    private static final Set<String> OPENING_CUES = Set.of(TypeCues.MAKER_OF_GOODS, TypeCues.SPEAKER_OF_IT,
            TypeCues.REPORTER_OF_RESULTS,
            TypeCues.FACILITY, ModelNames.RULE, TypeCues.FOUNDED, TypeCues.OPENER_OF_SITE, TypeCues.CORPORATE_LAST_WORD,
            ModelNames.CODE_BEFORE_KIND, TradingFirms.RULE);

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
    private static boolean productAroundCompany(FoundName candidate, FoundName known, List<Token> run) {
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

    /** Small words a surname may be written against: "deGrasse", "diMarco", "vonTrapp", "macKenzie", "alHassan". */
    private static final String NAME_PARTICLES = "(?:de|da|di|du|del|della|des|dos|le|la|van|von|der|den|ten|ter|al|el|bin|ibn|mac|mc|st)";

    /** A word all in lower case ("fashion", "semi-conductor"). */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}[\\p{Ll}-]*");
    /** Small words that join the words of one name ("Bank of", "van", "de"), which a tagger may still call nouns. */
    private static final Pattern NAME_LINK_WORDS = Pattern.compile("(?:of|and|the|for|on|in|at|to|a|an|or|y|et|und)|"
            + NAME_PARTICLES);

    /**
     * A model in its maker's own case with a longer small prefix, and its model number ("zenPad 3", "tallyBook 2",
     * "reMarkable 2"). Only with the number: a firm writes its name so too ("easyJet"), and so does a unit ("mmHg");
     * not a surname's particle written against the name ("deGrasse", "vanDyke").
     */
    private static final String WIDE_BRAND_WORD = "(?!" + NAME_PARTICLES + "\\p{Lu})\\p{Ll}{2,5}\\p{Lu}\\p{Ll}[\\p{L}\\d]*";
    private static final Pattern WIDE_BRAND_WORD_PATTERN = Pattern.compile(WIDE_BRAND_WORD);
    private static final Pattern WIDE_BRAND_NUMBERED = Pattern.compile(WIDE_BRAND_WORD + " \\d{1,2}(?:\\.\\d)?");

    /** A version or model number after a name: "Windows 7", "iPhone 3GS", "Safari 4.0". */
    private static final String VERSION = "\\d+(?:\\.\\d+)*[A-Za-z]{0,3}";

    // The patterns above compiled once: a String.matches compiles its pattern on every call, once per token here
    private static final Pattern NUMBERED_MODEL_WORD = Pattern.compile(NUMBERED_MODEL);
    private static final Pattern MODEL_CODE_WORD = Pattern.compile(MODEL_CODE);
    private static final Pattern BRAND_CASE_WORD = Pattern.compile(BRAND_CASE);
    private static final Pattern VERSION_WORD = Pattern.compile(VERSION);
    private static final Pattern QUOTE_MARK = Pattern.compile("``|\"|'|‘|“|`");
    private static final Pattern ARTICLE_WORD = Pattern.compile("The|A|An");
    private static final Pattern CAPITALS_WORD = Pattern.compile("\\p{Lu}{2,}");
    private static final Pattern CODE_WORD = Pattern.compile("\\p{Lu}[\\p{L}]*-?\\d+[\\p{L}\\d]*");

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

    /** A word in a brand's own case with a longer small prefix and the model's number after it: "zenPad" of "zenPad 3". */
    private static boolean wideBrand(List<Token> tokens, int at) {
        Token word = tokens.get(at);
        // the compiled pattern first: this runs on every word that opens no other name
        if (at + 1 >= tokens.size() || !WIDE_BRAND_WORD_PATTERN.matcher(word.text()).matches()
                || !word.ner().matches("O|MISC|NUMBER")) {
            return false;
        }
        Token number = tokens.get(at + 1);
        return number.start() - word.end() == 1 && number.text().matches("\\d{1,2}(?:\\.\\d)?");
    }

    private static boolean properNoun(Token token, boolean continuing) {
        if (!token.ner().equals("O") && !token.ner().equals("NUMBER") && !token.ner().equals("MISC")) {
            return false;
        }
        // an article inside a run of capitals starts another name ("Stock Repurchase Programs The Company's ...")
        if (continuing && ARTICLE_WORD.matcher(token.text()).matches()) {
            return false;
        }
        boolean capitalised = Character.isUpperCase(token.text().charAt(0))
                && (token.pos().startsWith("NNP") || token.ner().equals("MISC") && token.pos().startsWith("NN"))
                || CAPITALS_WORD.matcher(token.text()).matches() && token.pos().startsWith("NN")
                || !continuing && BRAND_CASE_WORD.matcher(token.text()).matches();
        boolean code = CODE_WORD.matcher(token.text()).matches()
                || !continuing && (NUMBERED_MODEL_WORD.matcher(token.text()).matches()
                        || BareModelNumbers.pluralShape(token.text()) || Facilities.numberedWord(token.text()));
        return capitalised || code || continuing && VERSION_WORD.matcher(token.text()).matches();
    }

    /**
     * Further mentions of a one-word name already found, and of the first word of a longer one ("Nordhav" after
     * "Nordhav Energi"), where the NER did not mark them. A sentence's first word the tagger took for a common noun
     * ("Quayside" after "Quayside Logistics") is the name where a comma or a verb follows it ({@link #nameAtStart}),
     * as for a person's surname.
     */
    private static List<FoundName> nameParts(AnnotatedText doc, Set<Integer> skipped, List<FoundName> found) {
        Map<String, FoundName> firstWords = new HashMap<>();
        for (FoundName f : found) {
            String bare = NameKeys.bareName(f.text());
            boolean maker = f.cue() != null && MakerModelNames.RULE.equals(f.cue().rule()); // "Apple iPhone 3G": listed
            if ((f.entry() == null || maker) && bare.contains(" ") && f.type() != EntityType.PERSON) {
                firstWords.putIfAbsent(bare.substring(0, bare.indexOf(' ')), f);
            }
        }
        Map<String, FoundName> familyNames = new HashMap<>();
        for (FoundName f : found) {
            String bare = NameKeys.bareName(f.text());
            if (f.type() == EntityType.PERSON && bare.contains(" ")) {
                familyNames.putIfAbsent(bare.substring(bare.lastIndexOf(' ') + 1), f);
                String family = FamilyNamesFirst.familyName(bare);
                if (family != null) {
                    familyNames.putIfAbsent(family, f);
                }
            }
        }
        Map<String, FoundName> wholeNames = new HashMap<>();
        for (FoundName f : found) {
            if (!f.text().contains(" ") && f.type() != null) {
                wholeNames.putIfAbsent(f.text(), f);
            }
        }
        List<FoundName> out = new ArrayList<>();
        for (AnnotatedSentence sentence : doc.sentences()) {
            if (skipped.contains(sentence.index())) {
                continue;
            }
            for (Token token : sentence.tokens()) {
                FoundName part = firstWords.get(token.text());
                FoundName same = wholeNames.get(token.text());
                boolean free = (token.pos().startsWith("NNP") || part != null && token.pos().startsWith("NN")
                        && Character.isUpperCase(token.text().charAt(0))
                        && (token != sentence.tokens().get(0) || nameAtStart(sentence)))
                        && found.stream().noneMatch(f -> f.start() < token.end() && token.start() < f.end());
                if (free && same != null) {
                    out.add(new FoundName(token.start(), token.end(), token.text(), sentence.index(), same.type(), 0,
                            cue(sentence, List.of(token)), same.entry()));
                } else if (free && part != null) {
                    // The first word of a product's name is its family ("Azure" of "Azure OpenAI"), of another
                    // name, the organisation's short form.
                    String rest = NameKeys.bareName(part.text()).substring(token.text().length()).strip();
                    // (of a product named with its maker in front, the maker: "Apple" of "Apple iPhone 3G")
                    boolean maker = part.cue() != null && MakerModelNames.RULE.equals(part.cue().rule());
                    EntityType type = part.type() == EntityType.PRODUCT && !MODEL.matcher(rest).matches() && !maker
                            ? EntityType.PRODUCT : EntityType.ORGANIZATION;
                    // (the maker a listed organisation's name, MakerModelNames: its mention counts as one, alone too)
                    out.add(new FoundName(token.start(), token.end(), token.text(), sentence.index(), type,
                            maker ? TypeVote.KNOWN_VOTE : 0, cue(sentence, List.of(token)), null));
                } else if (familyNames.containsKey(token.text()) && Character.isUpperCase(token.text().charAt(0))
                        && (token != sentence.tokens().get(0) || subjectAtStart(sentence)) && found.stream()
                        .noneMatch(f -> f.start() < token.end() && token.start() < f.end())) {
                    out.add(new FoundName(token.start(), token.end(), token.text(), sentence.index(), EntityType.PERSON,
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
        return sentence.tokens().size() > 2 && sentence.tokens().get(0).pos().matches("NNPS?|NNS") && nameAtStart(sentence);
    }

    /** Whether a sentence's first word stands as a subject: a comma ("Quayside, which...") or a verb follows it. */
    private static boolean nameAtStart(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        return tokens.size() > 2 && (tokens.get(1).text().equals(",") || tokens.get(1).pos().matches("VB[DZ]|MD"));
    }

    private List<Entity> resolve(List<FoundName> found, Map<FoundName, FoundName> definedShortForms,
            Set<String> units) {
        Map<String, List<FoundName>> byKey = new LinkedHashMap<>();
        for (FoundName f : found) {
            byKey.computeIfAbsent(NameKeys.key(f), k -> new ArrayList<>()).add(f);
        }
        foldIntoNameList(byKey);
        mergeIntoRegions(byKey);
        Map<FoundName, String> joined = new HashMap<>();
        mergeIntoListedNames(byKey, joined);
        BracketedShortForms.merge(byKey, definedShortForms, joined);
        typeMakerProductNames(byKey);
        ShortForms.mergeListedSurnames(byKey, joined);
        ShortForms.mergeShortForms(byKey, joined, units);
        ShortForms.mergeListedFirstWords(byKey, joined);
        mergeBareModels(byKey);
        mergeNicknames(byKey, found);
        mergeBodyNouns(byKey);
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (List<FoundName> group : byKey.values()) {
            if (group.stream().allMatch(f -> f.weight() == 0 && f.cue() == null)) {
                continue;
            }
            Gazetteer.Entry entry = group.stream().map(FoundName::entry).filter(e -> e != null).findFirst().orElse(null);
            TypeVote.Decision decision = TypeVote.decide(group);
            EntityType type = decision.type();
            String name = entry != null ? NameKeys.withoutSuffix(entry.name()) : canonicalName(group);
            if (entry == null && type == EntityType.PRODUCT) {
                name = TitleOpenings.titled(name, group.stream().map(FoundName::text).toList());
            }
            String id = Slugs.of(name);
            int n = ids.merge(id, 1, Integer::sum);
            if (n > 1) {
                id = id + "-" + n;
            }
            TreeSet<String> aliases = new TreeSet<>();
            Map<String, String> aliasReasons = new TreeMap<>();
            List<Span> mentions = new ArrayList<>();
            for (FoundName f : group) {
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
    private static void foldIntoNameList(Map<String, List<FoundName>> byKey) {
        Map<String, String> listed = new HashMap<>();
        for (Map.Entry<String, List<FoundName>> group : byKey.entrySet()) {
            if (group.getKey().startsWith("g:")) {
                for (FoundName f : group.getValue()) {
                    String bare = NameKeys.bareName(f.text());
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
            for (FoundName f : byKey.remove(key)) {
                byKey.get(into).add(new FoundName(f.start(), f.end(), f.text(), f.sentence(), f.type(), f.weight(), f.cue(),
                        entry, f.demonym()));
            }
            byKey.get(into).sort(Comparator.comparingInt(FoundName::start));
        }
    }

    /**
     * An organisation's name of two or more words that the name list does not hold but that begins one of a listed
     * thing's longer names ("Apple Computer" of "Apple Computer Company") is that thing, if the article names it and
     * no other listed thing of the article has such a name: a former or shortened name of a company the article
     * names otherwise ("Apple"). A name no listed thing's name goes on from ("Apple Corps") stays its own thing.
     */
    private void mergeIntoListedNames(Map<String, List<FoundName>> byKey, Map<FoundName, String> joined) {
        for (String key : new ArrayList<>(byKey.keySet())) {
            String name = key.substring(2);
            EntityType type = TypeVote.vote(byKey.get(key));
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
                byKey.get(owners.get(0)).sort(Comparator.comparingInt(FoundName::start));
            }
        }
    }

    /**
     * "the A380" after "Airbus A380": a model code alone is the maker's model the article names, when exactly one
     * product's name ends with it, or starts with it and a variant ("the A350s" of "A350 XWB"). So is a product's
     * own name after its maker's ("the Falcon" of "Ford Falcon", where Ford is an organisation of the article).
     */
    private static void mergeBareModels(Map<String, List<FoundName>> byKey) {
        for (String shortKey : new ArrayList<>(byKey.keySet())) {
            if (!byKey.containsKey(shortKey)) {
                continue;
            }
            String model = shortKey.substring(2);
            EntityType shortType = TypeVote.vote(byKey.get(shortKey));
            boolean coded = MODEL.matcher(model).matches();
            if (!coded && !(shortKey.startsWith("n:") && shortType == EntityType.PRODUCT)) {
                continue;
            }
            List<String> longer = byKey.keySet().stream().filter(k -> !k.equals(shortKey)
                    && TypeVote.vote(byKey.get(k)) == EntityType.PRODUCT && (coded ? modelOf(NameKeys.bareName(byKey.get(k).get(0).text()), model)
                    : makerBefore(byKey, NameKeys.bareName(byKey.get(k).get(0).text()), model))).toList();
            if (longer.size() == 1 && (shortType == EntityType.PRODUCT || shortType == null)) {
                byKey.get(longer.get(0)).addAll(byKey.remove(shortKey));
                byKey.get(longer.get(0)).sort(Comparator.comparingInt(FoundName::start));
            }
        }
    }

    /** A model code and the nickname in quotes after it ({@link #NICKNAMED}) are one product. */
    private static void mergeNicknames(Map<String, List<FoundName>> byKey, List<FoundName> found) {
        for (int k = 0; k + 1 < found.size(); k++) {
            FoundName model = found.get(k);
            if (model.cue() == null || !model.cue().rule().equals(NICKNAMED)) {
                continue;
            }
            FoundName nickname = found.stream().filter(f -> f.start() > model.end() && f.start() - model.end() <= 3)
                    .findFirst().orElse(null);
            String into = keyHolding(byKey, model);
            String from = nickname == null ? null : keyHolding(byKey, nickname);
            if (into != null && from != null && !into.equals(from) && !from.startsWith("g:")) {
                byKey.get(into).addAll(byKey.remove(from));
                byKey.get(into).sort(Comparator.comparingInt(FoundName::start));
            }
        }
    }

    private static String keyHolding(Map<String, List<FoundName>> byKey, FoundName mention) {
        return byKey.entrySet().stream().filter(e -> e.getValue().contains(mention)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /** Whether a product's name is "Maker CODE" or "CODE Variant" of a model code. */
    private static boolean modelOf(String name, String model) {
        return name.endsWith(" " + model) || name.startsWith(model + " ") && !name.substring(model.length() + 1).contains(" ");
    }

    /** Whether a name is an organisation's name of the article and then the product's: "Ford Falcon" of "Falcon". */
    private static boolean makerBefore(Map<String, List<FoundName>> byKey, String name, String product) {
        if (!name.endsWith(" " + product)) {
            return false;
        }
        String maker = name.substring(0, name.length() - product.length() - 1);
        return byKey.values().stream().anyMatch(group -> TypeVote.vote(group) == EntityType.ORGANIZATION
                && group.stream().map(f -> NameKeys.bareName(f.text())).anyMatch(n -> n.equals(maker)
                || n.startsWith(maker + " ") && !n.equals(name)));
    }

    /**
     * A name that is an organisation's of the article followed by a product's name the article uses alone ("the
     * iconic Ford Falcon" where "the Falcon" is a model) is that product, whatever the NER called it.
     */
    private static void typeMakerProductNames(Map<String, List<FoundName>> byKey) {
        Set<String> products = new java.util.HashSet<>();
        byKey.forEach((key, group) -> {
            if (key.startsWith("n:") && !key.substring(2).contains(" ") && TypeVote.vote(group) == EntityType.PRODUCT) {
                products.add(key.substring(2));
            }
        });
        for (Map.Entry<String, List<FoundName>> group : byKey.entrySet()) {
            String name = group.getKey().substring(2);
            int space = name.lastIndexOf(' ');
            if (!group.getKey().startsWith("n:") || space < 0 || !products.contains(name.substring(space + 1))
                    || TypeVote.vote(group.getValue()) == EntityType.PRODUCT
                    || !makerBefore(byKey, name, name.substring(space + 1))) {
                continue;
            }
            TypeCues.Cue cue = new TypeCues.Cue(EntityType.PRODUCT, "maker-then-product-name");
            group.getValue().replaceAll(f -> f.cue() != null ? f : new FoundName(f.start(), f.end(), f.text(), f.sentence(),
                    f.type(), f.weight(), cue, f.entry(), f.demonym()));
        }
    }

    /**
     * "the Air Force" after "the U.S. Air Force", "the Treasury" after "the Australian Treasury": a government noun
     * alone is the one body of the article with that noun, if only one has it.
     */
    private static void mergeBodyNouns(Map<String, List<FoundName>> byKey) {
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
                byKey.get(bodies.get(0)).sort(Comparator.comparingInt(FoundName::start));
            }
        }
    }

    /** The longest form without corporate suffix or possessive (a firm's own possessive stays: "Cullen's"). */
    private static String canonicalName(List<FoundName> group) {
        return group.stream().map(f -> PossessiveFirmNames.ownPossessive(f) ? NameKeys.withoutSuffix(f.text())
                        : NameKeys.bareName(f.text()))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }
}
