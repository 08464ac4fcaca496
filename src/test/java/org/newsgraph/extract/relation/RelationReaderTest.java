package org.newsgraph.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.DocumentContext;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/** The matching machinery on hand-built dependency graphs: voice, direction, coordination, pronouns, types. */
class RelationReaderTest {

    private static final String RULES = """
            class BUY = buy | acquire
            class OWN = own

            rule buy-verb
            predicate acquires
            confidence 0.9
            pattern {lemma:@BUY} >agent {}=subject >theme {}=object
            example Acme bought Widgets. => Acme | acquires | Widgets

            rule own-verb
            predicate ownedBy
            direction inverse
            confidence 0.8
            pattern {lemma:@OWN} >agent {}=subject >theme {}=object
            example Acme owns Widgets. => Widgets | ownedBy | Acme

            rule in-place
            predicate basedIn
            confidence 0.9
            pattern {}=subject >/nmod:in/ {}=object
            example Acme in Oslo. => Acme | basedIn | Oslo

            rule place-word
            predicate basedIn
            confidence 0.5
            pattern {}=subject >amod {}=object
            example Norwegian Acme. => Acme | basedIn | Norway

            rule anything-below
            predicate partnerOf
            confidence 0.5
            pattern {lemma:team} >> {}=subject >> {}=object
            example Acme teamed with Widgets. => Acme | partnerOf | Widgets
            """;

    private final Map<String, EntityType> types = new HashMap<>(Map.of("Acme", EntityType.ORGANIZATION,
            "Widgets", EntityType.ORGANIZATION, "Gizmo", EntityType.ORGANIZATION, "Oslo", EntityType.PLACE,
            "Bergen", EntityType.PLACE, "Ann", EntityType.PERSON));

