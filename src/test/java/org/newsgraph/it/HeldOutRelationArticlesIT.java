package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.eval.PrecisionRecall;
import org.newsgraph.eval.RelationEvaluation;
import org.newsgraph.extract.Extractor;

/**
 * Made-up business articles with hand-made relation gold written and committed before any extractor read them, each
 * set scored on main's code and after its session's changes; regression guards from then on at the values measured at
 * the end of that session, not quality claims:
 * <ul>
 *   <li>session 18 ({@code probes-s18-relations/}): eight articles; set A was worked from (before the session's changes
 *   24 right, 3 extra, with the gold's one mend, see the s18 notes; after P 0.931 R 0.540), set B held out (P 0.576
 *   R 0.333 before and after: none of the changes moved a held-out relation);</li>
 *   <li>session 19, s19-relations ({@code probes-s19-relations/B}, held out): a takeover told by a wire and a
 *   start-up's funding round told by the trade press; all readings P 0.692 R 0.321 before and after, what the graph
 *   asserts 6 right and 4 extra on main's code, 8 right and 4 extra after (two titles in an article about one
 *   company);</li>
 *   <li>session 19, s19-products ({@code probes-s19-products/B}): a car launch and an aircraft order; 10 right and 3
 *   extra on main's code, 11 and 2 after (not clean: the writer knew the set's model codes, and one extra went after
 *   reading its errors).</li>
 *   <li>session 20, s20-relations ({@code probes-s20-relations/B}, held out): a wire story on a food maker's supplier
 *   switch and a trade-press story on a trucking unit's new chief; all readings 8 right and 5 extra before and after,
 *   what the graph asserts 8 right and 5 extra on main's code and after.</li>
 *   <li>session 21, s21-relations ({@code probes-s21-relations/B}, held out): a food maker's new chief under a
 *   shareholder cutting its stake, and an avionics takeover among owners and rivals; all readings 9 right and 5 extra
 *   before and after, what the graph asserts 9 right and 4 extra before and after. Session 21's type doubt
 *   ({@code ContestedPeople}) took one asserted extra off s20's B.</li>
 *   <li>session 22, s22-products ({@code probes-s22-products/B}, held out): a phone maker's launch among rivals'
 *   products and suppliers, and a carmaker's recall beside rival models; all readings 9 right and 10 extra (productOf
 *   3 right, 4 extra, 14 missed of 17), what the graph asserts 8 right and 6 extra, on main's code and after.</li>
 *   <li>session 23, s23-relprec ({@code probes-s23-relprec/B}, held out): a farm-drone maker's launch beside a rival's
 *   recall and a coffee roaster's capsule machine built on a rival's line, full of traps (a rival's product, a
 *   supplier's factory town, an analyst's firm, a founder who stepped down as chief executive); all readings 4 right
 *   and 6 extra, what the graph asserts 4 and 5, on main's code and after.</li>
 *   <li>session 23, s23-ownership ({@code probes-s23-ownership/B}, held out): a haulier agreeing to a takeover by a
 *   shareholder's parent's arm, and a software firm's tangle of owners, funds, units and board chairs; all readings 8
 *   right and 8 extra (25 missed of 33), what the graph asserts 7 right and 7 extra, on main's code and after.</li>
 *   <li>session 23, s23-products ({@code probes-s23-products/B}, held out): a tablet maker's launch with its own
 *   operating system, and an airline's regional-jet order; all readings 13 right and 3 extra of 28 gold (productOf 6
 *   right, 3 extra, 7 missed), what the graph asserts 12 right and 3 extra, on main's code and after.</li>
 *   <li>session 24, s24-products ({@code probes-s24-products/B}, held out): a headphone maker's launch (editions,
 *   firmware versions, a rival's model codes) and a parcel carrier's electric-van order (model codes, owners,
 *   suppliers); measured on main's code and after the session's change, the same.</li>
 *   <li>session 25, s25-products ({@code probes-s25-products/B}, held out): an airline's order with bare model numbers
 *   and a turboprop maker, and a car recall with software versions and rivals' models; all readings 10 right and 7
 *   extra (14 missed), what the graph asserts 9 right and 5 extra, on main's code and after.</li>
 *   <li>session 26, s26-products ({@code probes-s26-products/B}, held out): a regional airline's order (model codes
 *   and variants, maker-named models, firms "of" their towns) and a tablet launch (editions, a versioned app, a
 *   contract maker, rivals' products after a possessive); all readings 12 right and 6 extra on main's code, 16 and 5
 *   after (asserted 11 and 5 -> 13 and 4).</li>
 * </ul>
 * Session 21 (s21-names) moved set B from 19 right 14 extra (asserted 15 and 11) to 22 and 15 (asserted 17 and 13):
 * "Maple Crest", a short form the NER guessed a place, became Maple Crest Infrastructure's, so its sentences now give
 * relations; the two new extras come from one of them ("Maple Crest ... bought the Welsh ferry operator Celtic Link in
 * 2022"): Celtic Link ownedBy Maple Crest Infrastructure (a past purchase the gold does not list) and Maple Crest
 * Infrastructure customerOf Celtic Link (a purchase of a company read as a customer's: a relation rule's reading).
 * Session 22 (s22-products) fenced that rule ({@code buy-maker-product}: not a firm an organisation noun describes),
 * so set B's floor is 22 right 14 extra (asserted 17 and 12).
 * Session 24 (s24-relprec): held-out B ({@code probes-s24-relprec/B}: an option to buy a stake, former chief executives
 * now elsewhere, chairs of committees, rival products) measured 13 right 3 extra on main's code and after (asserted 11
 * and 2 before, 11 and 1 after: a relation under an option is weak); s23-relprec B lost an extra (chairs-board).
 * Session 25 (s25-relations): held-out B ({@code probes-s25-relations/B}: ownership, deals, stakes, customers,
 * suppliers and chairs said through passives, relative clauses, "whose", possessive nominalisations, shares of a
 * company and lists of firms) measured 21 right 5 extra on main's code, 23 and 6 after (a share of a company bought,
 * control bought); the new extra comes from coreference ("bought 55% of the carmaker" read of the wrong firm).
 * Session 26 (s26-relations) mended nine gold rows of six older sets to the project's one convention for holdings (a
 * stated share below half, or exactly half, with no word of control is investsIn; ownedBy only for a majority, whole or
 * controlling holding or a parent/subsidiary/unit phrasing): s18-relations A (Larchfield's 22% of Crisp & Co, the
 * two halves of Pilbara Green Hydrogen), s19-products B (Aurelia "40% owned by" Atlantida), s21-relations B (Calder's
 * 38% of Fenwick), s22-products B (Sorell's 20% stake in Hanwoo), s23-products B (Laurentide's 30% of Ardent),
 * s23-relprec B (Larchmont's 15% stake in Verdant, Marsh's fifth of Larchmont, Skylark "30% owned by" Penhale).
 * Measured on main's code with the mended gold: s18 A 27 right 3 extra (asserted 27 and 2), s19-products B 10 and 3
 * (8 and 2); the floors of those two are set there, the others still hold. After the branch's rules (one convention for
 * holdings; orders and leases read on the goods): s18 A 28 right 2 extra (28 and 1), s19-products B 12 and 2 (10 and
 * 1), s23-relprec B 9 and 2 (9 and 1), s25-products B 11 and 7 (10 and 5), s25-relations B 25 and 4 (23 and 3); held-out
 * B ({@code probes-s26-relations/B}) 17 and 5 (15 and 5) on main's code, 22 and 0 (19 and 0) after.
 * Session 27 (s27-relations): held-out B ({@code probes-s27-relations/B}: orders "with" a yard, ships chartered from
 * a lessor, founders in a relative clause, "X's chair, Name", "Name, X's chief financial officer", a deal to buy a unit
 * from its owner, "its Y unit", customers and suppliers by apposition and copula, a joint venture) measured 20 right 5
 * extra on main's code (asserted 19 and 5), 22 and 5 after (21 and 5); title-of-topic no longer takes a title noun as
 * its person, which took one extra each off s23-ownership B, s24-relprec B (session 26's "Jonas Veidt ceoOf Orrin
 * Biotech") and s24-products B.
 * Session 28 (s28-relations): held-out B ({@code probes-s28-relations/B}) 14 right 1 extra on main's code (asserted 14
 * and 0), 15 and 1 (15 and 0) after. The branch's rules raised older sets (main's code -> after, all readings; asserted):
 * s20-relations B 8 -> 10 right and s21-relations B 10 -> 11 (a firm described by its trade and bought: "bought the
 * ... maker Y" is read as acquires, and "agreed to buy the X maker Y from Z" no longer as customerOf Z), s23-ownership B
 * 10 -> 11, s26-relations B 23 -> 24 ("Eleven of them are leased from Y" after a sentence counting the airline's
 * planes: fleet-them-leased-from), s27-relations B 22 right 5 extra -> 23 and 4 ("agreed a deal to buy the film maker
 * Y from Z": acquires, no customerOf), s27-products B 3 extras -> 2 ("its seats are made for Talvik by Y" no longer
 * read for the possessor). The same session regenerated relation-rule-evidence.tsv (36 new extras judged): product-made
 * (two wrong readings of its own) and supply-for-possessed (one) are weak now, so right readings of theirs are only
 * reified: the asserted floors of s18-relations A (27: "Torvik Automotive supplierOf Stellaris Motors",
 * supply-for-possessed), s19-products B (9: "Project Heron"), s23-products B (11: "Heron"), s24-relprec B (10:
 * "Voltra"), s24-shortforms B (8: "Cedarline Reach") are one lower; all readings are unchanged there.
 * Session 28 (s28-names): a firm's full name whose head noun the NER left out ("Tidewater Freight" tagged "Tidewater",
 * {@code OmittedHeadWords}) or that it left untagged where the article calls its first word an organisation
 * ("Harrowgate Water", "Brackwater Freight", "Quayside Terminals", {@code UntaggedFullNames}), and an untagged acronym of
 * one organisation named before ("TVD", {@code UntaggedAcronyms}), are found, so their short forms join them and the
 * relations read of the short forms name the firm: s18-relations B 22 right 14 extra -> 26 and 9 (asserted 17 and 12
 * -> 21 and 8), s20-relations B 8 and 5 -> 12 and 2 (8 and 4 -> 12 and 1), s23-ownership B 10 and 6 -> 13 and 3 (8 and
 * 5 -> 11 and 2), s24-shortforms B 10 and 1 -> 11 and 0 (9 and 1 -> 10 and 0), s27-relations B 22 and 5 -> 23 and 4
 * (21 and 5 -> 22 and 4); held-out B ({@code probes-s28-names/B}) 10 right 4 extra (asserted 10 and 2) on main's code
 * and after.
 * Session 29 (s29-names): a firm's name ending in its own possessive ("Pettigrew's, the family-owned maker of oatcakes",
 * {@code PossessiveFirmNames}) is an organisation apart from its founder: s19-relations B 10 right 4 extra -> 13 and 1
 * (asserted 9 and 4 -> 12 and 1); a firm named after its town that the NER cut at the town ("Gdynia Freight", {@code
 * PlaceNamedFirms}) moved no held-out set; held-out B ({@code probes-s29-names/B}) 11 right 4 extra (asserted 8 and 4) on
 * main's code, 16 and 1 (13 and 1) after.
 * Session 29 (s29-relations): held-out B ({@code probes-s29-relations/B}) 17 right 1 extra on main's code (asserted 14
 * and 1), 19 and 1 (16 and 1) after: a firm still to be bought is its seller's ("X agreed to buy Y from Z", "agreed a
 * deal to buy the maker Y from Z": Y ownedBy Z, buy-from-pending-owns; "Z is selling Y to X": selling-to-pending-owns).
 * Older sets raised (main's code -> after, all readings; asserted): s26-products B 17 and 5 -> 18 and 4 (14 and 2 both:
 * "The Slate is made for Quillfeather by Tamsin" no longer read as Tamsin's product, product-made fenced, and the
 * product read as Quillfeather's), s27-relations B 25 and 2 -> 26 and 2 (24 -> 25 asserted), s28-relations B 15 and 1
 * -> 16 and 1 (15 -> 16 asserted); every other set the same in both columns.
 * Session 30 (s30-relations): held-out B ({@code probes-s30-relations/B}) 7 right 4 extra (asserted 5 and 4) on main's
 * code and after; s29-relations B raised 19 and 1 -> 20 and 1 (16 -> 17 asserted: the buyer after an apposition with a
 * relative clause, SentenceGraph); every other set the same in both columns.
 * Session 29 (s29-products): held-out B ({@code probes-s29-products/B}: a tablet review and a motoring and aviation
 * trade story, rich in product phrasings: lowercase-led models "qPad 4", "eKarv 2", "the X from Y", "X, made by Y", a
 * maker's lines in a list, "Askeby's first car", a car named after its maker) 9 right 5 extra (asserted 5 and 2) on
 * main's code, 10 and 5 (6 and 2) after: "the Slate 11 from Corbel Electronics" (a numbered name "from" an
 * organisation is its model, ModelNames.fromMaker). Older sets unchanged.
 * Session 30 (s30-products): held-out B ({@code probes-s30-products/B}: a motor show round-up, five makers and their
 * models, launch verbs active, passive and with a control verb, "the X from Y", product lines with their kind noun,
 * parts from suppliers, a contract assembler) 8 right 1 extra (asserted 4 and 1) on main's code and after. Older set
 * raised: s29-products B 10 and 5 -> 11 and 4 (6 and 2 both): "12,000 Tern 5s" is the Tern 5 (NameKeys: a named
 * model with a small number in the plural), so "Tern 5 productOf Askeby Motors" is right and the extra "Tern 5s" gone.
 * Session 33 (s33-relations): held-out B ({@code probes-s33-relations/B}: eight business articles of kinds the sample
 * lacked, by varied imagined writers: a contract manufacturer among parts suppliers, a chief executive moving to a
 * rival, a takeover battle with two bidders, a translated joint-venture story, a brand sold between groups, a start-up's
 * funding round, a supplier suing its customer, a family conglomerate's profile; 124 gold relations) 64 right 6 extra
 * (asserted 54 and 5) on main's code and the same after the session's changes (a title word after a modal is a verb,
 * "Management" and "Atelier" end firms' names, a lower-case kind noun splits an NER run, contract-maker rules, the
 * controlling-stake fence): none of them moved a held-out relation; the 60 misses are the recall issue 13 still names.
 * Session 38 (s38-products): held-out B ({@code probes-s38-products/B}: short passages on real products, their
 * makers and their buyers) 8 right 1 extra (asserted 7 and 1) on main's code, 11 and 1 (10 and 1) after.
 * Session 39 (s39-orders): held-out B ({@code probes-s39-orders/B}: orders and deliveries of makers' models) 15 right 4
 * extra (asserted 13 and 4) on main's code, 23 and 3 (21 and 3) after.
 * Session 40 (s40-relations): held-out B ({@code probes-s40-relations/B}: ordinary business phrasings of custom,
 * purchases and stakes) 23 right 2 extra (asserted 23 and 2) on main's code, 27 and 2 (27 and 2) after.
 * Session 41 (s41-relations): held-out B ({@code probes-s41-relations/B}: tech, auto, airline and market news in
 * MEANTIME's genre) 34 right 12 extra (asserted 31 and 11) on main's code, the same after.
 * Session 42 (s42-products): held-out B ({@code probes-s42-products/B}: products and their makers in launch, delivery,
 * recall and order news) 22 right 4 extra (asserted 18 and 2) on main's code, the same after.
 * Session 42 (s42-ownership): held-out B ({@code probes-s42-ownership/B}: ownership, deals, stakes and custom) 23 right
 * 8 extra (asserted 22 and 7) on main's code, the same after.
 * Session 43 (s43-variants): held-out B ({@code probes-s43-variants/B}: one relation of each kind in another syntactic
 * shape) 27 right 0 extra (asserted 26 and 0) on main's code, 28 and 0 (27 and 0) after.
 * Session 44 (s44-relations): held-out B ({@code probes-s44-relations/B}: participle clauses of purchase, possessive
 * role lists, investors in a round, a merger, and the precision traps of a real-text audit in other words) 9 right 2
 * extra (asserted 8 and 2) on main's code, 13 and 2 (12 and 1) after.
 * The last two columns bound what the graph asserts (weak readings only reified), at what was measured after session
 * 20 (a rule with a wrong reading in relation-rule-evidence.tsv is weak; the earlier sets count among its sources).
 */
