package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/** What the words around a name say it is, rule by rule: one row per rule, each with a sentence and its parse. */
class TypeCuesTest {

    /**
     * @param tokens space-separated {@code word[/POS[/lemma[/NER]]]}; capitalised words default to NNP, others to NN
     * @param parse  space-separated {@code governor:relation:dependent} by token position
     * @param name   the words of the name, as in the sentence
     */
    record Row(String tokens, String parse, String name, EntityType type, String rule) {
    }

    private static final List<Row> TABLE = List.of(
            new Row("Apple launched/VBD/launch the iPod .", "1:nsubj:0 1:obj:3 3:det:2", "iPod",
                    EntityType.PRODUCT, "object-of-product-verb"),
            // a name that ends in a word only firms' names end in, whatever the NER guessed from its first words
            new Row("they granted/VBD/grant Orvane/NNP/orvane/PERSON Capital/NNP/capital/PERSON an option .", "",
                    "Orvane Capital", EntityType.ORGANIZATION, "corporate-last-word"),
            new Row("shares in Brask/NNP/brask/LOCATION Holdings/NNP/holdings/LOCATION fell .", "", "Brask Holdings",
                    EntityType.ORGANIZATION, "corporate-last-word"),
            new Row("advised by Tellum Partners , a boutique .", "", "Tellum Partners", EntityType.ORGANIZATION,
                    "corporate-last-word"),
            new Row("advised by Okonjo -/HYPH Lind Partners .", "", "Okonjo - Lind Partners", EntityType.ORGANIZATION,
                    "corporate-last-word"),
            new Row("last year Vexa/NNP/vexa/PERSON Labs/NNP/labs/PERSON hired 40 engineers .", "", "Vexa Labs",
                    EntityType.ORGANIZATION, "corporate-last-word"),
            new Row("passengers stranded by Caldris/NNP/caldris/PERSON Rail/NNP/rail/PERSON waited .", "", "Caldris Rail",
                    EntityType.ORGANIZATION, "corporate-last-word"),
            new Row("she joined Tamsin/NNP/tamsin/PERSON Apparel/NNP/apparel/PERSON .", "", "Tamsin Apparel",
                    EntityType.ORGANIZATION, "corporate-last-word"),
            // a facility is a place by its own words, whatever the NER guessed: its last word, or its word and number
            new Row("flights from Tarrow/NNP/tarrow/ORGANIZATION Airport/NNP/airport/ORGANIZATION were cut .", "",
                    "Tarrow Airport", EntityType.PLACE, "facility-name"),
            new Row("fans filled Brindle Stadium on Saturday .", "", "Brindle Stadium", EntityType.PLACE,
                    "facility-name"),
            new Row("passengers moved to Terminal/JJ/terminal 5/CD/5/NUMBER .", "", "Terminal 5", EntityType.PLACE,
                    "facility-name"),
            new Row("it boards at Gate B12/NNP/b12 .", "", "Gate B12", EntityType.PLACE, "facility-name"),
            new Row("Mr Tarrow Airport spoke/VBD/speak .", "", "Tarrow Airport", EntityType.PERSON, "title-before"),
            // a role an organisation plays for an "it" or a company: "its rival" is a firm, "his rival" may be a man
            new Row("Its/PRP$/its rival/NN/rival , Tessaro/NNP/tessaro/PERSON , reported/VBD/report higher sales .",
                    "1:nmod:poss:0 1:appos:3 5:nsubj:1 5:obj:7 7:amod:6", "Tessaro", EntityType.ORGANIZATION,
                    "apposition-to-role-of-organization"),
            new Row("Halvorsen/NNP/halvorsen/ORGANIZATION 's biggest/JJS/big customer/NN/customer , Dralo/NNP/dralo/PERSON "
                    + ", left/VBD/leave .", "3:nmod:poss:0 0:case:1 3:amod:2 3:appos:5 7:nsubj:3", "Dralo",
                    EntityType.ORGANIZATION, "apposition-to-role-of-organization"),
            new Row("the company/NN/company 's biggest/JJS/big customer/NN/customer , Arnholt/NNP/arnholt/LOCATION , "
                    + "left/VBD/leave .", "1:det:0 4:nmod:poss:1 1:case:2 4:amod:3 4:appos:6 8:nsubj:4", "Arnholt",
                    EntityType.ORGANIZATION, "apposition-to-role-of-organization"),
            // an untyped name ending in its count of members that moves by a percentage is a stock index
            new Row("the Zelt 40/CD/40/NUMBER fell/VBD/fall 1.2/CD/1.2/PERCENT %/NN/%/PERCENT .",
                    "3:nsubj:1 1:det:0 1:nummod:2 3:obj:5 5:nummod:4", "Zelt 40", EntityType.ORGANIZATION,
                    "market-index"),
            // a speaker a reported clause calls "it" speaks for a firm
            new Row("Tessaro/NNP/tessaro/PERSON said/VBD/say it/PRP/it would/MD/would cut/VB/cut 300/CD/300 jobs/NNS/job .",
                    "1:nsubj:0 1:ccomp:4 4:nsubj:2 4:aux:3 4:obj:6 6:nummod:5", "Tessaro", EntityType.ORGANIZATION,
                    "speaker-called-it"),
            new Row("Vexa/NNP/vexa/PERSON said/VBD/say its/PRP$/its profit/NN/profit rose/VBD/rise 12/CD/12 %/NN/% .",
                    "1:nsubj:0 1:ccomp:4 4:nsubj:3 3:nmod:poss:2 4:obj:6 6:nummod:5", "Vexa", EntityType.ORGANIZATION,
                    "speaker-called-it"),
            // what a person joins in a role, or whose board they join, employs them
            new Row("Li/NNP/li/PERSON Wei/NNP/wei/PERSON joined/VBD/join Tessaro/NNP/tessaro/PERSON as head/NN/head of "
                    + "research/NN/research .", "2:nsubj:1 1:compound:0 2:obj:3 2:obl:as:5 5:case:4 5:nmod:of:7",
                    "Tessaro", EntityType.ORGANIZATION, "employer-joined-as"),
            new Row("Quintero/NNP/quintero/PERSON joined/VBD/join the board/NN/board of Tessaro/NNP/tessaro/PERSON .",
                    "1:nsubj:0 1:obj:3 3:det:2 3:nmod:of:5 5:case:4", "Tessaro", EntityType.ORGANIZATION,
                    "employer-of-role"),
            // what money goes into is a firm, whatever place the NER guessed; a country the NER lists stays a place
            new Row("the fund/NN/fund invested/VBD/invest $/$/$ 12/CD/12 million/CD/million in Quillon/NNP/quillon/LOCATION .",
                    "2:nsubj:1 1:det:0 2:obj:3 3:nummod:5 5:compound:4 2:obl:in:7 7:case:6", "Quillon",
                    EntityType.ORGANIZATION, "investee"),
            new Row("it/PRP/it took/VBD/take a stake/NN/stake in Ambrell/NNP/ambrell/LOCATION .",
                    "1:nsubj:0 1:obj:3 3:det:2 3:nmod:in:5 5:case:4", "Ambrell", EntityType.ORGANIZATION, "investee"),
            new Row("investors/NNS/investor poured/VBD/pour money/NN/money into Zephra/NNP/zephra/LOCATION .",
                    "1:nsubj:0 1:obj:2 1:obl:into:4 4:case:3", "Zephra", EntityType.ORGANIZATION, "investee"),
            new Row("it/PRP/it led/VBD/lead a funding/NN/funding round/NN/round in Quillon/NNP/quillon/LOCATION .",
                    "1:nsubj:0 1:obj:4 4:det:2 4:compound:3 4:nmod:in:6 6:case:5", "Quillon", EntityType.ORGANIZATION,
                    "investee"),
            // a role held toward an organisation names it by its preposition, whatever place the NER guessed
            new Row("Mirelle/NNP/mirelle/ORGANIZATION , a customer/NN/customer of Tovanex/NNP/tovanex/LOCATION , "
                    + "said/VBD/say .", "0:appos:3 3:det:2 3:nmod:of:5 5:case:4 7:nsubj:0", "Tovanex",
                    EntityType.ORGANIZATION, "organization-of-role"),
            new Row("among the investors/NNS/investor in Corvala/NNP/corvala/LOCATION are/VBP/be two funds/NNS/fund .",
                    "2:case:0 2:det:1 2:nmod:in:4 4:case:3 7:nsubj:2", "Corvala", EntityType.ORGANIZATION,
                    "organization-of-role"),
            // what someone will head is an organisation: nobody heads a person
            new Row("Helga/NNP/helga/PERSON Morrow/NNP/morrow/PERSON will/MD/will head/VB/head Tarvex/NNP/tarvex/PERSON .",
                    "3:nsubj:1 1:compound:0 3:aux:2 3:obj:4", "Tarvex", EntityType.ORGANIZATION,
                    "object-of-heading-verb"),
            // who opens or closes a factory, a store, an office is a business
            new Row("Brindlemark will/MD/will open/VB/open a factory/NN/factory in Wexford/NNP/wexford/CITY .",
                    "2:nsubj:0 2:aux:1 2:obj:4 4:det:3 2:obl:in:6 6:case:5", "Brindlemark", EntityType.ORGANIZATION,
                    "opener-of-site"),
            new Row("Zandorf will/MD/will build/VB/build a plant/NN/plant near Lyon/NNP/lyon/CITY .",
                    "2:nsubj:0 2:aux:1 2:obj:4 4:det:3 2:obl:near:6 6:case:5", "Zandorf", EntityType.ORGANIZATION,
                    "opener-of-site"),
            new Row("they sold/VBD/sell a million/CD/million copies/NNS/copy of Moonforge/NNP/moonforge/LOCATION .",
                    "1:nsubj:0 1:obj:4 4:nummod:3 3:det:2 4:nmod:of:6 6:case:5", "Moonforge", EntityType.PRODUCT,
                    "copies-of"),
            new Row("The Vela is/VBZ/be priced/VBN/price at $ 30,000 .", "3:nsubj:pass:1 1:det:0", "Vela",
                    EntityType.PRODUCT, "object-of-product-verb"),
            new Row("rivals/NNS/rival such as Google , Amazon and Oracle .",
                    "0:nmod:such_as:3 0:nmod:such_as:5 0:nmod:such_as:7 3:conj:and:5 3:conj:and:7", "Oracle",
                    EntityType.ORGANIZATION, "example-of-kind"),
            new Row("tech stocks/NNS/stock like Datadog fell .", "1:nmod:like:3 1:compound:0", "Datadog",
                    EntityType.ORGANIZATION, "example-of-kind"),
            new Row("customers of Office 365 and other/JJ/other software .",
                    "0:nmod:of:2 2:nummod:3 2:conj:and:6 6:amod:5", "Office 365", EntityType.PRODUCT, "and-other-kind"),
            new Row("OpenAI 's GPT-4 wrote it .", "2:nmod:poss:0 3:nsubj:2", "GPT-4", EntityType.PRODUCT,
                    "model-code-of-owner"),
            new Row("the Munich - based Kessler said .", "", "Kessler", EntityType.ORGANIZATION, "based-organization"),
            new Row("the Munich - based Kessler said .", "", "Munich", EntityType.PLACE, "place-based"),
            new Row("a product called Copilot .", "", "Copilot", EntityType.PRODUCT, "kind-called"),
            new Row("a startup named Ledgerly .", "", "Ledgerly", EntityType.ORGANIZATION, "kind-called"),
            new Row("chief executive Priya Raman said .", "", "Priya Raman", EntityType.PERSON, "title-before"),
            new Row("Brightlane CEO spoke .", "", "Brightlane", EntityType.ORGANIZATION, "attribute-after"),
            // a naming verb or an honorific before the name gives the title after it to the person, not to a company
            new Row("Mr Tom Reed chief executive .", "", "Tom Reed", EntityType.PERSON, "title-before"),
            new Row("shares of Nordhav rose .", "", "Nordhav", EntityType.ORGANIZATION, "organization-verb-before"),
            // s30-names: a firm is controlled or owned by a firm, or by a person the NER names in full (NOT_CUES)
            new Row("Gdynia Freight is controlled/VBN/control by Orvane Kessler .", "", "Orvane Kessler",
                    EntityType.ORGANIZATION, "organization-verb-before"),
            // a person by the role in apposition, whatever the NER guessed: either side of the comma
            new Row("Kaia/NNP/kaia/ORGANIZATION Lund/NNP/lund/ORGANIZATION , the chief/JJ/chief executive of Brindle "
                    + ", said/VBD/say .", "1:compound:0 1:appos:5 5:det:3 5:amod:4 5:nmod:of:7 9:nsubj:1",
                    "Kaia Lund", EntityType.PERSON, "apposition-to-role"),
            new Row("the firm 's founder/NN/founder , Marisol/NNP/marisol/ORGANIZATION de/NNP/de/ORGANIZATION "
                    + "la/NNP/la/ORGANIZATION Fuente/NNP/fuente/ORGANIZATION , declined/VBD/decline .",
                    "1:det:0 3:nmod:poss:1 1:case:2 3:appos:8 8:compound:5 8:compound:6 8:compound:7 10:nsubj:3",
                    "Marisol de la Fuente", EntityType.PERSON, "apposition-to-role"),
            // without a parse: an owner before "'s" is not the apposition's noun ("the fund's chairman" is no fund)
            // the apposition's noun is the role before the preposition, not the carmaker after it
            new Row("said Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON , a spokeswoman for/IN the carmaker/NN/carmaker .",
                    "", "Kaia Lund", EntityType.PERSON, "apposition"),
            new Row("Rashid Mansoori , the fund 's chairman , approved/VBD/approve .", "", "Rashid Mansoori",
                    EntityType.PERSON, "apposition"),
            new Row("Halvorsen , the executive search firm , grew/VBD/grow .", "0:appos:6 6:det:2 6:compound:3 "
                    + "6:compound:4 6:compound:5", "Halvorsen", EntityType.ORGANIZATION, "apposition"),
            new Row("Brindle/NNP/brindle/PERSON 's chief/JJ/chief executive/NN/executive resigned/VBD/resign .",
                    "3:nmod:poss:0 0:case:1 3:amod:2 4:nsubj:3", "Brindle", EntityType.ORGANIZATION, "owner-of-attribute"),
            new Row("the drug Lenvara works .", "", "Lenvara", EntityType.PRODUCT, "product-noun-before"),
            new Row("an equity strategist for Halvor/NNP/halvor/PERSON Brandt/NNP/brandt/PERSON said .", "",
                    "Halvor Brandt", EntityType.ORGANIZATION, "employer-of-job"),
            new Row("the chief economist at Nordhav said .", "", "Nordhav", EntityType.ORGANIZATION, "employer-of-job"),
            new Row("he founded/VBD/found ZeXT in 1985 .", "1:nsubj:0 1:obj:2", "ZeXT", EntityType.ORGANIZATION,
                    "object-of-founding-verb"),
            new Row("the ZMEX and ZRTS exchanges/NNS/exchange closed .", "4:compound:1 4:compound:3 1:conj:and:3 4:det:0",
                    "ZRTS", EntityType.ORGANIZATION, "compound-of-organization-noun"),
            new Row("the Grand/NNP/grand/MISC Harbour/NNP/harbour/MISC insurance company rose .",
                    "4:det:0 4:compound:1 3:compound:2 4:compound:3 5:nsubj:4",
                    "Grand Harbour", EntityType.ORGANIZATION, "compound-of-organization-noun"),
            new Row("Halvorsen/NNP/halvorsen/ORGANIZATION and Zorvex rose .", "0:conj:and:2 3:nsubj:0 3:nsubj:2",
                    "Zorvex", EntityType.ORGANIZATION, "conjunct-of-organization"),
            // s22-names: a later name of a list under a plural noun of organisations is one of them (s21-relations
            // B fenwick-chief "the supermarket chains Harlow Stores, Pennock and Brightwell", quillon-sandvale "the
            // airlines Brenmoor Air and Ardesco": the NER took Pennock and Brightwell for people, Ardesco for a place)
            new Row("its customers/NNS/customer include/VBP/include the supermarket/NN/supermarket chains/NNS/chain "
                    + "Harlow/NNP/harlow/ORGANIZATION Stores/NNPS/stores/ORGANIZATION ,/, Pennock/NNP/pennock/PERSON "
                    + "and/CC/and Brightwell/NNP/brightwell/PERSON .",
                    "1:nmod:poss:0 2:nsubj:1 7:det:3 7:compound:4 7:compound:5 7:compound:6 2:obj:7 7:conj:and:9 "
                            + "7:conj:and:11 11:cc:10", "Pennock", EntityType.ORGANIZATION, "listed-under-organization-noun"),
            new Row("it counts/VBZ/count the airlines/NNS/airline Brenmoor/NNP/brenmoor/ORGANIZATION "
                    + "Air/NNP/air/ORGANIZATION and/CC/and Ardesco/NNP/ardesco/LOCATION among its customers .",
                    "1:nsubj:0 1:obj:5 5:det:2 5:compound:3 5:compound:4 5:conj:and:7 7:cc:6", "Ardesco",
                    EntityType.ORGANIZATION, "listed-under-organization-noun"),
            new Row("Halvorsen was/VBD/be founded/VBN/found in 1976 .", "2:nsubj:pass:0 2:aux:pass:1", "Halvorsen",
                    EntityType.ORGANIZATION, "object-of-founding-verb"),
            new Row("TikTok , owned by ByteDance , grew .", "", "TikTok", EntityType.ORGANIZATION,
                    "owned-by-apposition"),
            new Row("Kessler employs/VBZ/employ many .", "1:nsubj:0", "Kessler", EntityType.ORGANIZATION,
                    "subject-of-organization-verb"),
            new Row("the Zephyrphone maker/NN/maker Halvorsen said .", "3:compound:1 3:compound:2 4:nsubj:3",
                    "Zephyrphone", EntityType.PRODUCT, "compound-of-maker"),
            new Row("the Zephyrphone maker/NN/maker Halvorsen said .", "2:compound:1 3:compound:2 4:nsubj:3",
                    "Zephyrphone", EntityType.PRODUCT, "compound-of-maker"),
            new Row("the maker/NN/maker of the Zephyrphone said .", "1:nmod:of:4 4:det:3 5:nsubj:1", "Zephyrphone",
                    EntityType.PRODUCT, "of-maker"),
            new Row("allowed it to operate/VB/operate Zephyrchat .", "0:xcomp:3 3:obj:4", "Zephyrchat",
                    EntityType.PRODUCT, "object-of-service-verb"),
            new Row("spends on Zephyr services/NNS/service .", "0:obl:on:3 3:compound:2", "Zephyr",
                    EntityType.PRODUCT, "compound-of-product-noun"),
            new Row("Halvorsen/NNP/halvorsen/ORGANIZATION 's Zephyr/NN/zephyr/MISC clients/NNS/client left .",
                    "3:nmod:poss:0 3:compound:2 4:nsubj:3", "Zephyr", EntityType.PRODUCT, "compound-of-company's-noun"),
            new Row("Halvorsen/NNP/halvorsen/ORGANIZATION 's Zephyr/NN/zephyr/MISC grew .", "2:nmod:poss:0 3:nsubj:2",
                    "Zephyr", EntityType.PRODUCT, "owned-by-company"),
            new Row("Halvorsen/NNP/halvorsen/ORGANIZATION 's 747/CD/747 flew .", "2:nmod:poss:0 3:nsubj:2", "747",
                    EntityType.PRODUCT, "model-code-of-owner"),
            new Row("its new operating system/NN/system , Zephyr/NNP/zephyr/PERSON Os/NNP/os/PERSON , sold .",
                    "3:nmod:poss:0 3:appos:6 6:compound:5", "Zephyr Os", EntityType.PRODUCT,
                    "apposition-to-product-noun"),
            new Row("Halvorsen 's latest aircraft/NN/aircraft , the Zephyrliner , flew .", "3:nmod:poss:0 3:appos:6 6:det:5",
                    "Zephyrliner", EntityType.PRODUCT, "apposition-to-product-noun"),
            new Row("the Zyx/NNP/Zyx/MISC index/NN/index rose/VBD/rise 2/CD % .", "3:nsubj:2 2:det:0 2:compound:1",
                    "Zyx", EntityType.ORGANIZATION, "market-index"),
            new Row("the Zyx gained/VBD/gain 71/CD points/NNS/point .", "2:nsubj:1 1:det:0 2:obj:4 4:nummod:3",
                    "Zyx", EntityType.ORGANIZATION, "market-index"),
            new Row("the index/NN/index , the Zyx 100/CD , fell/VBD/fall .", "7:nsubj:1 1:det:0 1:appos:4 4:det:3 "
                    + "4:nummod:5", "Zyx", EntityType.ORGANIZATION, "market-index"),
            new Row("Zephyr/NNP/zephyr Xv/NNP/xv and Corvo/NNP/corvo Iv/NNP/iv are/VBP/be two types/NNS/type of rocket/NN/rocket .",
                    "7:nsubj:1 7:nsubj:4 1:compound:0 4:compound:3 1:conj:and:4 7:cop:5 7:nummod:6 7:nmod:of:9 9:case:8",
                    "Corvo Iv", EntityType.PRODUCT, "subject-of-product-kind"),
            new Row("the Zephyr/NNP/zephyr Os/NNP/os operating/VBG/operate system/NN/system crashed/VBD/crash .",
                    "4:det:0 4:compound:2 2:compound:1 4:amod:3 5:nsubj:4", "Zephyr Os", EntityType.PRODUCT,
                    "compound-of-product-noun"),
            new Row("the first Zephyrmac/NNP/zephyrmac/MISC personal/JJ/personal computer/NN/computer sold/VBD/sell .",
                    "4:det:0 4:amod:1 4:compound:2 4:amod:3 5:nsubj:4", "Zephyrmac", EntityType.PRODUCT,
                    "compound-of-product-noun"),
            new Row("Halvorsen rolled/VBD/roll out/RP/out the Zephyr Pad in May .", "1:nsubj:0 1:compound:prt:2 1:obj:5 "
                    + "5:det:3 5:compound:4", "Zephyr Pad", EntityType.PRODUCT, "object-of-product-verb"),
            new Row("Halvorsen announced the Zephyr X5/NN/x5 smartphone/NN/smartphone .", "1:nsubj:0 1:obj:5 5:det:2 "
                    + "5:compound:3 5:compound:4", "Zephyr X5", EntityType.PRODUCT, "compound-of-product-noun"),
            new Row("shares of the Zephyr 's maker/NN/maker rose .", "0:nmod:of:5 5:nmod:poss:3 3:det:2 6:nsubj:0",
                    "Zephyr", EntityType.PRODUCT, "possessor-of-maker"),
            new Row("the new jetliner/NN/jetliner Zephyrliner flew .", "3:det:0 3:amod:1 3:compound:2 4:nsubj:3",
                    "Zephyrliner", EntityType.PRODUCT, "product-noun-before"),
            new Row("Halvorsen , a carmaker/NN/carmaker based/VBN/base in/IN Oslo , said .", "", "Halvorsen",
                    EntityType.ORGANIZATION, "apposition"),
            new Row("a Halvorsen - owned/VBN/own shipyard closed .", "", "Halvorsen", EntityType.ORGANIZATION,
                    "owner-before-hyphen"),
            new Row("the Nordhav/NNP/nordhav/ORGANIZATION - backed/VBN/back startup grew .", "", "Nordhav",
                    EntityType.ORGANIZATION, "owner-before-hyphen"),
            new Row("Vesterby headquarters/NN/headquarters opened .", "", "Vesterby", EntityType.ORGANIZATION,
                    "attribute-after"),
            new Row("the Zephyr/NNP/zephyr/ORGANIZATION X5/NN/x5/ORGANIZATION will/MD ship/VB/ship in June .",
                    "4:nsubj:2 2:compound:1 2:det:0 4:aux:3 4:obl:in:6", "Zephyr X5", EntityType.PRODUCT,
                    "subject-of-arriving-verb"),
            new Row("Halvorsen/NNP/halvorsen/PERSON 's Vesterby headquarters/NN/headquarters opened .",
                    "3:nmod:poss:0 3:compound:2 4:nsubj:3", "Halvorsen", EntityType.ORGANIZATION, "owner-of-attribute"),
            new Row("Tarvik ordered/VBD/order ten Zephyrliner/NNP/zephyrliner/PERSON jets/NNS/jet .",
                    "1:nsubj:0 1:obj:4 4:nummod:2 4:compound:3", "Zephyrliner", EntityType.PRODUCT,
                    "compound-of-product-noun"),
            new Row("Ledgerly/NNP/ledgerly/ORGANIZATION ships/VBZ/ship the Quillpad .", "1:nsubj:0 1:obj:3 3:det:2",
                    "Ledgerly", EntityType.ORGANIZATION, "subject-of-organization-verb"),
            // a one-word name that makes or sells goods as its line of business, whatever the NER guessed
            new Row("Zentrix/NNP/zentrix/PERSON makes/VBZ/make payroll software/NN/software .",
                    "1:nsubj:0 1:obj:3 3:compound:2", "Zentrix", EntityType.ORGANIZATION, "maker-of-goods"),
            new Row("Kelvane/NNP/kelvane/PERSON builds/VBZ/build wind turbines/NNS/turbine in Tarrow .",
                    "1:nsubj:0 1:obj:3 3:compound:2 1:obl:in:5", "Kelvane", EntityType.ORGANIZATION, "maker-of-goods"),
            // a name in apposition to a kind of organisation: "Lund's startup, Quillon,", "its parent company, Ostara,"
            new Row("Lund 's startup/NN/startup , Quillon/NNP/quillon/LOCATION , raised/VBD/raise $ 2 million .",
                    "2:nmod:poss:0 0:case:1 2:appos:4 6:nsubj:2", "Quillon", EntityType.ORGANIZATION,
                    "apposition-to-organization-noun"),
            new Row("its subsidiary/NN/subsidiary , Brannock/NNP/brannock/LOCATION , was sold/VBN/sell .",
                    "1:nmod:poss:0 1:appos:3 6:nsubj:pass:1", "Brannock", EntityType.ORGANIZATION,
                    "apposition-to-organization-noun"),
            new Row("Zorvex/NNP/zorvex/PERSON 's main/JJ/main supplier/NN/supplier raised/VBD/raise prices .",
                    "3:nmod:poss:0 0:case:1 3:amod:2 4:nsubj:3 4:obj:5", "Zorvex", EntityType.ORGANIZATION,
                    "owner-of-attribute"),
            // who wrote a piece is no place: "a report by the Vesterby Courier"
            new Row("according/VBG/accord to/IN a report/NN/report by the Vesterby/NNP/vesterby/LOCATION "
                    + "Courier/NNP/courier/LOCATION , it closed/VBD/close .",
                    "3:case:0 3:det:2 3:nmod:by:7 7:case:4 7:det:5 7:compound:6 10:obl:according_to:3 10:nsubj:9",
                    "Vesterby Courier", EntityType.ORGANIZATION, "publication-of-piece"),
            // the name first, its kind apposed after it, the kind's modifier split at its hyphens beyond the words'
            // eight-token reach: the parse's head noun says the firm (s44-names)
            new Row("Klarna/NNP/klarna/PERSON , the/DT/the Swedish/JJ/swedish buy/NN/buy - now/RB/now - pay/VB/pay - "
                    + "later/RB/later lender/NN/lender , said/VBD/say .",
                    "11:det:2 11:amod:3 11:compound:8 8:dep:4 0:appos:11 13:nsubj:0", "Klarna", EntityType.ORGANIZATION,
                    "name-before-apposed-organization-noun"),
            new Row("Ocado/NNP/ocado/PERSON , the/DT/the online/JJ/online grocer/NN/grocer , said/VBD/say .",
                    "4:det:2 4:amod:3 0:appos:4 6:nsubj:0", "Ocado", EntityType.ORGANIZATION,
                    "name-before-apposed-organization-noun"),
            // a model named after a town, before its kind of vehicle with "the" or an owner (s44-names)
            new Row("the/DT/the Tacoma/NNP/tacoma/LOCATION pickup/NN/pickup sold/VBD/sell well/RB/well .",
                    "2:det:0 2:compound:1 3:nsubj:2", "Tacoma", EntityType.PRODUCT, "place-named-model"),
            new Row("Hyundai/NNP/hyundai/ORGANIZATION recalled/VBD/recall its/PRP$/its Tucson/NNP/tucson/CITY SUVs/NNS/suv .",
                    "1:nsubj:0 1:obj:4 4:nmod:poss:2 4:compound:3", "Tucson", EntityType.PRODUCT, "place-named-model"),
            new Row("its parent/NN/parent company/NN/company , Ostara/NNP/ostara/PERSON , grew/VBD/grow .",
                    "2:nmod:poss:0 2:compound:1 2:appos:4 6:nsubj:2", "Ostara", EntityType.ORGANIZATION,
                    "apposition-to-organization-noun"),
            new Row("the Vesterby/NNP/vesterby/ORGANIZATION Herald/NNP/herald/ORGANIZATION reported/VBD/report a loss .",
                    "3:nsubj:2 2:det:0 2:compound:1 3:obj:5", "Vesterby Herald", EntityType.ORGANIZATION, "news-source"),
            new Row("according/VBG/accord to/TO Zedline/NNP/zedline , sales fell/VBD/fall .",
                    "6:obl:according_to:2 2:case:0 6:nsubj:5", "Zedline", EntityType.ORGANIZATION, "news-source"),
            new Row("the Vesterby/NNP/vesterby/ORGANIZATION Herald/NNP/herald/ORGANIZATION magazine/NN/magazine said .",
                    "3:compound:2 2:compound:1 3:det:0 4:nsubj:3", "Vesterby Herald", EntityType.ORGANIZATION,
                    "compound-of-organization-noun"),
            new Row("the app/NN/app runs/VBZ/run on Vexos .", "2:nsubj:1 1:det:0 2:obl:on:4 4:case:3", "Vexos",
                    EntityType.PRODUCT, "platform-run-on"),
            new Row("according/VBG/accord to/TO a report/NN/report in Vesterby Weekly , sales fell/VBD/fall .",
                    "9:obl:according_to:3 3:det:2 3:nmod:in:6 6:compound:5 6:case:4 9:nsubj:8", "Vesterby Weekly",
                    EntityType.ORGANIZATION, "publication-of-piece"),
            new Row("in an interview/NN/interview with Zedline/NNP/zedline/MISC , he said/VBD/say so .",
                    "7:obl:in:2 2:det:1 2:nmod:with:4 4:case:3 7:nsubj:6", "Zedline", EntityType.ORGANIZATION,
                    "publication-of-piece"),
            new Row("he told/VBD/tell Zedline on Monday .", "1:nsubj:0 1:obj:2 1:obl:on:4", "Zedline",
                    EntityType.ORGANIZATION, "news-source"),
            // a role held in an organisation: its "of" is the organisation, whatever shape the NER guessed a place from
            new Row("the chief/JJ/chief executive/NN/executive of Brindle/NNP/brindle/LOCATION Mills/NNP/mills/LOCATION "
                    + "said/VBD/say .", "2:det:0 2:amod:1 2:nmod:of:5 5:case:3 5:compound:4 6:nsubj:2", "Brindle Mills",
                    EntityType.ORGANIZATION, "employer-of-role"),
            new Row("a spokeswoman/NN/spokeswoman of Tarrow/NNP/tarrow/PERSON Foods/NNPS/foods/PERSON declined .",
                    "1:det:0 1:nmod:of:4 4:case:2 4:compound:3 5:nsubj:1", "Tarrow Foods", EntityType.ORGANIZATION,
                    "employer-of-role"),
            // what a price is asked for is a product
            new Row("the new/JJ/new Zentrox costs/VBZ/cost $/$/$/MONEY 499/CD/499/MONEY .",
                    "3:nsubj:2 2:det:0 2:amod:1 3:obj:4 4:nummod:5", "Zentrox", EntityType.PRODUCT,
                    "subject-of-price-verb"),
            // what goes on sale, or is on sale, is goods (session 42); not "for sale"
            new Row("the Zentrox goes/VBZ/go on/IN sale/NN/sale in May .",
                    "2:nsubj:1 1:det:0 2:obl:on:4 4:case:3 2:obl:in:6 6:case:5", "Zentrox", EntityType.PRODUCT,
                    "subject-of-going-on-sale"),
            new Row("the Zentrox is/VBZ/be on/IN sale/NN/sale in Japan .",
                    "4:nsubj:1 1:det:0 4:cop:2 4:case:3 4:obl:in:6 6:case:5", "Zentrox", EntityType.PRODUCT,
                    "subject-of-going-on-sale"),
            // an office of a town or a state: its "of" is that place, whatever the NER guessed
            new Row("the mayor/NN/mayor of Tarrow/NNP/tarrow/PERSON resigned/VBD/resign .",
                    "1:det:0 1:nmod:of:3 3:case:2 4:nsubj:1", "Tarrow", EntityType.PLACE, "place-of-office"),
            // ... or its possessor, and a local body written with the word that makes it local
            new Row("Tidewell/NNP/tidewell/PERSON 's town/NN/town council/NN/council voted/VBD/vote .",
                    "3:nmod:poss:0 0:case:1 3:compound:2 4:nsubj:3", "Tidewell", EntityType.PLACE, "place-of-office"),
            new Row("Tarrow/NNP/tarrow/PERSON 's mayor/NN/mayor resigned/VBD/resign .",
                    "2:nmod:poss:0 0:case:1 3:nsubj:2", "Tarrow", EntityType.PLACE, "place-of-office"),
            // a one-word title the NER takes for a surname, where only a publication stands
            new Row("she told/VBD/tell Quillon/NNP/quillon/PERSON on Monday .", "1:nsubj:0 1:obj:2 1:obl:on:4", "Quillon",
                    EntityType.ORGANIZATION, "news-source"),
            new Row("according/VBG/accord to/TO Zed/NNP/zed/LOCATION Ledger/NNP/ledger/LOCATION , the device/NN/device "
                    + "overheats/VBZ/overheat .", "8:obl:according_to:3 3:compound:2 3:case:0 7:det:6 8:nsubj:7",
                    "Zed Ledger", EntityType.ORGANIZATION, "news-source"),
            new Row("Quillon/NNP/quillon/PERSON reported/VBD/report a loss .", "1:nsubj:0 1:obj:3 3:det:2", "Quillon",
                    EntityType.ORGANIZATION, "news-source"),
            new Row("it showed its new/JJ/new operating/VBG/operate system/NN/system , Vesta/NNP/vesta/PERSON "
                    + "Lynx/NNP/lynx/PERSON , and more .", "1:nsubj:0 1:obj:7 7:compound:6 1:conj:and:10", "Vesta Lynx",
                    EntityType.PRODUCT, "apposition-to-product-noun"),
            // what a maker makes, is made by, or turns out (session 14): names the NER left untyped
            new Row("Marrak/NNP/marrak/ORGANIZATION Foods/NNP/foods/ORGANIZATION makes/VBZ/make Crunchwell at its "
                    + "plant/NN/plant .", "2:nsubj:1 1:compound:0 2:obj:3 2:obl:at:6 6:nmod:poss:5 6:case:4",
                    "Crunchwell", EntityType.PRODUCT, "object-of-making-verb"),
            new Row("Pellmore/NNP/pellmore/ORGANIZATION stopped/VBD/stop making/VBG/make Velo .",
                    "1:nsubj:0 1:xcomp:2 2:obj:3", "Velo", EntityType.PRODUCT, "object-of-making-verb"),
            new Row("Velo/NNP/velo was/VBD/be developed/VBN/develop by Pellmore/NNP/pellmore/ORGANIZATION .",
                    "2:nsubj:pass:0 2:aux:pass:1 2:obl:agent:4 4:case:3", "Velo", EntityType.PRODUCT, "made-by-maker"),
            new Row("Velo/NNP/velo , designed/VBN/design by Pellmore/NNP/pellmore/ORGANIZATION , won/VBD/win .",
                    "6:nsubj:0 0:acl:2 2:obl:agent:4 4:case:3", "Velo", EntityType.PRODUCT, "made-by-maker"),
            new Row("Pellmore/NNP/pellmore/ORGANIZATION began/VBD/begin production/NN/production of Velo/NNP/velo .",
                    "1:nsubj:0 1:obj:2 2:nmod:of:4 4:case:3", "Velo", EntityType.PRODUCT, "of-output-noun"),
            new Row("Zorvex/NNP/zorvex/ORGANIZATION will recall 40,000/CD/40,000 Fennec vans/NNS/van .",
                    "2:nsubj:0 2:aux:1 2:obj:5 5:nummod:3 5:compound:4", "Fennec", EntityType.PRODUCT,
                    "compound-of-product-noun"),
            new Row("the Pellmore/NNP/pellmore -/HYPH/- made/VBN/make Velo/NNP/velo drone/NN/drone flew/VBD/fly .",
                    "5:det:0 5:amod:3 3:obl:1 5:compound:4 6:nsubj:5", "Pellmore", EntityType.ORGANIZATION,
                    "maker-before-made"),
            // s18-entities: a natural feature's own word, first or last, whatever the NER guessed from the name
            new Row("after the River/NNP/river/ORGANIZATION Lune/NNP/lune/ORGANIZATION burst/VBD/burst its banks .", "",
                    "River Lune", EntityType.PLACE, "natural-feature-name"),
            new Row("boats on Lake/NNP/lake/ORGANIZATION Varrow/NNP/varrow/ORGANIZATION were moored .", "",
                    "Lake Varrow", EntityType.PLACE, "natural-feature-name"),
            new Row("grain moves along the Tessin/NNP/tessin/ORGANIZATION River/NNP/river/ORGANIZATION by barge .", "",
                    "Tessin River", EntityType.PLACE, "natural-feature-name"),
            new Row("walkers crossed the Harrowdale/NNP/harrowdale Fells/NNP/fells in snow .", "",
                    "Harrowdale Fells", EntityType.PLACE, "natural-feature-name"),
            // s18-entities: what a settlement noun is "of" names the settlement ("the hamlet of Thornby Moss")
            new Row("homes in the neighbouring/VBG/neighbour hamlet/NN/hamlet of/IN/of Thornby/NNP/thornby/PERSON "
                    + "Moss/NNP/moss/PERSON were/VBD/be flooded/VBN/flood .",
                    "4:det:2 4:amod:3 7:case:5 7:compound:6 4:nmod:of:7 9:nsubj:pass:4", "Thornby Moss", EntityType.PLACE,
                    "settlement-of"),
            new Row("the village/NN/village of/IN/of Ashcombe/NNP/ashcombe/ORGANIZATION voted/VBD/vote .",
                    "1:det:0 3:case:2 1:nmod:of:3 4:nsubj:1", "Ashcombe", EntityType.PLACE, "settlement-of"),
            // a settlement noun's "of" that names a firm by its last word stays the firm's
            new Row("the town/NN/town of/IN/of Brask/NNP/brask Holdings/NNP/holdings spoke/VBD/speak .",
                    "1:det:0 4:case:2 4:compound:3 1:nmod:of:4 5:nsubj:1", "Brask Holdings", EntityType.ORGANIZATION,
                    "corporate-last-word"),
            new Row("Mr Lake/NNP/lake Varrow/NNP/varrow spoke/VBD/speak .", "", "Lake Varrow", EntityType.PERSON,
                    "title-before"),
            // s19-products: a kind of product written in capitals ("recalling 30,000 Verro SUVs", s17 held-out; "about
            // 80,000 Trevis SUVs built by", an earlier held-out set), which the tagger takes for a proper noun
            new Row("Tarvik recalled/VBD/recall 3,000/CD Zephyr/NNP/zephyr SUVs/NNPS/SUVs .",
                    "1:nsubj:0 1:obj:4 4:nummod:2 4:compound:3", "Zephyr", EntityType.PRODUCT, "compound-of-product-noun"),
            new Row("Tarvik sold/VBD/sell 900/CD Zephyr/NNP/zephyr EVs/NNPS/EVs .",
                    "1:nsubj:0 1:obj:4 4:nummod:2 4:compound:3", "Zephyr", EntityType.PRODUCT, "compound-of-product-noun"));

