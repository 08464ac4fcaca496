package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * Reads relations between entities from a sentence. Appositions and noun phrases ("TikTok, owned by ByteDance",
 * "Intuit CEO Sasan Goodarzi", "clients like Walmart and Intuit") are matched as patterns over the sentence with
 * each entity replaced by a typed placeholder; verbs ("G42 has partnered with OpenAI") through the dependency parse,
 * which finds their subject even across a long apposition.
 */
final class RelationFinder {

    private static final String ORG = "⟦O(\\d+)⟧";
    private static final String PER = "⟦P(\\d+)⟧";
    private static final String PLACE = "⟦L(\\d+)⟧";
    private static final String PROD = "⟦R(\\d+)⟧";
    private static final String ANY = "⟦[OPLR](\\d+)⟧";
    private static final String POSS = "(?:'s|’s|'|’)?";
    private static final String FILLER = "(?:(?!(?:from|for|with|at|in|on|to|by|and|or|of|that|which|who|counts|said|is|was)\\b)(?:[\\p{L}\\d'’-]+|⟦[LPR]\\d+⟧) ){0,5}?";
    private static final String ORG_NOUN = "(?:" + String.join("|", new java.util.TreeSet<>(TypeCues.ORGANIZATION_NOUNS))
            + "|cooperative|co-operative|company|fund|investor|partnership)";
    private static final String PRODUCT_NOUN = "(?:" + String.join("|", new java.util.TreeSet<>(TypeCues.PRODUCT_NOUNS)) + ")";
    private static final String SHARE = "(?:\\d+(?:\\.\\d+)?% )";
    private static final String LIST = "((?:⟦[OPLR]\\d+⟧)(?:(?:,? and |, |,? or )⟦[OPLR]\\d+⟧)*)";
    private static final String ROLE = "(chief executive officer|chief executive|CEO|chief financial officer|CFO|finance chief"
            + "|finance director|chief operating officer|COO|chief technology officer|CTO|chairman|chairwoman|chairperson"
            + "|chair|co-founder|founder|president|managing director|chief scientist|mayor|governor)";
    private static final Pattern PLACEHOLDER = Pattern.compile("⟦([OPLR])(\\d+)⟧");

    /** @param weak a reading that yields to a plain statement in the same sentence ("Danish" vs "based in Copenhagen") */
    private record Rule(Pattern pattern, String predicate, int subject, int object, boolean weak) {
    }

