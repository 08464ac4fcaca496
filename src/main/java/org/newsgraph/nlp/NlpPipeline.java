package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipeline: tokenize, ssplit, pos, lemma, coarse NER (with SUTime and numeric normalization)
 * and the dependency parse. Fine-grained NER is off: it costs about 2.6x the time and our own recognizers
 * do better on business names (CORENLP-NOTES.md). Loaded once per JVM, on first use.
 */
public final class NlpPipeline implements Annotator {

    /** Part of the extractor version: a change here must invalidate cached extractions. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private final StanfordCoreNLP pipeline;

    private NlpPipeline() {
        RedwoodConfiguration.current().clear().apply();
        pipeline = new StanfordCoreNLP(properties());
    }

    /** The CoreNLP settings of the pipeline (benchmarks build a bare pipeline from the same). */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("tokenize.options", "untokenizable=noneKeep");
        return props;
    }

    private static final class Holder {
        private static final NlpPipeline SHARED = new NlpPipeline();
    }

    /** The JVM's pipeline; the first call loads the models (seconds). */
    public static NlpPipeline shared() {
        return Holder.SHARED;
    }

    /**
     * Annotates a document.
     *
     * @param date the publication date, which anchors relative times ("the second quarter"), or null
     */
    @Override
    public AnnotatedText annotate(String text, LocalDate date) {
        Annotation document = new Annotation(text);
        if (date != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        }
        pipeline.annotate(document);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        int tokenBase = 0;
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel label = labels.get(i);
                tokens.add(new Token(tokenBase + i, sentences.size(), label.beginPosition(), label.endPosition(),
                        text.substring(label.beginPosition(), label.endPosition()), label.lemma(), label.tag(),
                        label.ner() == null ? "O" : label.ner(),
                        label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
            }
            List<Dependency> dependencies = new ArrayList<>();
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    dependencies.add(new Dependency(-1, tokenBase + root.index() - 1, "root"));
                }
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    dependencies.add(new Dependency(tokenBase + edge.getGovernor().index() - 1,
                            tokenBase + edge.getDependent().index() - 1, edge.getRelation().toString()));
                }
            }
            if (!tokens.isEmpty()) {
                sentences.add(new AnnotatedSentence(sentences.size(), tokens.get(0).start(),
                        tokens.get(tokens.size() - 1).end(), tokens, dependencies));
            }
            tokenBase += labels.size();
        }
        return new AnnotatedText(text, sentences);
    }
}
