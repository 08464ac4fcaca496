package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Gazetteer;

/** The gazetteer builder on tiny copies of each public source. */
class GazetteerBuilderTest {

    @TempDir
    Path sources;

    private String written;

    @BeforeEach
    void build() throws Exception {
        write("sp500_constituents.csv", "Symbol,Security,GICS Sector,GICS Sub-Industry,Headquarters Location,Date added,CIK,Founded\n"
                + "MSFT,Microsoft,IT,Software,\"Redmond, Washington\",1994-06-01,789019,1975\n"
                + "TGT,Target Corporation,Consumer,Retail,\"Minneapolis, Minnesota\",1976-12-31,27419,1902\n"
                + "GM,General Motors,Consumer,Automobiles,\"Detroit, Michigan\",2013-06-06,1467858,1908\n");
        write("ror_subset.tsv", "ror_id\twikidata\tlabel\taliases\tacronyms\ttypes\tcountry\tstatus\n"
                + "1\tQ47462228\tMicrosoft (Singapore)\tMicrosoft Operations\t\tcompany\tSG\tactive\n"
                + "2\tQ2283\tMicrosoft (United States)\tMicrosoft Corporation\t\tcompany\tUS\tactive\n"
                + "3\tQ1\tOld Institute (France)\t\t\teducation\tFR\twithdrawn\n"
                + "4\tQ55606242\tByteDance (China)\t字节跳动|Bytedance Ltd\t\tcompany\tCN\tactive\n");
        write("cspell_companies.txt", "# list\nDenmark\nHuaxin Power\nNordhav\nQuillbox\n");
        write("company_tickers_exchange_2025-08.json",
                "{\"fields\":[\"cik\",\"name\",\"ticker\",\"exchange\"],\"data\":[[1,\"INTUIT INC\",\"INTU\",\"Nasdaq\"],"
                        + "[2,\"General Motors Co\",\"GM\",\"NYSE\"],[3,\"Ampco Pittsburgh Corp\",\"AP\",\"NYSE\"]]}");
        write("simple_icons_brands.tsv", "title\tslug\taliases\tsource\nTikTok\ttiktok\t\tx\nByteDance\tbytedance\t\tx\n"
                + "Halvorsen Airlines\thalvorsenairlines\t\tx\nAir Brindle\tairbrindle\t\tx\n"
                + "Quillbox\tquillbox\t\tx\n");
        write("legislators-current.yaml", "- id: {wikidata: Q22250}\n  name: {first: Maria, last: Cantwell, official_full: Maria Cantwell}\n");
        write("executive.yaml", "- id: {bioguide: W1}\n  name: {first: George, last: Washington}\n");
        write("world-cities.csv", "name,country,subcountry,geonameid\nHenderson,United States,Nevada,1\n"
                + "San Francisco,United States,California,2\nFredericia,Denmark,South Denmark,3\n");
        GazetteerBuilder builder = new GazetteerBuilder(List.of("target", "henderson", "Denmark", "power"));
        StringWriter out = new StringWriter();
        builder.readAll(sources).write(out);
        written = out.toString();
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(sources.resolve(name), content);
    }