    /**
     * Relations of one sentence: words as "text/POS/lemma" (lemma defaults to the text), dependencies as
     * "relation governor dependent" by 1-based word number, 0 for the root.
     */
    private List<Relation> read(String words, String... dependencies) {
        String[] parts = words.split(" ");
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].split("/");
            int start = text.length();
            text.append(p[0]).append(' ');
            tokens.add(new Token(i, 0, start, start + p[0].length(), p[0], p.length > 2 ? p[2] : p[0], p[1], "O", null));
        }
        List<Dependency> deps = new ArrayList<>();
        for (String dependency : dependencies) {
            String[] d = dependency.split(" ");
            deps.add(new Dependency(Integer.parseInt(d[1]) - 1, Integer.parseInt(d[2]) - 1, d[0]));
        }
        AnnotatedSentence sentence = new AnnotatedSentence(0, 0, text.length() - 1, tokens, deps);
        AnnotatedText annotated = new AnnotatedText(text.toString(), List.of(sentence));
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Token token : tokens) {
            EntityType type = types.get(token.text());
            if (type != null) {
                byId.put(token.text().toLowerCase(), new Entity(token.text().toLowerCase(), token.text(), type,
                        List.of(), null, List.of(new Span(token.start(), token.end(), token.text(), 0))));
            }
        }
        DocumentContext context = new DocumentContext(annotated, List.copyOf(byId.values()));
        RelationReader reader = new RelationReader(RuleFile.parse("test", RULES), context, byId);
        return reader.read(sentence, new Span(0, text.length() - 1, text.toString().strip(), 0));
    }

    private static List<String> triples(List<Relation> relations) {
        return relations.stream().map(r -> r.subject() + " " + r.predicate() + " " + r.object() + " [" + r.rule()
                + " " + r.confidence() + "]").toList();
    }

    @Test
    void activeAndPassiveVoiceGiveTheSameRelation() {
        List<String> active = triples(read("Acme/NNP bought/VBD/buy Widgets/NNP",
                "root 0 2", "nsubj 2 1", "obj 2 3"));
        List<String> passive = triples(read("Widgets/NNP was/VBD/be bought/VBN/buy by/IN Acme/NNP",
                "root 0 3", "nsubj:pass 3 1", "aux:pass 3 2", "case 5 4", "obl:agent 3 5"));
        assertEquals(List.of("acme acquires widgets [buy-verb 0.9]"), active);
        assertEquals(active, passive);
    }

    @Test
    void aControlVerbLendsItsSubject() {
        assertEquals(List.of("acme acquires widgets [buy-verb 0.9]"),
                triples(read("Acme/NNP agreed/VBD/agree to/TO acquire/VB Widgets/NNP",
                        "root 0 2", "nsubj 2 1", "xcomp 2 4", "nsubj:xsubj 4 1", "mark 4 3", "obj 4 5")));
    }

    @Test
    void anInverseRuleTurnsTheRelationAround() {
        assertEquals(List.of("widgets ownedBy acme [own-verb 0.8]"),
                triples(read("Acme/NNP owns/VBZ/own Widgets/NNP", "root 0 2", "nsubj 2 1", "obj 2 3")));
    }

    @Test
    void eachConjunctGetsItsRelation() {
        assertEquals(List.of("acme acquires widgets [buy-verb 0.9]", "acme acquires gizmo [buy-verb 0.9]"),
                triples(read("Acme/NNP bought/VBD/buy Widgets/NNP and/CC Gizmo/NNP",
                        "root 0 2", "nsubj 2 1", "obj 2 3", "conj:and 3 5", "cc 5 4")));
    }

    @Test
    void itInAReportedClauseIsTheSpeaker() {
        assertEquals(List.of("acme acquires widgets [buy-verb 0.9]"),
                triples(read("Acme/NNP said/VBD/say it/PRP would/MD buy/VB Widgets/NNP",
                        "root 0 2", "nsubj 2 1", "ccomp 2 5", "nsubj 5 3", "aux 5 4", "obj 5 6")));
    }

    @Test
    void endsOfTheWrongTypeGiveNothing() {
        assertEquals(List.of(), triples(read("Widgets/NNP bought/VBD/buy Ann/NNP",
                "root 0 2", "nsubj 2 1", "obj 2 3")));
        assertEquals(List.of(), triples(read("Acme/NNP bought/VBD/buy Oslo/NNP",
                "root 0 2", "nsubj 2 1", "obj 2 3")));
    }

    @Test
    void aPersonMayBuyACompanyButOwnershipIsBetweenOrganisations() {
        assertEquals(List.of("ann acquires widgets [buy-verb 0.9]"), triples(read("Ann/NNP bought/VBD/buy Widgets/NNP",
                "root 0 2", "nsubj 2 1", "obj 2 3")));
        assertEquals(List.of(), triples(read("Ann/NNP owns/VBZ/own Widgets/NNP",
                "root 0 2", "nsubj 2 1", "obj 2 3")));
    }

    @Test
    void heIsThePersonTheSentenceNamedBefore() {
        assertEquals(List.of("ann acquires widgets [buy-verb 0.9]"), triples(read(
                "Ann/NNP left/VBD/leave and/CC he/PRP bought/VBD/buy Widgets/NNP",
                "root 0 2", "nsubj 2 1", "conj:and 2 5", "cc 5 3", "nsubj 5 4", "obj 5 6")));
    }

    @Test
    void aWeakReadingYieldsToASureOneAboutTheSameSubject() {
        types.put("Norwegian", EntityType.PLACE);
        assertEquals(List.of("acme basedIn oslo [in-place 0.9]"),
                triples(read("Norwegian/JJ Acme/NNP in/IN Oslo/NNP", "root 0 2", "amod 2 1", "case 4 3",
                        "nmod:in 2 4")));
        List<Relation> alone = read("Norwegian/JJ Acme/NNP", "root 0 2", "amod 2 1");
        assertEquals(List.of("acme basedIn norwegian [place-word 0.5]"), triples(alone));
        assertEquals(true, alone.get(0).weak());
    }

    @Test
    void aGraphWithCyclesIsWalkedToTheEnd() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(
                "Acme/NNP teamed/VBD/team with/IN Widgets/NNP",
                "root 0 2", "nsubj 2 1", "obl:with 2 4", "case 4 3", "dep 4 2", "dep 1 2", "acl 4 1"));
    }
}