class HeldOutRelationArticlesIT {

    private static final Path SETS = Path.of("src/test/resources/eval");

    @ParameterizedTest(name = "{0}: at least {1} right, at most {2} extra")
    @CsvSource({
            // s18-relations A 28 right (27 asserted) -> 27 (26) in session 35: the scorer counts "B supplierOf A" as
            // "A customerOf B", and the gold lists "Torvik Automotive supplierOf Volvo Cars" and "Volvo Cars customerOf
            // Torvik Automotive", one fact said both ways, once each (it was counted twice)
            "probes-s18-relations/A, 27, 2, 26, 1",
            // s18-relations B raised by s28-names (22 right 14 extra, asserted 17 and 12 -> 26 and 9, 21 and 8)
            // s40-relations lowered it to 25 right: a weak "Prairie Fund investsIn Fieldhand Robotics" was read by
            // stake-unsaid from "an Austin start-up in which Prairie Fund also holds a stake" (a stake in Ohm Cell, not
            // in the article's company: right by accident); stake-unsaid no longer reads a stake whose holding verb
            // says what it is in. Asserted counts unchanged
            "probes-s18-relations/B, 25, 9, 21, 8",
            // s19-relations B raised by s29-names (10 right 4 extra, asserted 9 and 4 -> 13 and 1, 12 and 1: "Pettigrew's,
            // the family-owned maker of oatcakes", a firm's name ending in its own possessive, PossessiveFirmNames, no
            // longer keyed "Pettigrew" and joined to the founder Alasdair Pettigrew)
            "probes-s19-relations/B, 13, 1, 12, 1", "probes-s19-products/B, 12, 2, 9, 1",
            // raised by s28-relations (8 -> 10 right) and s28-names (8 right 5 extra, asserted 8 and 4 -> 12 and 2, 12
            // and 1: "Tidewater Freight")
            "probes-s20-relations/B, 12, 2, 12, 1",
            // s21-relations: held-out B, and s20's B one asserted extra fewer (a contested person holds no sure title)
            "probes-s21-relations/B, 11, 4, 11, 3",
            // s22-products: held-out B (a phone launch, a car recall), as measured on main's code and after; raised by
            // s24-shortforms (below)
            "probes-s22-products/B, 16, 3, 12, 2",
            // s23-relprec: held-out B (a farm-drone launch, a coffee roaster's capsule machine), main's code and after;
            // raised by s24-shortforms (below)
            "probes-s23-relprec/B, 9, 2, 9, 1",
            // s23-ownership: held-out B (a takeover among owners, a firm's tangle of backers), main's code and after;
            // raised by s27-relations (main's code 10 right 7 extra, asserted 8 and 6 -> 10 and 6, 8 and 5: "the chief
            // executive, Leila Farouk" no longer read as a title noun standing for a person at the article's topic);
            // raised by s28-names (10 and 6, 8 and 5 -> 13 and 3, 11 and 2: "Brackwater Freight" after a dateline)
            "probes-s23-ownership/B, 13, 3, 11, 2",
            // s23-products: held-out B (a tablet and its operating system, a regional-jet order), main's code and after
            "probes-s23-products/B, 13, 3, 11, 3",
            // s24-relprec: held-out B (an option on a stake in an implant maker, an e-bike maker among rivals), after;
            // session 26's merge: one more weak extra ("Jonas Veidt ceoOf Orrin Biotech", from s26-coref's person
            // titles; asserted unchanged); s27-relations took it off again (13 right 4 extra -> 13 and 3, asserted 11 and
            // 0): in "Medora's chief executive since then, Clara Osei, said" the parse makes "executive" a subject
            // beside the name, person coreference gave that noun Medora's earlier chief executive, and title-of-topic
            // gave him the topic's title; that rule now takes no title noun, and no noun with an owner, as its person
            "probes-s24-relprec/B, 13, 3, 10, 0",
            // s24-shortforms: a wire dateline's NER run no longer swallows the opening company's full name, so its
            // short form joins it (s22-products 9 -> 16 right, 10 -> 3 extra; s23-relprec 4 -> 8, 6 -> 3); held-out B
            // (a cold-store operator buying a dairy, a robot maker buying its camera supplier), main's code and after;
            // raised by s28-names (10 right 1 extra, asserted 9 and 1 -> 11 and 0, 10 and 0: "TVD", UntaggedAcronyms);
            // at the merge one right reading of a rule s28-relations made weak is only reified (asserted 9 and 0)
            // s34-relations: "TVD ... sells most of its cheddar to Morrisons" is read (sells-goods-to, a share of the
            // goods) as TVD supplierOf Morrisons, the gold's "Morrisons customerOf Tamar Valley Dairies" said the other
            // way round; the scorer counts an inverse as extra, so the extra bounds move 0 -> 1 (right in meaning)
            "probes-s24-shortforms/B, 11, 1, 9, 1",
            // s24-products: held-out B (a headphone launch, an electric-van order), main's code and after; raised by
            // s27-relations (main's code 9 right 3 extra -> 9 and 2: "Its chief executive, Anouk Visser" no longer read
            // by title-of-topic with the titled noun as the person)
            "probes-s24-products/B, 9, 2, 8, 1",
            // s25-products: held-out B (an airline's jet order, a car recall), main's code and after; raised by
            // s26-products (10 right 7 extra, asserted 9 and 5 -> 12 and 4, 10 and 3): "Aldermoor Aerospace of
            // Bristol" split (FirmsOfPlaces), no "ATR 72 productOf Boeing" (model family), no "Kia EV9 productOf
            // Tesla" (a possessive is not spread to a conjunct with its own determiner)
            "probes-s25-products/B, 12, 4, 10, 3",
            // s26-products: held-out B (a regional airline's order with model codes and firms "of" their towns, a
            // tablet launch with software versions and rivals' products), main's code 12 right 6 extra (asserted 11
            // and 5) -> 16 and 5 (13 and 4)
            // s29-relations raised it to 18 right 4 extra (product-made fenced); s29-products below adds one weak extra
            // s29-products (main's code 17 right 5 extra, asserted 14 and 2 -> 17 and 6, 14 and 2): "the reMarkable 2" is
            // found now (brand case with a two-letter prefix and the model's number), and read once, wrong, weak and
            // only reified ("productOf Quillfeather Labs", product-sells: "which the Norwegian company reMarkable has
            // sold", the agent "the ... company" resolved to the article's topic, not to the name apposed to it, which
            // the NER leaves untagged: a coreference fault the product only exposed). So the extra bound of all
            // readings moves 5 -> 6; the right floor rises to main's 17 and the asserted bound tightens 13/4 -> 14/2.
            // s40-relations: gold + "Skerry Airways customerOf Saab" ("will retire its ageing Saab 340s": a firm's fleet
            // of a maker's model is custom of the maker, the convention of probes-s39-orders/B); 20 right 5 extra -> 21, 5
            "probes-s26-products/B, 18, 5, 14, 2",
            // s27-products: held-out B (a phone review with a flagship, a rival's and a supplier's products; a rail
            // operator's train order with model codes, a lease and rivals' trains), main's code 17 right 3 extra
            // (asserted 13 and 3) -> unchanged after (the session's order and firm-word rules read none of it)
            // raised by s29-products (17 right 2 extra, asserted 13 and 1 -> 18 and 2, 14 and 1): "the Vireo 2" is found
            // "from Castellan Rail" (ModelNames.fromMaker) and read by product-from
            "probes-s27-products/B, 18, 2, 14, 1",
            // s25-relations: held-out B (a dairy takeover among owners, a chip unit's customers, owners and suppliers,
            // in varied syntax), main's code 21 right 5 extra (asserted 20 and 4) -> 23 and 6 (21 and 5): the new extra
            // is "bought 55% of the carmaker" with "the carmaker" resolved to the chip unit, a coreference error
            "probes-s25-relations/B, 25, 4, 23, 3",
            // s26-relations: held-out B (an airline's jet order among owners, a lessor and an engine maker; a paint
            // maker's takeover among minority holders, a supply deal and a half-owned customer), main's code 17 right 5
            // extra (asserted 15 and 5) -> 22 and 0 (19 and 0); the older sets above raised by the same branch (holdings
            // convention: s18 A, s23-relprec B, s25-relations B; orders read on the goods: s19-products B, s25-products B)
            "probes-s26-relations/B, 24, 0, 21, 0",
            // s27-relations: held-out B (a container carrier's ship order among a lessor, founders, a controlling owner,
            // a rival and an engine supplier; a packaging maker's deal to buy a unit from a conglomerate among customers,
            // a supplier, a rival and a joint-venture partner), main's code 20 right 5 extra (asserted 19 and 5) -> 22
            // and 5 (21 and 5): "placed an order for 12 ships with Y" (order-for-goods-with) and "operates 54 ships,
            // and 20 of them are chartered from Y" (fleet-leased-from)
            // raised by s29-relations (main's code 25 right 2 extra, asserted 24 and 2 -> 26 and 2, 25 and 2: "agreed a
            // deal to buy the film maker Harnet Films from Calloway Group" reads Harnet ownedBy Calloway, buy-from-pending-owns)
            "probes-s27-relations/B, 26, 2, 25, 2",
            // s28-relations: held-out B (a parcel carrier's truck fleet, its leases and a drone trial; a packaging
            // group's deal to buy a bottle maker from its owner among past purchases, shareholders and a lessor), main's
            // code 14 right 1 extra (asserted 14 and 0) -> 15 and 1 (15 and 0): "will take a fleet of 60 electric trucks
            // from Y" (fleet-from)
            // raised by s29-relations (15 and 1, asserted 15 and 0 -> 16 and 1, 16 and 0: "agreed a deal to buy the bottle
            // maker Fenwick Glass from Ardmore Industries" reads Fenwick ownedBy Ardmore, buy-from-pending-owns)
            "probes-s28-relations/B, 16, 1, 16, 0",
            // s28-names: held-out B (a regional takeover and a council vote on a club's stand, rich in short forms), main's
            // code 10 right 4 extra (asserted 10 and 2) and after
            // raised by s30-names (10 right 4 extra, asserted 10 and 2 -> 11 and 3, 11 and 1: "the Scottish/O Sports
            // Facilities Trust" found whole, DemonymLedBodies, so what is read of "SSFT" names it)
            "probes-s28-names/B, 11, 3, 11, 1",
            // s29-names: held-out B (a biscuit maker's purchase of a maltings among suppliers and a growers' body; a drone
            // maker's launch among founders, an investor, a distributor and a rival), main's code 11 right 4 extra
            // (asserted 8 and 4) -> 16 and 1 (13 and 1): "Marchbank's" and "Pemberton's" keep their possessive
            // (PossessiveFirmNames), so what is read of them names the firm, not a stray "Marchbank"
            // raised by s30-names (16 -> 17 right: "the Carlisle biscuit maker" is the town, PlaceModifiers)
            "probes-s29-names/B, 17, 1, 13, 1",
            // s30-names: held-out B (a freight regulator's ruling on a haulage takeover, with a union, a ministry, a
            // trust and a federation), main's code 4 right 4 extra (asserted 3 and 4) -> 4 and 3 (3 and 3)
            "probes-s30-names/B, 4, 3, 3, 3",
            // s29-relations: held-out B (a haulier's van order, leases, a warehouse drone trial, trailers made for it and
            // a forklift maker being sold; a food takeover from a hotel group and a packaging supplier being sold by its
            // parent), main's code 17 right 1 extra (asserted 14 and 1) -> 19 and 1 (16 and 1): the sellers of two firms
            // still to be bought (buy-from-pending-owns)
            // raised by s30-relations (19 and 1, asserted 16 and 1 -> 20 and 1, 17 and 1: "Kinloch Foods, the Dundee jam
            // and marmalade maker that employs 240 people ..., has agreed to buy Glenisla Bakeries", the main verb after a
            // loose relative clause given the name as agent, SentenceGraph.repairMainVerbsAfterRelativeClauses)
            "probes-s29-relations/B, 20, 1, 17, 1",
            // s30-relations: held-out B (a Cork family firm sold to a Dutch group, its chairman, a minority investor, the
            // buyer's owner, units and a rival's new owner), main's code 7 right 4 extra (asserted 5 and 4) and after
            // (the four extras and most misses are the short form "Ballinure" keyed to the unit "Ballinure Parts")
            "probes-s30-relations/B, 7, 4, 5, 4",
            // s29-products: held-out B (a tablet review, a motoring and aviation trade story), main's code 9 right 5
            // extra (asserted 5 and 2) -> 10 and 5 (6 and 2): "the Slate 11 from Y" (ModelNames.fromMaker); raised by
            // s30-products (10 and 5 -> 11 and 4, asserted 6 and 2 both): "Tern 5s" keyed as the Tern 5 (NameKeys)
            "probes-s29-products/B, 11, 4, 6, 2",
            // s30-products: held-out B (a motor show round-up of five makers' launches), main's code 8 right 1 extra
            // (asserted 4 and 1), the same after
            "probes-s30-products/B, 8, 1, 4, 1",
            // s33-relations: held-out B (eight business articles: supply chains, a reshuffle, two bidders, a joint
            // venture, a brand sale, a funding round, a supplier's lawsuit, a conglomerate), main's code 64 right 6
            // extra (asserted 54 and 5) and after
            "probes-s33-relations/B, 64, 6, 54, 5",
            // s36-relations: A (working set) and B (held out), 18 short business passages each in industries the
            // sample lacks (games, logistics, aerospace parts, cosmetics, pet food...), 48 gold relations each:
            // main's code A 28 right 0 extra (asserted 20 and 0) -> 33 and 0 (25 and 0); B 24 and 2 (19 and 1) -> 25
            // and 3 (20 and 2): "which builds drones for Y" found; the new extra is run-for read right on a firm the
            // entity step names "Freight" for "Maple Freight"
            // s37-names raised A (33 and 0, asserted 25 and 0 -> 36 and 0, 28 and 0): "Fenwick Hotels and Saffron Air"
            // split (partnerOf), "Orbix" found (ownedBy), "Tamrock Games" the whole run (productOf)
            // s38-relations raised s36 B (25 and 3, asserted 20 and 2 -> 25 and 2, 20 and 1): sells-goods-to no longer
            // reads "sold its petrol stations to Y" as a supply
            "probes-s36-relations/A, 36, 0, 28, 0", "probes-s36-relations/B, 25, 2, 20, 1",
            // s37-names: held out B, 24 short business passages in industries unlike earlier sets (lifts, fisheries,
            // funerals, dental clinics, vineyards, esports, shipyards...), written to test names, 51 gold relations
            // and 88 gold entities: main's code 20 right 5 extra (asserted 19 and 3) -> 20 and 6 (19 and 4): the
            // seller "Halcyon Cinemas" is now a firm (TradingFirms), and sells-goods-to reads "is selling its screens
            // to Y" as a supply
            // s38-relations raised it (main's code 20 right 5 extra, asserted 19 and 3 -> 24 and 5, 23 and 3): "has
            // hired Y to rebuild its systems" (hired-for-job), "sold in Y shops", "sells its puzzles through Y outlets",
            // "also sells bread from Y" (a retailer selling a maker's goods is its customer)
            "probes-s37-names/B, 24, 5, 23, 3",
            // s38-relations: held out B, 22 short business passages in industries unlike earlier sets (cement, theme
            // parks, honey, pianos, laundries, tyres, drone parcels, textbooks, pet cover, seed potatoes, guards,
            // orthodontics, church organs, ferries, spices, quarries, gyms...), gold written before any run, 38 gold
            // relations: main's code 14 right 1 extra (asserted 14 and 1) -> 16 and 2 (16 and 2): two firms hired for a
            // job (hired-for-job); the new extra is right in meaning, "sells its jars through Grainger Supermarkets"
            // read on the firm the entity step names "Grainger" (retailer-of-outlets cuts the name before its outlet word)
            // s43-variants: 16 and 3 (16 and 3): "Y, which ..., has been taken over by Z" now owns (acquired-owns reads
            // a done takeover as it reads "was bought", which already gave this set's "Harbinger ownedBy Ardmore
            // Capital"); right in meaning under the completed-purchase convention of s41 on, which this set's gold
            // (written before it) does not use
            "probes-s38-relations/B, 16, 3, 16, 3",
            // s38-products: held out B, 23 short Wikinews-style passages on real products and makers (cars, aircraft
            // orders and leases, films, games, drugs, phones, software; a retailer and a lessor that make nothing),
            // 26 gold relations: main's code 8 right 1 extra (asserted 7 and 1) -> 11 and 1 (10 and 1): a known maker
            // named only in its model's name ("Airbus A350-1000", "Boeing 787-9", "Airbus A220") makes it
            // (NamedMakers); the extra is "Mate 60" for "Mate 60 Pro" (a name cut before its line's word)
            "probes-s38-products/B, 11, 1, 10, 1",
            // s39-names: held out B, 24 short business passages (dairies, trawlers, avocados, nickel, ovens, pet
            // clinics, consultants, inns, leasing, wine, hospital software, hotels and rail, milking robots, copper,
            // milk, timber ships, bakeries, cloud software, mining, care homes, parcels, drones, grain), gold entities and
            // 27 relations written before any run: main's code 16 right 3 extra (asserted 16 and 3) -> 17 and 2 (17 and
            // 2): "Brightmoor Clinics is a rival of ..." (Clinics now ends a firm's name); the extra "Ostrel investsIn
            // Amsterdam" gone ("listed its shares in Amsterdam": a listing's city stays a place). Entities (78 gold,
            // exact name or alias and type): right 67 -> 69, wrong type 5 -> 4, missed 6 -> 5, extra 0 -> 0
            "probes-s39-names/B, 17, 2, 17, 2",
            // s39-orders: held out B, 22 short passages on airlines', railways' and couriers' orders and deliveries of
            // models named after their makers, phones and consoles with a line's word, cancelled orders and a lessor,
            // 36 gold relations, gold written before any run: main's code 15 right 4 extra (asserted 13 and 4) -> 23
            // and 3 (21 and 3): an order, delivery or operation of a maker's model makes the buyer its customer
            // (order-makers-model and the rules after it, 'object model-maker': seven airlines and a courier); "Boeing
            // 737 MAX 8" keeps its line's number (the extra "Boeing 737 MAX" is gone)
            // s40-relations raised it (23 and 3 -> 25 and 1, asserted 21 and 3 -> 23 and 1): "Amtrak ordered 83 Siemens
            // Venture trains" is a customer of Siemens, not of an organisation "Siemens Venture" (the maker and the model
            // both compounds of "trains": MakerModelNames), "its Northeast services" no product (a region), Singapore
            // Airlines' "Airbus A380 fleet" (possessed-makers-model); "Siemens Venture" is counted wrong against gold's
            // "Venture"
            "probes-s39-orders/B, 25, 1, 23, 1",
            // s40-names: held out B, 23 short passages in energy, media, telecoms, defence, pharma, logistics and sport
            // business (a country's possessive before a firm, names of adjectives and plurals, a role noun opening the
            // sentence before a listed name, a surname alone after the full name, airlines and firms holding a place),
            // gold entities and 30 relations written before any run: main's code 21 right 5 extra (asserted 20 and 4)
            // and the same after (the branch's changes are to entity types only; see names-report for entities)
            "probes-s40-names/B, 21, 5, 20, 4",
            // s40-relations: held out B, 22 short business passages (aviation, rail, freight, telecoms, pharma,
            // logistics, food, energy, defence, mining) on fleets and goods of makers' models held as one's own, nested
            // maker compounds, relative "where" clauses, customers listed with "such as" or "which include", "it bought"
            // with a describing noun, "said on Monday it would buy", "a stake held by V in Y"; 35 gold relations, gold
            // written before any run: main's code 23 right 2 extra (asserted 23 and 2) -> 27 and 2 (27 and 2): four
            // fleets or possessed models read as custom of the maker (possessed-makers-model). The two extras are the
            // gold's omission of "WhiteWave ownedBy Danone" (a purchase done: true) and "Hitachi Frecciarossa" named
            // without its "1000"
            "probes-s40-relations/B, 27, 2, 27, 2",
            // s41-relations: held out B, 20 short passages in the genre of MEANTIME's reported half written by hand
            // (tech launches, carmakers' units, plant closures, bailouts and stakes, aircraft orders and test flights,
            // lawsuits between firms, market reports naming companies; real firms), 68 gold relations written before
            // any run: main's code 34 right 12 extra (asserted 31 and 11) and the same after (the branch's brand,
            // uses-goods and maker-says-ordered classes do not occur in it). Most extras are names cut or merged
            // ("Boeing 787" for "Boeing 787 Dreamliners", "Sun" for "Sun Microsystems") and titles bound to the wrong
            // firm of a two-firm sentence; most misses are relations across sentences
            "probes-s41-relations/B, 34, 12, 31, 11",
            // s42-products: held out B, 20 short passages on products and their makers (tech launches, aircraft
            // deliveries, orders and groundings, car recalls and deliveries, consoles, phones, drugs, software
            // versions; real firms and products), 48 gold relations (35 productOf) written before any run: main's code
            // 22 right 4 extra (asserted 18 and 2) and the same after (the branch's said-on-sale, version-of and
            // going-on-sale classes did not move it; its misses are left for the issue notes, unread)
            "probes-s42-products/B, 22, 4, 18, 2",
            // s42-ownership: held out B, 18 short passages on units, arms and brands, completed and agreed purchases,
            // take-overs, a spin-off, stakes kept and held, leases and custom (car makers, airlines, tech, media, banks,
            // retail; real firms), 36 gold relations written before any run: main's code 23 right 8 extra (asserted 22
            // and 7) and the same after (the branch's arm names, suffix joins, brand appositions and gapped sales do not
            // occur in it); most misses are relations across sentences, most extras a former owner's "had owned"
            "probes-s42-ownership/B, 23, 8, 22, 7",
            // s42-people: held out B, 17 Wikinews-like business passages with quotes, titles in several syntaxes
            // (outgoing, resigned, successor-to-be, "who heads", names with particles and hyphens) and described firms;
            // 42 gold relations written before any run: main's code 28 right 8 extra (asserted 26 and 5) -> 28 and 8
            // (asserted 25 and 5): "Nokia basedIn Espoo" (from "The Espoo-based company") is now read through the
            // weak country step of coreference instead of the previous subject, so it is no longer asserted
            "probes-s42-people/B, 28, 8, 25, 5",
            // s43-variants: held out B, 25 short passages each putting one relation of a kind in another syntactic
            // shape (relative and reduced relative clauses, speech frames with "it", nominalisations with a possessive
            // or "of ... by", coordinated subjects, objects and founders, appositions and copulas, passive founders and
            // chairs, a parenthetical "based in", a dateline, denied and collapsed deals; real firms), 36 gold
            // relations written before any run: main's code 27 right 0 extra (asserted 26 and 0) -> 28 and 0 (27 and
            // 0): a completed takeover named by its deal noun now owns (acquisition-completed-owns)
            "probes-s43-variants/B, 28, 0, 27, 0",
            // s44-relations: held out B, 22 short passages (a participle clause of purchase, possessive lists of
            // customers, rivals and suppliers, investors taking part in a round, a merger, and traps: an option or a
            // requirement to sell, a supply no longer made, a bid considered, talks denied, a relation in another
            // clause, a lawsuit, a store opened in a town; real firms), 29 gold relations written before any run:
            // main's code 9 right 2 extra (asserted 8 and 2) -> 13 and 2 (12 and 1): "X's customers A and B" and
            // "X's suppliers A and B" now read both (customer-named, supplier-named), and the merger's partnerOf is
            // weak (only reified)
            "probes-s44-relations/B, 13, 2, 12, 1"})
    void theRelationsOfTheSetStayAboveTheirFloor(String set, int right, int extra, Integer assertedRight,
            Integer assertedExtra) throws Exception {
        RelationEvaluation.Result result = new RelationEvaluation(new Extractor()).evaluate(
                SETS.resolve(set).resolve("gold"), SETS.resolve(set).resolve("articles"));
        PrecisionRecall total = result.total();
        assertTrue(total.truePositives() >= right && total.falsePositives() <= extra,
                set + ": " + total.summary() + "; missed " + result.missed() + "; wrong " + result.wrong());
        if (assertedRight != null) {
            PrecisionRecall asserted = result.scored().stream().map(RelationEvaluation.Scored::assertedCount)
                    .reduce(PrecisionRecall.ZERO, PrecisionRecall::plus);
            assertTrue(asserted.truePositives() >= assertedRight && asserted.falsePositives() <= assertedExtra,
                    set + " as asserted: " + asserted.summary());
        }
    }
}