    private String line(String name) {
        return written.lines().filter(l -> l.startsWith(name + "\t")).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @Test
    void rorNamesLoseTheirCountryAndTakeTheOldestWikidataId() {
        assertEquals("Microsoft\tOrganization\thttp://www.wikidata.org/entity/Q2283\tMicrosoft Corporation\tcurated",
                line("Microsoft"));
        assertEquals("", line("Old Institute"), "withdrawn organisations are left out");
        assertTrue(line("ByteDance").contains("Q55606242") && line("ByteDance").contains("Bytedance Ltd"));
        assertTrue(!line("ByteDance").contains("字节跳动"), "aliases in other scripts are left out");
    }

    @Test
    void commonWordsSingleCitiesAndFlatListWordsAreKnownOnly() {
        assertEquals("Target Corporation\tOrganization\t\t\tcurated\nTarget Corporation\tOrganization\t\tTarget\tknown",
                line("Target Corporation"));
        assertEquals("Henderson\tPlace\t\t\tknown", line("Henderson"));
        assertEquals("San Francisco\tPlace\t\t\tcurated", line("San Francisco"));
        assertEquals("Nordhav\tOrganization\t\t\tknown", line("Nordhav"));
        assertEquals("Huaxin Power\tOrganization\t\t\tcurated", line("Huaxin Power"));
        assertEquals("Denmark\tPlace\t\t\tcurated", line("Denmark"), "a flat list does not make a country a company");
    }

    /** A flat list's entry spelt in lower case that is a word is a piece of a name, not a name. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: piece {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "and, true", "of, true", "de, true", "der, true", "com, true", "fm, true", "plc, true",
        "catholic, true", "university, true",
        "bexio, false", "trivago, false", "eBay, false", "arXiv, false", "Catholic, false", "Zebra, false",
        "Huaxin Power, false"})
    void lowerCaseWordsOfTheFlatListsArePiecesOfNames(String entry, boolean piece) {
        GazetteerBuilder builder = new GazetteerBuilder(List.of("catholic", "university", "zebra", "Denmark"));
        assertEquals(piece, builder.pieceOfName(entry));
    }

    @Test
    void piecesOfNamesAreLeftOutOfTheGazetteer() throws Exception {
        write("cspell_companies.txt", "# list\nand\ncatholic\ncom\nbexio\nNordhav\n");
        write("simple_icons_brands.tsv", "title\tslug\taliases\tsource\nsmart\tsmart\t\tx\n");
        GazetteerBuilder builder = new GazetteerBuilder(List.of("catholic", "smart"));
        StringWriter out = new StringWriter();
        builder.readAll(sources).write(out);
        List<String> names = out.toString().lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        for (String piece : List.of("and", "catholic", "com", "smart")) {
            assertTrue(!names.contains(piece), piece + " is a word, not a name: " + names);
        }
        assertTrue(names.contains("bexio") && names.contains("Nordhav"), "names stay: " + names);
    }

    @Test
    void secCapitalsAreRecasedAndKnownOnly() {
        assertEquals("Intuit Inc\tOrganization\t\tIntuit\tknown", line("Intuit Inc"));
    }

    @Test
    void brandsAreProductsUnlessACompanySourceKnowsThem() {
        assertEquals("TikTok\tProduct\t\t\tknown", line("TikTok"), "one word from a flat list");
        assertEquals(1, line("ByteDance").lines().count(), "the brand merged into the ROR company");
        assertEquals("Halvorsen Airlines\tOrganization\t\t\tcurated", line("Halvorsen Airlines"),
                "a brand whose name says it is an airline");
        assertEquals("Air Brindle\tOrganization\t\t\tcurated", line("Air Brindle"));
    }

    /**
     * The trust rule for a brand's type does not depend on the order the sources are read in: a company list that
     * names the brand makes it that company, read before the brands or after them; a brand no company source names is
     * a product.
     */
    @Test
    void aBrandsTypeIsDecidedByTrustNotByWhichListIsReadFirst() throws Exception {
        assertEquals("Quillbox\tOrganization\t\t\tknown", line("Quillbox"), "the company list says it is a company");
        GazetteerBuilder brandsFirst = new GazetteerBuilder(List.of("target", "henderson", "Denmark", "power"));
        brandsFirst.readBrands(sources.resolve("simple_icons_brands.tsv"));
        brandsFirst.readFlatCompanies(sources.resolve("cspell_companies.txt"));
        StringWriter out = new StringWriter();
        brandsFirst.write(out);
        List<String> quillbox = out.toString().lines().filter(l -> l.startsWith("Quillbox\t")).toList();
        assertEquals(List.of("Quillbox\tOrganization\t\t\tknown"), quillbox, "the same, with the brands read first");
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("TikTok\tProduct\t")),
                "a brand no company source names stays a product");
    }

    @Test
    void peopleComeWithTheirWikidataIds() {
        assertEquals("Maria Cantwell\tPerson\thttp://www.wikidata.org/entity/Q22250\t\tcurated", line("Maria Cantwell"));
        assertEquals("George Washington\tPerson\t\t\tcurated", line("George Washington"));
    }

    @Test
    void theWrittenFileLoadsIntoAGazetteer() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(written)));
        List<Gazetteer.Match> matches = gazetteer.find("Target said Microsoft Corporation and Target Corporation met in Henderson.");
        assertEquals(List.of("Target Corporation:false", "Microsoft:true", "Target Corporation:true", "Henderson:false"),
                matches.stream().map(m -> m.entry().name() + ":" + m.anywhere()).toList());
        assertEquals(EntityType.PLACE, matches.get(3).entry().type());
    }

    @Test
    void countriesHaveTheirOtherEnglishNamesAndCldrBodiesAreOrganisations() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(written)));
        List<Gazetteer.Match> matches = gazetteer.find("Britain and America joined the European Union.");
        assertEquals(List.of("United Kingdom:Place", "United States:Place", "European Union:Organization"),
                matches.stream().map(m -> m.entry().name() + ":" + m.entry().type().label()).toList());
        assertTrue(matches.stream().allMatch(Gazetteer.Match::anywhere), "full names match anywhere");
    }

    @Test
    void internationalBodiesAreOrganisationsAndAGroupsCodeMatchesAnywhere() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(written)));
        List<Gazetteer.Match> matches = gazetteer.find("The G20 and the Eurogroup met, the IMF said.");
        assertEquals(List.of("Group of Twenty:true", "Eurogroup:true", "International Monetary Fund:false"),
                matches.stream().map(m -> m.entry().name() + ":" + m.anywhere()).toList(),
                "a code with a digit is no word; a code of capitals counts where the NER marks a name");
        assertTrue(matches.stream().allMatch(m -> m.entry().type() == EntityType.ORGANIZATION));
    }

    @Test
    void aTickerSpellingTheInitialsIsAnAliasWhereTheNerMarksAName() {
        assertTrue(line("General Motors").endsWith("\nGeneral Motors\tOrganization\t\tGM\tknown"), line("General Motors"));
        assertTrue(!line("Ampco Pittsburgh").contains("AP"), "only companies a curated source lists");
        assertTrue(!line("Intuit Inc").contains("INTU"), "a ticker that is no initials is no name");
    }

    @Test
    void aMissingSourceIsNamed() throws Exception {
        Files.delete(sources.resolve("world-cities.csv"));
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> new GazetteerBuilder(List.of()).readAll(sources));
        assertTrue(e.getMessage().contains("world-cities.csv: missing"), e.getMessage());
    }
}