    /** Words that look like a cue's but are not names: each must get no cue. */
    private static final List<Row> NOT_CUES = List.of(
            // s42-products: a firm put up for sale is not goods on sale
            new Row("the Zentrox went/VBD/go up/RP/up for/IN sale/NN/sale .",
                    "2:nsubj:1 1:det:0 2:compound:prt:3 2:obl:for:5 5:case:4", "Zentrox", null, null),
            // s30-names: a firm is controlled by a person too, where the NER names one in full (s29-names A "Gdynia
            // Freight is controlled by Piotr Wasik")
            new Row("Gdynia Freight is controlled/VBN/control by Piotr/NNP/piotr/PERSON Wasik/NNP/wasik/PERSON .", "",
                    "Piotr Wasik", null, null),
            // a central bank has a governor, and a firm or a party a council of its own
            new Row("Varden/NNP/varden/PERSON 's governor/NN/governor resigned/VBD/resign .",
                    "2:nmod:poss:0 0:case:1 3:nsubj:2", "Varden", null, null),
            new Row("Varden/NNP/varden/PERSON 's council/NN/council met/VBD/meet .",
                    "2:nmod:poss:0 0:case:1 3:nsubj:2", "Varden", null, null),
            // a speaker's "his" is a person's; joining as a partner says nothing: firms partner too
            new Row("Vexa/NNP/vexa/PERSON said/VBD/say his/PRP$/his shares/NNS/share rose/VBD/rise .",
                    "1:nsubj:0 1:ccomp:4 4:nsubj:3 3:nmod:poss:2", "Vexa", null, null),
            new Row("copies/NNS/copy of Kaia/NNP/kaia/PERSON sold/VBD/sell .", "0:nmod:of:2 2:case:1 3:nsubj:0",
                    "Kaia", null, null),
            // s33-relations: a title word after a modal or "to" is the verb the tagger took for a noun; what it chairs
            // or heads is no person ("Hale will chair ReCell")
            // a town before a noun that is no vehicle's kind, or a country before one: no model (s44-names)
            new Row("the/DT/the Detroit/NNP/detroit/CITY plant/NN/plant closed/VBD/close .",
                    "2:det:0 2:compound:1 3:nsubj:2", "Detroit", null, null),
            new Row("the/DT/the China/NNP/china/COUNTRY model/NN/model sold/VBD/sell well/RB/well .",
                    "2:det:0 2:compound:1 3:nsubj:2", "China", null, null),
            new Row("Hale will/MD/will chair/NN/chair Rexell/NNP/rexell/PERSON .", "", "Rexell", null, null),
            new Row("Hale is to/TO/to head/NN/head Rexell/NNP/rexell/PERSON .", "", "Rexell", null, null),
            new Row("Kaia/NNP/kaia/PERSON joined/VBD/join Tessaro/NNP/tessaro/PERSON as a partner/NN/partner .",
                    "1:nsubj:0 1:obj:2 1:obl:as:5 5:case:3 5:det:4", "Tessaro", null, null),
            // a person's client, investors in a country, a person opening a shop, a door opened, a person buying shares
            new Row("a client/NN/client of Lund/NNP/lund/PERSON said/VBD/say .", "1:det:0 1:nmod:of:3 3:case:2 4:nsubj:1",
                    "Lund", null, null),
            new Row("investors/NNS/investor in Britain/NNP/britain/COUNTRY fled/VBD/flee .", "0:nmod:in:2 2:case:1 3:nsubj:0",
                    "Britain", null, null),
            // money put into a country the NER lists does not make it a firm
            new Row("the fund/NN/fund invested/VBD/invest heavily/RB/heavily in Spain/NNP/spain/COUNTRY .",
                    "2:nsubj:1 1:det:0 2:advmod:3 2:obl:in:5 5:case:4", "Spain", null, null),
            // nor into a region the NER only guesses as a location, nor into a part of a continent
            new Row("the fund/NN/fund invested/VBD/invest heavily/RB/heavily in Patagonia/NNP/patagonia/LOCATION .",
                    "2:nsubj:1 1:det:0 2:advmod:3 2:obl:in:5 5:case:4", "Patagonia", null, null),
            new Row("investors/NNS/investor poured/VBD/pour money/NN/money into Scandinavia/NNP/scandinavia/LOCATION .",
                    "1:nsubj:0 1:obj:2 1:obl:into:4 4:case:3", "Scandinavia", null, null),
            new Row("it/PRP/it took/VBD/take a stake/NN/stake in Scandinavia/NNP/scandinavia/LOCATION 's/POS/'s "
                    + "largest/JJS/large ferry/NN/ferry line/NN/line .",
                    "1:nsubj:0 1:obj:3 3:det:2 3:nmod:in:9 9:nmod:poss:5 5:case:6 9:amod:7 9:compound:8 9:case:4",
                    "Scandinavia", null, null),
            new Row("Kaia/NNP/kaia/PERSON opened/VBD/open a shop/NN/shop .", "1:nsubj:0 1:obj:3 3:det:2", "Kaia", null,
                    null),
            new Row("Zandorf opened/VBD/open the door/NN/door .", "1:nsubj:0 1:obj:3 3:det:2", "Zandorf", null, null),
            new Row("Anna/NNP/anna/PERSON Lind/NNP/lind/PERSON bought/VBD/buy 50,000/CD/50,000 shares/NNS/share .",
                    "2:nsubj:1 1:compound:0 2:obj:4 4:nummod:3", "Anna Lind", null, null),
            // "it appointed Tom Reed chief executive": the title is the person's, not a company's chief's
            new Row("it appointed/VBD/appoint Tom/NNP/tom/PERSON Reed/NNP/reed/PERSON chief executive .", "",
                    "Tom Reed", null, null),
            new Row("the Zephyr/NNP/zephyr/MISC music business/NN/business grew .",
                    "3:det:0 2:compound:1 3:compound:2 4:nsubj:3", "Zephyr", null, null),
            new Row("the zPhone/NNP/zphone/MISC insurance company grew .",
                    "3:det:0 2:compound:1 3:compound:2 4:nsubj:3", "zPhone", null, null),
            new Row("AI/NN revenue rose .", "1:compound:0 2:nsubj:1", "AI", null, null),
            new Row("Net/JJ profit rose .", "1:amod:0 2:nsubj:1", "Net", null, null),
            new Row("the economist in Vesterby said .", "", "Vesterby", null, null),
            new Row("Halvor/NNP/halvor/PERSON and Zorvex rose .", "0:conj:and:2 3:nsubj:0 3:nsubj:2", "Zorvex", null, null),
            new Row("Halvorsen 's Zephyr/NNP/zephyr/ORGANIZATION and Nordhav 's Zorvex flew .",
                    "2:nmod:poss:0 6:nmod:poss:4 2:conj:and:6 7:nsubj:2 7:nsubj:6", "Zorvex", null, null),
            new Row("the Vesterby/NNP/vesterby/CITY carmaker/NN/carmaker said .", "2:compound:1 2:det:0 3:nsubj:2",
                    "Vesterby", null, null),
            new Row("gains from AI/NN services/NNS/service .", "0:nmod:from:3 3:compound:2", "AI", null, null),
            new Row("Halvorsen/NNP/halvorsen/ORGANIZATION ' Delivery Center was busy .", "3:nmod:poss:0 3:compound:2",
                    "Delivery Center", null, null),
            new Row("Zephyr/NNP/zephyr is/VBZ/be a type/NN/type of bank/NN/bank .",
                    "3:nsubj:0 3:cop:1 3:det:2 3:nmod:of:5 5:case:4", "Zephyr", null, null),
            new Row("Halvorsen rolled/VBD/roll the Zephyr Pad downhill .", "1:nsubj:0 1:obj:4 4:det:2 4:compound:3",
                    "Zephyr Pad", null, null),
            new Row("Halvorsen/NNP/halvorsen/ORGANIZATION 's maker/NN/maker said .", "2:nmod:poss:0 3:nsubj:2",
                    "Halvorsen", null, null),
            new Row("Halvorsen 's Vesterby headquarters/NN/headquarters opened .", "", "Vesterby", null, null),
            new Row("it closed its Vesterby plants/NNS/plant .", "", "Vesterby", null, null),
            new Row("the new Vesterby/NNP/vesterby/CITY headquarters/NN/headquarters opened .", "", "Vesterby", null, null),
            new Row("a Halvor/NNP/halvor/PERSON Lund/NNP/lund/PERSON - backed/VBN/back fund grew .", "", "Halvor Lund",
                    null, null),
            new Row("a Vesterby/NNP/vesterby/COUNTRY - owned/VBN/own bank grew .", "", "Vesterby", null, null),
            new Row("the state - owned/VBN/own bank grew .", "", "state", null, null),
            new Row("according/VBG/accord to/TO Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON , sales fell/VBD/fall .",
                    "7:obl:according_to:3 3:compound:2 3:case:0 7:nsubj:6", "Kaia Lund", null, null),
            new Row("Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON launched/VBD/launch in May .", "2:nsubj:1 1:compound:0",
                    "Kaia Lund", null, null),
            new Row("Kaia/NNP/kaia/PERSON 's father/NN/father died .", "2:nmod:poss:0 3:nsubj:2", "Kaia", null, null),
            new Row("he told/VBD/tell Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON so .", "1:nsubj:0 1:obj:3 3:compound:2",
                    "Kaia Lund", null, null),
            new Row("an interview/NN/interview in Vesterby/NNP/vesterby/CITY ended .", "1:det:0 1:nmod:in:3 3:case:2 "
                    + "4:nsubj:1", "Vesterby", null, null),
            new Row("the new/JJ/new Vesterby/NNP/vesterby/ORGANIZATION chief/NN/chief said .", "3:det:0 3:amod:1 "
                    + "3:compound:2 4:nsubj:3", "Vesterby", null, null),
            new Row("Vexos/NNP/vexos/PERSON ran/VBD/run on Monday/NNP/monday/DATE .", "1:nsubj:0 1:obl:on:3 3:case:2",
                    "Monday", null, null),
            new Row("the new/JJ/new Zorvex emerged/VBD/emerge from bankruptcy .", "3:nsubj:2 2:det:0 2:amod:1",
                    "Zorvex", null, null),
            new Row("it grounded the plane/NN/plane , Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON said/VBD/say .", "",
                    "Kaia Lund", null, null),
            new Row("sales of phones/NNS/phone , Zephyr/NNP/zephyr/ORGANIZATION said/VBD/say .", "", "Zephyr", null,
                    null),
            // without a parse, the noun after "according to X," is not X's apposition
            new Row("according/VBG/accord to/TO Zed/NNP/zed/LOCATION Ledger/NNP/ledger/LOCATION , the device/NN/device "
                    + "overheats/VBZ/overheat .", "", "Zed Ledger", null, null),
            new Row("according/VBG/accord to/TO Tarrow/NNP/tarrow/CITY , sales fell/VBD/fall .",
                    "6:obl:according_to:2 2:case:0 6:nsubj:5", "Tarrow", null, null),
            // what something cost someone is no price of a product
            new Row("the Zentrox strike/NN/strike cost/VBD/cost Halvorsen $/$/$/MONEY 4/CD/4/MONEY million/CD/million/MONEY .",
                    "3:nsubj:2 2:compound:1 2:det:0 3:iobj:4 3:obj:5 5:nummod:6", "Zentrox", null, null),
            new Row("Zentrox/NNP/zentrox/MISC cost/VBD/cost Halvorsen $/$/$/MONEY 4/CD/4/MONEY million/CD/million/MONEY .",
                    "1:nsubj:0 1:iobj:2 1:obj:3 3:nummod:4", "Zentrox", null, null),
            // the governor of a bank the NER calls an organisation keeps the NER's word
            new Row("the governor/NN/governor of Tarrow/NNP/tarrow/ORGANIZATION Reserve/NNP/reserve/ORGANIZATION "
                    + "Bank/NNP/bank/ORGANIZATION said/VBD/say .", "1:det:0 1:nmod:of:5 5:case:2 5:compound:3 "
                    + "5:compound:4 6:nsubj:1", "Tarrow Reserve Bank", null, null),
            // a person, a place or a deed is no maker of goods: "sells his shares", "makes a point", a listed city
            new Row("Halloran/NNP/halloran/PERSON sells/VBZ/sell his shares/NNS/share .",
                    "1:nsubj:0 1:obj:3 3:nmod:poss:2", "Halloran", null, null),
            new Row("Dessing/NNP/dessing/PERSON makes/VBZ/make a point/NN/point .", "1:nsubj:0 1:obj:3 3:det:2",
                    "Dessing", null, null),
            new Row("Tarrow/NNP/tarrow/CITY builds/VBZ/build wind turbines/NNS/turbine .",
                    "1:nsubj:0 1:obj:3 3:compound:2", "Tarrow", null, null),
            new Row("Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON makes/VBZ/make oak furniture/NN/furniture .",
                    "1:compound:0 2:nsubj:1 2:obj:4 4:compound:3", "Kaia Lund", null, null),
            // a report by a person, or by a city the NER lists, keeps the NER's type
            new Row("a report/NN/report by Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON said/VBD/say .",
                    "1:det:0 1:nmod:by:4 4:case:2 4:compound:3 5:nsubj:1", "Kaia Lund", null, null),
            new Row("a report/NN/report by Tarrow/NNP/tarrow/CITY said/VBD/say .",
                    "1:det:0 1:nmod:by:3 3:case:2 4:nsubj:1", "Tarrow", null, null),
            // a name ending in a corporate word after a city the NER lists is a place's ("Tarrow Capital" area);
            // generic or heading words before it name a class ("General Partners", "Net Capital"); one word alone
            new Row("in the Tarrow/NNP/tarrow/CITY Capital/NNP/capital/LOCATION area .", "", "Tarrow Capital",
                    null, null),
            new Row("the General/NNP/general Partners/NNP/partners voted .", "", "General Partners", null, null),
            new Row("its Net/NNP/net Capital/NNP/capital fell .", "", "Net Capital", null, null),
            new Row("the Capital/NNP/capital/LOCATION was calm .", "", "Capital", null, null),
            // a model's number: what rose is the sales, not the model
            new Row("sales of the Vela 500/CD/500/NUMBER rose/VBD/rise 5/CD/5/PERCENT %/NN/%/PERCENT .",
                    "6:nsubj:0 0:nmod:of:4 4:det:2 4:compound:3 4:case:1 6:obj:8 8:nummod:7", "Vela 500", null, null),
            // "his rival", a person in full, and an "it" of the weather or of time keep the NER's person
            new Row("His/PRP$/his rival/NN/rival , Tessaro/NNP/tessaro/PERSON , spoke/VBD/speak .",
                    "1:nmod:poss:0 1:appos:3 5:nsubj:1", "Tessaro", null, null),
            new Row("its rival/NN/rival , Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON , spoke/VBD/speak .",
                    "1:nmod:poss:0 1:appos:4 4:compound:3 6:nsubj:1", "Kaia Lund", null, null),
            new Row("Tessaro/NNP/tessaro/PERSON said/VBD/say it/PRP/it would/MD/would take/VB/take time/NN/time .",
                    "1:nsubj:0 1:ccomp:4 4:nsubj:2 4:aux:3 4:obj:5", "Tessaro", null, null),
            new Row("Tessaro/NNP/tessaro/PERSON said/VBD/say it/PRP/it was/VBD/be a mistake/NN/mistake .",
                    "1:nsubj:0 1:ccomp:5 5:nsubj:2 5:cop:3 5:det:4", "Tessaro", null, null),
            new Row("Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON said/VBD/say it/PRP/it would/MD/would cut/VB/cut 300/CD/300 "
                    + "jobs/NNS/job .", "1:compound:0 2:nsubj:1 2:ccomp:5 5:nsubj:3 5:aux:4 5:obj:7 7:nummod:6",
                    "Kaia Lund", null, null),
            new Row("Tessaro/NNP/tessaro/PERSON said/VBD/say he/PRP/he would/MD/would cut/VB/cut 300/CD/300 jobs/NNS/job .",
                    "1:nsubj:0 1:ccomp:4 4:nsubj:2 4:aux:3 4:obj:6 6:nummod:5", "Tessaro", null, null),
            // a person's job that is a kind of organisation too, and a partner, keep the NER's person
            new Row("the producer/NN/producer , Marta/NNP/marta/PERSON Kell/NNP/kell/PERSON , spoke/VBD/speak .",
                    "1:det:0 1:appos:4 4:compound:3 6:nsubj:1", "Marta Kell", null, null),
            new Row("his partner/NN/partner , Jonah/NNP/jonah/PERSON Brie/NNP/brie/PERSON , spoke/VBD/speak .",
                    "1:nmod:poss:0 1:appos:4 4:compound:3 6:nsubj:1", "Jonah Brie", null, null),
            // a person named like a facility stays the NER's person; a facility's word alone, or without its number, is no
            // facility ("Terminal Velocity", "the Arena")
            new Row("Robert/NNP/robert/PERSON Arena/NNP/arena/PERSON spoke/VBD/speak .", "", "Robert Arena", null, null),
            new Row("they watched Terminal Velocity .", "", "Terminal Velocity", null, null),
            new Row("the Arena was full .", "", "Arena", null, null),
            // a role whose "of" the NER lists as a city is no company: "the director of Tarrow" keeps the place
            new Row("the director/NN/director of Tarrow/NNP/tarrow/CITY said/VBD/say .",
                    "1:det:0 1:nmod:of:3 3:case:2 4:nsubj:1", "Tarrow", null, null),
            // making something into something else says nothing of a product; a place the NER knows is no maker
            // before "-made"; a making verb without its maker in "by" is no product's participle
            new Row("Lund/NNP/lund/PERSON built/VBD/build Quillon into a giant/NN/giant .",
                    "1:nsubj:0 1:obj:2 1:obl:into:5 5:case:3 5:det:4", "Quillon", null, null),
            new Row("a Vesterby/NNP/vesterby/CITY -/HYPH/- made/VBN/make drone/NN/drone flew/VBD/fly .",
                    "4:det:0 4:amod:3 3:obl:1 5:nsubj:4", "Vesterby", null, null),
            new Row("Velo/NNP/velo , made/VBN/make in Ohio/NNP/ohio/STATE_OR_PROVINCE , won/VBD/win .",
                    "6:nsubj:0 0:acl:2 2:obl:in:4 4:case:3", "Velo", null, null),
            // the noun phrase after a comma that a verb of saying follows is the speaker, not the name's apposition
            new Row("the deficit rose to 5.2% of GDP/NNP/gdp , the finance/NN/finance ministry/NN/ministry said/VBD/say .",
                    "", "GDP", null, null),
            new Row("sales rose at Tollan/NNP/tollan , the company/NN/company told/VBD/tell reporters .",
                    "", "Tollan", null, null),
            // s18-entities: a feature's word inside a longer name, or a person's name, or one word alone
            new Row("she met Jonathan/NNP/jonathan/PERSON River/NNP/river/PERSON in June .", "", "Jonathan River", null,
                    null),
            new Row("they visited Lake/NNP/lake/ORGANIZATION Varrow/NNP/varrow/ORGANIZATION Foods/NNP/foods/ORGANIZATION "
                    + "yesterday .", "", "Lake Varrow", null, null),
            new Row("a river/NN/river near Tessin/NNP/tessin/LOCATION flooded/VBD/flood .", "", "Tessin", null, null),
            // s19-products: a capitalised noun that is no kind of product leaves the name before it alone
            new Row("Tarvik hired/VBD/hire 30/CD Zephyr/NNP/zephyr CFOs/NNPS/CFOs .",
                    "1:nsubj:0 1:obj:4 4:nummod:2 4:compound:3", "Zephyr", null, null),
            // s20-names: a kind of organisation with "a" or "an" is some firm of the place before it, not a firm it
            // names (s18-entities "a Leeds law firm", "a Cambridge company"; s18-relations "an Austin start-up")
            new Row("they hired/VBD/hire a Tarrowby law/NN/law firm/NN/firm .",
                    "1:nsubj:0 1:obj:5 5:det:2 5:compound:3 5:compound:4", "Tarrowby", null, null),
            new Row("she runs/VBZ/run a Tarrowby company/NN/company .", "1:nsubj:0 1:obj:4 4:det:2 4:compound:3",
                    "Tarrowby", null, null),
            // s22-names: a plural noun of people too lists people ("the investors"), a singular noun one thing, and
            // an owned name is the owner's thing
            new Row("backed/VBN/back by the investors/NNS/investor Casimir/NNP/casimir/PERSON Wendt/NNP/wendt/PERSON "
                    + "and/CC/and Ada/NNP/ada/PERSON Byrne/NNP/byrne/PERSON .",
                    "0:obl:by:5 5:case:1 5:det:2 5:compound:3 5:compound:4 5:conj:and:8 8:cc:6 8:compound:7", "Ada Byrne",
                    null, null),
            new Row("said/VBD/say the broker/NN/broker Haddow/NNP/haddow/PERSON and/CC/and Lyle/NNP/lyle/PERSON .",
                    "0:obj:3 3:det:1 3:compound:2 3:conj:and:5 5:cc:4", "Lyle", null, null),
            new Row("the carriers/NNS/carrier Brenmoor/NNP/brenmoor/ORGANIZATION and/CC/and Orla/NNP/orla/PERSON "
                    + "'s/POS/'s Ardesco/NNP/ardesco/PERSON flew .",
                    "2:det:0 2:compound:1 2:conj:and:6 6:cc:3 6:nmod:poss:4 4:case:5 7:nsubj:2", "Ardesco", null, null));

