package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.testing.TaggedText;

/**
 * s24-shortforms: a short form defined in brackets right after a longer name is that name's, in the article; a
 * bracketed term that is no part of the name is not. Real sources: MEANTIME tuning half ("Singapore Airlines (SIA)",
 * letters that open the name's words), KPI-EDGAR train (WMT "JD.com, Inc. ("JD")", BAC "Federal Deposit Insurance
 * Corporation (FDIC)"; refused: CMCSA "Comcast (“CCCL Parent”)", PG "Merck KGaA (Merck OTC)").
 */
class BracketedShortFormsS24ShortformsTest {

    /** The article's entities as "name [aliases]". */
    private static Map<String, String> entities(String tagged) throws IOException {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Boulder\tPlace\t\t\tknown\n")));
        Map<String, String> out = new TreeMap<>();
        new EntityRecognizer(gazetteer).recognize(TaggedText.of(tagged), Set.of())
                .forEach(e -> out.put(e.name(), String.join("|", e.aliases())));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // letters that open the name's words, not its initials (MEANTIME tuning, Singapore Airlines)
            "Singapore/ORGANIZATION Airlines/ORGANIZATION ( SIA/ORGANIZATION ) flew . SIA/ORGANIZATION said so .;"
                    + " {Singapore Airlines=SIA}",
            // the part of the name before a dot, quoted after the suffix (KPI-EDGAR WMT)
            "its investment in JD.com/ORGANIZATION , Inc. ( \" JD/ORGANIZATION \" ) fell .; {JD.com=JD}",
            // initials of the name with its suffix (KPI-EDGAR BAC)
            "the Federal/ORGANIZATION Deposit/ORGANIZATION Insurance/ORGANIZATION Corporation/ORGANIZATION"
                    + " ( FDIC/ORGANIZATION ) charged fees .; {Federal Deposit Insurance=FDIC|Federal Deposit Insurance Corporation}",
            // a defined term for something the sentence describes, not the name before it (KPI-EDGAR CMCSA)
            "a subsidiary of Comcast/ORGANIZATION ( “ CCCL/ORGANIZATION Parent/ORGANIZATION ” ) guaranteed it .;"
                    + " {CCCL Parent=, Comcast=}",
            // a business of the company, named with its first word (KPI-EDGAR PG)
            "the business of Merck/ORGANIZATION KGaA/ORGANIZATION ( Merck/ORGANIZATION OTC/ORGANIZATION ) was bought .;"
                    + " {Merck KGaA=, Merck OTC=}",
            // a listed place in brackets stays the place
            "Boulder/ORGANIZATION Motion/ORGANIZATION Systems/ORGANIZATION ( Boulder/LOCATION ) grew .;"
                    + " {Boulder=, Boulder Motion Systems=}"})
    void aShortFormDefinedInBracketsAfterANameIsThatName(String tagged, String expected) throws IOException {
        assertEquals(expected.strip(), entities(tagged).toString());
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"SIA, Singapore Airlines, true", "FDIC, Federal Deposit Insurance Corporation, true",
            "JD, 'JD.com, Inc.', true", "OVC, Ohio Valley Conveyor Co., true", "DOJ, Department of Justice, true",
            "CCCL Parent, Comcast, false", "Merck OTC, Merck KGaA, false", "AOCI, Procter & Gamble, false",
            "GM, General, false", "AT&T, AT&T Inc., false"})
    void aShortFormIsMadeOfTheNamesWordsOrTheirOpeningLetters(String shortForm, String name, boolean part) {
        assertEquals(part, BracketedShortForms.partOf(shortForm, name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Tamar/ORGANIZATION Valley/ORGANIZATION Dairies/ORGANIZATION ( TVD/ORGANIZATION ) runs farms .;"
                    + " defined in brackets after Tamar Valley Dairies"})
    void theEntityKeepsWhyTheShortFormIsIt(String tagged, String reason) throws IOException {
        Gazetteer none = new Gazetteer();
        Entity entity = new EntityRecognizer(none).recognize(TaggedText.of(tagged), Set.of()).get(0);
        assertEquals(Map.of("TVD", reason.strip()), entity.aliasReasons());
    }

    /**
     * The NER's run from a wire dateline's agency across its bracket and dash into the company that opens the story
     * loses the company's full name, so only its short form is left to carry the article's relations (held-out B sets
     * of s22-products "SAN JOSE (Newsgraph) - Sorell Devices unveiled", s23-relprec "DENVER (Newsgraph) - Skylark
     * Aeronautics on Thursday launched"; the wire form "TOKYO (AFP) - Toyota Motor Corp raised" of entity-probes.txt).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "DENVER/LOCATION (/O Newsgraph/ORGANIZATION )/ORGANIZATION -/ORGANIZATION Skylark/ORGANIZATION"
                    + " Aeronautics/ORGANIZATION launched a drone . Skylark/ORGANIZATION said so .;"
                    + " {Denver=, Newsgraph=, Skylark Aeronautics=Skylark}",
            "SAN/LOCATION JOSE/LOCATION (/O Newsgraph/ORGANIZATION )/ORGANIZATION -/ORGANIZATION Sorell/ORGANIZATION"
                    + " Devices/ORGANIZATION unveiled a phone .; {Newsgraph=, San Jose=, Sorell Devices=}",
            "LONDON/LOCATION (/O Reuters/ORGANIZATION )/O -/O Officials/O said so .; {London=, Reuters=}"})
    void theNamesRunIntoAWireDatelineIsANameOfItsOwn(String tagged, String expected) throws IOException {
        assertEquals(expected.strip(), entities(tagged).toString());
    }
}
