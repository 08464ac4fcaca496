package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which gold mentions the coreference scorers read, and in which class. */
class CoreferenceClassesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"its, IT", "Their, THEY", "We, WE", "our, WE", "the company, DEFINITE",
            "the Detroit automaker, DESCRIPTIVE", "the two companies, PLURAL_NOUN"})
    void classifiesReferringMentions(String mention, CoreferenceEvaluation.MentionClass kind) {
        assertEquals(kind, CoreferenceEvaluation.classify(mention));
    }

    @Test
    void leavesNamesAndIndefinitesOut() {
        assertNull(CoreferenceEvaluation.classify("a company"));
        assertNull(CoreferenceEvaluation.classify("Acme"));
    }

    @Test
    void aShortNameIsScoredAgainstTheFullNameEndingInIt() throws Exception {
        JsonNode full = mention("Jane Marlow", 0);
        List<JsonNode> group = List.of(full, mention("Marlow", 40), mention("Ms. Marlow", 80));
        assertEquals(full, PersonCoreferenceEvaluation.fullName(group.get(1), group));
        assertEquals(full, PersonCoreferenceEvaluation.fullName(group.get(2), group));
        assertNull(PersonCoreferenceEvaluation.fullName(full, group), "the full name is no short name");
        assertNull(PersonCoreferenceEvaluation.fullName(mention("Jane", 120), group), "a first name alone");
    }

    private static JsonNode mention(String text, int start) throws Exception {
        return JSON.readTree("{\"text\": \"" + text + "\", \"start\": " + start + ", \"end\": "
                + (start + text.length()) + ", \"type\": \"PER\"}");
    }
}
