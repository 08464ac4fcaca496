package org.newsgraph.extract.coref;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One short text per step of person coreference, parsed by hand; the referring word is in the last sentence. */
class PersonCoreferenceTest {

    static Stream<CoreferenceCase> cases() {
        // first names no general list genders: either may be "he"
        String twoPeople = "Acme/NNP/ORGANIZATION hired/VBD/_/hire Avery/NNP/PERSON Reed/NNP/PERSON and/CC "
                + "Quinn/NNP/PERSON Lee/NNP/PERSON ./.";
        String twoPeopleParse = "nsubj(hired, Acme) root(ROOT, hired) obj(hired, Reed) compound(Reed, Avery) "
                + "conj:and(Reed, Lee) cc(Lee, and) compound(Lee, Quinn)";
        String nobody = "Sales/NNS rose/VBD/_/rise ./.";
        String twoChiefs = "Acme/NNP/ORGANIZATION chief/JJ executive/NN Jane/NNP/PERSON Marlow/NNP/PERSON and/CC "
                + "Beta/NNP/ORGANIZATION chief/JJ executive/NN Tom/NNP/PERSON Reed/NNP/PERSON met/VBD/_/meet ./.";
        String twoChiefsParse = "compound(executive, Acme) amod(executive, chief) compound(Marlow, executive) "
                + "compound(Marlow, Jane) nsubj(met, Marlow) root(ROOT, met) conj:and(Marlow, Reed) cc(Reed, and) "
                + "compound(executive#2, Beta) amod(executive#2, chief#2) compound(Reed, executive#2) "
                + "compound(Reed, Tom)";
        String nobodyParse = "nsubj(rose, Sales) root(ROOT, rose)";
        return Stream.of(
                new CoreferenceCase("the speaker of a reported clause", "she", "jane-marlow", "same-sentence",
                        "Jane/NNP/PERSON Marlow/NNP/PERSON said/VBD/_/say she/PRP would/MD resign/VB/_/resign ./.",
                        "compound(Marlow, Jane) nsubj(said, Marlow) root(ROOT, said) ccomp(said, resign) "
                                + "nsubj(resign, she) aux(resign, would)"),
                new CoreferenceCase("the subject of the sentence before", "He", "tom-reed", "previous-subject",
                        "Tom/NNP/PERSON Reed/NNP/PERSON met/VBD/_/meet Ann/NNP/PERSON Lee/NNP/PERSON ./.",
                        "compound(Reed, Tom) nsubj(met, Reed) root(ROOT, met) obj(met, Lee) compound(Lee, Ann)",
                        "He/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, He) root(ROOT, smiled)"),
                new CoreferenceCase("a subject whose honorific disagrees is passed over", "She", "lee",
                        "previous-subject",
                        "Mrs./NNP Lee/NNP/PERSON runs/VBZ/_/run Acme/NNP/ORGANIZATION ./.",
                        "compound(Lee, Mrs.) nsubj(runs, Lee) root(ROOT, runs) obj(runs, Acme)",
                        "Mr./NNP Reed/NNP/PERSON met/VBD/_/meet Lee/NNP/PERSON ./.",
                        "compound(Reed, Mr.) nsubj(met, Reed) root(ROOT, met) obj(met, Lee)",
                        "She/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, She) root(ROOT, smiled)"),
                new CoreferenceCase("the title the article gave", "executive", "jane-marlow", "described",
                        "CEO/NNP Jane/NNP/PERSON Marlow/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Marlow, CEO) compound(Marlow, Jane) nsubj(spoke, Marlow) root(ROOT, spoke)",
                        "The/DT chief/JJ executive/NN smiled/VBD/_/smile ./.",
                        "det(executive, The) amod(executive, chief) nsubj(smiled, executive) root(ROOT, smiled)"),
                new CoreferenceCase("two people, neither the subject: no answer", "He", "-", "-", twoPeople,
                        twoPeopleParse,
                        "He/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, He) root(ROOT, smiled)"),
                new CoreferenceCase("a person named beyond reach", "he", "-", "-",
                        "Tom/NNP/PERSON Reed/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Reed, Tom) nsubj(spoke, Reed) root(ROOT, spoke)",
                        nobody, nobodyParse, nobody, nobodyParse, nobody, nobodyParse,
                        "he/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, he) root(ROOT, smiled)"),
                new CoreferenceCase("a pronoun leaning on a pronoun resolved before", "he", "tom-reed",
                        "previous-subject",
                        "Tom/NNP/PERSON Reed/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Reed, Tom) nsubj(spoke, Reed) root(ROOT, spoke)",
                        nobody, nobodyParse,
                        "He/PRP left/VBD/_/leave ./.", "nsubj(left, He) root(ROOT, left)",
                        nobody, nobodyParse, nobody, nobodyParse,
                        "he/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, he) root(ROOT, smiled)"),
                new CoreferenceCase("an object pronoun is not its own clause's subject", "her", "jane-marlow", "previous-subject",
                        "Jane/NNP/PERSON Marlow/NNP/PERSON said/VBD/_/say she/PRP would/MD retire/VB/_/retire ./.",
                        "compound(Marlow, Jane) nsubj(said, Marlow) root(ROOT, said) ccomp(said, retire) "
                                + "nsubj(retire, she) aux(retire, would)",
                        "Tom/NNP/PERSON Reed/NNP/PERSON succeeded/VBD/_/succeed her/PRP ./.",
                        "compound(Reed, Tom) nsubj(succeeded, Reed) root(ROOT, succeeded) obj(succeeded, her)"),
                new CoreferenceCase("a first name general knowledge genders", "She", "mary-lee", "previous-subject",
                        "Tom/NNP/PERSON Reed/NNP/PERSON met/VBD/_/meet Mary/NNP/PERSON Lee/NNP/PERSON ./.",
                        "compound(Reed, Tom) nsubj(met, Reed) root(ROOT, met) obj(met, Lee) compound(Lee, Mary)",
                        "She/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, She) root(ROOT, smiled)"),
                new CoreferenceCase("first names of either gender and two people: no answer", "She", "-", "-",
                        "Jamie/NNP/PERSON Reed/NNP/PERSON met/VBD/_/meet Kelly/NNP/PERSON Lee/NNP/PERSON ./.",
                        "compound(Reed, Jamie) nsubj(met, Reed) root(ROOT, met) obj(met, Lee) compound(Lee, Kelly)",
                        "She/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, She) root(ROOT, smiled)"),
                new CoreferenceCase("a surname alone, the only person: recency", "He", "reed", "previous-subject",
                        "Reed/NNP/PERSON spoke/VBD/_/speak ./.", "nsubj(spoke, Reed) root(ROOT, spoke)",
                        "He/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, He) root(ROOT, smiled)"),
                new CoreferenceCase("a title nobody was given", "chairman", "-", "-",
                        "Tom/NNP/PERSON Reed/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Reed, Tom) nsubj(spoke, Reed) root(ROOT, spoke)",
                        "The/DT chairman/NN smiled/VBD/_/smile ./.",
                        "det(chairman, The) nsubj(smiled, chairman) root(ROOT, smiled)"),
                new CoreferenceCase("the boss is the chief executive the article named", "boss", "jane-marlow",
                        "described",
                        "CEO/NNP Jane/NNP/PERSON Marlow/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Marlow, CEO) compound(Marlow, Jane) nsubj(spoke, Marlow) root(ROOT, spoke)",
                        "The/DT boss/NN smiled/VBD/_/smile ./.",
                        "det(boss, The) nsubj(smiled, boss) root(ROOT, smiled)"),
                new CoreferenceCase("a title given to a pronoun goes to its person", "head", "jane-marlow",
                        "described",
                        "Jane/NNP/PERSON Marlow/NNP/PERSON joined/VBD/_/join Acme/NNP/ORGANIZATION ./.",
                        "compound(Marlow, Jane) nsubj(joined, Marlow) root(ROOT, joined) obj(joined, Acme)",
                        "She/PRP is/VBZ/_/be the/DT head/NN of/IN sales/NNS ./.",
                        "nsubj(head, She) cop(head, is) det(head, the) root(ROOT, head) case(sales, of) "
                                + "nmod:of(head, sales)",
                        "The/DT head/NN of/IN sales/NNS smiled/VBD/_/smile ./.",
                        "det(head, The) case(sales, of) nmod:of(head, sales) nsubj(smiled, head) root(ROOT, smiled)"),
                new CoreferenceCase("a title in a copula conjoined with the person's clause", "head", "jane-marlow",
                        "described",
                        "Jane/NNP/PERSON Marlow/NNP/PERSON joined/VBD/_/join Acme/NNP/ORGANIZATION and/CC is/VBZ/_/be "
                                + "the/DT head/NN of/IN sales/NNS ./.",
                        "compound(Marlow, Jane) nsubj(joined, Marlow) root(ROOT, joined) obj(joined, Acme) "
                                + "cc(head, and) cop(head, is) det(head, the) conj:and(joined, head) case(sales, of) "
                                + "nmod:of(head, sales)",
                        "The/DT head/NN of/IN sales/NNS smiled/VBD/_/smile ./.",
                        "det(head, The) case(sales, of) nmod:of(head, sales) nsubj(smiled, head) root(ROOT, smiled)"),
                new CoreferenceCase("a minister keeps the word before it: another minister is not meant", "minister",
                        "-", "-",
                        "Finance/NNP minister/NN Tom/NNP/PERSON Reed/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Reed, Finance) compound(Reed, minister) compound(Reed, Tom) nsubj(spoke, Reed) "
                                + "root(ROOT, spoke)",
                        "The/DT health/NN minister/NN smiled/VBD/_/smile ./.",
                        "det(minister, The) compound(minister, health) nsubj(smiled, minister) root(ROOT, smiled)"),
                new CoreferenceCase("the minister alone: the one minister the article named", "minister",
                        "tom-reed", "described",
                        "Finance/NNP minister/NN Tom/NNP/PERSON Reed/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Reed, Finance) compound(Reed, minister) compound(Reed, Tom) nsubj(spoke, Reed) "
                                + "root(ROOT, spoke)",
                        "The/DT minister/NN smiled/VBD/_/smile ./.",
                        "det(minister, The) nsubj(smiled, minister) root(ROOT, smiled)"),
                new CoreferenceCase("the minister alone after two ministers: no answer", "minister", "-", "-",
                        "Finance/NNP minister/NN Tom/NNP/PERSON Reed/NNP/PERSON met/VBD/_/meet "
                                + "health/NN minister/NN Ann/NNP/PERSON Lee/NNP/PERSON ./.",
                        "compound(Reed, Finance) compound(Reed, minister) compound(Reed, Tom) nsubj(met, Reed) "
                                + "root(ROOT, met) obj(met, Lee) compound(Lee, health) compound(Lee, minister#2) "
                                + "compound(Lee, Ann)",
                        "The/DT minister/NN smiled/VBD/_/smile ./.",
                        "det(minister, The) nsubj(smiled, minister) root(ROOT, smiled)"),
                new CoreferenceCase("a chief executive officer is the chief executive", "executive",
                        "jane-marlow", "described",
                        "Jane/NNP/PERSON Marlow/NNP/PERSON ,/, chief/JJ executive/NN officer/NN of/IN "
                                + "Acme/NNP/ORGANIZATION ,/, spoke/VBD/_/speak ./.",
                        "compound(Marlow, Jane) nsubj(spoke, Marlow) root(ROOT, spoke) appos(Marlow, officer) "
                                + "amod(officer, chief) compound(officer, executive) nmod:of(officer, Acme) "
                                + "case(Acme, of)",
                        "The/DT chief/JJ executive/NN smiled/VBD/_/smile ./.",
                        "det(executive, The) amod(executive, chief) nsubj(smiled, executive) root(ROOT, smiled)"),
                new CoreferenceCase("a title the person became", "chairman", "jane-marlow", "described",
                        "Jane/NNP/PERSON Marlow/NNP/PERSON became/VBD/_/become chairman/NN in/IN 2001/CD ./.",
                        "compound(Marlow, Jane) nsubj(became, Marlow) root(ROOT, became) xcomp(became, chairman) "
                                + "obl:in(became, 2001) case(2001, in)",
                        nobody, nobodyParse,
                        "The/DT chairman/NN smiled/VBD/_/smile ./.",
                        "det(chairman, The) nsubj(smiled, chairman) root(ROOT, smiled)"),
                new CoreferenceCase("a title a board gave the person", "chairman", "jane-marlow", "described",
                        "Acme/NNP/ORGANIZATION appointed/VBD/_/appoint Jane/NNP/PERSON Marlow/NNP/PERSON "
                                + "chairman/NN ./.",
                        "nsubj(appointed, Acme) root(ROOT, appointed) obj(appointed, Marlow) "
                                + "compound(Marlow, Jane) xcomp(appointed, chairman)",
                        "The/DT chairman/NN smiled/VBD/_/smile ./.",
                        "det(chairman, The) nsubj(smiled, chairman) root(ROOT, smiled)"),
                // s26-coref: a title held by two people is nobody's; a possessive says at which firm
                new CoreferenceCase("two firms' chief executives: no answer", "executive", "-", "-",
                        twoChiefs, twoChiefsParse,
                        "The/DT chief/JJ executive/NN smiled/VBD/_/smile ./.",
                        "det(executive, The) amod(executive, chief) nsubj(smiled, executive) root(ROOT, smiled)"),
                new CoreferenceCase("a firm's possessive says whose chief executive", "executive", "tom-reed",
                        "described", twoChiefs, twoChiefsParse,
                        "Beta/NNP/ORGANIZATION 's/POS chief/JJ executive/NN smiled/VBD/_/smile ./.",
                        "nmod:poss(executive, Beta) case(Beta, 's) amod(executive, chief) nsubj(smiled, executive) "
                                + "root(ROOT, smiled)"),
                new CoreferenceCase("'its chairman': the firm 'its' stands for", "chairman", "jane-marlow",
                        "described",
                        "Jane/NNP/PERSON Marlow/NNP/PERSON ,/, Acme/NNP/ORGANIZATION 's/POS chairman/NN ,/, "
                                + "spoke/VBD/_/speak ./.",
                        "compound(Marlow, Jane) nsubj(spoke, Marlow) root(ROOT, spoke) appos(Marlow, chairman) "
                                + "nmod:poss(chairman, Acme) case(Acme, 's)",
                        "Tom/NNP/PERSON Reed/NNP/PERSON ,/, Beta/NNP/ORGANIZATION 's/POS chairman/NN ,/, "
                                + "listened/VBD/_/listen ./.",
                        "compound(Reed, Tom) nsubj(listened, Reed) root(ROOT, listened) appos(Reed, chairman) "
                                + "nmod:poss(chairman, Beta) case(Beta, 's)",
                        "Acme/NNP/ORGANIZATION said/VBD/_/say its/PRP$ chairman/NN would/MD retire/VB/_/retire ./.",
                        "nsubj(said, Acme) root(ROOT, said) ccomp(said, retire) nsubj(retire, chairman) "
                                + "nmod:poss(chairman, its) aux(retire, would)"),
                new CoreferenceCase("'he' after a title that is its clause's subject", "he", "tom-reed",
                        "same-sentence",
                        "Tom/NNP/PERSON Reed/NNP/PERSON ,/, the/DT chief/JJ executive/NN ,/, spoke/VBD/_/speak ./.",
                        "compound(Reed, Tom) nsubj(spoke, Reed) root(ROOT, spoke) appos(Reed, executive) "
                                + "det(executive, the) amod(executive, chief)",
                        "Bob/NNP/PERSON Hart/NNP/PERSON met/VBD/_/meet Carl/NNP/PERSON Dane/NNP/PERSON ./.",
                        "compound(Hart, Bob) nsubj(met, Hart) root(ROOT, met) obj(met, Dane) compound(Dane, Carl)",
                        "The/DT chief/JJ executive/NN said/VBD/_/say he/PRP would/MD resign/VB/_/resign ./.",
                        "det(executive, The) amod(executive, chief) nsubj(said, executive) root(ROOT, said) "
                                + "ccomp(said, resign) nsubj(resign, he) aux(resign, would)"),
                // s26-coref: a quotation's speaker and the people it names are not one (MEANTIME tuning 287096, 114613)
                new CoreferenceCase("'he' in a quotation is not its speaker", "He", "bob-hart", "previous-subject",
                        "Tom/NNP/PERSON Reed/NNP/PERSON praised/VBD/_/praise Bob/NNP/PERSON Hart/NNP/PERSON ./.",
                        "compound(Reed, Tom) nsubj(praised, Reed) root(ROOT, praised) obj(praised, Hart) "
                                + "compound(Hart, Bob)",
                        "\"/`` He/PRP changed/VBD/_/change the/DT world/NN ,/, ''/'' Tom/NNP/PERSON Reed/NNP/PERSON "
                                + "said/VBD/_/say ./.",
                        "punct(changed, \") nsubj(changed, He) obj(changed, world) det(world, the) ccomp(said, changed) "
                                + "compound(Reed, Tom) nsubj(said, Reed) root(ROOT, said)"),
                new CoreferenceCase("the speaker after a quotation is not whom it names", "she", "ann-lee",
                        "previous-subject",
                        "Ann/NNP/PERSON Lee/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Lee, Ann) nsubj(spoke, Lee) root(ROOT, spoke)",
                        "\"/`` Bo/NNP/PERSON Kay/NNP/PERSON can/MD act/VB/_/act ,/, ''/'' she/PRP "
                                + "stated/VBD/_/state ./.",
                        "punct(act, \") compound(Kay, Bo) nsubj(act, Kay) aux(act, can) ccomp(stated, act) "
                                + "nsubj(stated, she) root(ROOT, stated)"),
                // s27-coref: "he" after a speaker the story does not name ("A spokesman for Acme said ... he added")
                // is that speaker, not the last man named; a spokeswoman leaves "he" to him, a named spokesman is
                // no unnamed speaker
                new CoreferenceCase("he after an unnamed spokesman: no answer", "He", "-", "-",
                        "Tom/NNP/PERSON Reed/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Reed, Tom) nsubj(spoke, Reed) root(ROOT, spoke)",
                        SPOKESMAN.replace("NOUN", "spokesman"), SPOKESMAN_PARSE.replace("NOUN", "spokesman"),
                        "He/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, He) root(ROOT, smiled)"),
                new CoreferenceCase("he after an unnamed spokeswoman is the man named before", "He", "tom-reed",
                        "previous-subject",
                        "Tom/NNP/PERSON Reed/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Reed, Tom) nsubj(spoke, Reed) root(ROOT, spoke)",
                        SPOKESMAN.replace("NOUN", "spokeswoman"), SPOKESMAN_PARSE.replace("NOUN", "spokeswoman"),
                        "He/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, He) root(ROOT, smiled)"),
                new CoreferenceCase("he in the clause an unnamed spokesman reports: no answer", "he", "-", "-",
                        "Tom/NNP/PERSON Reed/NNP/PERSON spoke/VBD/_/speak ./.",
                        "compound(Reed, Tom) nsubj(spoke, Reed) root(ROOT, spoke)",
                        "A/DT spokesman/NN said/VBD/_/say he/PRP would/MD stay/VB/_/stay ./.",
                        "det(spokesman, A) nsubj(said, spokesman) root(ROOT, said) ccomp(said, stay) "
                                + "nsubj(stay, he) aux(stay, would)"),
                new CoreferenceCase("a named spokesman is the man meant", "He", "tom-reed", "previous-subject",
                        "Tom/NNP/PERSON Reed/NNP/PERSON ,/, a/DT spokesman/NN for/IN Acme/NNP/ORGANIZATION ,/, "
                                + "said/VBD/_/say sales/NNS rose/VBD/_/rise ./.",
                        "compound(Reed, Tom) nsubj(said, Reed) root(ROOT, said) appos(Reed, spokesman) "
                                + "det(spokesman, a) nmod:for(spokesman, Acme) case(Acme, for) ccomp(said, rose) "
                                + "nsubj(rose, sales)",
                        "He/PRP smiled/VBD/_/smile ./.", "nsubj(smiled, He) root(ROOT, smiled)"),
                new CoreferenceCase("a title in a relative clause", "president", "jane-marlow", "described",
                        "Jane/NNP/PERSON Marlow/NNP/PERSON ,/, who/WP is/VBZ/_/be president/NN ,/, "
                                + "spoke/VBD/_/speak ./.",
                        "compound(Marlow, Jane) nsubj(spoke, Marlow) root(ROOT, spoke) acl:relcl(Marlow, president) "
                                + "nsubj(president, who) cop(president, is)",
                        "The/DT president/NN smiled/VBD/_/smile ./.",
                        "det(president, The) nsubj(smiled, president) root(ROOT, smiled)"));
    }

    /** "A spokesman for Acme said sales rose." with NOUN for the speaker's noun. */
    private static final String SPOKESMAN = "A/DT NOUN/NN for/IN Acme/NNP/ORGANIZATION said/VBD/_/say sales/NNS "
            + "rose/VBD/_/rise ./.";
    private static final String SPOKESMAN_PARSE = "det(NOUN, A) nsubj(said, NOUN) nmod:for(NOUN, Acme) case(Acme, for) "
            + "root(ROOT, said) ccomp(said, rose) nsubj(rose, sales)";

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolves(CoreferenceCase c) {
        c.check((text, entities) -> new PersonCoreference(text, entities)::resolve);
    }
}