    private static final List<Rule> RULES = List.of(
            rule(ORG + ",? (?:which is |that is |is |was |a company |a business )?" + SHARE + "?(?:wholly |majority[- ])?(?:owned|controlled) by (?:the |its )?" + FILLER + ORG, "ownedBy", 1, 2),
            rule(ORG + ", (?:a|the|an) " + FILLER + "(?:unit|subsidiary|division|arm|affiliate) of " + FILLER + ORG, "ownedBy", 1, 2),
            rule(ORG + POSS + " " + FILLER + "(?:unit|subsidiary|division|arm),? " + ORG, "ownedBy", 2, 1),
            rule(ORG + " owns (?:a |an )?" + SHARE + "?(?:majority |controlling )?(?:of the |of its )?(?:shares|stake) (?:in|of) " + ORG, "ownedBy", 2, 1),
            rule(ORG + ",? (?:which is |that is |is |was |has been )?(?:based|headquartered) in " + PLACE, "basedIn", 1, 2),
            rule(ORG + ", (?:a|an|the) " + PLACE + "-based", "basedIn", 1, 2),
            rule(PLACE + "-based " + FILLER + ORG, "basedIn", 2, 1),
            rule(ORG + ", (?:a|an|the) [^,.;]{0,40}?\\b(?:based|headquartered) in " + PLACE, "basedIn", 1, 2),
            weak(ORG + ", (?:a|an|the) " + PLACE + " (?:[\\p{L}-]+ ){0,3}?" + ORG_NOUN + "\\b", "basedIn", 1, 2),
            weak("(?:the|a|an) " + PLACE + " (?:[\\p{L}-]+ ){0,3}?" + ORG_NOUN + ",? " + ORG, "basedIn", 2, 1),
            rule(ORG + ", (?:a|an|one of) " + FILLER + ORG + POSS + " " + FILLER + "(?:client|customer)s?\\b", "customerOf", 1, 2),
            rule(ORG + "(?:, (?:[^⟦;]|⟦L\\d+⟧){0,80}? that)? counts " + ORG + " (?:among|as) (?:its|one of its) " + FILLER + "(?:clients|customers)", "customerOf", 2, 1),
            rule(ORG + ",? (?:is |was |remains |became )?(?:a|an|one of the) " + FILLER + "(?:client|customer)s? of " + ORG, "customerOf", 1, 2),
            rule(ORG + ",? (?:a|an|the|one of the) " + FILLER + "suppliers? (?:of|to) " + ORG, "supplierOf", 1, 2),
            rule(ORG + " supplies " + FILLER + "(?:[\\p{L}-]+ ){0,3}to " + FILLER + ORG, "supplierOf", 1, 2),
            rule(ORG + ",? (?:which |that |has |have |had |also |will )*(?:invested|invests|invest) [^⟦.;]{0,40}?\\bin (?:the )?" + FILLER + ORG + "(?!'s|’s)", "investsIn", 1, 2),
            rule(ORG + " (?:also |has |have |had |already )*(?:partnered|partners|teamed up|allied) with (?:the )?" + FILLER + ORG, "partnerOf", 1, 2),
            rule("^(?:\\p{L}+,? )?" + ORG + ",[^;]{0,160}?\\b(?:has |have |had |also )?(?:partnered|teamed up|allied) with (?:the )?" + FILLER + ORG, "partnerOf", 1, 2),
            rule(PER + ", (?:the |its )?" + FILLER + ROLE + " (?:of|at) " + FILLER + ORG, "roleAt", 1, 3),
            rule(ORG + POSS + " " + FILLER + ROLE + ",? " + PER, "roleAt", 3, 1),
            rule(PER + ", " + ORG + POSS + " " + ROLE, "roleAt", 1, 2),
            rule(ORG + POSS + " " + FILLER + PROD, "productOf", 2, 1),
            rule(ORG + " (?:to )?(?:operate|run|develop|launch|build|make|sell|release|market)(?:s|ed|d)? (?:its |the )?" + PROD, "productOf", 2, 1),
            rule(PROD + ",? (?:made|built|developed|designed|sold|marketed|operated|licensed|bought|sourced) (?:by|from) " + ORG, "productOf", 1, 2),
            rule(ORG + POSS + " " + FILLER + "(?:product|model|brand|drug|service|app|platform|vehicle|car|phone),? " + PROD, "productOf", 2, 1),
            rule(PROD + ", " + ORG + POSS + " " + FILLER + PRODUCT_NOUN + "\\b", "productOf", 1, 2),
            rule(ORG + POSS + " (?:rival|competitor)s? " + ORG, "competitorOf", 2, 1));

    /** A product licensed or bought from a company makes the organisation whose product it serves a customer. */
    private static final Pattern BOUGHT_FROM = Pattern.compile(PROD + ",? (?:licensed|bought|sourced) from " + ORG);
    /** "The cooperative's chair, Graham Pike" is a role; "Friedrich Kessler ... chairs the supervisory board" too. */
    /** "X owns 27% of the shares", "X has a 9.5% stake": of the company the sentence is about. */
    private static final Pattern OWNS_SHARES = Pattern.compile(ORG + " owns (?:a |an )?" + SHARE + "?(?:majority |controlling )?(?:of the|of its) shares(?! (?:in|of))");
    private static final Pattern HAS_STAKE = Pattern.compile(ORG + " (?:has|holds|owns|took|acquired|bought) an? " + SHARE + "?stake(?! (?:in|of))");
    private static final Pattern TWO_ROLES = Pattern.compile(ORG + POSS + " " + ROLE + " and " + ROLE + ",? " + PER);
    private static final Pattern CHAIRS = Pattern.compile(PER + ",[^⟦;]{0,60}?,? chairs the (?:supervisory |management )?board");

