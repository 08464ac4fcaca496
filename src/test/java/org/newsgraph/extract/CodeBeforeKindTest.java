package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Token;

/** {@link ModelNames#codeBeforeKind} and {@link TitleOpenings}: the words as written, the name's token range, the answer. */
class CodeBeforeKindTest {

    /**
     * Tokens of words: "_" glues a word to the one before ("KT _- _9" is "KT-9"); "word/TAG/NER" gives a tag and an NER
     * type (default: NNP for a capital, CD for digits, NN otherwise; NER O).
     */
    static List<Token> tokens(String written) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : written.split(" ")) {
            boolean glued = item.startsWith("_");
            String[] parts = (glued ? item.substring(1) : item).split("/");
            String text = parts[0];
            String pos = parts.length > 1 ? parts[1] : text.matches("\\d+") ? "CD" : text.equals("-") ? "HYPH"
                    : Character.isUpperCase(text.charAt(0)) ? "NNP" : "NN";
            String ner = parts.length > 2 ? parts[2] : "O";
            int start = tokens.isEmpty() ? 0 : glued ? at : at + 1;
            tokens.add(new Token(tokens.size(), 0, start, start + text.length(), text, text.toLowerCase(), pos, ner, null));
            at = start + text.length();
        }
        return tokens;
    }

    @ParameterizedTest(name = "{0} [{1},{2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            unveiled the KT _- _9 drone                 | 2 | 5 | true
            ordered 12 AV _- _310 aircraft              | 2 | 5 | true
            its M _- _240 regional/JJ jet               | 1 | 4 | true
            the first/JJ SA _- _200 turboprop           | 2 | 5 | true
            the RX _- _40 robot vacuum                  | 1 | 4 | true
            the DX-70 smartwatch/NN jets                | 1 | 2 | true
            the G _- _20 summit                         | 1 | 4 | false
            the K _- _12 schools/NNS                    | 1 | 4 | false
            the COVID _- _19 vaccine                    | 1 | 4 | false
            the KT _- _9 ,/, drone                      | 1 | 4 | false
            the KT _- _9/CD/NUMBER drone                | 1 | 4 | true
            Form S _- _1 filing                         | 1 | 4 | false
            the KT _- _9/CD/ORGANIZATION drone          | 1 | 4 | false
            the KT _- _9 said/VBD that/IN the drone     | 1 | 4 | false
            """)
    void aCodeStandingAloneBeforeAProductsKindNounIsAModel(String written, int from, int to, boolean model) {
        assertEquals(model, ModelNames.codeBeforeKind(tokens(written.strip()), from, to));
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Marlowe Studios released The/DT Quiet/JJ Orchard   | 5 | 3
            Marlowe Studios released The/DT Broken/JJ/MISC Tide | 5 | 3
            Marlowe Studios released The/DT Orchard            | 4 | 3
            Marlowe Studios released the/DT quiet/JJ Orchard   | 5 | 5
            The/DT Quiet/JJ Orchard won                        | 2 | 2
            It sold The/DT Quiet/JJ ,/, Orchard                | 5 | 5
            Fans queued for Corrigan Books '/POS The/DT Winter/NNP Ledger | 8 | 6
            He said of it ``/`` The/DT Quiet/JJ Orchard fits | 7 | 7
            He said : The/DT Quiet/JJ Orchard fits            | 5 | 5
            It sold The/DT Very/JJ Long/JJ Quiet/JJ Slow/JJ Orchard | 7 | 7
            """)
    void aProductsTitleInsideASentenceKeepsItsCapitalThe(String written, int from, int start) {
        assertEquals(start, TitleOpenings.start(tokens(written.strip()), from));
    }
}
