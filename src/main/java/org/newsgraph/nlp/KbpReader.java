package org.newsgraph.nlp;

import java.util.List;

/**
 * Reads the KBP relations of a text ({@link KbpTriple}); {@link KbpPipeline} is the real one, {@link StoredKbp} keeps
 * its answers in a folder. Keyed by the text alone: the publication date does not change what KBP reads.
 */
public interface KbpReader {

    List<KbpTriple> read(String text);

    /** Reads nothing: the default of every extraction (KBP is asked only when a caller chooses it). */
    static KbpReader none() {
        return text -> List.of();
    }
}