    private static final Pattern UNOWNED_ROLE = Pattern.compile("(?:^|[^⟧] )(?i:" + ROLE + ") " + PER);
    private static final Pattern CLIENT_LIST = Pattern.compile("(?:clients|customers)\\b(?:(?!from|competitors?|rivals?)[^.;⟦]){0,40}?\\b(?:such as|like|including) " + FILLER + LIST);
    private static final Pattern RIVAL_LIST = Pattern.compile("(?:competitors|rivals|rival|competitor)\\b,? (?:such as |like |including )?" + FILLER + LIST
            + "|(?:competes?|competition|compete) (?:head-on |directly )?(?:with|against) " + FILLER + LIST);
    private static final Pattern PRODUCT_CALLED = Pattern.compile("(?:product|service|model|drug|app|platform|brand) (?:called|named|dubbed) " + PROD);

    private static Rule rule(String regex, String predicate, int subject, int object) {
        return new Rule(Pattern.compile(regex), predicate, subject, object, false);
    }

    private static Rule weak(String regex, String predicate, int subject, int object) {
        return new Rule(Pattern.compile(regex), predicate, subject, object, true);
    }

    private final DocumentContext context;
    private final Map<String, Entity> byId;

    RelationFinder(DocumentContext context, Map<String, Entity> byId) {
        this.context = context;
        this.byId = byId;
    }

    private record Placeholder(Entity entity, int start, int end) {
    }

    List<Relation> find(AnnotatedSentence sentence, Span evidence) {
        List<Placeholder> placed = new ArrayList<>();
        String masked = mask(sentence, placed);
        Set<Relation> found = new LinkedHashSet<>();
        for (Rule rule : RULES.stream().sorted(java.util.Comparator.comparing(Rule::weak)).toList()) {
            Matcher m = rule.pattern().matcher(masked);
            while (m.find()) {
                String subjectId = entity(placed, m.group(rule.subject())).id();
                if (rule.weak() && found.stream().anyMatch(r -> r.predicate().equals(rule.predicate())
                        && r.subject().equals(subjectId))) {
                    continue;
                }
                String roleTitle = rule.predicate().equals("roleAt") ? role(m.group(2)) : null;
                add(found, entity(placed, m.group(rule.subject())), rule.predicate(),
                        entity(placed, m.group(rule.object())), roleTitle, evidence);
            }
        }
        Matcher two = TWO_ROLES.matcher(masked);
        while (two.find()) {
            add(found, entity(placed, two.group(4)), "roleAt", entity(placed, two.group(1)), role(two.group(2)), evidence);
            add(found, entity(placed, two.group(4)), "roleAt", entity(placed, two.group(1)), role(two.group(3)), evidence);
        }
        // A title without a company ("Finance chief Rajesh Patel said") is a title at the company the article is about.
        Entity topic = context.topic() == null ? null : byId.get(context.topic());
        Matcher unowned = UNOWNED_ROLE.matcher(masked);
        while (unowned.find()) {
            boolean owned = found.stream().anyMatch(r -> r.predicate().equals("roleAt")
                    && r.subject().equals(entity(placed, unowned.group(2)).id()));
            if (!owned) {
                add(found, entity(placed, unowned.group(2)), "roleAt", topic, role(unowned.group(1)), evidence);
            }
        }
        Matcher chairs = CHAIRS.matcher(masked);
        while (chairs.find()) {
            String company = context.company(sentence.index());
            add(found, entity(placed, chairs.group(1)), "roleAt", company == null ? topic : byId.get(company), "chair",
                    evidence);
        }
        Entity owner = sentenceOrganization(placed);
        String company = context.company(sentence.index());
        Entity current = company == null ? null : byId.get(company);
        Matcher owns = OWNS_SHARES.matcher(masked);
        while (owns.find()) {
            add(found, current, "ownedBy", entity(placed, owns.group(1)), null, evidence);
        }
        Matcher stake = HAS_STAKE.matcher(masked);
        while (stake.find()) {
            add(found, entity(placed, stake.group(1)), "investsIn", current, null, evidence);
        }
        Matcher bought = BOUGHT_FROM.matcher(masked);
        while (bought.find()) {
            add(found, owner, "customerOf", entity(placed, bought.group(2)), null, evidence);
        }
        listRule(found, CLIENT_LIST, masked, placed, owner, company, "customerOf", evidence);
        listRule(found, RIVAL_LIST, masked, placed, owner, company, "competitorOf", evidence);
        Matcher called = PRODUCT_CALLED.matcher(masked);
        while (called.find()) {
            if (owner != null) {
                add(found, entity(placed, called.group(1)), "productOf", owner, null, evidence);
            }
        }
        verbRelations(sentence, found, evidence);
        return new ArrayList<>(found);
    }

