package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void furtherSubjectsSurviveTheCacheAndFollowMergedIds() throws Exception {
        Attribution how = new Attribution("acme", "coreference", null, "counted-noun", List.of("beta", "gamma"));
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(how, mapper.readValue(mapper.writeValueAsString(how), Attribution.class));
        Map<String, String> merged = Map.of("acme", "acme-corp", "beta", "beta-inc");
        assertEquals(new Attribution("acme-corp", "coreference", null, "counted-noun", List.of("beta-inc")),
                how.withIds(merged::get), "ids the resolver drops are left out");
    }

    @Test
    void theCaseThatDecidedSurvivesTheCacheMergedIdsAndTheJson() throws Exception {
        Attribution how = new Attribution("acme", "nsubj", null, null, List.of(), "nsubj/organization/far");
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(how, mapper.readValue(mapper.writeValueAsString(how), Attribution.class));
        assertEquals("nsubj/organization/far", how.withIds(id -> id + "-1").subjectCase());
        assertEquals("nsubj/organization/far", how.withSubjectCandidate("beta").subjectCase());
        String text = "Acme sold 5 planes.";
        Figure figure = new Figure("figure-1", FigureKind.COUNT, java.math.BigDecimal.valueOf(5), null, null, "plane",
                null, null, null, null, null, null, null, null, null, List.of(new Span(10, 17, "5 planes", 0)), how);
        String json = ExtractionJson.toLine(new Extraction("a", List.of(new Sentence(0, 0, text.length())), List.of(),
                List.of(figure), List.of()));
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"subjectCase\":\"nsubj/organization/far\""), json);
    }

    @Test
    void aSubjectFoundByCoreferenceSaysHowSureTheResolutionIsInTheJson() throws Exception {
        Attribution across = new Attribution("acme", "coreference", null, null, List.of(),
                "coreference/previous-subject/far");
        assertEquals("likely", across.subjectCoreference());
        assertEquals("sure", new Attribution(null, "coreference", null, null, List.of(), "coreference/described")
                .subjectCoreference());
        assertEquals("weak", new Attribution("acme", "coreference", null, null, List.of(), "coreference/topic")
                .subjectCoreference());
        assertEquals(null, new Attribution(null, "nsubj", null, null, List.of(), "nsubj/organization")
                .subjectCoreference(), "no coreference, no confidence");
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(across, mapper.readValue(mapper.writeValueAsString(across), Attribution.class));
        String text = "It sold 5 planes.";
        Figure figure = new Figure("figure-1", FigureKind.COUNT, java.math.BigDecimal.valueOf(5), null, null, "plane",
                null, null, null, null, null, null, null, null, null, List.of(new Span(8, 16, "5 planes", 0)), across);
        String json = ExtractionJson.toLine(new Extraction("a", List.of(new Sentence(0, 0, text.length())), List.of(),
                List.of(figure), List.of()));
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"subjectCoreference\":\"likely\""), json);
    }

    @Test
    void anAttributionWrittenBeforeFurtherSubjectsExistedReadsAsHavingNone() throws Exception {
        Attribution read = new ObjectMapper().readValue(
                "{\"subjectCandidate\":null,\"subjectStep\":\"nsubj\",\"measureCandidate\":null,\"measureStep\":null}",
                Attribution.class);
        assertEquals(List.of(), read.otherSubjects());
    }
}
