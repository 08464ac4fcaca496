package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;

/** Everything extracted from one article's text. A pure function of the text, its date and the extractor version. */
public record Extraction(String doc, List<Sentence> sentences, List<Entity> entities, List<Figure> figures,
                         List<Relation> relations) {

    public Extraction {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        figures = List.copyOf(figures);
        relations = List.copyOf(relations);
    }

    public Optional<Entity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public String nameOf(String entityId) {
        return entityId == null ? null : entity(entityId).map(Entity::name).orElse(entityId);
    }
}