    private void listRule(Set<Relation> found, Pattern pattern, String masked, List<Placeholder> placed, Entity owner,
                          String company, String predicate, Span evidence) {
        Matcher m = pattern.matcher(masked);
        while (m.find()) {
            String list = m.group(1) != null ? m.group(1) : m.group(2);
            Set<String> listed = new java.util.HashSet<>();
            Matcher inList = PLACEHOLDER.matcher(list);
            while (inList.find()) {
                listed.add(entity(placed, inList.group(2)).id());
            }
            Entity subjectOwner = owner != null && !listed.contains(owner.id()) ? owner : null;
            if (subjectOwner == null && company != null && !listed.contains(company)) {
                subjectOwner = byId.get(company);
            }
            Matcher before = PLACEHOLDER.matcher(masked.substring(0, m.start()));
            Entity lastOrgBefore = null;
            while (before.find()) {
                Entity candidate = entity(placed, before.group(2));
                if (candidate.type() == EntityType.ORGANIZATION) {
                    lastOrgBefore = candidate;
                }
            }
            if (predicate.equals("competitorOf") && lastOrgBefore != null && !listed.contains(lastOrgBefore.id())) {
                subjectOwner = lastOrgBefore;
            }
            if (subjectOwner == null) {
                continue;
            }
            Matcher item = PLACEHOLDER.matcher(list);
            while (item.find()) {
                Entity member = entity(placed, item.group(2));
                if (member.type() == EntityType.ORGANIZATION) {
                    add(found, member, predicate, subjectOwner, null, evidence);
                }
            }
        }
    }

    /** What a verb says between its subject and the entity in one of its argument slots. */
    private record VerbRule(String predicate, Set<String> slots) {
    }

    private static final Map<String, List<VerbRule>> VERBS = Map.ofEntries(
            Map.entry("partner", List.of(new VerbRule("partnerOf", Set.of("obl:with", "nmod:with")))),
            Map.entry("ally", List.of(new VerbRule("partnerOf", Set.of("obl:with")))),
            Map.entry("team", List.of(new VerbRule("partnerOf", Set.of("obl:with")))),
            Map.entry("work", List.of(new VerbRule("partnerOf", Set.of("obl:with")))),
            Map.entry("invest", List.of(new VerbRule("investsIn", Set.of("obl:in")))),
            Map.entry("acquire", List.of(new VerbRule("acquires", Set.of("obj")), new VerbRule("customerOf", Set.of("obl:from")))),
            Map.entry("buy", List.of(new VerbRule("acquires", Set.of("obj")), new VerbRule("customerOf", Set.of("obl:from")))),
            Map.entry("purchase", List.of(new VerbRule("acquires", Set.of("obj")), new VerbRule("customerOf", Set.of("obl:from")))),
            Map.entry("order", List.of(new VerbRule("customerOf", Set.of("obl:from")))),
            Map.entry("lease", List.of(new VerbRule("customerOf", Set.of("obl:from")))),
            Map.entry("license", List.of(new VerbRule("customerOf", Set.of("obl:from")))),
            Map.entry("supply", List.of(new VerbRule("supplierOf", Set.of("obl:to", "obj")))),
            Map.entry("make", List.of(new VerbRule("supplierOf", Set.of("obl:for")))),
            Map.entry("produce", List.of(new VerbRule("supplierOf", Set.of("obl:for")))),
            Map.entry("manufacture", List.of(new VerbRule("supplierOf", Set.of("obl:for")))),
            Map.entry("compete", List.of(new VerbRule("competitorOf", Set.of("obl:with", "obl:against")))),
            Map.entry("own", List.of(new VerbRule("ownedBy", Set.of("obj")))),
            Map.entry("control", List.of(new VerbRule("ownedBy", Set.of("obj")))));