    @Test
    void wordsThatAreNotNamesGetNoCue() {
        for (Row row : NOT_CUES) {
            AnnotatedSentence sentence = sentence(row.tokens(), row.parse());
            int[] span = find(sentence, row.name());
            assertNull(TypeCues.cue(sentence, span[0], span[1]), row.tokens());
        }
    }

    @Test
    void eachRuleTypesItsExample() {
        for (Row row : TABLE) {
            AnnotatedSentence sentence = sentence(row.tokens(), row.parse());
            int[] span = find(sentence, row.name());
            TypeCues.Cue cue = TypeCues.cue(sentence, span[0], span[1]);
            assertEquals(new TypeCues.Cue(row.type(), row.rule()), cue, row.tokens());
        }
    }

    @Test
    void aPublicationsPlaceTypesANameTheNerTookForAPlaceOnlyWhereAListKnowsItAsSomethingElse() {
        AnnotatedSentence sentence = sentence("a report/NN/report in Zed/NNP/zed/LOCATION Ledger/NNP/ledger/LOCATION "
                + "said .", "1:det:0 1:nmod:in:4 4:case:2 4:compound:3 5:nsubj:1");
        int[] span = find(sentence, "Zed Ledger");
        assertNull(TypeCues.cue(sentence, span[0], span[1]), "a report in a place the NER guessed");
        assertEquals(new TypeCues.Cue(EntityType.ORGANIZATION, "publication-of-piece"),
                TypeCues.cue(sentence, span[0], span[1], true), "a report in a brand a list holds");
    }

