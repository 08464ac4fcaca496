package org.newsgraph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** Writes an extraction as the JSON object of the design's {@code extract} contract. */
public final class ExtractionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ExtractionJson() {
    }

    public static ObjectNode toJson(Extraction extraction) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("doc", extraction.doc());
        ArrayNode entities = root.putArray("entities");
        for (Entity entity : extraction.entities()) {
            ObjectNode node = entities.addObject();
            node.put("id", entity.id());
            node.put("name", entity.name());
            node.put("type", entity.type().label());
            ArrayNode aliases = node.putArray("aliases");
            entity.aliases().forEach(aliases::add);
            node.put("sameAs", entity.sameAs());
            if (entity.typeReason() != null) {
                node.put("typeReason", entity.typeReason());
            }
            if (!entity.aliasReasons().isEmpty()) {
                ObjectNode reasons = node.putObject("aliasReasons");
                new java.util.TreeMap<>(entity.aliasReasons()).forEach(reasons::put);
            }
            ArrayNode mentions = node.putArray("mentions");
            for (Span mention : entity.mentions()) {
                mentions.add(span(mention));
            }
        }
        ArrayNode figures = root.putArray("figures");
        for (Figure figure : extraction.figures()) {
            ObjectNode node = figures.addObject();
            node.put("id", figure.id());
            node.put("text", figure.text());
            node.put("start", figure.first().start());
            node.put("end", figure.first().end());
            node.put("sentence", figure.first().sentence());
            node.put("kind", figure.kind().label());
            number(node, "value", figure.value());
            number(node, "min", figure.min());
            number(node, "max", figure.max());
            node.put("unit", figure.unit());
            node.put("qualifier", figure.qualifier());
            node.put("period", figure.period());
            node.put("per", figure.per());
            node.put("direction", figure.direction());
            node.put("measure", figure.measure());
            node.put("subject", extraction.nameOf(figure.subject()));
            node.put("measureCandidate", figure.how().measureCandidate());
            node.put("subjectCandidate", extraction.nameOf(figure.how().subjectCandidate()));
            if (!figure.how().otherSubjects().isEmpty()) {
                ArrayNode others = node.putArray(figure.subject() != null ? "alsoSubjects" : "alsoSubjectCandidates");
                figure.how().otherSubjects().forEach(id -> others.add(extraction.nameOf(id)));
            }
            ObjectNode how = node.putObject("how");
            how.put("subject", figure.how().subjectStep());
            if (figure.how().subjectCase() != null && !figure.how().subjectCase().equals(figure.how().subjectStep())) {
                how.put("subjectCase", figure.how().subjectCase());
            }
            if (figure.how().subjectCoreference() != null) {
                how.put("subjectCoreference", figure.how().subjectCoreference());
            }
            if (figure.how().subjectConfidence() != null) {
                how.put("subjectConfidence", Math.round(figure.how().subjectConfidence() * 1000) / 1000.0);
            }
            how.put("measure", figure.how().measureStep());
            if (figure.how().measureConfidence() != null) {
                how.put("measureConfidence", Math.round(figure.how().measureConfidence() * 1000) / 1000.0);
            }
            if (figure.how().unitStep() != null) {
                how.put("unit", figure.how().unitStep());
            }
            node.put("of", extraction.entity(figure.of() == null ? "" : figure.of()).map(Entity::name).orElse(figure.of()));
            node.put("time", figure.time());
            node.put("vague", figure.vague());
            node.put("convertedFrom", figure.convertedFrom());
            node.put("mentions", figure.mentions().size());
        }
        ArrayNode relations = root.putArray("relations");
        for (Relation relation : extraction.relations()) {
            ObjectNode node = relations.addObject();
            node.put("subject", extraction.nameOf(relation.subject()));
            node.put("predicate", relation.predicate());
            node.put("object", extraction.nameOf(relation.object()));
            node.put("role", relation.role());
            node.put("sentence", relation.evidence().sentence());
            node.put("text", relation.evidence().text());
            node.put("rule", relation.rule());
            node.put("confidence", relation.confidence());
            if (relation.endResolution() != null) {
                node.putObject("how").put("endResolution", relation.endResolution());
            }
        }
        return root;
    }

    /** One JSON object on one line. */
    public static String toLine(Extraction extraction) {
        try {
            return MAPPER.writeValueAsString(toJson(extraction));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write extraction JSON", e);
        }
    }

    public static String toPrettyJson(Extraction extraction) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(extraction));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write extraction JSON", e);
        }
    }

    private static ObjectNode span(Span span) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("start", span.start());
        node.put("end", span.end());
        node.put("text", span.text());
        node.put("sentence", span.sentence());
        return node;
    }

    /** An exact decimal as a plain JSON number: 4100000, 0.16, never 4.1E+6. */
    private static void number(ObjectNode node, String field, BigDecimal value) {
        if (value == null) {
            node.putNull(field);
        } else if (value.scale() <= 0) {
            node.put(field, value.toBigIntegerExact());
        } else {
            node.put(field, value);
        }
    }
}