    private void verbRelations(AnnotatedSentence sentence, Set<Relation> found, Span evidence) {
        for (Token verb : sentence.tokens()) {
            String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("come") && verb.pos().startsWith("VB")) {
                suppliedFrom(sentence, verb, found, evidence);
                continue;
            }
            List<VerbRule> rules = VERBS.get(lemma);
            boolean partnerNoun = lemma.equals("partner") && verb.pos().startsWith("NN")
                    && sentence.children(verb).stream().anyMatch(c -> sentence.relationToHead(c).startsWith("nsubj"));
            if (rules == null || !verb.pos().startsWith("VB") && !partnerNoun) {
                continue;
            }
            Entity subject = subjectOf(sentence, verb);
            if (subject == null || subject.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (VerbRule rule : rules) {
                Entity object = null;
                for (Token child : sentence.children(verb)) {
                    if (object == null && rule.slots().contains(sentence.relationToHead(child))) {
                        object = context.entityOfPhrase(sentence, child, byId);
                    }
                }
                if (object == null && rule.predicate().equals("supplierOf")) {
                    object = speaker(sentence, verb);
                }
                if (object == null || object.type() != EntityType.ORGANIZATION
                        || rule.predicate().equals("investsIn") && !namedIn(sentence, verb, object)) {
                    continue;
                }
                if (rule.predicate().equals("ownedBy")) {
                    add(found, object, rule.predicate(), subject, null, evidence);
                } else {
                    add(found, subject, rule.predicate(), object, null, evidence);
                }
            }
        }
    }

    /**
     * "invests in Microsoft" and "invested billions in OpenAI's technologies" put money into the company; "invests
     * heavily in Microsoft's cloud technology" buys its services.
     */
    private boolean namedIn(AnnotatedSentence sentence, Token verb, Entity object) {
        return sentence.children(verb).stream().anyMatch(c -> context.entityAt(c) == object
                || sentence.relationToHead(c).equals("obj"));
    }

    /** The entity doing what a verb says: its subject, or for the second verb of "X spends ... and has partnered", X's. */
    private Entity subjectOf(AnnotatedSentence sentence, Token verb) {
        for (Token child : sentence.children(verb)) {
            if (sentence.relationToHead(child).startsWith("nsubj")) {
                Entity subject = context.entityOfPhrase(sentence, child, byId);
                if (subject != null) {
                    return subject;
                }
            }
        }
        Token head = sentence.head(verb);
        if (head != null && sentence.relationToHead(verb).startsWith("acl")) {
            return context.entityOfPhrase(sentence, head, byId);
        }
        if (head != null && sentence.relationToHead(verb).startsWith("conj")) {
            for (Token child : sentence.children(head)) {
                if (sentence.relationToHead(child).startsWith("nsubj")) {
                    return context.entityOfPhrase(sentence, child, byId);
                }
            }
        }
        return null;
    }

    /** "X said that Y will supply batteries": the organisation that says so is the one supplied. */
    private Entity speaker(AnnotatedSentence sentence, Token verb) {
        Token clause = verb;
        while (sentence.head(clause) != null && !sentence.relationToHead(clause).equals("ccomp")) {
            clause = sentence.head(clause);
        }
        Token say = sentence.head(clause);
        return say == null ? null : subjectOf(sentence, say);
    }

    /** "The cells will come from Huaxin Power", "Much of its produce comes from Fenland Growers": a supplier. */
    private void suppliedFrom(AnnotatedSentence sentence, Token verb, Set<Relation> found, Span evidence) {
        Token from = childWith(sentence, verb, "obl:from");
        Token thing = sentence.children(verb).stream().filter(c -> sentence.relationToHead(c).startsWith("nsubj"))
                .findFirst().orElse(null);
        if (from == null || thing == null || context.entityAt(thing) != null) {
            return;
        }
        Entity supplier = context.entityOfPhrase(sentence, from, byId);
        String company = context.company(sentence.index());
        if (supplier != null && company != null && supplier.type() == EntityType.ORGANIZATION) {
            add(found, supplier, "supplierOf", byId.get(company), null, evidence);
        }
    }

