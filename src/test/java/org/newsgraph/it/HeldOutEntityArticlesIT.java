package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.eval.GoldEntityEvaluation;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.extract.Extractor;

/**
 * Made-up articles with a hand-made entity gold written before any extractor ran on them, each set scored on main's
 * code and after its session's changes; regression guards from then on, the floors the counts measured at the end of
 * that session, not quality claims:
 * <ul>
 *   <li>session 18 ({@code probes-s18-entities/}): names beyond business (politics, football, medical research, local
 *   floods in set A, read for its errors; a court ruling, Sahel aid, a rail strike, a village church in set B, held
 *   out; set B's floors raised in session 22 to what main measured then: 72 found, 70 typed right of 79);</li>
 *   <li>session 19, s19-entities ({@code probes-s19-entities/B}, held out): a wire report on EU-Morocco fisheries talks
 *   (dateline, Spanish and Catalan compound surnames, particles, long official names) and a county cup football report
 *   (clubs and firms named like towns and surnames); 42 found and 36 typed right of 47 on main's code;</li>
 *   <li>session 19, s19-products ({@code probes-s19-products/B}): a car launch and an aircraft order; 34 found and 30
 *   typed right of 42 on main's code (the two more are model codes after a listed maker, a change whose forms the
 *   set's writer knew).</li>
 *   <li>session 20, s20-names ({@code probes-s20-names/B}, held out): a football transfer (clubs named after cities,
 *   Basque and Spanish names) and a smart-thermostat start-up's funding round (assistants and devices after their
 *   makers, regulators); 50 found and 46 typed right of 50 on main's code and after the session's changes.</li>
 *   <li>session 21, s21-names ({@code probes-s21-names/B}, held out): a non-league football report and a shipping
 *   takeover, rich in short forms (its gold's {@code shortForms} pairs are scored by the session's own script, not
 *   here); 26 found and 23 typed right of 28 on main's code and after the session's changes.</li>
 *   <li>session 22, s22-names ({@code probes-s22-names/B}, held out): an Irish council vote (parties, public bodies,
 *   Irish place and personal names) and a retailer's half-year results (suppliers and a bidder with Scandinavian and
 *   German names); 33 found and 33 typed right of 34 on main's code and after the session's changes.</li>
 *   <li>session 23, s23-names ({@code probes-s23-names/B}, held out): a court ruling on a flooded town (a judge named
 *   by title and surname, a Dutch particle, "X, 67, a retired postman from Y", regulators) and a Portuguese cup
 *   semi-final (accents, particles, clubs, a referee as "Mr X"); 28 found and 23 typed right of 29 on main's code and
 *   after the session's changes (clubs typed as people or places, a stadium as an organisation).</li>
 *   <li>session 23, s23-products ({@code probes-s23-products/B}, held out): a tablet maker's launch (versions,
 *   editions, an operating system) and an airline's regional-jet order (model codes, makers, engines); 36 found and 34
 *   typed right of 41 on main's code and after the session's changes.</li>
 *   <li>session 24, s24-products ({@code probes-s24-products/B}, held out): a headphone launch (editions,
 *   firmware versions) and an electric-van order (model codes); main's code and after, the same.</li>
 *   <li>session 24, s24-names ({@code probes-s24-names/B}, held out): a football transfer (Dutch particles, hyphened
 *   surnames, initials, a stadium, clubs) and a battery plant opening near St. Cloud ("St." names, a county, a plant
 *   and an airport, a firm ending in "Holdings"); 30 found and 27 typed right of 33 on main's code and after the
 *   session's changes ("Jurre ten Brink" split at its particle, a stadium and a county typed organisations).</li>
 *   <li>session 25, s25-products ({@code probes-s25-products/B}, held out): an airline's jet order (bare model numbers,
 *   maker-named models, a turboprop maker) and a car recall (software versions, editions, an app, phone platforms);
 *   41 found and 41 typed right of 49 on main's code and after.</li>
 *   <li>session 26, s26-products ({@code probes-s26-products/B}, held out): a regional airline's order and a tablet
 *   launch (model codes, versions, firms "of" their towns); 40 found and 38 typed right of 52 on main's code, 46 and 44
 *   after.</li>
 *   <li>session 27, s27-relations ({@code probes-s27-relations/B}, held out): a container carrier's ship order and a
 *   packaging maker's purchase of a unit; 40 found and 39 typed right of 42 on main's code and after.</li>
 *   <li>session 28, s28-relations ({@code probes-s28-relations/B}, held out): a parcel carrier's truck fleet and a
 *   packaging group's purchase of a bottle maker; 41 found and 41 typed right of 47 on main's code and after.</li>
 *   <li>session 28, s28-names ({@code probes-s28-names/B}, held out): a regional takeover and a council vote on a
 *   football club's stand, weighted to short forms (first words, possessives, surnames, acronyms in brackets and not,
 *   a town that begins a firm's name, a surname shared by a person and a firm); 28 found and 27 typed right of 30 on
 *   main's code and after.</li>
 *   <li>session 29, s29-names ({@code probes-s29-names/B}, held out): a biscuit maker's purchase of a maltings and a
 *   drone maker's launch, weighted to what session 28 left: firms named with a possessive beside their founders
 *   ("Marchbank's", "Pemberton's"), firms named after towns beside the towns, demonym-led bodies with acronyms, surnames
 *   shared by a person and a firm, two-owner short forms; 46 found and 41 typed right of 48 on main's code, 48 and 44
 *   after ({@code PossessiveFirmNames}: "Marchbank's", "Pemberton's" found, "Ernest Marchbank" a person again).</li>
 *   <li>session 30, s30-names ({@code probes-s30-names/B}, held out): a freight regulator's ruling on a haulage
 *   takeover, weighted to bodies (demonym-led, an acronym run into its name, a union, a ministry, a trust, a
 *   federation), towns before a trade noun, a person a firm is controlled by, a surname shared by people and a firm;
 *   21 found and 20 typed right of 21 on main's code, 21 and 21 after.</li>
 *   <li>session 29, s29-relations ({@code probes-s29-relations/B}, held out): a haulier's van order, leases and
 *   trailers, and a food maker's takeover of a bakery with a packaging supplier being sold; 41 found and 41 typed right
 *   of 48 on main's code and after.</li>
 *   <li>session 30, s30-relations ({@code probes-s30-relations/B}, held out): a Cork family firm sold to a Dutch group,
 *   its chairman and a minority investor; 20 found and 20 typed right of 23 on main's code and after.</li>
 *   <li>session 29, s29-products ({@code probes-s29-products/B}, held out): a tablet review and a motoring and aviation
 *   trade story, weighted to products (lowercase-led models, lines in a list, "the X from Y", a firm named like a model);
 *   43 found and 40 typed right of 51 on main's code, 44 and 41 after ("the Slate 11 from Corbel Electronics",
 *   ModelNames.fromMaker).</li>
 *   <li>session 30, s30-products ({@code probes-s30-products/B}, held out): a motor show round-up naming five makers
 *   and their models; 32 found and 28 typed right of 41 on main's code, 33 and 29 after ("its Volo e-scooters").</li>
 *   <li>session 43, s43-names ({@code probes-s43-names/B}, held out): 20 one-sentence business and general news
 *   passages (eponymous firms, brands, agencies, a port, a hospital, a university, football clubs, role nouns before
 *   names); 47 found and 44 typed right of 49 on main's code and after.</li>
 *   <li>session 44, s44-names ({@code probes-s44-names/B}, held out): 20 one-sentence business and general news
 *   passages (single-word firms, coordinated products before a kind noun, short names after possessives and in
 *   relative clauses, a port, ambiguous gazetteer names); 49 found and 48 typed right of 54 on main's code and after.</li>
 * </ul>
 */
