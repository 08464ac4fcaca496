package org.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.DependencyWalk;
import org.newsgraph.nlp.Token;

/**
 * Reads what the words around a name say it is: "Brightlane CEO", "Shares in Nordhav", "owned by X", "X, the Munich-based
 * carmaker", "the drug Lenvara", "Ms X", "X, 51,". CoreNLP's NER guesses from the name alone and often takes an unknown
 * company for a person or a place; the article itself usually says.
 */
final class TypeCues {

    /**
     * Nouns that name what kind of organisation something is ("the grid operator Baltnet", "X, a startup"): the kinds
     * of {@code coref/organisation-nouns.txt} (one list for coreference and typing), singular and plural, and the
     * roles an organisation plays for another ("rival", "customer", "owner"), which coreference must not read as
     * "the company".
     */
    private static final Set<String> ORGANIZATION_ROLES = Set.of("investor", "subsidiary", "rival", "competitor",
            "partner", "owner", "buyer", "seller", "acquirer", "client", "customer", "lessor", "contractor");
    static final Set<String> ORGANIZATION_NOUNS = organizationNouns();

    private static Set<String> organizationNouns() {
        Set<String> nouns = new HashSet<>();
        for (String noun : org.newsgraph.extract.coref.Coreference.organisationNouns()) {
            nouns.add(noun);
            nouns.add(noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
        }
        for (String role : ORGANIZATION_ROLES) {
            nouns.add(role);
            nouns.add(role.endsWith("y") ? role.substring(0, role.length() - 1) + "ies" : role + "s");
        }
        return Set.copyOf(nouns);
    }

    /** Words after a name that only an organisation has ("Brightlane CEO", "Kessler's board", "Nordhav shares"). */
    static final Set<String> ORGANIZATION_ATTRIBUTES = Set.of("ceo", "cfo", "coo", "cto", "chief", "founder",
            "co-founder", "chairman", "chairwoman", "board", "shares", "stock", "shareholders", "investors",
            "employees", "staff", "workers", "executives", "spokesman", "spokeswoman", "spokesperson", "headquarters",
            "subsidiary", "unit", "division", "revenue", "revenues", "profit", "profits", "earnings", "customers",
            "clients", "stores", "factories", "plants", "deliveries", "inc", "inc.", "corp", "corp.", "ltd", "ltd.",
            "plc", "llc", "ag", "gmbh", "co.");
    /** Nouns for what only a person is ({@code person-roles.txt}): "Kaia Lund, the chief executive". */
    static final Set<String> PERSON_ROLES = Set.copyOf(org.newsgraph.io.ResourceTable.rows(
            "/org/newsgraph/extract/person-roles.txt", 1, "one noun a line").stream()
            .map(row -> row.columns()[0].strip()).toList());
    /** Roles held in an organisation ({@code employer-roles.txt}): "the chief executive of X" names an organisation. */
    static final Set<String> EMPLOYER_ROLES = Set.copyOf(org.newsgraph.io.ResourceTable.rows(
            "/org/newsgraph/extract/employer-roles.txt", 1, "one noun a line").stream()
            .map(row -> row.columns()[0].strip()).toList());
    /**
     * Offices and bodies of a town, a state or a province ({@code place-offices.txt}), whose "of" or possessor is that
     * place: "the mayor of Tarrow", "Tidewell's town council".
     */
    static final Set<String> PLACE_OFFICES = org.newsgraph.io.ResourceTable.words("/org/newsgraph/extract/place-offices.txt");
    /** Nouns that say a name is a product ("the drug Lenvara", "the Vela 500, an electric saloon"). */
    static final Set<String> PRODUCT_NOUNS = Set.of("drug", "drugs", "pill", "medicine", "vaccine", "treatment",
            "therapy", "model", "car", "saloon", "sedan", "suv", "hatchback", "vehicle", "truck", "jet", "jets",
            "aircraft", "plane", "planes", "airliner", "airliners", "phone", "smartphone", "handset", "chip", "processor",
            "software", "chatbot", "assistant", "product", "console", "device", "laptop", "tablet", "engine", "app",
            "game", "browser", "computer", "computers", "rocket", "rockets", "jetliner", "jetliners",
            "superjumbo", "airplane", "airplanes", "freighter", "notebook", "netbook", "camera",
            "smartwatch", "minivan", "pickup", "coupe", "motorcycle", "film", "movie", "album", "drone", "robot",
            "van", "tractor", "scooter", "e-bike", "bike", "motorbike", "yacht", "boat", "train", "printer",
            "television", "headphones", "headset", "earbuds", "earbud", "router", "spacecraft", "wearable", "e-reader");
    /** Kinds of product written in capitals, which the tagger takes for proper nouns: "SUVs", "EVs", "PCs". */
    static final Set<String> PRODUCT_ACRONYMS = org.newsgraph.io.ResourceTable.words(
            "/org/newsgraph/extract/product-kind-acronyms.txt");
    /** Nouns of a kind or a version, whose "of" names the kind: "two types of rocket", "a model of car". */
    static final Set<String> KIND_NOUNS = Set.of("type", "kind", "model", "version", "variant", "family");
    /**
     * Nouns that, besides {@link #PRODUCT_NOUNS}, make the name in apposition to them a product: "its new operating
     * system, Snow Leopard", "Boeing's new design, the 7e7".
     */
    static final Set<String> APPOSED_PRODUCT_NOUNS = Set.of("system", "design", "airliner", "rocket", "launcher",
            "satellite", "helicopter", "locomotive", "ship");
    /** Nouns after a name that make it a place ("the Kansai region", "its Vesterhav Syd offshore cluster"). */
    static final Set<String> PLACE_NOUNS = Set.of("region", "field", "cluster", "farm", "basin", "coast", "valley",
            "peninsula", "province", "county", "district", "prefecture", "state", "city");
    /**
     * Nouns of a settlement or a division of land, whose "of" names it: "the neighbouring hamlet of Thornby Moss", "the
     * village of Great Ashby", "the town of Calama" (the NER reads an unknown village's name alone and often calls it a
     * person). Not "state" ("the state of the economy") nor "capital".
     */
    static final Set<String> SETTLEMENT_NOUNS = Set.of("village", "hamlet", "town", "city", "parish", "county",
            "district", "province", "region", "island", "suburb", "borough", "municipality", "commune");
    static final String SETTLEMENT_OF = "settlement-of";
    /** Titles before a person's name ("Ms Okafor", "chief executive Priya Raman"). */
    static final Set<String> PERSON_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
            "president", "senator", "minister", "governor", "mayor", "executive", "ceo", "cfo", "coo", "cto", "founder",
            "co-founder", "chairman", "chairwoman", "chair", "director", "officer", "analyst", "economist", "professor",
            "spokesman", "spokeswoman", "spokesperson", "chief", "secretary", "judge", "rep.", "sen.", "gov.", "king",
            "queen", "prince", "princess", "pope", "lawmaker", "manager", "deputy", "head");
    /**
     * People by their work, whose "at" or "for" names their employer ("an equity strategist for X", "the chief economist
     * at X"): an organisation, whatever the NER guessed from the name. "Of" is left out: "President of France".
     */
    private static final Set<String> JOB_NOUNS = Set.of("strategist", "analyst", "economist", "executive", "engineer",
            "spokesman", "spokeswoman", "spokesperson", "trader", "director", "manager", "officer", "researcher",
            "employee", "employees", "worker", "workers", "staff", "reporter", "editor", "correspondent", "columnist",
            "consultant", "lawyer", "scientist", "designer", "programmer", "salesman", "vice-president", "chairman",
            "chairwoman", "executives", "analysts", "economists", "strategists", "engineers", "researchers", "banker",
            "bankers", "partner", "founder", "co-founder");
    /** Whether a noun names people by their work ("analyst", "partner"). */
    static boolean jobNoun(String word) {
        return JOB_NOUNS.contains(word);
    }

