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
    void anAttributionWrittenBeforeFurtherSubjectsExistedReadsAsHavingNone() throws Exception {
        Attribution read = new ObjectMapper().readValue(
                "{\"subjectCandidate\":null,\"subjectStep\":\"nsubj\",\"measureCandidate\":null,\"measureStep\":null}",
                Attribution.class);
        assertEquals(List.of(), read.otherSubjects());
    }
}
