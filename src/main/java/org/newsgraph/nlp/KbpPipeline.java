package org.newsgraph.nlp;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's KBP relation extractor ({@code kbp}: a logistic-regression model trained on TAC KBP news, plus Semgrex
 * and TokensRegex rules, all in the models jar) on a pipeline of its own: it needs fine-grained NER (TITLE, CITY,
 * COUNTRY) and entity mentions, which {@link NlpPipeline} leaves off, so it annotates the text again. No coreference:
 * it would cost more than the rest of the pipeline and our relation rules resolve "it" and "the company" themselves.
 * Loaded once per JVM, on first use.
 */
public final class KbpPipeline implements KbpReader {

    /** Part of {@link StoredKbp}'s key: a change here must invalidate the stored triples. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,kbp";

    private final StanfordCoreNLP pipeline;

    private KbpPipeline() {
        RedwoodConfiguration.current().clear().apply();
        // The main pipeline's tokens and sentences (so the triples' offsets fall where its annotations do), with the
        // fine-grained NER and entity mentions it leaves off
        Properties props = NlpPipeline.properties();
        props.setProperty("annotators", ANNOTATORS);
        props.remove("ner.applyFineGrained");
        props.remove("ner.buildEntityMentions");
        pipeline = new StanfordCoreNLP(props);
    }

    private static final class Holder {
        private static final KbpPipeline SHARED = new KbpPipeline();
    }

    /** The JVM's KBP pipeline; the first call loads the models (a minute on a busy machine). */
    public static KbpPipeline shared() {
        return Holder.SHARED;
    }

    @Override
    public List<KbpTriple> read(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<KbpTriple> triples = new ArrayList<>();
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            Collection<RelationTriple> read = sentences.get(s).get(CoreAnnotations.KBPTriplesAnnotation.class);
            if (read == null) {
                continue;
            }
            for (RelationTriple triple : read) {
                List<CoreLabel> subject = triple.subject;
                List<CoreLabel> object = triple.object;
                if (subject.isEmpty() || object.isEmpty()) {
                    continue;
                }
                int subjectStart = subject.get(0).beginPosition();
                int subjectEnd = subject.get(subject.size() - 1).endPosition();
                int objectStart = object.get(0).beginPosition();
                int objectEnd = object.get(object.size() - 1).endPosition();
                if (subjectStart < 0 || subjectEnd > text.length() || objectStart < 0 || objectEnd > text.length()
                        || subjectEnd < subjectStart || objectEnd < objectStart) {
                    continue;   // a mention from another sentence (coreference) or without offsets
                }
                triples.add(new KbpTriple(subjectStart, subjectEnd, text.substring(subjectStart, subjectEnd),
                        triple.relationGloss(), objectStart, objectEnd, text.substring(objectStart, objectEnd),
                        triple.confidence, s));
            }
        }
        return triples;
    }
}