    @Test
    void aNameWithoutCuesHasNone() {
        AnnotatedSentence sentence = sentence("Yesterday Nordhav rose .", "");
        int[] span = find(sentence, "Nordhav");
        assertNull(TypeCues.cue(sentence, span[0], span[1]));
        AnnotatedSentence released = sentence("they released/VBD/release Vela figures .", "1:obj:3 3:compound:2");
        span = find(released, "Vela");
        assertNull(TypeCues.cue(released, span[0], span[1]), "a modifier of the object is not the object");
    }

    /** A hand-parsed sentence: {@link Row#tokens()} words and {@link Row#parse()} edges ("-1:root:k" for the root). */
    static AnnotatedSentence sentence(String words, String parse) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String item : words.split(" ")) {
            String[] parts = item.split("/");
            String word = parts[0];
            String pos = parts.length > 1 ? parts[1]
                    : Character.isUpperCase(word.charAt(0)) ? "NNP" : word.matches("\\p{Punct}+") ? word : "NN";
            String lemma = parts.length > 2 ? parts[2] : word.toLowerCase(Locale.ROOT);
            String ner = parts.length > 3 ? parts[3] : "O";
            tokens.add(new Token(tokens.size(), 0, offset, offset + word.length(), word, lemma, pos, ner, null));
            offset += word.length() + 1;
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (String edge : parse.isEmpty() ? new String[0] : parse.split(" ")) {
            int first = edge.indexOf(':');
            int last = edge.lastIndexOf(':');
            dependencies.add(new Dependency(Integer.parseInt(edge.substring(0, first)),
                    Integer.parseInt(edge.substring(last + 1)), edge.substring(first + 1, last)));
        }
        return new AnnotatedSentence(0, 0, offset - 1, tokens, dependencies);
    }

    /** The token range [from, to) of the name's words. */
    static int[] find(AnnotatedSentence sentence, String name) {
        List<String> words = sentence.tokens().stream().map(Token::text).toList();
        List<String> wanted = Arrays.asList(name.split(" "));
        for (int i = 0; i + wanted.size() <= words.size(); i++) {
            if (words.subList(i, i + wanted.size()).equals(wanted)) {
                return new int[] {i, i + wanted.size()};
            }
        }
        throw new AssertionError(name + " not in " + words);
    }

    @Test
    void theOrganisationNounsAreTheCoreferenceListsSingularAndPlural() {
        for (String noun : org.newsgraph.extract.coref.Coreference.organisationNouns()) {
            org.junit.jupiter.api.Assertions.assertTrue(TypeCues.ORGANIZATION_NOUNS.contains(noun), noun);
        }
        org.junit.jupiter.api.Assertions.assertTrue(TypeCues.ORGANIZATION_NOUNS.containsAll(
                List.of("companies", "carmakers", "utilities", "rivals", "customers")));
    }
}
