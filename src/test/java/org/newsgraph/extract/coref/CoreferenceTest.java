package org.newsgraph.extract.coref;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One short text per step of coreference, parsed by hand; the referring word is in the last sentence. */
class CoreferenceTest {

    static Stream<CoreferenceCase> cases() {
        String acmeOpened = "Acme/NNP/ORGANIZATION opened/VBD/_/open a/DT plant/NN ./.";
        String acmeOpenedParse = "nsubj(opened, Acme) root(ROOT, opened) obj(opened, plant)";
        return Stream.of(
                new CoreferenceCase("a description the article gave", "automaker", "acme", "described",
                        "Beta/NNP/ORGANIZATION sued/VBD/_/sue Acme/NNP/ORGANIZATION ,/, the/DT automaker/NN ./.",
                        "nsubj(sued, Beta) root(ROOT, sued) obj(sued, Acme) appos(Acme, automaker) det(automaker, the)",
                        "Beta/NNP/ORGANIZATION said/VBD/_/say the/DT automaker/NN lost/VBD/_/lose ./.",
                        "nsubj(said, Beta) root(ROOT, said) ccomp(said, lost) nsubj(lost, automaker) det(automaker, the)"),
                new CoreferenceCase("a name ending in the noun", "bank", "acme-bank", "described",
                        "Beta/NNP/ORGANIZATION hired/VBD/_/hire Acme/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ./.",
                        "nsubj(hired, Beta) root(ROOT, hired) obj(hired, Bank) compound(Bank, Acme)",
                        "The/DT bank/NN grew/VBD/_/grow ./.",
                        "det(bank, The) nsubj(grew, bank) root(ROOT, grew)"),
                new CoreferenceCase("a subject earlier in the same sentence", "it", "acme", "same-sentence",
                        "Acme/NNP/ORGANIZATION said/VBD/_/say it/PRP would/MD hire/VB/_/hire ./.",
                        "nsubj(said, Acme) root(ROOT, said) ccomp(said, hire) nsubj(hire, it) aux(hire, would)"),
                new CoreferenceCase("the subject of a sentence before", "company", "acme", "previous-subject",
                        "Beta/NNP/ORGANIZATION is/VBZ/_/be big/JJ ./.", "nsubj(big, Beta) cop(big, is) root(ROOT, big)",
                        acmeOpened, acmeOpenedParse,
                        "The/DT company/NN grew/VBD/_/grow ./.", "det(company, The) nsubj(grew, company) root(ROOT, grew)"),
                new CoreferenceCase("a specific noun that disagrees with the description", "airline", "-", "-",
                        "Acme/NNP/ORGANIZATION ,/, a/DT bank/NN ,/, grew/VBD/_/grow ./.",
                        "nsubj(grew, Acme) appos(Acme, bank) det(bank, a) root(ROOT, grew)",
                        "The/DT airline/NN shrank/VBD/_/shrink ./.",
                        "det(airline, The) nsubj(shrank, airline) root(ROOT, shrank)"),
                new CoreferenceCase("a plural for organisations named together", "companies", "acme", "conjunction",
                        "Beta/NNP/ORGANIZATION serves/VBZ/_/serve Acme/NNP/ORGANIZATION and/CC Cora/NNP/ORGANIZATION ./.",
                        "nsubj(serves, Beta) root(ROOT, serves) obj(serves, Acme) conj:and(Acme, Cora) cc(Cora, and)",
                        "These/DT companies/NNS spend/VBP/_/spend millions/NNS ./.",
                        "det(companies, These) nsubj(spend, companies) root(ROOT, spend) obj(spend, millions)"),
                new CoreferenceCase("a plural pronoun with no organisations named together", "they", "-", "-",
                        acmeOpened, acmeOpenedParse,
                        "they/PRP grew/VBD/_/grow ./.", "nsubj(grew, they) root(ROOT, grew)"),
                new CoreferenceCase("an indefinite description", "company", "-", "-", acmeOpened, acmeOpenedParse,
                        "a/DT company/NN grew/VBD/_/grow ./.", "det(company, a) nsubj(grew, company) root(ROOT, grew)"),
                new CoreferenceCase("an expletive it", "it", "-", "-", acmeOpened, acmeOpenedParse,
                        "it/PRP is/VBZ/_/be likely/JJ ./.", "expl(likely, it) cop(likely, is) root(ROOT, likely)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolves(CoreferenceCase c) {
        c.check((text, entities) -> new Coreference(text, entities)::resolve);
    }
}
