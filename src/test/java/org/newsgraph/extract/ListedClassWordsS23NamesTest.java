package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.testing.TaggedText;

/**
 * s23-names: a defined-term noun a filing capitalises for the party it has named ("the Company", "the Corporation")
 * is no organisation, even where a company list holds the bare word as a firm's name; a longer listed name stays.
 * Real sources: KPI-EDGAR train, "the Company's" in 9 filers (JNJ, V, NKE, MA, KO ...), "the Corporation" (BAC);
 * the names of an annual report's statements ("Consolidated Balance Sheets") in CVX, INTC, JPM, ABT; accounting
 * abbreviations ("AFS securities", "recognized in AOCI", "ASC 842") in JPM, BAC, PG, ADBE, WMT, CVX, ORCL.
 */
class ListedClassWordsS23NamesTest {

    private static final String LIST = String.join("\n",
            "Company\tOrganization\t\t\tknown",
            "Corporation\tOrganization\t\t\tknown",
            "Company of Biologists\tOrganization\t\t\tcurated",
            "Halden\tOrganization\t\t\tknown");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sales of the Company/ORGANIZATION 's products rose . | ",
        "Upon adoption , the Corporation/ORGANIZATION recorded a charge . | ",
        "the Company/ORGANIZATION of/ORGANIZATION Biologists/ORGANIZATION publishes journals . | Company of Biologists=Organization",
        "Halden/ORGANIZATION said the Company/ORGANIZATION would grow . | Halden=Organization",
        // the statements of an annual report (CVX, INTC, JPM, ABT): a heading, not an organisation
        "it is reported on the Consolidated/ORGANIZATION Balance/ORGANIZATION Sheets/ORGANIZATION . | ",
        "Earnings from Continuing/ORGANIZATION Operations/ORGANIZATION rose . | ",
        "Other Financial/ORGANIZATION Information/ORGANIZATION follows . | ",
        "Halden/ORGANIZATION Balance/ORGANIZATION Partners/ORGANIZATION hired him . | Halden Balance Partners=Organization",
        // accounting abbreviations in capitals (JPM, BAC, PG, ADBE, WMT, CVX, ORCL): no organisation; other capitals may be
        "it held $ 20 billion of AFS/ORGANIZATION securities . | ",
        "the gain recognized in AOCI/ORGANIZATION was $ 918 million . | ",
        "the tax effect of GILTI/ORGANIZATION rose . | ",
        "Afs/ORGANIZATION said sales rose . | Afs=Organization"})
    void aListedClassWordAloneIsNoOrganisation(String tagged, String expected) throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(LIST)));
        List<Entity> entities = new EntityRecognizer(gazetteer).recognize(TaggedText.of(tagged.strip()), Set.of());
        Map<String, String> types = entities.stream().collect(Collectors.toMap(Entity::name, e -> e.type().label()));
        Map<String, String> want = expected == null ? Map.of() : java.util.Arrays.stream(expected.strip().split(";"))
                .map(p -> p.split("=")).collect(Collectors.toMap(p -> p[0].strip(), p -> p[1].strip()));
        assertEquals(want, types, tagged);
    }
}