    private static final Set<String> PREPOSITIONS_BEFORE_ORGANIZATION = Set.of("competes with", "compete with",
            "competition with", "works with", "shares in", "shares of", "owned by",
            "controlled by", "acquired by", "bought by", "stake in", "invested in", "acquire", "acquired", "buy",
            "bought", "partnered with", "partners with", "customers of", "clients of", "rivals", "rival");
    private static final Set<String> ORGANIZATION_VERBS = Set.of("employ", "hire", "acquire", "buy", "partner",
            "compete", "manufacture", "supply", "invest", "merge", "operate", "ship");
    /** Verbs whose passive subject is a company ("X was acquired by Y"): not "buy", whose object may be anything. */
    private static final Set<String> ACQUIRED_VERBS = Set.of("acquire", "purchase");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "one");

    /** Verbs whose object is a product: "Apple launched the iPod", "the A380 was unveiled", "it ships Windows". */
    static final Set<String> PRODUCT_VERBS = Set.of("launch", "release", "unveil", "introduce", "ship", "debut",
            "price", "discontinue", "recall");
    /** Verbs whose object is a product when the NER did not call the name anything: "to operate ChatGPT". */
    static final Set<String> SERVICE_VERBS = Set.of("operate", "develop", "use", "order", "fly", "ground", "deliver");
    /**
     * Nouns that a product name modifies ("the Galaxy smartphone", "Azure services", "Kindle users", "A380 orders"):
     * beside {@link #PRODUCT_NOUNS}, what one does with a product or calls a product's kind.
     */
    static final Set<String> PRODUCT_HEADS = Set.of("service", "subscription", "platform", "user", "subscriber",
            "version", "update", "line", "range", "family", "program", "programme", "order", "delivery", "customer",
            "client", "sale", "fleet", "variant", "launch", "edition", "store", "player", "download", "tool",
            // "its Hummer brand", "the Slim-Fast brand": a name the NER left unnamed before "brand" is the goods sold
            // under it (s41-relations; a name it called a firm keeps its type)
            "brand");
    /**
     * Of {@link #PRODUCT_HEADS}, the nouns a firm's business line or a public scheme is written before as often as a
     * product: "Wealth Management clients", "Medicaid programs". They make a product only with a company's possessive.
     */
    static final Set<String> SHARED_HEADS = Set.of("client", "customer", "program", "programme");
    /** Nouns whose compound is what they make: "the ChatGPT maker", "iPhone maker Apple", "the A380's builder". */
    static final Set<String> MAKER_NOUNS = Set.of("maker", "developer", "creator", "manufacturer", "builder",
            "designer", "inventor");
    /** Words that introduce a name after a noun: "a product called Copilot", "a startup named Ledgerly". */
    private static final Set<String> NAMING_WORDS = Set.of("called", "named", "dubbed");
    /** Relations of examples to their noun: "rivals such as Google and Oracle", "stocks like Datadog". */
    private static final Set<String> EXAMPLE_RELATIONS = Set.of("nmod:like", "nmod:such_as", "nmod:including",
            "obl:like", "obl:such_as", "obl:including");
    /** Nouns whose examples are companies, beside {@link #ORGANIZATION_NOUNS}: "tech stocks like Datadog". */
    private static final Set<String> EXAMPLE_ORGANIZATION_NOUNS = Set.of("stock", "giant", "player", "brand", "name");
    /** A model code: capitals, a hyphen and digits ("GPT-4", "MRX-214") or a capital and digits ("A380"). */
    private static final Pattern CODE = Pattern.compile(
            "\\p{Lu}+-\\d+[\\p{L}\\d]*|\\p{Lu}\\d{2,4}[a-z]{0,3}|" + EntityRecognizer.NUMBERED_MODEL);

    /**
     * A type the words around a name give it, and the rule that said so (kept as the reason of the type decision).
     *
     * @param rule a short name of the rule: "title-before", "object-of-product-verb", ...
     */
    record Cue(EntityType type, String rule) {
    }

    /** The rule of a name that ends in a word only companies' names end in: "Orvane Capital", "Vexa Labs". */
    /** "mayor", or a local body written with the word that makes it local: "town council" (its compound). */
    private static boolean placeOffice(AnnotatedSentence sentence, Token office, String lemma) {
        if (PLACE_OFFICES.contains(lemma)) {
            return true;
        }
        return sentence.children(office).stream().anyMatch(c -> sentence.relationToHead(c).equals("compound")
                && c.index() == office.index() - 1 && PLACE_OFFICES.contains(c.text().toLowerCase() + " " + lemma));
    }

    static final String CORPORATE_LAST_WORD = "corporate-last-word";

    /** The rule of a facility's name: "Changi Airport", "Terminal 3" ({@link Facilities}). */
    static final String FACILITY = "facility-name";

    /** The rule of a model named after a town before its kind: "the Tacoma pickup", "its Tucson SUVs". */
    static final String PLACE_NAMED_MODEL = "place-named-model";
    /** Kinds of vehicle and device whose models are often named after places ({@code place-named-model-kinds.txt}). */
    private static final Set<String> PLACE_NAMED_MODEL_KINDS = org.newsgraph.io.ResourceTable.words(
            "/org/newsgraph/extract/place-named-model-kinds.txt");

    /**
     * Whether a name the NER or the name list reads as a town's ("Tacoma/LOCATION") modifies, right before it, a kind of
     * vehicle or device that "the" or an owner determines: "the Tacoma pickup", "its Tucson SUVs", "Hyundai's Santa
     * Fe model". Carmakers name models after places, and a town does not modify such a noun with "the" before it in
     * news ("the Detroit plant" is no vehicle; "the Texas truck market" is a market's). A country, a state or a
     * nationality ("the China model", "the German car") is never a model's name here, nor a person's or a firm's name.
     */
    private static boolean placeNamedModel(AnnotatedSentence sentence, List<Token> tokens, int first, int last,
                                           Token governor, String relation) {
        if (!relation.equals("compound") || governor.index() != tokens.get(last - 1).index() + 1
                || !tokens.subList(first, last).stream().allMatch(t -> t.ner().matches("LOCATION|CITY")
                && t.pos().startsWith("NNP"))) {
            return false;
        }
        boolean kind = Character.isLowerCase(governor.text().charAt(0)) && governor.pos().startsWith("NN")
                && PLACE_NAMED_MODEL_KINDS.contains(lemma(governor)) || PRODUCT_ACRONYMS.contains(governor.text());
        if (!kind) {
            return false;
        }
        for (Token child : sentence.children(governor)) {
            String rel = sentence.relationToHead(child);
            if (rel.equals("det") && child.text().equalsIgnoreCase("the") || rel.equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }

    /** The rule of a name with its kind of organisation apposed after it: "Klarna, the Swedish lender,". */
    static final String NAME_BEFORE_ORGANIZATION_NOUN = "name-before-apposed-organization-noun";

    /**
     * Whether the apposition opens right after the name and its comma ("Klarna, the Swedish lender"): the name is the
     * whole name written before the comma, not a piece of a longer one ("Corran Vehicle" of "Corran Vehicle Hire, a
     * Dundee firm"), and the kind is that apposition's, not a later one the parse hung on the name ("the Corveo, a
     * small hatchback introduced by X, the Lyon maker").
     */
    private static boolean appositionRightAfter(AnnotatedSentence sentence, List<Token> tokens, int last, Token role) {
        if (last >= tokens.size() || !tokens.get(last).text().equals(",")) {
            return false;
        }
        int opening = DependencyWalk.subtree(sentence, role).stream().mapToInt(Token::index).min()
                .orElse(role.index());
        return opening == tokens.get(last).index() + 1;
    }

    /** Whether a noun has "the", "a" or "an" of its own ("the online grocer"), as an apposition naming a kind has. */
    private static boolean determined(AnnotatedSentence sentence, Token noun) {
        for (Token child : sentence.children(noun)) {
            if (sentence.relationToHead(child).equals("det") && child.lemma() != null
                    && child.lemma().toLowerCase(Locale.ROOT).matches("the|a|an")) {
                return true;
            }
        }
        return false;
    }

    /** The rule of a name apposed to a role an organisation plays for an "it": "its rival, Tessaro,". */
    static final String ROLE_OF_ORGANIZATION = "apposition-to-role-of-organization";
    /** "X, the Munich-based carmaker, ...": the noun phrase after the comma says what the name is. */
    static final String APPOSITION = "apposition";

    /** The rule of a speaker that a reported clause calls "it": "Tessaro said it would cut 300 jobs". */
    static final String SPEAKER_OF_IT = "speaker-called-it";
    /** The rule of a name that reports a company's results: "Zoom posted revenue", "Visa said revenue rose 10%". */
    static final String REPORTER_OF_RESULTS = "reporter-of-results";

    /** The rule of a name written before the shops it runs: "Toymart stores", "a Jollity outlet". */
    static final String RETAILER_OF_OUTLETS = "retailer-of-outlets";
    private static final List<org.newsgraph.io.ResourceTable.Row> RETAIL_WORDS = org.newsgraph.io.ResourceTable.rows(
            "/org/newsgraph/extract/retail-outlet-words.txt", 2, "word <TAB> outlet|site");
    /** Shops a retailer's name is written before ({@code retail-outlet-words.txt}): "stores", "outlets". */
    static final Set<String> RETAIL_OUTLETS = retailWords("outlet");
    /** Last words of a place where shops stand ({@code retail-outlet-words.txt}): "Oxford Street shops". */
    static final Set<String> SHOPPING_SITES = retailWords("site");

    private static Set<String> retailWords(String kind) {
        return RETAIL_WORDS.stream().filter(r -> r.columns()[1].strip().equals(kind))
                .map(r -> r.columns()[0].strip()).collect(Collectors.toUnmodifiableSet());
    }

    /** The rule of a subject of what companies do: "Kessler employs 96,000 people", "X was acquired by Y". */
    static final String SUBJECT_OF_ORGANIZATION_VERB = "subject-of-organization-verb";
    /** The rule of a name compounded with a kind of organisation: "the Nordhav insurance company". */
    static final String COMPOUND_OF_ORGANIZATION_NOUN = "compound-of-organization-noun";

    private TypeCues() {
    }

    /** The cue the words around tokens [from, to) of a sentence give the name there, or null: parse first. */
    static Cue cue(AnnotatedSentence sentence, int from, int to) {
        return cue(sentence, from, to, false);
    }

    /**
     * @param listedElsewhere whether a name list holds the name as something other than a place: then the NER's
     *                        "location" is a guess from its shape, and a publication's place ("a report in X") types it
     */
    static Cue cue(AnnotatedSentence sentence, int from, int to, boolean listedElsewhere) {
        List<Token> tokens = sentence.tokens();
        int first = from - tokens.get(0).index();
        int last = to - tokens.get(0).index();
        Cue parsed = fromParse(sentence, tokens, first, last, listedElsewhere);
        if (parsed != null) {
            return parsed;
        }
        // the name's own last word before the words around it: "Orvane Capital, the fund's adviser" stays a firm
        if (CorporateNames.byLastWord(tokens, first, last)) {
            return new Cue(EntityType.ORGANIZATION, CORPORATE_LAST_WORD);
        }
        if (Facilities.named(tokens, first, last)) {
            return new Cue(EntityType.PLACE, FACILITY);
        }
        if (NaturalFeatures.named(tokens, first, last)) {
            return new Cue(EntityType.PLACE, NaturalFeatures.RULE);
        }
        Cue surface = fromSurface(sentence, tokens, first, last);
        return surface != null ? surface : OwnedNames.product(sentence, tokens, first, last);
    }

    /**
     * What the dependency parse says: the object of a product verb ("launched the iPod", "the A380 is priced at");
     * an example of a kind ("rivals such as Google, Amazon and Oracle": every conjunct, as enhanced++ attaches each);
     * a name coordinated with "other" things of a kind ("Office 365 and other software"); a model code owned by a
     * name ("OpenAI's GPT-4", "Boeing's 747"). Not "the new X": a company after a restructuring is "the new X" too.
     */
    private static Cue fromParse(AnnotatedSentence sentence, List<Token> tokens, int first, int last,
                                 boolean listedElsewhere) {
        if (sentence.dependencies().isEmpty()) {
            return null;
        }
        int from = tokens.get(first).index();
        int to = tokens.get(last - 1).index() + 1;
        for (int k = first; k < last; k++) {
            if (MarketMoves.namesMarketIndex(sentence, tokens.get(k))) {
                return new Cue(EntityType.ORGANIZATION, "market-index");
            }
        }
        if (numberedIndexMoved(sentence, tokens, first, last)) {
            return new Cue(EntityType.ORGANIZATION, "market-index");
        }
        for (org.newsgraph.nlp.Dependency edge : sentence.dependencies()) {
            boolean intoName = edge.dependent() >= from && edge.dependent() < to
                    && (edge.governor() < from || edge.governor() >= to) && edge.governor() >= 0;
            boolean outOfName = edge.governor() >= from && edge.governor() < to
                    && (edge.dependent() < from || edge.dependent() >= to);
            if ((intoName || outOfName) && edge.relation().equals("appos")) {
                Token role = sentence.token(intoName ? edge.governor() : edge.dependent());
                if (personRole(role)) {
                    return new Cue(EntityType.PERSON, "apposition-to-role");
                }
                if (intoName && organizationKind(role) && !personLike(tokens, first, last)
                        && !placeListedByNer(tokens, first, last) && !(tokens.subList(first, last).stream()
                        .anyMatch(t -> t.ner().equals("PERSON")) && PEOPLE_TOO.contains(lemma(role)))) {
                    return new Cue(EntityType.ORGANIZATION, "apposition-to-organization-noun");
                }
                // the name first, its kind apposed after it: "Klarna, the Swedish buy-now-pay-later lender,", "X, the
                // online grocer,". The words' reading of the apposition (apposition below) stops after eight tokens,
                // which a modifier the tokenizer splits at its hyphens outruns; the parse's head noun does not. Only
                // a name of proper nouns with a determiner before its kind ("Lund, chairman" is no kind of firm). A
                // kind only general knowledge holds ("marketplace", WordNet) must name no people's work as well
                if (outOfName && (organizationKind(role) || Character.isLowerCase(role.text().charAt(0))
                        && NounKinds.organisation(role.text().toLowerCase(Locale.ROOT), role.pos())
                        && !NounKinds.person(role.text().toLowerCase(Locale.ROOT)))
                        && determined(sentence, role) && appositionRightAfter(sentence, tokens, last, role)
                        && !personLike(tokens, first, last) && !placeListedByNer(tokens, first, last)
                        && !fullPersonName(tokens, first, last)
                        && !(tokens.subList(first, last).stream().anyMatch(t -> t.ner().equals("PERSON"))
                        && PEOPLE_TOO.contains(lemma(role)))
                        && tokens.subList(first, last).stream().allMatch(t -> t.pos().startsWith("NNP"))) {
                    return new Cue(EntityType.ORGANIZATION, NAME_BEFORE_ORGANIZATION_NOUN);
                }
                // "Agrilo, a seed breeder in Hungary", "Quillon, a farm-software start-up": a trade's noun with its
                // goods and "a", or a kind of organisation the tokenizer split at its hyphen (TradeAppositions); the
                // name first governs the apposition, the noun first is governed by it; only a name of proper nouns (the
                // tagger's "Verdant/NN Materials/NNS, a Dutch start-up" would make a firm of the cut word "Materials")
                if ((TradeAppositions.tradeNoun(sentence, role) || splitOrganizationKind(sentence, role))
                        && !personLike(tokens, first, last) && !fullPersonName(tokens, first, last)
                        && !TradeAppositions.personalPronounAfter(tokens, last)
                        && tokens.subList(first, last).stream().allMatch(t -> t.pos().startsWith("NNP"))) {
                    return new Cue(EntityType.ORGANIZATION, TradeAppositions.RULE);
                }
                if (intoName && ORGANIZATION_ROLES.contains(lemma(role)) && role.pos().startsWith("NN")
                        && Character.isLowerCase(role.text().charAt(0)) && ownedByOrganization(sentence, role)
                        && !personLike(tokens, first, last) && !placeListedByNer(tokens, first, last)
                        && !fullPersonName(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, ROLE_OF_ORGANIZATION);
                }
            }
            if (intoName) {
                Token governor = sentence.token(edge.governor());
                String lemma = lemma(governor);
                String relation = edge.relation();
                if ((relation.equals("obj") || relation.startsWith("nsubj:pass")) && governor.pos().startsWith("VB")
                        && (PRODUCT_VERBS.contains(lemma) || rolledOut(sentence, governor, lemma))
                        && !LegalTexts.legalText(tokens, first, last)) {
                    return new Cue(EntityType.PRODUCT, "object-of-product-verb");
                }
                // "the drug, which will be sold as Kisunla", "semaglutide is marketed as Wegovy": the name goods are
                // sold under is a brand, whatever the NER guessed from its sound
                if (relation.equals("obl:as") && governor.pos().startsWith("VB") && SOLD_AS_VERBS.contains(lemma)
                        && !personLike(tokens, first, last) && !fullPersonName(tokens, first, last)) {
                    return new Cue(EntityType.PRODUCT, "name-sold-as");
                }
                if (relation.equals("appos") && governor.pos().startsWith("NN")
                        && Character.isLowerCase(governor.text().charAt(0))
                        && (NounKinds.product(lemma) || APPOSED_PRODUCT_NOUNS.contains(lemma))
                        && !personLike(tokens, first, last)) {
                    return new Cue(EntityType.PRODUCT, "apposition-to-product-noun");
                }
                if (relation.startsWith("nsubj") && productKind(sentence, governor) && !personLike(tokens, first, last)) {
                    return new Cue(EntityType.PRODUCT, "subject-of-product-kind");
                }
                if (relation.equals("nsubj") && governor.pos().startsWith("VB") && ARRIVING_VERBS.contains(lemma)
                        && !hasObject(sentence, governor) && !personLike(tokens, first, last)
                        && !tokens.get(last - 1).ner().matches("PERSON|LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE")) {
                    return new Cue(EntityType.PRODUCT, "subject-of-arriving-verb");
                }
                // "The Zephyr X2 goes on sale in May", "the new Passat will go on sale next week", "the Zentrox is on
                // sale": what goes on sale is goods (a firm put up for sale is "for sale"; issue 13, session 42)
                if (relation.equals("nsubj") && onSale(sentence, governor) && !personLike(tokens, first, last)
                        && !tokens.get(last - 1).ner().matches("PERSON|LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE")) {
                    return new Cue(EntityType.PRODUCT, SUBJECT_ON_SALE);
                }
                if (relation.equals("nsubj") && governor.pos().startsWith("VB")
                        && org.newsgraph.extract.coref.Coreference.speechVerbs().contains(lemma)
                        && reportsAsIt(sentence, governor) && !personLike(tokens, first, last)
                        && !fullPersonName(tokens, first, last) && !placeListedByNer(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, SPEAKER_OF_IT);
                }
                // only a name the NER left untyped: one it calls an organisation and that reports is a news source
                // as often ("the Vesterby Herald reported a loss"), and keeps its type by the NER either way
                if (relation.equals("nsubj") && ReportedResults.reports(sentence, governor)
                        && !personLike(tokens, first, last) && !fullPersonName(tokens, first, last)
                        && tokens.subList(first, last).stream().allMatch(t -> t.ner().matches("O|MISC"))) {
                    return new Cue(EntityType.ORGANIZATION, REPORTER_OF_RESULTS);
                }
                if (relation.equals("nsubj") && "VBZ".equals(governor.pos()) && MAKING_VERBS.contains(lemma)
                        && last - first == 1 && !placeListedByNer(tokens, first, last) && goodsObject(sentence, governor)) {
                    return new Cue(EntityType.ORGANIZATION, MAKER_OF_GOODS);
                }
                if (relation.equals("nsubj") && governor.pos().startsWith("VB") && PRICE_VERBS.contains(lemma)
                        && pricedAlone(sentence, governor) && !personLike(tokens, first, last)
                        && !tokens.get(last - 1).ner().matches("PERSON|LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE")) {
                    return new Cue(EntityType.PRODUCT, "subject-of-price-verb");
                }
                boolean accordingTo = relation.equals("obl:according_to") || relation.equals("nmod:according_to");
                if ((relation.equals("nsubj") && governor.pos().startsWith("VB") && REPORTING_VERBS.contains(lemma)
                        || accordingTo)
                        && (sourceByNer(tokens, first, last) || accordingTo && guessedPlace(tokens, first, last))
                        && !personLike(tokens, first, last) && looksNamed(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, "news-source");
                }
                if (relation.equals("nmod:poss") && governor.pos().startsWith("NN")
                        && Character.isLowerCase(governor.text().charAt(0)) && OWNED_BY_ORGANIZATIONS.contains(lemma)
                        && !personLike(tokens, first, last) && !placeByNer(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, "owner-of-attribute");
                }
                // "Brightcell's flagship phone", "Norvik's latest model": a one-word owner of a maker's line is the maker
                if (relation.equals("nmod:poss") && governor.pos().startsWith("NN") && last - first == 1
                        && Character.isLowerCase(governor.text().charAt(0)) && NounKinds.product(lemma)
                        && productLine(sentence, governor) && !personLike(tokens, first, last)
                        && !placeByNer(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, MAKER_OF_LINE);
                }
                // "Quellan's Nimbus 7", "Tolvane's new Arcus 3", "Kessler's Velo Max", "Wilmot's Cadence headphones":
                // a one-word owner of a model (a name with its model's number or line word) or of a named line of a
                // product's kind is the maker, whatever person the NER guessed
                if (relation.equals("nmod:poss") && last - first == 1 && ownedModel(sentence, governor)
                        && !personLike(tokens, first, last) && !placeByNer(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, MAKER_OF_MODEL);
                }
                if (relation.equals("obj") && governor.pos().startsWith("VB") && lemma.equals("join")
                        && joinedAsRole(sentence, governor) && !placeListedByNer(tokens, first, last)
                        && !personLike(tokens, first, last) && !fullPersonName(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, EMPLOYER_JOINED);
                }
                if (ROLES_TOWARD_ORGANIZATIONS.contains(relation + " " + lemma) && governor.pos().startsWith("NN")
                        && Character.isLowerCase(governor.text().charAt(0)) && !placeListedByNer(tokens, first, last)
                        && tokens.subList(first, last).stream().noneMatch(t -> t.ner().equals("PERSON"))
                        && !personLike(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, ORGANIZATION_OF_ROLE);
                }
                if (INVESTEE_LINKS.contains(relation + " " + lemma) && Character.isLowerCase(governor.text().charAt(0))
                        && (governor.pos().startsWith("VB") || governor.pos().startsWith("NN"))
                        && !placeListedByNer(tokens, first, last) && !region(tokens, first, last)
                        && !personLike(tokens, first, last)
                        && tokens.subList(first, last).stream().noneMatch(t -> t.ner().equals("PERSON"))) {
                    return new Cue(EntityType.ORGANIZATION, INVESTEE);
                }
                if (ACQUIRED_LINKS.contains(relation + " " + lemma) && Character.isLowerCase(governor.text().charAt(0))
                        && (governor.pos().startsWith("VB") || governor.pos().startsWith("NN"))
                        && !placeListedByNer(tokens, first, last) && !region(tokens, first, last)
                        && !personLike(tokens, first, last) && !fullPersonName(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, ACQUIRED);
                }
                if (relation.equals("obj") && governor.pos().startsWith("VB") && HEADING_VERBS.contains(lemma)
                        && !placeListedByNer(tokens, first, last) && !personLike(tokens, first, last)
                        && !fullPersonName(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, "object-of-heading-verb");
                }
                if (relation.equals("nsubj") && governor.pos().startsWith("VB") && SITE_VERBS.contains(lemma)
                        && siteObject(sentence, governor) && !placeListedByNer(tokens, first, last)
                        && tokens.subList(first, last).stream().noneMatch(t -> t.ner().equals("PERSON"))
                        && !personLike(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, OPENER_OF_SITE);
                }
                if (relation.equals("nmod:of") && governor.pos().startsWith("NN")
                        && Character.isLowerCase(governor.text().charAt(0)) && EMPLOYER_ROLES.contains(lemma)
                        && !placeListedByNer(tokens, first, last) && !personLike(tokens, first, last)) {
                    return new Cue(EntityType.ORGANIZATION, "employer-of-role");
                }
                if ((relation.equals("nmod:of") || relation.equals("nmod:poss")) && governor.pos().startsWith("NN")
                        && Character.isLowerCase(governor.text().charAt(0)) && placeOffice(sentence, governor, lemma)
                        // a central bank has a governor too, and is written as its possessor ("Varden Bank's governor")
                        && !(relation.equals("nmod:poss") && lemma.equals("governor"))
                        && tokens.subList(first, last).stream().noneMatch(t -> t.ner().equals("ORGANIZATION"))) {
                    return new Cue(EntityType.PLACE, "place-of-office");
                }
                if (relation.equals("nmod:of") && governor.pos().startsWith("NN")
                        && Character.isLowerCase(governor.text().charAt(0)) && SETTLEMENT_NOUNS.contains(lemma)
                        && !CorporateNames.byLastWord(tokens, first, last) && !personLike(tokens, first, last)) {
                    return new Cue(EntityType.PLACE, SETTLEMENT_OF);
                }
                Cue publication = publicationCue(tokens, first, last, governor, relation, lemma, listedElsewhere);
                if (publication != null) {
                    return publication;
                }
                // "the Pellmore-made Velo S2": the name written against a participle of making is the maker
                if (relation.startsWith("obl") && "VBN".equals(governor.pos()) && MADE_VERBS.contains(lemma)
                        && "amod".equals(sentence.relationToHead(governor))
                        && hyphenedTo(sentence, tokens.get(last - 1), governor)
                        && tokens.subList(first, last).stream().allMatch(t -> t.ner().matches("O|MISC|ORGANIZATION"))) {
                    return new Cue(EntityType.ORGANIZATION, "maker-before-made");
                }
                Cue product = productCue(sentence, tokens, first, last, governor, relation);
                if (product != null) {
                    return product;
                }
                if (EXAMPLE_RELATIONS.contains(relation) && governor.pos().startsWith("NN")
                        && Character.isLowerCase(governor.text().charAt(0))) {
                    EntityType kind = kindOf(lemma);
                    if (kind != null) {
                        return new Cue(kind, "example-of-kind");
                    }
                }
                if (relation.startsWith("conj") && otherKind(sentence, governor) != null) {
                    return new Cue(otherKind(sentence, governor), "and-other-kind");
                }
            }
            if (outOfName) {
                Token dependent = sentence.token(edge.dependent());
                if (edge.relation().startsWith("conj") && otherKind(sentence, dependent) != null) {
                    return new Cue(otherKind(sentence, dependent), "and-other-kind");
                }
                // "Crunchwell, designed by Marrak Foods,": a participle of making with its maker describes a product
                if (edge.relation().equals("acl") && "VBN".equals(dependent.pos())
                        && MADE_VERBS.contains(lemma(dependent)) && byAgent(sentence, dependent)
                        && unnamedByNer(tokens, first, last) && !personLike(tokens, first, last)
                        && looksNamed(tokens, first, last)) {
                    return new Cue(EntityType.PRODUCT, MADE_BY);
                }
                if (edge.relation().equals("nmod:poss") && dependent.pos().startsWith("NNP")
                        && CODE.matcher(joined(tokens, first, last)).matches()) {
                    return new Cue(EntityType.PRODUCT, "model-code-of-owner");
                }
                if (edge.relation().equals("nmod:poss") && dependent.ner().equals("ORGANIZATION")
                        && unnamedByNer(tokens, first, last) && !personLike(tokens, first, last)
                        && productShaped(tokens, first, last)) {
                    return new Cue(EntityType.PRODUCT, "owned-by-company");
                }
            }
        }
        return null;
    }

    /** The rule of a name a person joined in a role: "Li Wei joined Tessaro as head of research". */
    static final String EMPLOYER_JOINED = "employer-joined-as";

    /**
     * Whether "join" has an "as" of a role held in an organisation ("joined X as head of research", "as chief
     * financial officer", "as a director"): what is joined so is an employer. "Joined X as a partner" says nothing: a
     * firm partners too.
     */
    private static boolean joinedAsRole(AnnotatedSentence sentence, Token join) {
        return sentence.children(join).stream().filter(c -> sentence.relationToHead(c).equals("obl:as"))
                .anyMatch(role -> role.pos().startsWith("NN") && Character.isLowerCase(role.text().charAt(0))
                        && (EMPLOYER_ROLES.contains(lemma(role)) || PERSON_ROLES.contains(lemma(role))
                        || lemma(role).equals("head")));
    }

    /**
     * Roles held toward an organisation, by the preposition that names it: "a customer of Tovanex", "one of the biggest
     * clients of X", "a subsidiary of X", "a unit of X", "among the investors in X". A town or a country is not what these are of or
     * in (the NER's city and country lists keep theirs: "investors in Britain"), nor is a person ("a client of Lund").
     */
    private static final Set<String> ROLES_TOWARD_ORGANIZATIONS = Set.of("nmod:of customer", "nmod:of client",
            "nmod:of supplier", "nmod:of subsidiary", "nmod:of affiliate", "nmod:of unit", "nmod:of division",
            "nmod:of arm", "nmod:of shareholder", "nmod:in investor", "nmod:in shareholder");

    /** The rule of a name a role is held toward: "a customer of Tovanex", "the investors in Corvala". */
    static final String ORGANIZATION_OF_ROLE = "organization-of-role";

    /**
     * What money goes into, by the preposition of an investing verb or noun: "invested $12 million in X", "poured money
     * into X", "a 15% stake in X", "raised its holding in X", "a funding round in X". What is invested in is a firm,
     * unless the NER's city, country or state lists know the name ("invested heavily in Spain"), or it is a person's.
     * Entries are "relation lemma" of the edge from the verb or noun to the name.
     */
    private static final Set<String> INVESTEE_LINKS = Set.of("obl:in invest", "obl:into invest", "obl:into put",
            "obl:into pour", "obl:into inject", "obl:into plough", "obl:into sink", "nmod:in stake",
            "nmod:in holding", "nmod:in shareholding", "nmod:in round", "nmod:in investment");

    /**
     * Regions that are not countries, states or cities ({@code geographic-regions.txt}: "Patagonia", "Scandinavia",
     * "the Middle East"), which the NER only guesses as "LOCATION": money goes into them as into a country.
     */
    private static final Set<String> REGIONS = Set.copyOf(org.newsgraph.io.ResourceTable.rows(
            "/org/newsgraph/extract/geographic-regions.txt", 1, "one region a line").stream()
            .map(row -> row.columns()[0].strip().toLowerCase(Locale.ROOT)).toList());

    /** Whether a name is a region of {@link #REGIONS} ("invested heavily in Patagonia"). */
    private static boolean region(List<Token> tokens, int first, int last) {
        return REGIONS.contains(tokens.subList(first, last).stream().map(Token::text)
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT));
    }

    /** Verbs and nouns of listing a firm's shares on a market: "to list its shares in London", "a listing of ...". */
    private static final Set<String> LISTING_WORDS = Set.of("list", "relist", "float", "listing", "flotation", "debut");

    /**
     * Whether "shares in X" says where shares are listed, not whose they are: "plans to list its shares in London",
     * "floated its shares in Lisbon" (a listing word a few words before "shares"), where the NER calls X a place.
     * "bought shares in Apple", "a stake in Quillon" keep the firm's cue.
     */
    private static boolean listingPlace(List<Token> tokens, int first, int last) {
        if (!lower(tokens, first - 1).equals("in") || !lower(tokens, first - 2).matches("shares|stock")
                || !tokens.subList(first, last).stream().allMatch(t -> t.ner().matches(PLACE_NER))) {
            return false;
        }
        for (int k = first - 3; k >= Math.max(0, first - 6); k--) {
            Token word = tokens.get(k);
            if (LISTING_WORDS.contains((word.lemma() == null ? word.text() : word.lemma()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The rule of what money goes into: "took a stake in Halvorsen", "invested $5 million in Quillon". */
    static final String INVESTEE = "investee";

    /**
     * What is acquired, by the parse: the object of "acquire", the "of" or the modified noun of "acquisition" and
     * "takeover" ("acquired Loxo", "the acquisition of Loxo", "the Alere acquisition"): a business, whatever the NER
     * guessed from the name's shape. Not a place the NER lists, a region, a name after a title or a full person's name
     * ("the Lakers acquired Anthony Davis"). KPI-EDGAR train: Alere (ABT), Loxo (LLY) typed places by the NER alone.
     */
    private static final Set<String> ACQUIRED_LINKS = Set.of("obj acquire", "nmod:of acquisition",
            "compound acquisition", "nmod:of takeover", "compound takeover");

    /** The rule of what is acquired: "acquired Loxo", "the Alere acquisition". */
    static final String ACQUIRED = "acquired";

    /** Verbs whose object is an organisation led: "will head Tarvex", "chairs Ostara" (nobody heads a person). */
    private static final Set<String> HEADING_VERBS = Set.of("head", "chair");

    /**
     * Verbs whose subject opens or closes a business's site: "Brindlemark will open a factory in Wexford", "Zandorf
     * will build a plant", "X closed two stores" ({@link #siteObject}).
     */
    private static final Set<String> SITE_VERBS = Set.of("open", "close", "build", "shut");

    /** The sites a business opens or closes: a factory, a store, an office. */
    private static final Set<String> SITE_NOUNS = Set.of("factory", "plant", "store", "shop", "office", "branch",
            "warehouse", "mill", "refinery", "smelter", "depot", "outlet", "headquarters", "hub", "showroom",
            "facility", "mine", "data-center", "datacenter");

    /** The rule of a name that opens or closes a business's site: "Brindlemark will open a factory in Wexford". */
    static final String OPENER_OF_SITE = "opener-of-site";

    /**
     * Whether a verb's object is a business's site ("open a factory", "closed two stores", "shut its Ohio plant"),
     * not a thing anyone opens ("opened the door", "closed the deal", "opened a new chapter").
     */
    private static boolean siteObject(AnnotatedSentence sentence, Token verb) {
        return sentence.children(verb).stream().anyMatch(c -> sentence.relationToHead(c).equals("obj")
                && c.pos().startsWith("NN") && !c.pos().startsWith("NNP") && SITE_NOUNS.contains(lemma(c)));
    }

    /** The rule of a one-word owner of a maker's line of goods: "Brightcell's flagship phone". */
    static final String MAKER_OF_LINE = "maker-of-product-line";

    /** Words before a product noun that make it a maker's line: "flagship", "latest", "best-selling". */
    private static final Set<String> PRODUCT_LINE_WORDS = org.newsgraph.io.ResourceTable.words(
            "/org/newsgraph/extract/product-line-words.txt");

    /** Whether a product noun is a maker's line by its modifier: "flagship phone", "latest model". */
    private static boolean productLine(AnnotatedSentence sentence, Token noun) {
        return sentence.children(noun).stream().anyMatch(c -> sentence.relationToHead(c).matches("amod|compound")
                && PRODUCT_LINE_WORDS.contains(c.text().toLowerCase(Locale.ROOT)));
    }

    /** The rule of a one-word owner of a named model: "Quellan's Nimbus 7", "Wilmot's Cadence headphones". */
    static final String MAKER_OF_MODEL = "maker-of-named-model";

    /** A model's number or code right after its name: "7", "12", "X5", "EV-6" (not a year: at most two digits alone). */
    private static final Pattern MODEL_NUMBER = Pattern.compile(
            "\\d{1,2}|\\p{Lu}{1,3}-?\\d{1,4}[A-Za-z]{0,2}");

    /**
     * Whether a possessed noun is a named model: a capitalised proper noun with its model's number right after it
     * ("Nimbus 7", "Arcus 3") or a line's word after another name ("Velo Max"), or a product's kind noun with a
     * capitalised proper noun right before it ("Cadence headphones", "Pico earbuds"). Not a place's name.
     */
    private static boolean ownedModel(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().startsWith("NN") || noun.ner().matches(PLACE_NER)) {
            return false;
        }
        List<Token> children = sentence.children(noun);
        if (noun.pos().startsWith("NNP") && Character.isUpperCase(noun.text().charAt(0))) {
            return children.stream().anyMatch(c -> c.index() == noun.index() + 1
                    && sentence.relationToHead(c).equals("nummod") && MODEL_NUMBER.matcher(c.text()).matches())
                    || ModelNames.lineWord(noun.text()) && children.stream().anyMatch(c -> c.index() == noun.index() - 1
                    && sentence.relationToHead(c).equals("compound") && namedWord(c, true));
        }
        return Character.isLowerCase(noun.text().charAt(0)) && NounKinds.product(lemma(noun), noun.pos())
                && children.stream().anyMatch(c -> c.index() == noun.index() - 1
                && sentence.relationToHead(c).equals("compound") && namedWord(c, false));
    }

    /**
     * Whether a word is written as a name the NER calls no place ("Cadence/NNP", "Pico/NNP"), nor a person unless a
     * line's word follows, which no person's name ends in ("Velo/PERSON Max/PERSON": the NER ran the model as a name).
     */
    private static boolean namedWord(Token word, boolean beforeLineWord) {
        return word.pos().startsWith("NNP") && Character.isUpperCase(word.text().charAt(0))
                && !word.ner().matches(PLACE_NER + "|DATE|NUMBER|MONEY|PERCENT")
                && (beforeLineWord || !word.ner().equals("PERSON"));
    }

    private static final String PLACE_NER = "LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE|NATIONALITY";

    /** The rule of a one-word name that makes or sells goods in the present tense: "Zentrix makes payroll software". */
    static final String MAKER_OF_GOODS = "maker-of-goods";

    /**
     * Cues a person's surname can meet as well as a company's name ("told Lund", "Lund makes furniture"): where the
     * article named the person in full before, the short name joins the person and leaves the cue behind.
     */
    static final Set<String> SURNAME_SLOTS = Set.of("news-source", "publication-of-piece", MAKER_OF_GOODS, MAKER_OF_LINE,
            MAKER_OF_MODEL, SPEAKER_OF_IT, REPORTER_OF_RESULTS, ROLE_OF_ORGANIZATION);

    /**
     * "The Nikkei 225 fell 1.2%", "the Zelt 40 rose 0.4%": a name the NER left untyped that ends in the count of its
     * members, the subject of a market move by a percentage, is a stock index, an organisation of the graph as every
     * index is (the reason says "market-index"), so its figures have a subject. A model's number moves no percentage
     * as a subject ("sales of the Vela 500 rose 5%": sales rose).
     */
    private static boolean numberedIndexMoved(AnnotatedSentence sentence, List<Token> tokens, int first, int last) {
        if (last - first < 2 || sentence.dependencies().isEmpty() || !tokens.get(last - 1).text().matches("\\d{2,4}")
                || tokens.subList(first, last - 1).stream().anyMatch(t -> !t.pos().startsWith("NNP")
                || !t.ner().matches("O|MISC|ORGANIZATION"))) {
            return false;
        }
        for (int k = first; k < last; k++) {
            Token verb = sentence.head(tokens.get(k));
            if (verb != null && sentence.relationToHead(tokens.get(k)).equals("nsubj") && verb.pos().startsWith("VB")
                    && MarketMoves.isMoveVerb(verb) && sentence.children(verb).stream()
                    .anyMatch(c -> c.ner().equals("PERCENT") || c.text().equals("%") || sentence.children(c).stream()
                            .anyMatch(d -> d.ner().equals("PERCENT") || d.text().equals("%")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a role noun's owner is an organisation: "its" ("its rival", "its biggest customer"), a name the NER calls
     * an organisation ("Halvorsen's rival") or a kind of organisation ("the company's biggest customer"); a person's
     * rival is "his" or "her".
     */
    private static boolean ownedByOrganization(AnnotatedSentence sentence, Token role) {
        return sentence.children(role).stream().anyMatch(c -> sentence.relationToHead(c).equals("nmod:poss")
                && (c.text().equalsIgnoreCase("its") || c.ner().equals("ORGANIZATION") || organizationKind(c)));
    }

    /** Whether a name is a person's in full by the NER: two or more words it calls a person ("Kaia Lund"). */
    private static boolean fullPersonName(List<Token> tokens, int first, int last) {
        return tokens.subList(first, last).stream().filter(t -> t.ner().equals("PERSON")).count() >= 2;
    }

    /**
     * Verbs whose "it" may be the weather, the time or the situation, not the speaker: "said it would take time",
     * "said it makes sense", "said it seemed unlikely".
     */
    private static final Set<String> IMPERSONAL_VERBS = Set.of("be", "take", "make", "seem", "appear", "mean",
            "matter", "happen", "remain", "look", "feel", "cost", "help", "rain", "snow", "depend", "get", "go");

    /**
     * Whether what a speaker said has "it" as the subject of a verb with an object ("said it would cut 300 jobs",
     * "announced it had bought X"): a company speaks of itself as "it", a person as "he" or "she". Not an impersonal
     * "it" ("said it would take time", "said it was too early": a copula, or {@link #IMPERSONAL_VERBS}).
     */
    private static boolean reportsAsIt(AnnotatedSentence sentence, Token speech) {
        for (Token clause : sentence.children(speech)) {
            if (!sentence.relationToHead(clause).equals("ccomp") || !clause.pos().startsWith("VB")
                    || IMPERSONAL_VERBS.contains(lemma(clause))) {
                continue;
            }
            List<Token> children = sentence.children(clause);
            boolean it = children.stream().anyMatch(c -> sentence.relationToHead(c).equals("nsubj")
                    && c.text().equals("it"));
            boolean object = children.stream().anyMatch(c -> sentence.relationToHead(c).equals("obj"));
            boolean copula = children.stream().anyMatch(c -> sentence.relationToHead(c).equals("cop"));
            if (it && object && !copula || itsSubject(sentence, children)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a reported clause's subject is owned by "its": "Vexa said its profit rose 12%", "Tessaro said its
     * shares would list in May". A person speaks of "his" or "her" things; "its" after a speaker is the speaker's.
     */
    private static boolean itsSubject(AnnotatedSentence sentence, List<Token> clauseChildren) {
        return clauseChildren.stream().filter(c -> sentence.relationToHead(c).startsWith("nsubj")
                && c.pos().startsWith("NN") && !c.pos().startsWith("NNP")).anyMatch(subject -> sentence.children(subject)
                .stream().anyMatch(o -> o.text().equalsIgnoreCase("its") && sentence.relationToHead(o).equals("nmod:poss")));
    }

    /** Verbs of making a product: "X makes Crunchwell", "Crunchwell was designed by X", "Crunchwell, built by X". */
    static final Set<String> MADE_VERBS = Set.of("make", "build", "manufacture", "produce", "design", "develop",
            "assemble");
    /** The rule of an untyped name a making verb takes as its object: "began making Crunchwell". */
    static final String OBJECT_OF_MAKING = "object-of-making-verb";
    /** The rule of a model a maker stops or starts making, whatever the NER called it: "stop making the Fiesta". */
    static final String STOPPED_OR_STARTED_MAKING = "model-stopped-or-started";
    /** Verbs of stopping or starting a making ("stop making", "resume building"), which take it as xcomp. */
    private static final Set<String> MAKING_PHASES = Set.of("stop", "cease", "halt", "end", "resume", "start", "begin",
            "continue");
    /** The rule of an untyped name made by someone: "Crunchwell was built by X", "Crunchwell, designed by X". */
    static final String MADE_BY = "made-by-maker";
    /** Nouns of what a maker turns out, whose "of" is a product: "production of", "deliveries of", "recall of". */
    static final Set<String> OUTPUT_NOUNS = Set.of("production", "shipment", "delivery", "recall", "rollout");

    /** Whether a name's last word and a participle are one hyphened word: "Pellmore-made", "Halvorsen-built". */
    private static boolean hyphenedTo(AnnotatedSentence sentence, Token last, Token participle) {
        return participle.index() == last.index() + 2 && sentence.token(last.index() + 1).text().equals("-");
    }

    /** Whether a verb of making has its maker in a "by" phrase: "built by X", "was designed by X". */
    private static boolean byAgent(AnnotatedSentence sentence, Token verb) {
        return sentence.children(verb).stream().map(sentence::relationToHead)
                .anyMatch(r -> r.equals("obl:agent") || r.equals("obl:by"));
    }

    /** Verbs of what a firm makes or sells as its line of business: "Zentrix makes payroll software". */
    private static final Set<String> MAKING_VERBS = Set.of("make", "build", "produce", "sell", "develop", "design",
            "manufacture", "supply", "provide");

    /** Objects of those verbs that say nothing of a business: "sells shares", "makes mistakes", "builds bridges". */
    private static final Set<String> NOT_GOODS = Set.of("share", "stock", "stake", "bond", "mistake", "friend",
            "headline", "appearance", "comment", "remark", "point", "change", "decision", "call", "sense", "progress",
            "history", "money", "bridge", "case", "argument", "claim", "effort", "plan", "promise", "way", "time");

    /**
     * Whether a making verb's object is goods as a line of business: a bare plural or a noun with a kind before it
     * ("wind turbines", "payroll software", "frozen meals"), not a thing with a determiner or an owner ("makes a
     * point", "sells his shares"), nor one of {@link #NOT_GOODS}.
     */
    private static boolean goodsObject(AnnotatedSentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (!sentence.relationToHead(child).equals("obj") || !child.pos().startsWith("NN")
                    || child.pos().startsWith("NNP") || NOT_GOODS.contains(lemma(child))) {
                continue;
            }
            List<String> under = sentence.children(child).stream().map(sentence::relationToHead).toList();
            boolean bare = under.stream().noneMatch(r -> r.equals("det") || r.equals("nmod:poss") || r.equals("nummod"));
            boolean kind = child.pos().equals("NNS") || under.contains("compound") || under.contains("amod");
            return bare && kind;
        }
        return false;
    }

    /**
     * Whether the NER's tags let a name be a publication where the words say it is one: an organisation, a
     * miscellaneous name or none; or one word alone it calls a person ("told Forbes", "Forbes reported"), as the NER
     * takes many a one-word title for a surname. A person's surname after the full name keeps the person's type: the
     * short form joins the person and leaves this cue behind (EntityRecognizer).
     */
    private static boolean sourceByNer(List<Token> tokens, int first, int last) {
        return tokens.subList(first, last).stream().allMatch(t -> t.ner().matches("ORGANIZATION|MISC|O"))
                || last - first == 1 && tokens.get(first).ner().equals("PERSON");
    }

    /**
     * Whether the NER called a name a place from its shape alone ("location", none of its lists of cities, countries,
     * states): after "according to", where places rarely stand, such a name is a source ("according to Ars Technica").
     */
    private static boolean guessedPlace(List<Token> tokens, int first, int last) {
        return tokens.subList(first, last).stream().allMatch(t -> t.ner().equals("LOCATION"));
    }

    /**
     * Pieces of news whose "in" or "with" names where they ran: "a report in X", "an interview with X" (a
     * publication or broadcaster, an organisation, whatever a brand list guessed).
     */
    static final Set<String> PUBLISHED_PIECES = Set.of("report", "article", "story", "interview", "column",
            "editorial", "op-ed", "piece", "feature", "commentary", "broadcast", "issue", "edition");

    /**
     * A publication or broadcaster by what it does: where a report ran ("according to a report in X", "in an
     * interview with X"), who wrote it ("a report by X", unless the NER says person) or whom a source told ("he told
     * X"); a name the NER calls a person stays one ("told Lund").
     */
    private static Cue publicationCue(List<Token> tokens, int first, int last, Token governor, String relation,
                                      String lemma, boolean listedElsewhere) {
        // "a report by X": who wrote a piece is a person or a publication, never a place, whatever the NER guessed
        if (relation.equals("nmod:by") && governor.pos().startsWith("NN") && PUBLISHED_PIECES.contains(lemma)
                && Character.isLowerCase(governor.text().charAt(0)) && looksNamed(tokens, first, last)
                && !personLike(tokens, first, last) && !placeListedByNer(tokens, first, last)
                && tokens.subList(first, last).stream().allMatch(t -> t.ner().matches("ORGANIZATION|MISC|O|LOCATION"))) {
            return new Cue(EntityType.ORGANIZATION, "publication-of-piece");
        }
        if (!sourceByNer(tokens, first, last) && !(listedElsewhere && guessedPlace(tokens, first, last))
                || personLike(tokens, first, last) || !looksNamed(tokens, first, last)) {
            return null;
        }
        boolean piece = governor.pos().startsWith("NN") && Character.isLowerCase(governor.text().charAt(0))
                && PUBLISHED_PIECES.contains(lemma) && relation.matches("nmod:(?:in|with)")
                && !(lemma.equals("interview") && relation.equals("nmod:in"));
        boolean told = governor.pos().startsWith("VB") && lemma.equals("tell") && relation.matches("obj|iobj");
        return piece || told ? new Cue(EntityType.ORGANIZATION, piece ? "publication-of-piece" : "news-source") : null;
    }

    /**
     * What the noun or verb a name hangs from says of a product: "the ChatGPT maker" (whatever the NER says), and for
     * a name the NER did not type: "to operate ChatGPT", "Azure services", "the Galaxy smartphone", "Microsoft's
     * Azure clients".
     */
    private static Cue productCue(AnnotatedSentence sentence, List<Token> tokens, int first, int last, Token governor,
                                  String relation) {
        String lemma = lemma(governor);
        boolean commonNoun = governor.pos().startsWith("NN") && Character.isLowerCase(governor.text().charAt(0));
        // "ChatGPT maker OpenAI" is parsed either as compounds of "maker" or as compounds of "OpenAI" side by side
        boolean makerAfter = last < tokens.size() && MAKER_NOUNS.contains(lemma(tokens.get(last)))
                && sentence.head(tokens.get(last)) != null && sentence.head(tokens.get(last)).index() == governor.index() && sentence.relationToHead(tokens.get(last)).equals("compound");
        if (relation.equals("compound") && (commonNoun && MAKER_NOUNS.contains(lemma) || makerAfter)
                && !tokens.get(last - 1).ner().matches("PERSON|LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE|NATIONALITY")) {
            return new Cue(EntityType.PRODUCT, "compound-of-maker");
        }
        if (relation.equals("nmod:of") && commonNoun && MAKER_NOUNS.contains(lemma)
                && !tokens.get(last - 1).ner().matches("PERSON|LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE|NATIONALITY")) {
            return new Cue(EntityType.PRODUCT, "of-maker");
        }
        // "sold a million copies of Moonforge": what copies are sold of is a game, a book, an album or software,
        // whatever the NER guessed from the name's shape (not a name it calls a person: "copies of Lund's letter")
        if (relation.equals("nmod:of") && commonNoun && lemma.equals("copy")
                && tokens.subList(first, last).stream().noneMatch(t -> t.ner().equals("PERSON"))
                && !personLike(tokens, first, last)) {
            return new Cue(EntityType.PRODUCT, "copies-of");
        }
        // "the Zephyr's maker" (not "Halvorsen's designer": only makers, and only of what the NER left unnamed)
        if (relation.equals("nmod:poss") && commonNoun && (lemma.equals("maker") || lemma.equals("manufacturer"))
                && unnamedByNer(tokens, first, last)) {
            return new Cue(EntityType.PRODUCT, "possessor-of-maker");
        }
        // "ten Zephyrliner jets": a name the NER took for a person's, modifying a product noun, is the product's
        if (relation.equals("compound") && commonNoun && NounKinds.product(lemma) && governor.index() > tokens.get(last - 1).index()
                && tokens.subList(first, last).stream().allMatch(t -> t.ner().equals("PERSON"))
                && !personLike(tokens, first, last) && looksNamed(tokens, first, last)) {
            return new Cue(EntityType.PRODUCT, "compound-of-product-noun");
        }
        // "Ford will stop making the Fiesta", "resumed building the Leaf": what a maker stops or starts making is its
        // model, whatever the NER guessed from the name (a place's, a brand's); a place is not made so
        if (relation.equals("obj") && "VBG".equals(governor.pos()) && MADE_VERBS.contains(lemma)
                && sentence.head(governor) != null && MAKING_PHASES.contains(lemma(sentence.head(governor)))
                && "xcomp".equals(sentence.relationToHead(governor))
                && sentence.children(tokens.get(last - 1)).stream().anyMatch(c -> c.text().equalsIgnoreCase("the")
                        && sentence.relationToHead(c).equals("det"))
                && tokens.subList(first, last).stream().noneMatch(t -> t.ner().equals("PERSON"))
                && !personLike(tokens, first, last) && looksNamed(tokens, first, last)) {
            return new Cue(EntityType.PRODUCT, STOPPED_OR_STARTED_MAKING);
        }
        if (placeNamedModel(sentence, tokens, first, last, governor, relation)) {
            return new Cue(EntityType.PRODUCT, PLACE_NAMED_MODEL);
        }
        if (!unnamedByNer(tokens, first, last) || personLike(tokens, first, last) || !looksNamed(tokens, first, last)) {
            return null;
        }
        if (relation.equals("obj") && governor.pos().startsWith("VB") && SERVICE_VERBS.contains(lemma)) {
            return new Cue(EntityType.PRODUCT, "object-of-service-verb");
        }
        // "Marrak Foods makes Crunchwell", "stopped making Crunchwell": what a maker makes, when nothing says the
        // verb makes something else of it ("built Brindle into a giant", "made Tarrow its base")
        if (relation.equals("obj") && governor.pos().startsWith("VB") && MADE_VERBS.contains(lemma)
                && sentence.children(governor).stream().map(sentence::relationToHead)
                .noneMatch(r -> r.matches("xcomp|iobj|obl:into|obl:as"))) {
            return new Cue(EntityType.PRODUCT, OBJECT_OF_MAKING);
        }
        // "Crunchwell was developed by Marrak Foods": the passive of making with its maker
        if (relation.equals("nsubj:pass") && governor.pos().startsWith("VB") && MADE_VERBS.contains(lemma)
                && byAgent(sentence, governor)) {
            return new Cue(EntityType.PRODUCT, MADE_BY);
        }
        // "production of Crunchwell", "deliveries of the Orla", "the recall of Trevis": what is made and shipped
        if (relation.equals("nmod:of") && commonNoun && OUTPUT_NOUNS.contains(lemma)) {
            return new Cue(EntityType.PRODUCT, "of-output-noun");
        }
        // "the app runs on Vexos", "software that runs on Zephyr phones": what software runs on is a platform
        if (relation.matches("obl:on|nmod:on") && governor.pos().startsWith("VB") && lemma.equals("run")) {
            return new Cue(EntityType.PRODUCT, "platform-run-on");
        }
        boolean operatingSystem = lemma.equals("system")
                && sentence.children(governor).stream().anyMatch(c -> c.text().equalsIgnoreCase("operating"));
        // "an all-Airbus fleet" is one maker's make, not a product named Airbus
        boolean allOf = sentence.children(tokens.get(last - 1)).stream().anyMatch(c -> c.text().equalsIgnoreCase("all"));
        // "recalling 30,000 Verro SUVs": a kind of product written in capitals is a product noun all the same
        boolean acronymKind = governor.pos().startsWith("NN") && PRODUCT_ACRONYMS.contains(governor.text());
        if (relation.equals("compound") && (commonNoun || acronymKind) && !allOf
                && (NounKinds.product(lemma) || PRODUCT_HEADS.contains(lemma) || operatingSystem || acronymKind)) {
            boolean owned = sentence.children(governor).stream().anyMatch(c -> c.ner().equals("ORGANIZATION")
                    && sentence.relationToHead(c).equals("nmod:poss"));
            // "Wealth Management clients", "the Managed Care, Medicare and Medicaid programs" (10-K notes of two
            // filers): a business line's clients and a public scheme's programmes are named so as often as a
            // product's; such a noun makes a product only where a company owns it ("Halvorsen's Zephyr clients", "its
            // Ploto design program")
            boolean itsOwn = sentence.children(governor).stream().anyMatch(c -> c.text().equalsIgnoreCase("its")
                    && sentence.relationToHead(c).equals("nmod:poss"));
            if (!owned && !itsOwn && SHARED_HEADS.contains(lemma) && !NounKinds.product(lemma)) {
                return null;
            }
            // "its Northeast services", "its Midwest routes": a region a firm serves is no product of its (s39-orders
            // B, s40-relations probes: "Northeast productOf Amtrak")
            if (region(tokens, first, last)) {
                return null;
            }
            return new Cue(EntityType.PRODUCT, owned ? "compound-of-company's-noun" : "compound-of-product-noun");
        }
        return null;
    }

    /**
     * Whether the words are written as a name, not as a noun in capitals: proper nouns, the NER's "miscellaneous"
     * names, or capitalised inside the sentence; an acronym the tagger calls a common noun ("AI", "IT") is not.
     */
    private static boolean looksNamed(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) {
            Token token = tokens.get(k);
            if (k > first && token.text().matches("\\d+(?:\\.\\d+)*[A-Za-z]{0,3}|\\p{Lu}{1,2}\\d{1,4}[a-z]{0,3}")) {
                continue; // a version or model number after the name: "Safari 4.0", "Windows 7", "Zephyr X5"
            }
            boolean capitalised = Character.isUpperCase(token.text().charAt(0)) || token.text().matches("\\p{Ll}\\p{Lu}.*");
            boolean named = token.pos().startsWith("NNP") || token.ner().equals("MISC")
                    || k > 0 && !token.text().equals(token.text().toUpperCase(Locale.ROOT));
            if (!capitalised || !named) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a name has the marks of a product rather than of a place or a unit ("Microsoft's Azure", "Apple's
     * iTunes", "Boeing's 747", not "Airbus' Delivery Center"): the NER's "miscellaneous" tag, a capital inside a word,
     * or a model code.
     */
    private static boolean productShaped(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) {
            Token token = tokens.get(k);
            if (token.ner().equals("MISC") || token.text().matches(".*\\p{Ll}\\p{Lu}.*")
                    || CODE.matcher(token.text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the NER left every token of a name untyped or "miscellaneous" (where products land). */
    private static boolean unnamedByNer(List<Token> tokens, int first, int last) {
        for (int k = first; k < last; k++) {
            if (!tokens.get(k).ner().matches("O|MISC|NUMBER")) {
                return false;
            }
        }
        return true;
    }

    /** "rolled out the Zephyr X5": "roll" with the particle "out" is a launch ("rolled the dice" is not). */
    private static boolean rolledOut(AnnotatedSentence sentence, Token verb, String lemma) {
        return lemma.equals("roll") && sentence.children(verb).stream()
                .anyMatch(c -> sentence.relationToHead(c).equals("compound:prt") && c.text().equalsIgnoreCase("out"));
    }

    /**
     * A common noun for what only a person is ({@link #PERSON_ROLES}), as the head of an apposition: "the chief
     * executive", "the company's founder", "a spokeswoman for X" (not "the executive search firm": its head is "firm").
     */
    private static boolean personRole(Token noun) {
        return noun.pos().startsWith("NN") && Character.isLowerCase(noun.text().charAt(0))
                && PERSON_ROLES.contains(lemma(noun));
    }

    /**
     * Whether a noun is a kind of organisation ({@code coref/organisation-nouns.txt}) written as a common noun: the
     * name in apposition to it is that organisation ("Lund's startup, Quillon, raised", "its parent company, Ostara").
     * Not the roles one organisation plays for another ("his partner, Lund"): a person plays them too.
     */
    private static boolean organizationKind(Token noun) {
        return noun.pos().startsWith("NN") && Character.isLowerCase(noun.text().charAt(0))
                && (org.newsgraph.extract.coref.Coreference.organisationNouns().contains(lemma(noun))
                || ORGANIZATION_ONLY_ROLES.contains(lemma(noun)));
    }

    /**
     * Whether a noun is a kind of organisation whose hyphen the tokenizer split ("a farm-software start-up": "start",
     * "-", "up"), read as the whole word ({@code coref/organisation-nouns.txt}: "start-up", "spin-off").
     */
    private static boolean splitOrganizationKind(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().startsWith("NN") && !noun.pos().equals("RP") && !noun.pos().equals("RB")
                || !Character.isLowerCase(noun.text().charAt(0))) {
            return false;
        }
        String word = TradeAppositions.hyphenated(sentence, noun);
        return word.contains("-") && (org.newsgraph.extract.coref.Coreference.organisationNouns().contains(word)
                || ORGANIZATION_ONLY_ROLES.contains(word));
    }

    /** Roles only an organisation plays for another: "its subsidiary, Brannock,", "X's main supplier, Kettleby,". */
    private static final Set<String> ORGANIZATION_ONLY_ROLES = Set.of("subsidiary", "affiliate", "division", "unit",
            "supplier", "acquirer", "spin-off", "spinoff");

    /**
     * Kinds of organisation that are people's jobs too ("the producer, Lund"): their apposition is an organisation only
     * where the NER did not take it for a person.
     */
    private static final Set<String> PEOPLE_TOO = Set.of("developer", "producer", "publisher", "broker", "operator",
            "distributor", "wholesaler", "giant", "behemoth", "maker", "provider", "supplier", "miner", "brewer");

    /**
     * Whether a title stands before the name ("Mr", "chief executive", "head of research Kaia Lund"); not the same word
     * as a verb ("will head Tarvex", "chairs Ostara": what one heads is an organisation).
     */
    private static boolean personLike(List<Token> tokens, int first, int last) {
        return PERSON_TITLES.contains(lower(tokens, first - 1)) && !String.valueOf(tokens.get(first - 1).pos()).startsWith("VB")
                && !afterModalOrTo(tokens, first - 1);
    }

    /**
     * Whether a title word follows a modal or an infinitive's "to", so that it is the verb the tagger took for a noun:
     * "Hale will chair ReCell", "she is to head Brenmoor" (the name after it is what is chaired or headed, no person).
     */
    private static boolean afterModalOrTo(List<Token> tokens, int title) {
        if (title < 1) {
            return false;
        }
        String pos = String.valueOf(tokens.get(title - 1).pos());
        return pos.equals("MD") || pos.equals("TO");
    }

    /**
     * Whether a copula's noun says that its subject is a product: "the Zephyr X2 is a phone", "A and B are two types of
     * expendable rocket" (the verb "be" with a product noun, or a kind noun whose "of" is one).
     */
    private static boolean productKind(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().startsWith("NN") || !Character.isLowerCase(noun.text().charAt(0))
                || sentence.children(noun).stream().noneMatch(c -> sentence.relationToHead(c).equals("cop"))) {
            return false;
        }
        String lemma = lemma(noun);
        if (NounKinds.product(lemma) || APPOSED_PRODUCT_NOUNS.contains(lemma)) {
            return true;
        }
        return KIND_NOUNS.contains(lemma) && sentence.children(noun).stream()
                .anyMatch(c -> sentence.relationToHead(c).equals("nmod:of") && Character.isLowerCase(c.text().charAt(0))
                        && (NounKinds.product(lemma(c)) || APPOSED_PRODUCT_NOUNS.contains(lemma(c))));
    }

    /** The kind a common noun names: "rivals" organisations, "drugs" products. */
    private static EntityType kindOf(String lemma) {
        if (NounKinds.organisation(lemma) || EXAMPLE_ORGANIZATION_NOUNS.contains(lemma)) {
            return EntityType.ORGANIZATION;
        }
        return NounKinds.product(lemma) ? EntityType.PRODUCT : null;
    }

    /** A common noun with "other" before it ("other enterprise software") names the kind of what it is joined to. */
    private static EntityType otherKind(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().startsWith("NN") || !Character.isLowerCase(noun.text().charAt(0))) {
            return null;
        }
        boolean other = sentence.children(noun).stream().anyMatch(c -> c.text().equalsIgnoreCase("other"));
        return other ? kindOf(lemma(noun)) : null;
    }

    private static String lemma(Token token) {
        return (token.lemma() == null ? token.text() : token.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The words of tokens {@code [first, last)} as written: a space only where the text has one. */
    static String joined(List<Token> tokens, int first, int last) {
        StringBuilder out = new StringBuilder();
        for (int k = first; k < last; k++) {
            if (k > first && tokens.get(k).start() > tokens.get(k - 1).end()) {
                out.append(' ');
            }
            out.append(tokens.get(k).text());
        }
        return out.toString();
    }

    private static Cue fromSurface(AnnotatedSentence sentence, List<Token> tokens, int first, int last) {
        String before = lower(tokens, first - 1);
        String before2 = lower(tokens, first - 2);
        int after = last;
        if (after < tokens.size() && (lower(tokens, after).equals("'s") || lower(tokens, after).equals("’s")
                || lower(tokens, after).equals("'"))) {
            after++;
        }
        String next = lower(tokens, after);
        // "sold in Toymart stores across Europe": a name written before the shops it runs is a retailer's, whatever
        // place the NER guessed from its shape; not a place on the NER's own lists ("Paris shops"), not after a
        // possessive ("its Leeds stores"), not a street's or a centre's name (a facility's cue comes first)
        if (RETAIL_OUTLETS.contains(next) && after == last && properName(tokens.get(last - 1))
                && !placeListedByNer(tokens, first, last) && !ownedBefore(tokens, first)
                && !personLike(tokens, first, last) && !tokens.get(first).text().matches("\\p{Ll}.*")
                && !SHOPPING_SITES.contains(tokens.get(last - 1).text())) {
            return new Cue(EntityType.ORGANIZATION, RETAILER_OF_OUTLETS);
        }
        // "the Dalton family", "the Ferrada family, which holds 38%": the people of that surname, whatever a place or a
        // firm the surname also names
        if (FAMILY_NOUNS.contains(next) && after == last && properName(tokens.get(last - 1))
                && tokens.subList(first, last).stream().allMatch(t -> Character.isUpperCase(t.text().codePointAt(0)))) {
            return new Cue(EntityType.PERSON, FAMILY);
        }
        if (ORGANIZATION_ATTRIBUTES.contains(next) && properName(tokens.get(last - 1))
                && !(next.equals("chief") && !lower(tokens, after + 1).matches(
                "executive|financial|operating|technology|scientist"))
                && !(SITED_ATTRIBUTES.contains(next) && (ownedBefore(tokens, first) || placeByNer(tokens, first, last)))
                && !(listedPlace(tokens, first, last) && !LEGAL_SUFFIXES.contains(next))
                && !namedToTitle(tokens, first, next)) {
            return new Cue(EntityType.ORGANIZATION, "attribute-after");
        }
        if (next.equals("-") && lower(tokens, after + 1).matches("based|headquartered")) {
            return new Cue(EntityType.PLACE, "place-based");
        }
        if (next.equals("-") && after == last && OWNING_PARTICIPLES.contains(lower(tokens, after + 1))
                && Character.isUpperCase(tokens.get(first).text().charAt(0))
                && tokens.subList(first, last).stream().allMatch(t -> t.ner().matches("O|MISC|ORGANIZATION"))
                && (properName(tokens.get(last - 1)) || looksNamed(tokens, first, last))) {
            return new Cue(EntityType.ORGANIZATION, "owner-before-hyphen");
        }
        if (before.matches("based|headquartered") && before2.equals("-") || before.matches(".+-(?:based|headquartered)")) {
            return new Cue(EntityType.ORGANIZATION, "based-organization");
        }
        // "a software called X", not "Brindle Software named X its chief executive" (a name's last word naming)
        if (NAMING_WORDS.contains(before) && kindOf(before2) != null && first >= 2
                && !properName(tokens.get(first - 2))) {
            return new Cue(kindOf(before2), "kind-called");
        }
        if ((PREPOSITIONS_BEFORE_ORGANIZATION.contains(before2 + " " + before)
                || PREPOSITIONS_BEFORE_ORGANIZATION.contains(before) && !before.equals("rival"))
                && !region(tokens, first, last) && !(before.equals("by") && fullPersonName(tokens, first, last))
                && !listingPlace(tokens, first, last)
                && !(listedPlace(tokens, first, last) && after < tokens.size() && tokens.get(after).pos().matches("NNS?"))) {
            // not a region the NER only guesses as a location: "a stake in Scandinavia's largest ferry line"; not a
            // person's full name by the NER, whom a firm is owned or controlled by too ("controlled by Piotr Wasik");
            // nor a listed place that only modifies the noun after it: "bought by US investors"
            return new Cue(EntityType.ORGANIZATION, "organization-verb-before");
        }
        if (before.equals("with") && competesBefore(tokens, first - 1) && !personLike(tokens, first, last)
                && !placeListedByNer(tokens, first, last) && !fullPersonName(tokens, first, last)) {
            // "competes head-on with easyJet", "competes directly with X": what a firm competes with is a firm
            return new Cue(EntityType.ORGANIZATION, "organization-verb-before");
        }
        if (before.matches("in|at") && before2.matches("based|headquartered")) {
            return new Cue(EntityType.PLACE, "based-in");
        }
        boolean lowerBefore = first >= 1 && Character.isLowerCase(tokens.get(first - 1).text().charAt(0));
        // "Carmaker Lindqvist will build": the sentence's opening kind noun, capitalised by its position; not a noun
        // of people too before a person's full name by the NER ("the investor Casimir Wendt", "Lender Ada Byrne")
        // (a noun of organisations only at the sentence's start says what any name after it is: "Airline Brevik cut")
        if ((lowerBefore && NounKinds.organisation(before, tokens.get(first - 1).pos())
                || LeadingKindWords.openingOrganizationNoun(tokens, first))
                && !(NounKinds.person(before) && fullPersonName(tokens, first, last))) {
            return new Cue(EntityType.ORGANIZATION, "organization-noun-before");
        }
        if (before.matches("at|for") && JOB_NOUNS.contains(before2)) {
            return new Cue(EntityType.ORGANIZATION, "employer-of-job");
        }
        if (appositionAfterProductNoun(tokens, first, last)) {
            return new Cue(EntityType.PRODUCT, "apposition-to-product-noun");
        }
        if (lowerBefore && NounKinds.product(before, tokens.get(first - 1).pos())) {
            return new Cue(EntityType.PRODUCT, "product-noun-before");
        }
        if (PLACE_NOUNS.contains(next) || PLACE_NOUNS.contains(lower(tokens, after + 1))
                && tokens.get(Math.min(after, tokens.size() - 1)).pos().startsWith("JJ")) {
            return new Cue(EntityType.PLACE, "place-noun-after");
        }
        if (personLike(tokens, first, last)) {
            return new Cue(EntityType.PERSON, "title-before");
        }
        if (next.equals(",") && lower(tokens, after + 2).equals("by")
                && lower(tokens, after + 1).matches("owned|controlled|backed|run")) {
            return new Cue(EntityType.ORGANIZATION, "owned-by-apposition");
        }
        // "according to X, the device overheats": the noun after the comma is the sentence's, not X's apposition
        if (next.equals(",") && !(before.equals("to") && before2.equals("according"))) {
            EntityType apposition = apposition(tokens, after + 1);
            if (apposition != null) {
                return new Cue(apposition, APPOSITION);
            }
        }
        if (verbOfSubject(sentence, tokens, first, last) != null) {
            return new Cue(EntityType.ORGANIZATION, SUBJECT_OF_ORGANIZATION_VERB);
        }
        if (ownerCalledIts(sentence, tokens, first, last)) {
            return new Cue(EntityType.ORGANIZATION, OWNER_CALLED_ITS);
        }
        if (foundedObject(sentence, tokens, last)) {
            return new Cue(EntityType.ORGANIZATION, FOUNDED);
        }
        if (compoundOfOrganizationNoun(sentence, tokens, first, last)) {
            return new Cue(EntityType.ORGANIZATION, COMPOUND_OF_ORGANIZATION_NOUN);
        }
        if (conjunctOfOrganization(sentence, tokens, first, last)) {
            return new Cue(EntityType.ORGANIZATION, "conjunct-of-organization");
        }
        return listedUnderOrganisationNoun(sentence, tokens, first, last)
                ? new Cue(EntityType.ORGANIZATION, "listed-under-organization-noun") : null;
    }

    /**
     * A later name of a list that a plural noun of organisations introduces ("the supermarket chains Harlow Stores,
     * Pennock and Brightwell", "counts the airlines Brenmoor Air and Ardesco among its customers"): the noun says what
     * each listed name is, whatever the NER guessed from a later name's shape. The list is the parse's coordination
     * (the first name heads the conjuncts); the noun stands right before the first name, lower case, plural, a kind of
     * organisation and no noun of people too ("the investors A and B", "the brothers A and B"); neither name owned.
     */
    private static boolean listedUnderOrganisationNoun(AnnotatedSentence sentence, List<Token> tokens, int first,
                                                        int last) {
        if (sentence.dependencies().isEmpty() || !Character.isUpperCase(tokens.get(first).text().charAt(0))) {
            return false;
        }
        int offset = tokens.get(0).index();
        int from = tokens.get(first).index();
        int to = tokens.get(last - 1).index() + 1;
        for (org.newsgraph.nlp.Dependency edge : sentence.dependencies()) {
            if (!edge.relation().startsWith("conj") || edge.governor() < 0 || edge.governor() >= from
                    || edge.dependent() < from || edge.dependent() >= to) {
                continue;
            }
            Token head = sentence.token(edge.governor());
            int start = head.index() - offset;
            while (start > 0 && tokens.get(start - 1).pos().startsWith("NNP")) {
                start--;
            }
            if (start < 1 || !tokens.get(start).pos().startsWith("NNP")) {
                continue;
            }
            Token noun = tokens.get(start - 1);
            if (noun.pos().equals("NNS") && Character.isLowerCase(noun.text().charAt(0))
                    && NounKinds.organisation(lemma(noun)) && !NounKinds.person(lemma(noun))
                    && !owned(sentence, head) && !owned(sentence, sentence.token(edge.dependent()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "its new desktop operating system, Zephyr OS, and ...": a name set off by commas right after a product noun that
     * a determiner or an owner introduces, where the parser attached the name elsewhere (the parse's apposition is read
     * first); "the plane, Lund said" is a speaker, not an apposition, as no comma closes it.
     */
    private static boolean appositionAfterProductNoun(List<Token> tokens, int first, int last) {
        String noun = lower(tokens, first - 2);
        if (!lower(tokens, first - 1).equals(",") || !lower(tokens, last).matches(",|\\.|\\)")
                || !(first >= 2 && NounKinds.product(noun, tokens.get(first - 2).pos())) && !APPOSED_PRODUCT_NOUNS.contains(noun)
                || !Character.isLowerCase(tokens.get(first - 2).text().charAt(0))) {
            return false;
        }
        for (int k = first - 3; k >= Math.max(0, first - 6); k--) {
            String word = lower(tokens, k);
            if (DETERMINERS.contains(word) || word.matches("'s|’s|our|your")) {
                return true;
            }
            if (!tokens.get(k).pos().matches("JJ.*|NN|VBG|VBN")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word has an owner ("Boeing's Delta IV"): what a company has is rarely a company. */
    private static boolean owned(AnnotatedSentence sentence, Token token) {
        return sentence.children(token).stream().anyMatch(c -> sentence.relationToHead(c).equals("nmod:poss"));
    }

    /**
     * A name the NER left untyped, coordinated with one it calls an organisation ("Best Buy and Zorvex at 6 percent
     * each"): things listed together are of a kind, unless either is owned ("X's Atlas V and Y's Delta IV"). Not a
     * lone plural noun, which names a class ("Verizon Communications Inc. and Subsidiaries", "the Laboratory Products
     * and Services segment"), nor a name whose capitalised word before it was left out of it, a fragment ("Managed
     * Care, Medicare and Medicaid"): on KPI-EDGAR train (VZ, TMO, JNJ) the rule was wrong there 6 times of 6.
     */
    private static boolean conjunctOfOrganization(AnnotatedSentence sentence, List<Token> tokens, int first, int last) {
        if (sentence.dependencies().isEmpty()) {
            return false;
        }
        if (last - first == 1 && tokens.get(first).pos().matches("NNPS|NNS")) {
            return false;
        }
        if (first > 0 && Character.isUpperCase(tokens.get(first - 1).text().charAt(0))
                && tokens.get(first - 1).pos().matches("NN.*|JJ.*|VB.*")) {
            return false;
        }
        for (int k = first; k < last; k++) {
            if (!tokens.get(k).ner().equals("O")) {
                return false;
            }
        }
        int from = tokens.get(first).index();
        int to = tokens.get(last - 1).index() + 1;
        for (org.newsgraph.nlp.Dependency edge : sentence.dependencies()) {
            if (!edge.relation().startsWith("conj") || edge.governor() < 0) {
                continue;
            }
            boolean governorIn = edge.governor() >= from && edge.governor() < to;
            boolean dependentIn = edge.dependent() >= from && edge.dependent() < to;
            if (governorIn != dependentIn) {
                Token other = sentence.token(governorIn ? edge.dependent() : edge.governor());
                Token own = sentence.token(governorIn ? edge.governor() : edge.dependent());
                if (other.ner().equals("ORGANIZATION") && !owned(sentence, other) && !owned(sentence, own)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A name that modifies a kind of organisation ("the ZMEX and ZRTS exchanges", "the Nordhav insurance company"), where
     * the NER saw no place or person in it ("the Detroit carmaker" is a carmaker from Detroit), and the noun is not
     * one a product's name modifies too (roles, makers, operators: "the iPhone maker", "A380 customers"). A noun with
     * "a" or "an" is one of a kind, not a firm the name names: "a Leeds law firm", "a Cambridge company", "an Austin
     * start-up" say where the firm is.
     */
    private static boolean compoundOfOrganizationNoun(AnnotatedSentence sentence, List<Token> tokens, int first, int last) {
        if (sentence.dependencies().isEmpty()) {
            return false;
        }
        for (int k = first; k < last; k++) {
            if (tokens.get(k).ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE|NATIONALITY|PERSON")) {
                return false;
            }
        }
        Token token = tokens.get(last - 1);
        Token head = sentence.head(token);
        // through the nouns of its trade: "the X insurance company", "the X software group" (a few steps at most);
        // not from a brand ("Apple's iPod music business" is a line of business) nor from the tail of a longer name
        boolean climbs = !BRAND_OR_CODE.matcher(joined(tokens, first, last)).matches()
                && (first == 0 || !tokens.get(first - 1).pos().startsWith("NNP"));
        int steps = 0;
        for (; climbs && steps < 3 && head != null && sentence.relationToHead(token).equals("compound")
                && head.pos().startsWith("NN") && Character.isLowerCase(head.text().charAt(0))
                && !ORGANIZATION_NOUNS.contains(lemma(head)); steps++) {
            token = head;
            head = sentence.head(token);
        }
        if (steps > 0 && head != null && lemma(head).equals("business")) {
            return false;
        }
        return head != null && sentence.relationToHead(token).equals("compound") && head.index() > token.index()
                && Character.isLowerCase(head.text().charAt(0)) && ORGANIZATION_NOUNS.contains(lemma(head))
                && !ORGANIZATION_ROLES.contains(lemma(head)) && !MAKER_NOUNS.contains(lemma(head))
                && !USERS_OF_PRODUCTS.contains(lemma(head)) && !indefinite(sentence, head);
    }

    /** Whether a noun has the indefinite article: "a Leeds law firm" is some firm in Leeds. */
    private static boolean indefinite(AnnotatedSentence sentence, Token noun) {
        return sentence.children(noun).stream().anyMatch(child -> sentence.relationToHead(child).equals("det")
                && child.text().toLowerCase(Locale.ROOT).matches("an?"));
    }

    /** A brand's spelling ("iPod", "eBay") or a model code ("A380", "MRX-214"): a product's name more than a firm's. */
    private static final Pattern BRAND_OR_CODE = Pattern.compile(
            ".*\\p{Ll}\\p{Lu}.*|.*\\d.*");

    /** Kinds of organisation a product's name also modifies: "the A380 operator", "the iPhone supplier". */
    private static final Set<String> USERS_OF_PRODUCTS = Set.of("operator", "supplier", "provider", "distributor",
            "producer", "carrier", "network", "chain", "retailer", "publisher", "developer", "fund");

    /**
     * Attributes a company has at a place, so a name before them may be where they are rather than whose ("X's Oslo
     * headquarters", "its Detroit plants"): they make a name an organisation only where no owner comes before it and
     * the NER does not call it a place.
     */
    private static final Set<String> SITED_ATTRIBUTES = Set.of("headquarters", "employees", "staff", "workers",
            "stores", "factories", "plants", "deliveries", "customers", "clients", "revenue", "revenues", "unit",
            "division", "subsidiary");

    /**
     * Participles after a hyphen whose first half is who owns, backs or makes something ("a Halvorsen-owned
     * shipyard", "the Nordhav-backed startup"): written after a name the NER leaves untyped or calls a company, an
     * organisation (a person's or a place's name keeps the NER's type: "a state-backed bank", "a Qatar-backed fund").
     */
    static final Set<String> OWNING_PARTICIPLES = Set.of("owned", "backed", "controlled", "funded", "financed",
            "run", "operated", "built", "made", "designed", "sponsored");

    /**
     * Verbs whose subject, with no object, is a product coming to market: "the Zephyr X5 ships in June", "the
     * Quillpad launches next month", "the Vela debuts in Geneva" (with an object the subject is the company: "Ledgerly
     * ships the Quillpad").
     */
    static final Set<String> ARRIVING_VERBS = Set.of("ship", "launch", "debut");
    /** Verbs of the name goods reach buyers under: "sold as Kisunla", "marketed as Wegovy", "branded as Zyn". */
    static final Set<String> SOLD_AS_VERBS = Set.of("sell", "market", "brand", "rebrand", "badge");

    /**
     * What only an organisation has, so that its owner is one: "Halvorsen's board", "Halvorsen's Oslo headquarters",
     * "Nordhav's chief executive" (the NER often takes a made-up company's name for a person's).
     */
    static final Set<String> OWNED_BY_ORGANIZATIONS = Set.of("headquarters", "board", "shareholder", "subsidiary",
            "revenue", "profit", "earnings", "ceo", "cfo", "shareholders", "subsidiaries", "revenues", "profits",
            "executive", "founder", "co-founder", "chairman", "chairwoman", "employee", "supplier", "suppliers");

    /**
     * Verbs a news source is the subject of ("the Zeitung reported", "the Herald published"), as is the name after
     * "according to": a publication or a company, not a product, whatever a brand list guessed (the NER's person
     * of two words or more stays a person: "according to Kaia Lund"; so does a surname of the article's person).
     */
    static final Set<String> REPORTING_VERBS = Set.of("report", "publish", "broadcast");

    /** Verbs whose subject is what a price is asked for: "the Zentrox costs $499", "it retails for 300 euros". */
    static final Set<String> PRICE_VERBS = Set.of("cost", "retail");

    /**
     * Whether a price verb's only object is an amount of money ("costs $499", "retails for 300 euros"), not whom
     * something costs ("the strike cost Halvorsen $4 million": its subject is an event, not a product).
     */
    private static boolean pricedAlone(AnnotatedSentence sentence, Token verb) {
        boolean money = false;
        for (Token child : sentence.children(verb)) {
            String relation = sentence.relationToHead(child);
            if (relation.equals("iobj") || relation.equals("obj") && !child.ner().equals("MONEY")) {
                return false;
            }
            money |= child.ner().equals("MONEY") && relation.matches("obj|obl:for|obl:at");
        }
        return money;
    }

    /** Whether a verb has an object (active "Ledgerly ships the Quillpad", or a clause). */
    /** The rule that types what goes on sale: "the Zephyr X2 goes on sale in May". */
    static final String SUBJECT_ON_SALE = "subject-of-going-on-sale";

    /**
     * Whether the word a name is the subject of says it goes on sale: the verb "go" (or "come") with "on sale" ("will
     * go on sale in May"), or "sale" itself after "on" and a copula ("is on sale"). Not "for sale" (a firm can be
     * put up for sale), not "sale" with an "of" ("the sale of X").
     */
    static boolean onSale(AnnotatedSentence sentence, Token governor) {
        String lemma = lemma(governor);
        if (governor.pos().startsWith("VB") && (lemma.equals("go") || lemma.equals("come"))) {
            return sentence.children(governor).stream().anyMatch(c -> sentence.relationToHead(c).equals("obl:on")
                    && lemma(c).equals("sale"));
        }
        return lemma.equals("sale") && governor.pos().startsWith("NN")
                && sentence.children(governor).stream().anyMatch(c -> sentence.relationToHead(c).equals("case")
                        && c.text().equalsIgnoreCase("on"))
                && sentence.children(governor).stream().anyMatch(c -> sentence.relationToHead(c).equals("cop"));
    }

    private static boolean hasObject(AnnotatedSentence sentence, Token verb) {
        return sentence.children(verb).stream().anyMatch(c -> sentence.relationToHead(c).matches("obj|iobj|ccomp|xcomp"));
    }

    /** Verbs that give a person a title written right after the person's name: "appointed Tom Reed chief executive". */
    private static final Set<String> NAMING_VERBS = Set.of("appoint", "name", "elect", "promote", "make");

    /**
     * Whether the title after the name is one a naming verb or an honorific before the name gives the person ("it
     * appointed Tom Reed chief executive", "Mr Tom Reed chief executive"): there the name is no company whose chief
     * is meant.
     */
    private static boolean namedToTitle(List<Token> tokens, int first, String next) {
        if (!PERSON_TITLES.contains(next) || first == 0) {
            return false;
        }
        Token before = tokens.get(first - 1);
        String lemma = before.lemma() == null ? "" : before.lemma().toLowerCase(Locale.ROOT);
        return before.pos() != null && before.pos().startsWith("VB") && NAMING_VERBS.contains(lemma)
                || lower(tokens, first - 1).matches("mr\\.?|mrs\\.?|ms\\.?|dr\\.?");
    }

    /** Whether an owner stands right before the name: "Halvorsen's Oslo ...", "its Oslo ...". */
    private static boolean ownedBefore(List<Token> tokens, int first) {
        String before = lower(tokens, first - 1);
        return before.matches("'s|’s|'|its|their|his|her|our");
    }

    /**
     * Whether the NER read the whole name as a place and found it on its own place lists: a country's or a city's
     * people and money are the place's ("US investors", "UK shareholders", "China executives"), not a company's; only
     * a legal suffix after it names a firm ("Berlin AG").
     */
    private static boolean listedPlace(List<Token> tokens, int first, int last) {
        return placeByNer(tokens, first, last) && (placeListedByNer(tokens, first, last)
                || placeOnList(joined(tokens, first, last)));
    }

    /** Whether the bundled name lists hold these words, whole, as a place ("US", "United Kingdom", "Chile"). */
    private static boolean placeOnList(String name) {
        return Gazetteer.bundled().find(name).stream().anyMatch(m -> m.start() == 0 && m.end() == name.length()
                && m.entry().type() == EntityType.PLACE);
    }

    /**
     * Whether a verb of competing stands at most three words before the "with" at {@code with}, its manner between
     * them ("competes head-on with", "competes directly with", "vies fiercely with"); "competes with" itself is
     * {@link #PREPOSITIONS_BEFORE_ORGANIZATION}'s.
     */
    private static boolean competesBefore(List<Token> tokens, int with) {
        for (int k = with - 2; k >= Math.max(0, with - 4); k--) {
            Token token = tokens.get(k);
            if (token.pos().startsWith("VB") && lemma(token).matches("compete|vie")) {
                return true;
            }
            if (!token.pos().matches("RB|JJ|NN|HYPH") && !token.text().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /** The rule of a surname before "family": "the Dalton family" are people. */
    static final String FAMILY = "surname-of-family";

    /** Nouns for the people of one surname. */
    private static final Set<String> FAMILY_NOUNS = Set.of("family", "families", "dynasty", "clan");

    /** The legal forms of companies written after their names ("Inc.", "plc", "GmbH"). */
    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc",
            "llc", "ag", "gmbh", "co.");

    /** Whether the NER calls every word of a name a place. */
    private static boolean placeByNer(List<Token> tokens, int first, int last) {
        return tokens.subList(first, last).stream()
                .allMatch(t -> t.ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE"));
    }

    /**
     * Whether the NER found a name on its own place lists (a city, country, state or province), not only guessed
     * "location" from its shape, as it often does for an unknown company's name ("Brindle Mills").
     */
    private static boolean placeListedByNer(List<Token> tokens, int first, int last) {
        return tokens.subList(first, last).stream().anyMatch(t -> t.ner().matches("CITY|COUNTRY|STATE_OR_PROVINCE"));
    }

    /** The rule of what is founded: "he founded Zorvex", "Calverin was founded by two engineers". */
    static final String FOUNDED = "object-of-founding-verb";

    /** Verbs whose object is an organisation someone starts: "he founded Zorvex", "co-founded X in 1976". */
    private static final Set<String> FOUNDING_VERBS = Set.of("found", "co-found", "cofound", "establish", "incorporate");

    /** Whether the name's last word is the object of a founding verb (active or passive: "X was founded"). */
    private static boolean foundedObject(AnnotatedSentence sentence, List<Token> tokens, int last) {
        if (sentence.dependencies().isEmpty()) {
            return false;
        }
        Token token = tokens.get(last - 1);
        Token head = sentence.head(token);
        String relation = sentence.relationToHead(token);
        return head != null && head.pos().startsWith("VB") && (relation.equals("obj") || relation.equals("nsubj:pass"))
                && FOUNDING_VERBS.contains(lemma(head));
    }

    /**
     * Whether a word before "revenue", "shares", "CEO" is a name rather than a noun used as one: the tagger says
     * proper noun, or the NER marks a named thing ("AI revenue", "Net profit", "cloud revenue" are not companies).
     */
    private static boolean properName(Token token) {
        return token.pos().startsWith("NNP") || !token.ner().equals("O") && !token.ner().equals("MISC")
                && !token.ner().equals("NUMBER");
    }

    /** "X, the Munich-based carmaker", "X, a San Francisco startup", "X, 51,", "X, who", "X, which". */
    private static EntityType apposition(List<Token> tokens, int at) {
        String word = lower(tokens, at);
        if (word.matches("\\d{2}") && lower(tokens, at + 1).equals(",")) {
            return EntityType.PERSON;
        }
        if (word.equals("who")) {
            return EntityType.PERSON;
        }
        int from = at + 1;
        int owner = at;
        // an owner's name of up to four capitalised words before its possessive: "X, Korvath Mobile's latest phone"
        while (owner < tokens.size() && owner < at + 4 && !tokens.get(owner).text().isEmpty()
                && Character.isUpperCase(tokens.get(owner).text().charAt(0))
                && !lower(tokens, owner + 1).matches("'s|’s|'|’")) {
            owner++;
        }
        if (owner < tokens.size() && Character.isUpperCase(tokens.get(owner).text().charAt(0))
                && lower(tokens, owner + 1).matches("'s|’s|'|’")) {
            from = owner + 2;
        } else if (!DETERMINERS.contains(word)) {
            return null;
        }
        for (int k = from; k < Math.min(tokens.size(), at + 8); k++) {
            String w = lower(tokens, k);
            // the apposition's noun comes before its first preposition: "X, a spokeswoman for the carmaker" is no carmaker
            boolean preposition = !w.equals("of") && tokens.get(k).pos().matches("IN|TO");
            if (w.equals(",") || w.equals(".") || w.equals("of") && !lower(tokens, k - 1).equals("maker")
                    || w.equals("with") || w.equals("that") || w.equals("which") || preposition) {
                return null;
            }
            boolean nounEnds = k + 1 >= tokens.size() || !tokens.get(k + 1).pos().startsWith("NN");
            if (lower(tokens, k + 1).matches("'s|’s")) {
                // an owner ("X, the fund's chairman"): what it owns is the apposition's noun, not the owner
                k++;
                continue;
            }
            if (nounEnds && speaks(tokens, k + 1)) {
                return null; // "... 5.2% of GDP, the finance ministry said": the speaker of a speech frame, no apposition
            }
            if (PERSON_ROLES.contains(w) && nounEnds) {
                return EntityType.PERSON;
            }
            if (NounKinds.organisation(w, tokens.get(k).pos()) && nounEnds) {
                return EntityType.ORGANIZATION;
            }
            if (NounKinds.product(w, tokens.get(k).pos()) && nounEnds) {
                return EntityType.PRODUCT;
            }
            // "Vantic, the US streaming service", "Lumora, the video streaming service owned by ...": a kind of service
            // with no owner before it is the business that runs it ("X, Korvath's streaming service" is left alone)
            if (SERVICE_NOUNS.contains(w) && nounEnds && k > from && from == at + 1) {
                return EntityType.ORGANIZATION;
            }
        }
        return null;
    }

    /** Nouns for a business named by what it serves its users: "the ride-hailing service", "the payments platform". */
    private static final Set<String> SERVICE_NOUNS = Set.of("service", "platform");

    /** Whether the token at this index is a verb of saying ("said", "told"), by its lemma ({@code speech-verbs.txt}). */
    private static boolean speaks(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).pos().startsWith("VB")) {
            return false;
        }
        Token verb = tokens.get(at);
        String lemma = (verb.lemma() == null ? verb.text() : verb.lemma()).toLowerCase(Locale.ROOT);
        return org.newsgraph.extract.coref.Coreference.speechVerbs().contains(lemma);
    }

    /** Verbs of bringing a product to market, whose subject is then a company: "Meta launched Threads". */
    private static final Set<String> LAUNCH_VERBS = Set.of("launch", "unveil", "release", "introduce", "debut");

    /**
     * Whether a launch verb's object is a product: a capitalised noun the NER calls no person, place or date
     * ("launched Threads", "released Photoshop"), or a product noun ("unveiled a new phone"), not "launched an
     * inquiry".
     */
    private static boolean launchesProduct(AnnotatedSentence sentence, Token verb) {
        for (Token object : sentence.children(verb)) {
            if (!sentence.relationToHead(object).equals("obj")) {
                continue;
            }
            String noun = (object.lemma() == null ? object.text() : object.lemma()).toLowerCase(Locale.ROOT);
            // the tagger takes a name that is also a plural for a common noun ("Threads/NNS"): its capital says more
            boolean named = object.pos().startsWith("NN") && Character.isUpperCase(object.text().charAt(0))
                    && object.ner().matches("O|MISC|ORGANIZATION");
            if (named || NounKinds.product(noun, object.pos())) {
                return true;
            }
        }
        return false;
    }

    /** The subject of verbs that companies do ("Kessler employs 96,000 people", "Nordhav partnered with"). */
    private static EntityType verbOfSubject(AnnotatedSentence sentence, List<Token> tokens, int first, int last) {
        if (sentence.dependencies().isEmpty()) {
            return null;
        }
        for (int k = first; k < last; k++) {
            Token token = tokens.get(k);
            Token head = sentence.head(token);
            if (head != null && sentence.relationToHead(token).equals("nsubj:pass") && head.lemma() != null
                    && ACQUIRED_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
                return EntityType.ORGANIZATION; // "Quillon Data was acquired by X": what is acquired is a company
            }
            // "Meta launched Threads", "Vexa unveiled a new phone": who launches a product is its maker or seller, a
            // company; people launch campaigns and inquiries, so only a named product or a product noun counts
            if (head != null && sentence.relationToHead(token).equals("nsubj") && head.pos().startsWith("VB")
                    && head.lemma() != null && LAUNCH_VERBS.contains(head.lemma().toLowerCase(Locale.ROOT))
                    && launchesProduct(sentence, head) && !fullPersonName(tokens, first, last)
                    && tokens.subList(first, last).stream().noneMatch(t -> t.ner().equals("PERSON"))) {
                return EntityType.ORGANIZATION;
            }
            // people buy shares and hire lawyers too: a name the NER calls a person in full keeps its type
            if (head != null && sentence.relationToHead(token).startsWith("nsubj") && organizationVerb(sentence, head)
                    && !fullPersonName(tokens, first, last)) {
                return EntityType.ORGANIZATION;
            }
            // "Aksoy has agreed to buy a club", "Ferrand plans to acquire ...": the subject a control verb lends to
            // the company's verb it governs (enhanced++ "nsubj:xsubj"), not only the subject of the verb it heads
            for (Token verb : controlledVerbs(sentence, token)) {
                if (organizationVerb(sentence, verb) && !fullPersonName(tokens, first, last)) {
                    return EntityType.ORGANIZATION;
                }
            }
        }
        return null;
    }

    private static boolean organizationVerb(AnnotatedSentence sentence, Token verb) {
        String lemma = verb.lemma() == null ? null : verb.lemma().toLowerCase(Locale.ROOT);
        return lemma != null && ORGANIZATION_VERBS.contains(lemma)
                && !(ARRIVING_VERBS.contains(lemma) && !hasObject(sentence, verb));
    }

    /** The verbs whose subject a control or raising verb lends the token ("agreed to buy": buy). */
    private static List<Token> controlledVerbs(AnnotatedSentence sentence, Token subject) {
        return sentence.dependencies().stream()
                .filter(d -> d.dependent() == subject.index() && d.relation().equals("nsubj:xsubj") && d.governor() >= 0)
                .map(d -> sentence.token(d.governor())).toList();
    }

    /** The rule of a subject whose own object the sentence calls "its": "India's Mehrotra will sell its cancer drug". */
    static final String OWNER_CALLED_ITS = "owner-called-its";

    /**
     * Whether a name a country's possessive introduces ("India's Mehrotra", "Canada's Gagnon": news writes a firm so as
     * often as a sportsman or a minister) is the subject (or a control verb's lent subject) of a verb whose direct
     * object is "its" thing: "India's Mehrotra will sell its cancer drug". A person's own thing is "his" or "her", so
     * the "its" in the name's own clause is the name; "its" elsewhere (a reported clause, an object's conjunct, a
     * preposition's noun) may be another thing the article named before, and does not count. Without the place's
     * possessive the "its" may be a thing of the sentence before ("Morales praised its new stadium").
     */
    private static boolean ownerCalledIts(AnnotatedSentence sentence, List<Token> tokens, int first, int last) {
        if (sentence.dependencies().isEmpty() || fullPersonName(tokens, first, last) || personLike(tokens, first, last)
                || tokens.subList(first, last).stream().anyMatch(t -> t.ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE"))) {
            return false;
        }
        Token headWord = tokens.get(last - 1);
        boolean placePossessive = sentence.children(headWord).stream()
                .anyMatch(c -> sentence.relationToHead(c).equals("nmod:poss") && c.ner().matches("COUNTRY|LOCATION"));
        if (!placePossessive) {
            return false;
        }
        List<Token> verbs = new java.util.ArrayList<>(controlledVerbs(sentence, headWord));
        Token head = sentence.head(headWord);
        if (head != null && sentence.relationToHead(headWord).equals("nsubj")) {
            verbs.add(head);
        }
        for (Token verb : verbs) {
            if (!verb.pos().startsWith("VB")) {
                continue;
            }
            for (Token object : sentence.children(verb)) {
                if (sentence.relationToHead(object).equals("obj") && sentence.children(object).stream()
                        .anyMatch(c -> sentence.relationToHead(c).equals("nmod:poss") && c.text().equalsIgnoreCase("its"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
