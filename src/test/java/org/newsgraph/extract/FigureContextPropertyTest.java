package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Attribution must end on any dependency graph: enhanced++ graphs hold cycles and tokens with several governors, and
 * a sentence of an ordinary product review once made the walk up the graph loop forever. Random graphs, cycles
 * and self-loops included, over words that reach every step of the chain.
 */
class FigureContextPropertyTest {

    private static final List<String> WORDS = List.of("it", "its", "the", "company", "automaker", "group", "revenue",
            "margin", "said", "rose", "spend", "which", "Acme", "Brightlane", "12", "%", "$", "million", "of", "in",
            "a", "year", "earlier", "2019", "founded", ",", "increase", "who", "analyst", "supplier");
    private static final List<String> POS = List.of("NN", "NNS", "NNP", "VB", "VBD", "VBZ", "CD", "PRP", "PRP$",
            "DT", "IN", "JJ", "WDT", ",");
    private static final List<String> RELATIONS = List.of("root", "nsubj", "nsubj:pass", "obj", "obl:in", "obl:of",
            "nmod:of", "nmod:in", "nmod:poss", "compound", "amod", "appos", "acl:relcl", "acl", "conj:and", "ccomp",
            "xcomp", "nummod", "det", "case", "ref", "dep", "advcl", "punct");
    private static final List<String> NER = List.of("O", "O", "O", "ORGANIZATION", "PERSON", "DATE", "MONEY", "PERCENT");

    record Graph(List<String> words, List<Integer> pos, List<int[]> edges, int figureStart, int figureLength,
                 FigureKind kind, int entityStart) {
    }

    @Provide
    Arbitrary<Graph> graphs() {
        Arbitrary<List<String>> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(25);
        return words.flatMap(w -> {
            int n = w.size();
            Arbitrary<List<Integer>> pos = Arbitraries.integers().between(0, POS.size() * NER.size() - 1).list().ofSize(n);
            Arbitrary<int[]> edge = Combinators.combine(Arbitraries.integers().between(-1, n - 1),
                    Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(0, RELATIONS.size() - 1))
                    .as((g, d, r) -> new int[] {g, d, r});
            Arbitrary<List<int[]>> edges = edge.list().ofMaxSize(3 * n);
            return Combinators.combine(pos, edges, Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, 4), Arbitraries.of(FigureKind.class),
                    Arbitraries.integers().between(0, n - 1))
                    .as((p, e, start, length, kind, entity) -> new Graph(w, p, e, start, length, kind, entity));
        });
    }

    @Property(tries = 1500)
    void attributionEndsOnAnyGraph(@ForAll("graphs") Graph graph) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < graph.words().size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            String word = graph.words().get(i);
            text.append(word);
            int tags = graph.pos().get(i);
            tokens.add(new Token(i, 0, start, text.length(), word, word.toLowerCase(), POS.get(tags % POS.size()),
                    NER.get(tags / POS.size()), tags % 3 == 0 ? "2019" : null));
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (int[] edge : graph.edges()) {
            dependencies.add(new Dependency(edge[0], edge[1], RELATIONS.get(edge[2])));
        }
        AnnotatedSentence sentence = new AnnotatedSentence(0, 0, text.length(), tokens, dependencies);
        AnnotatedText doc = new AnnotatedText(text.toString(), List.of(sentence));
        Token named = tokens.get(graph.entityStart());
        Entity entity = new Entity("acme", "Acme", EntityType.ORGANIZATION, List.of(), null,
                List.of(new Span(named.start(), named.end(), named.text(), 0)));
        Map<String, Entity> byId = new LinkedHashMap<>();
        byId.put(entity.id(), entity);
        Token first = tokens.get(graph.figureStart());
        Token last = tokens.get(Math.min(tokens.size() - 1, graph.figureStart() + graph.figureLength()));
        FigureCandidate candidate = new FigureCandidate(0, 1, graph.kind(), java.math.BigDecimal.ONE, null, null, "USD", null, null, null,
                null, null, null);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            DocumentContext context = new DocumentContext(doc, List.of(entity));
            assertNotNull(new FigureContext(context, byId).about(sentence, first.start(), last.end(), candidate));
            // and with the learned measure of filings, whose candidate paths walk the same graphs
            assertNotNull(new FigureContext(new DocumentContext(doc, List.of(entity)), byId, SubjectCases.bundled(),
                    LearnedMeasures.bundled()).about(sentence, first.start(), last.end(), candidate));
        });
    }
}
