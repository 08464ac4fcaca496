package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * A known maker's name and a model's word after it, on hand-made sentences with the bundled gazetteer: words as
 * {@code word[/NER]} (capitalised words NNP), the parse's compounds as "dependent>head" (token numbers, space-
 * separated), the NER's or the gazetteer's organisation found already as a token range (or none: the NER left the maker untagged), and
 * the product found. Classes from issue 13 and s22-products' probes: cars, consoles, software, phones (the maker alone
 * found, the product lost: "Microsoft Windows", "Toyota Prius", "Honda Civic"; the whole taken for an organisation:
 * "Renault Clio", "Ford Focus"; the maker untagged: "Toyota Camry"), and the arms of a maker that are no product.
 */
class MakerModelNamesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "the Toyota/ORGANIZATION Prius sold well .| 1>2| 1-2| Toyota Prius",
        "Microsoft/ORGANIZATION Windows runs on most computers .| 0>1| 0-1| Microsoft Windows",
        "drivers of the Honda/ORGANIZATION Civic praised it .| 3>4| 3-4| Honda Civic",
        "the Renault/ORGANIZATION Clio/ORGANIZATION was built in France .| 1>2| 1-3| Renault Clio",
        "the Toyota Camry remained its best seller .| 1>2| -| -",
        "the Toyota GR86 remained its best seller .| 1>2| -| Toyota GR86",
        // KPI-EDGAR train: a filing's heading starts with a listed common word the NER leaves untagged
        "converted to Company RSUs in connection .| 2>3| -| -",
        "Sony/ORGANIZATION PlayStation 3 sold out .| 0>1| 0-1| Sony PlayStation 3",
        "buyers of the Apple/ORGANIZATION iPhone 3G queued .| 3>4| 3-4| Apple iPhone 3G",
        // an arm of the maker, a firm's suffix after it, a known firm or a natural feature after it: no product
        "Toyota/ORGANIZATION Motor/ORGANIZATION raised its forecast .| 0>1| 0-2| -",
        "Sony/ORGANIZATION Pictures/ORGANIZATION released the film .| 0>1| 0-2| -",
        "the Ford/ORGANIZATION Foundation/ORGANIZATION gave money .| 1>2| 1-3| -",
        "Samsung/ORGANIZATION Electronics/ORGANIZATION said chip prices rose .| 0>1| 0-2| -",
        "Sony/ORGANIZATION Ericsson/ORGANIZATION cut jobs .| 0>1| 0-2| -",
        "the Honda/ORGANIZATION Civic Inc said .| 1>2| 1-2| -",
        "the Amazon River flooded villages .| 1>2| -| -",
        // guards' names (entity-probes, heldout-s15/s16/s17, s18 relations B) a listed word starts: a longer name, an
        // arm by its word, a maker's word of two letters
        "Carrier Maplewing Air added a route .| 1>3| -| -",
        "Engineers at Sabre Nordic Engineering fixed it .| 2>4| -| -",
        "Arden/ORGANIZATION Industrial/ORGANIZATION supplies machines .| 0>1| 0-2| -",
        "Parishioners at St Ebba 's Church raised money .| 2>3| -| -",
        // no compound: the capitalised word after the maker is no word of its name
        "Honda/ORGANIZATION Accord talks failed .| -| 0-1| -",
        // s24-products: capitals alone after a maker are a unit or venture of it unless general knowledge lists the
        // model (KPI-EDGAR train, P&G's 10-Ks of two years: "the OTC healthcare business of Merck KGaA (Merck OTC)")
        "the healthcare business of Merck/ORGANIZATION OTC was sold .| 4>5| 4-5| -",
        "Toyota/ORGANIZATION TMNA posted a loss .| 0>1| 0-1| -",
        "shoppers queued for the Sony/ORGANIZATION PSP .| 4>5| 4-5| Sony PSP",
        "the Toyota/ORGANIZATION GR86 remained its best seller .| 1>2| 1-2| Toyota GR86",
        // s40-relations: the maker and the model both compounds of the goods noun after them ("nested maker
        // compounds"); not where the words after the maker are an arm of it, nor where only the maker hangs on the noun
        "Korvath Rail ordered 20 Siemens/ORGANIZATION Desiro/ORGANIZATION trains .| 4>6 5>6| 4-6| Siemens Desiro",
        "Korvath Rail ordered 20 Siemens/ORGANIZATION Desiro trains .| 4>6 5>6| 4-5| Siemens Desiro",
        "Korvath Power ordered six Siemens/ORGANIZATION Energy/ORGANIZATION turbines .| 4>6 5>6| 4-6| -",
        "Korvath Rail ordered 20 Siemens/ORGANIZATION Desiro trains .| 4>6| 4-5| -",
        "Korvath Air ordered 30 Airbus/ORGANIZATION Helicopters machines .| 4>6 5>6| 4-5| -",
        "Korvath Rail ordered 20 Hitachi/ORGANIZATION Rail trains .| 4>6 5>6| 4-5| -",
        // s44-relations: the whole name modifying a noun of a firm's part is a venture or a unit, no model (KPI-EDGAR
        // valid, Merck's 10-K: "the Sanofi Pasteur MSD joint venture"; firm-head-nouns.txt); the same name before a
        // goods noun stays the product
        "the Sony/ORGANIZATION Vesta joint venture was dissolved .| 1>2| 1-2| -",
        "the Ford/ORGANIZATION Credit unit lent more .| 1>2| 1-2| -",
        "the Sony/ORGANIZATION Vesta console sold well .| 1>2| 1-2| Sony Vesta"})
    void aMakersNameAndAModelsWordAreItsProduct(String sentence, String compound, String known, String expected) {
        List<Token> tokens = tokens(sentence);
        String text = tokens.stream().map(Token::text).reduce((a, b) -> a + " " + b).orElseThrow();
        List<Dependency> dependencies = new ArrayList<>();
        if (compound != null) {
            for (String each : compound.strip().split("\\s+")) {
                String[] pair = each.split(">");
                dependencies.add(new Dependency(Integer.parseInt(pair[1]), Integer.parseInt(pair[0]), "compound"));
            }
        }
        AnnotatedSentence annotated = new AnnotatedSentence(0, 0, text.length(), tokens, dependencies);
        List<FoundName> kept = new ArrayList<>();
        if (known != null) {
            int from = Integer.parseInt(known.strip().split("-")[0]);
            int to = Integer.parseInt(known.strip().split("-")[1]);
            int start = tokens.get(from).start();
            int end = tokens.get(to - 1).end();
            String name = text.substring(start, end);
            Gazetteer.Entry entry = GAZETTEER.find(name).stream()
                    .filter(m -> m.start() == 0 && m.end() == name.length()).map(Gazetteer.Match::entry).findFirst().orElse(null);
            kept.add(new FoundName(start, end, name, 0, EntityType.ORGANIZATION,
                    entry == null ? TypeVote.NER_VOTE : TypeVote.GAZETTEER_VOTE, null, entry));
        }
        List<String> found = MakerModelNames.find(text, annotated, kept, GAZETTEER).stream().map(FoundName::text).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.strip()), found);
    }

    private static List<Token> tokens(String sentence) {
        return WrittenTokens.of(sentence,
                word -> word.matches("The|the") ? "DT" : Character.isUpperCase(word.charAt(0)) ? "NNP"
                        : word.matches("\\d.*") ? "CD" : word.matches("\\p{L}+") ? "NN" : word);
    }
}
