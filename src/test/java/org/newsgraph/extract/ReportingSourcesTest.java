package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.testing.ParsedText;

/**
 * A figure in what a reporting source says (a research firm, a news agency: {@link ReportingSources}) gets no
 * speaker as its proposed subject; an organisation that says its own figures keeps being proposed. Sentences of the
 * kinds in the MEANTIME tuning half (a market research firm counting a music store's downloads; a news agency
 * reporting what markets lost), re-worded, parsed by hand as CoreNLP parses such sentences.
 */
class ReportingSourcesTest {

    /** The source in apposition: appos(Group, firm) compound(firm, research) compound(research, market). */
    private static final String FIRM = "Tallow/NNP/ORGANIZATION Group/NNP/ORGANIZATION ~,/, a/DT market/NN "
            + "research/NN firm/NN ~,/, said/VBD/_/say 4/CD/NUMBER billion/CD/NUMBER songs/NNS/_/song were/VBD/_/be "
            + "downloaded/VBN/_/download ~./.";
    private static final String FIRM_PARSE = "root(ROOT, said) compound(Group, Tallow) nsubj(said, Group) "
            + "punct(Group, ,) appos(Group, firm) det(firm, a) compound(firm, research) compound(research, market) "
            + "punct(Group, ,#2) ccomp(said, downloaded) compound(billion, 4) nummod(songs, billion) "
            + "nsubj:pass(downloaded, songs) aux:pass(downloaded, were) punct(said, .)";
    /** The same frame, the speaker a carmaker describing its own sales. */
    private static final String MAKER = "Tallow/NNP/ORGANIZATION Group/NNP/ORGANIZATION ~,/, a/DT car/NN maker/NN "
            + "~,/, said/VBD/_/say 4/CD/NUMBER billion/CD/NUMBER songs/NNS/_/song were/VBD/_/be "
            + "downloaded/VBN/_/download ~./.";
    private static final String MAKER_PARSE = "root(ROOT, said) compound(Group, Tallow) nsubj(said, Group) "
            + "punct(Group, ,) appos(Group, maker) det(maker, a) compound(maker, car) "
            + "punct(Group, ,#2) ccomp(said, downloaded) compound(billion, 4) nummod(songs, billion) "
            + "nsubj:pass(downloaded, songs) aux:pass(downloaded, were) punct(said, .)";
    /** The name modifying the source's noun: compound(agency, Reuters) compound(agency, news). */
    private static final String AGENCY = "The/DT Corbel/NNP/ORGANIZATION news/NN agency/NN "
            + "reported/VBD/_/report that/IN equity/NN values/NNS/_/value lost/VBD/_/lose $/$/MONEY "
            + "~1/CD/MONEY trillion/CD/MONEY ~./.";
    private static final String AGENCY_PARSE = "root(ROOT, reported) det(agency, The) compound(agency, Corbel) "
            + "compound(agency, news) nsubj(reported, agency) ccomp(reported, lost) mark(lost, that) "
            + "compound(values, equity) nsubj(lost, values) obj(lost, $) nummod($, trillion) compound(trillion, 1) "
            + "punct(reported, .)";
    /** The source's noun before its name: compound(Tallow, firm) compound(firm, research). */
    private static final String BEFORE = "Research/NN firm/NN Tallow/NNP/ORGANIZATION said/VBD/_/say "
            + "4/CD/NUMBER billion/CD/NUMBER songs/NNS/_/song were/VBD/_/be downloaded/VBN/_/download ~./.";
    private static final String BEFORE_PARSE = "root(ROOT, said) compound(Tallow, firm) compound(firm, Research) "
            + "nsubj(said, Tallow) ccomp(said, downloaded) compound(billion, 4) nummod(songs, billion) "
            + "nsubj:pass(downloaded, songs) aux:pass(downloaded, were) punct(said, .)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a market research firm in apposition | 4 billion songs | COUNT | - | " + FIRM + " | " + FIRM_PARSE,
            "a car maker in apposition says | 4 billion songs | COUNT | tallow-group | " + MAKER + " | " + MAKER_PARSE,
            "a news agency the name modifies | $1 trillion | AMOUNT | - | " + AGENCY + " | " + AGENCY_PARSE,
            "a research firm before the name | 4 billion songs | COUNT | - | " + BEFORE + " | " + BEFORE_PARSE})
    void aReportingSourceIsNotProposedForWhatItReports(String name, String words, String kind, String subject,
                                                       String tokens, String dependencies) {
        ParsedText parsed = new ParsedText().sentence(tokens, dependencies);
        AnnotatedText text = parsed.text();
        Map<String, Entity> byId = new LinkedHashMap<>();
        parsed.entities().forEach(e -> byId.put(e.id(), e));
        FigureContext context = new FigureContext(new DocumentContext(text, parsed.entities()), byId);
        AnnotatedSentence sentence = text.sentences().get(0);
        int at = text.text().indexOf(words);
        FigureContext.About about = context.about(sentence, at, at + words.length(), new FigureCandidate(0,
                words.length(), FigureKind.valueOf(kind), BigDecimal.ONE, null, null, kind.equals("AMOUNT") ? "USD"
                : "song", null, null, null, null, null, null));
        assertEquals(subject, HandParsedFigure.dash(about.subject().value()), "subject proposed or asserted");
    }
}