    private static Token childWith(AnnotatedSentence sentence, Token token, String relation) {
        for (Token child : sentence.children(token)) {
            if (sentence.relationToHead(child).equals(relation)) {
                return child;
            }
        }
        return null;
    }

    private static void add(Set<Relation> found, Entity subject, String predicate, Entity object, String role, Span evidence) {
        if (subject == null || object == null || subject.id().equals(object.id())) {
            return;
        }
        boolean typesFit = switch (predicate) {
            case "roleAt" -> subject.type() == EntityType.PERSON && object.type() == EntityType.ORGANIZATION;
            case "basedIn" -> subject.type() == EntityType.ORGANIZATION && object.type() == EntityType.PLACE;
            case "productOf" -> subject.type() == EntityType.PRODUCT && object.type() == EntityType.ORGANIZATION;
            default -> subject.type() == EntityType.ORGANIZATION && object.type() == EntityType.ORGANIZATION;
        };
        if (typesFit && found.stream().noneMatch(r -> r.subject().equals(subject.id())
                && r.predicate().equals(predicate) && r.object().equals(object.id())
                && java.util.Objects.equals(r.role(), role))) {
            found.add(new Relation(subject.id(), predicate, object.id(), role, evidence));
        }
    }

    /** The organisation the sentence is about: its first named one, or "the company" when it says so. */
    private Entity sentenceOrganization(List<Placeholder> placed) {
        return placed.stream().map(Placeholder::entity).filter(e -> e.type() == EntityType.ORGANIZATION)
                .findFirst().orElse(null);
    }

    private String mask(AnnotatedSentence sentence, List<Placeholder> placed) {
        String text = context.doc().text();
        StringBuilder out = new StringBuilder();
        int at = sentence.start();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            Entity entity = context.entityAt(token);
            int j = i;
            if (entity == null && token.text().equalsIgnoreCase("the") && i + 1 < tokens.size()
                    && context.isCompanyWord(sentence, tokens.get(i + 1)) && context.company(sentence.index()) != null) {
                String noun = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
                entity = context.described(sentence.index(), noun).equals(context.company(sentence.index()))
                        ? nearestOrganization(placed) : null;
                if (entity == null) {
                    entity = byId.get(context.described(sentence.index(), noun));
                }
                j = i + 1;
            } else if (entity == null && token.text().equalsIgnoreCase("it") && context.company(sentence.index()) != null
                    && sentence.relationToHead(token).startsWith("nsubj")) {
                entity = byId.get(context.company(sentence.index()));
            }
            if (entity == null) {
                i++;
                continue;
            }
            while (j + 1 < tokens.size() && context.entityAt(tokens.get(j + 1)) == entity
                    && tokens.get(j + 1).start() - tokens.get(j).end() <= 1) {
                j++;
            }
            out.append(text, at, token.start());
            out.append('⟦').append(code(entity.type())).append(placed.size()).append('⟧');
            placed.add(new Placeholder(entity, token.start(), tokens.get(j).end()));
            at = tokens.get(j).end();
            i = j + 1;
        }
        out.append(text, at, sentence.end());
        return out.toString();
    }

    private static Entity nearestOrganization(List<Placeholder> placed) {
        for (int k = placed.size() - 1; k >= 0; k--) {
            if (placed.get(k).entity().type() == EntityType.ORGANIZATION) {
                return placed.get(k).entity();
            }
        }
        return null;
    }

    private static char code(EntityType type) {
        return switch (type) {
            case ORGANIZATION -> 'O';
            case PERSON -> 'P';
            case PLACE -> 'L';
            case PRODUCT -> 'R';
        };
    }

    private static Entity entity(List<Placeholder> placed, String index) {
        return placed.get(Integer.parseInt(index)).entity();
    }

    private static String role(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "chief executive officer", "chief executive", "ceo" -> "CEO";
            case "chief financial officer", "cfo", "finance chief", "finance director" -> "CFO";
            case "chief operating officer", "coo" -> "COO";
            case "chief technology officer", "cto" -> "CTO";
            case "chairman", "chairwoman", "chairperson", "chair" -> "chair";
            default -> lower;
        };
    }
}