class HeldOutEntityArticlesIT {

    private static final Path SETS = Path.of("src/test/resources/eval");

    @ParameterizedTest(name = "set {0}: at least {1} of {2} gold names found, {3} typed right")
    @CsvSource({"probes-s18-entities/A, 74, 79, 74", "probes-s18-entities/B, 72, 79, 70", "probes-s19-entities/B, 43, 47, 37",
            "probes-s19-products/B, 36, 42, 32", "probes-s20-names/B, 50, 50, 46",
            "probes-s21-names/B, 26, 28, 23", "probes-s22-names/B, 33, 34, 33",
            "probes-s23-names/B, 28, 29, 23",
            // s23-products: held-out B (a tablet launch, a regional-jet order), main's code and after
            "probes-s23-products/B, 36, 41, 34",
            // s24-shortforms: held-out B (a cold-store operator buying a dairy, a robot maker buying its camera
            // supplier), main's code and after
            "probes-s24-shortforms/B, 33, 34, 32",
            // s24-products: held-out B (a headphone launch, an electric-van order), main's code and after
            "probes-s24-products/B, 31, 39, 28",
            // s24-names: held-out B (a football transfer, a battery plant opening), main's code and after
            "probes-s24-names/B, 30, 33, 27",
            // s25-products: held-out B (an airline's order with bare model numbers, a car recall with software
            // versions, an app and phone platforms), main's code and after; raised by s26-products (41 -> 43 found
            // and typed right: "Aldermoor Aerospace of Bristol" split into the firm and its town, FirmsOfPlaces)
            "probes-s25-products/B, 43, 49, 43",
            // s26-products: held-out B (a regional airline's order, a tablet launch), main's code 40 found and 38
            // typed right of 52 -> 46 and 44 after (firms "of" their towns split, FirmsOfPlaces)
            // raised by s29-products (46 and 44 -> 47 and 45: "reMarkable 2", brand case with a two-letter prefix and
            // the model's number)
            "probes-s26-products/B, 47, 52, 45",
            // s27-products: held-out B (a phone review, a rail operator's train order), main's code 45 found and 42
            // typed right of 50 -> 45 and 43 after ("Tessaly's flagship phone": the owner of a maker's line is a firm,
            // TypeCues maker-of-product-line)
            // raised by s29-products (45 and 43 -> 46 and 44: "the Vireo 2 from Castellan Rail", ModelNames.fromMaker)
            "probes-s27-products/B, 46, 50, 44",
            // s26-relations: held-out B (an airline's jet order among owners and a lessor, a paint maker's takeover
            // among minority holders), main's code and after
            "probes-s26-relations/B, 32, 32, 32",
            // s27-relations: held-out B (a carrier's ship order among lessors, founders and suppliers; a packaging
            // maker's deal to buy a unit from a conglomerate), main's code and after (only relation rules changed)
            // raised by s28-names (40 found and 39 typed right -> 41 and 40: "Quayside Terminals", a firm's full name the
            // NER left untagged where the article calls "Quayside" an organisation, UntaggedFullNames)
            "probes-s27-relations/B, 41, 42, 40",
            // s28-relations: held-out B (a parcel carrier's truck fleet, leases and drone trial; a packaging group's deal
            // to buy a bottle maker from its owner among past purchases and shareholders), main's code and after (no
            // entity code changed)
            "probes-s28-relations/B, 41, 47, 41",
            // s28-names: held-out B (a regional takeover, a council vote on a club's stand, rich in short forms), main's
            // code and after
            // raised by s30-names (28 found and 27 typed right -> 29 and 29: "the Dundee builder" apposed to the firm
            // is the town, PlaceModifiers; "the Scottish/O Sports Facilities Trust" whole, DemonymLedBodies)
            "probes-s28-names/B, 29, 30, 29",
            // s29-names: held-out B (a biscuit maker's purchase of a maltings, a drone maker's launch: possessive firm
            // names, firms named after towns, demonym-led bodies, shared surnames), main's code 46 found 41 typed right
            // -> 48 and 44 (PossessiveFirmNames)
            // raised by s30-names (44 typed right -> 46: "Pemberton's, the Leeds distributor", "the Carlisle biscuit
            // maker" apposed to the firm: the towns, PlaceModifiers)
            "probes-s29-names/B, 48, 48, 46",
            // s30-names: held-out B (a freight regulator's ruling on a haulage takeover, with a union, a ministry, a
            // trust and a federation), main's code 21 found and 20 typed right of 21 -> 21 and 21 ("controlled by"
            // a person's full name no longer makes him a firm, TypeCues)
            "probes-s30-names/B, 21, 21, 21",
            // s29-relations: held-out B (a haulier's vans, leases and trailers; a food takeover and a packaging supplier
            // being sold), main's code and after (no entity code changed)
            "probes-s29-relations/B, 41, 48, 41",
            // s30-relations: held-out B (a Cork family firm sold to a Dutch group), main's code and after (no entity code
            // changed)
            "probes-s30-relations/B, 20, 23, 20",
            // s29-products: held-out B (a tablet review, a motoring and aviation trade story), main's code 43 found and 40
            // typed right of 51 -> 44 and 41 ("the Slate 11 from Y": ModelNames.fromMaker)
            "probes-s29-products/B, 44, 51, 41",
            // s30-products: held-out B (a motor show round-up of five makers' launches), main's code 32 found and 28
            // typed right of 41 -> 33 and 29 ("its Volo e-scooters": an electric kind written "e-", NounKinds)
            "probes-s30-products/B, 33, 41, 29",
            // s43-names: held-out B (20 short business and general news passages: eponymous firms, brands, agencies,
            // ports, hospitals, universities, teams, role nouns before names), gold written before any run; main's code
            // 47 found and 44 typed right of 49, the same after (the session's opening organisation nouns do not occur)
            "probes-s43-names/B, 47, 49, 44",
            // s44-names: held-out B (20 short business and general news passages: single-word firms with organisation
            // evidence, products coordinated before a kind noun, short names after possessives and in relative clauses,
            // a port, ambiguous gazetteer names), gold written before any run; main's code 49 found and 48 typed right
            // of 54, the same after (none of the session's three classes occurs in it as written)
            "probes-s44-names/B, 49, 54, 48"})
    void theNamesOfTheSetStayAboveTheirFloor(String set, int found, int gold, int typedRight) throws IOException {
        List<Path> goldFiles = GoldFile.listIn(SETS.resolve(set).resolve("gold"));
        GoldEntityEvaluation.Result result = new GoldEntityEvaluation(new Extractor())
                .evaluate(goldFiles, SETS.resolve(set).resolve("articles"));
        String summary = "set " + set + ": found " + result.found() + " of " + result.gold() + ", typed right "
                + result.typedRight() + "; misses " + result.missed();
        assertTrue(result.gold() == gold, summary);
        assertTrue(result.found() >= found && result.typedRight() >= typedRight, summary);
    }
}
