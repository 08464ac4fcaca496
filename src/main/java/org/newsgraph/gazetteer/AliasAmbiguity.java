package org.newsgraph.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.extract.EntityType;

/**
 * Finds the aliases that do not say which entry they name. Sources merge a name into an entry by its bare form, so
 * "Toyota" (a company list's name) became an alias of "Toyota Group", the keiretsu, because "Group" is a company word;
 * news writing "Toyota" means the carmaker, "Toyota Motor Corporation", which ROR lists beside it. An alias of an entry
 * is ambiguous when another entry of the same type from a source at least as trusted (its rank no larger) and not the
 * same thing (not the same Wikidata id) also claims it: lists it as an alias too ({@link Reason#SHARED}), is named by
 * it ({@link Reason#FULL_NAME}), or has a longer name that begins with it as whole words ({@link Reason#PREFIX}:
 * "Toyota" of "Toyota Motor Corporation", "Concordia" of "Concordia University Chicago"). Such an alias resolves to no
 * entry: the NER still finds the name, it only gets no canonical name nor Wikidata id (an empty field beats a wrong
 * one). A more trusted source keeps its short name against a less trusted one: "Ford" stays the S&P 500's Ford Motor
 * Company beside ROR's Ford Foundation, as the order of trust already decides which line a name belongs to. A name
 * that begins other names is only ambiguous where it is the bare form of the entry's own name ("Toyota" of "Toyota
 * Group"): "UN" of the United Nations does not lose its initials to the "UN Environment Programme", which is part of it.
 * Only organisations and products compete ({@link #RIVALRY}).
 */
final class AliasAmbiguity {

    /**
     * The types whose sources list several bodies under one short name. A place's aliases are spellings of that one
     * place (a country's other English names and initials, written by the builder: "Holland", "U.S."), and a person's
     * are the forms of one name.
     */
    private static final Set<EntityType> RIVALRY = Set.of(EntityType.ORGANIZATION, EntityType.PRODUCT);

    /** Why an alias was found ambiguous (the first that applies, in this order). */
    enum Reason { SHARED, FULL_NAME, PREFIX }

    /** An entry as the ambiguity rule sees it; {@code rank} is its source's trust (smaller is more trusted). */
    record Claim(String name, EntityType type, int rank, String wikidata, Set<String> aliases) {
    }

    /** An ambiguous alias of an entry (its index in the list given), why, and the first rival entry's index. */
    record Ambiguous(int entry, String alias, Reason reason, int rival) {
    }

    private AliasAmbiguity() {
    }

    /** The ambiguous aliases of the entries, in the order of the entries and their aliases. */
    static List<Ambiguous> find(List<Claim> claims) {
        Map<String, List<Integer>> byAlias = new HashMap<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        Map<String, List<Integer>> byFirstWord = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            for (String alias : claim.aliases()) {
                byAlias.computeIfAbsent(key(claim.type(), alias), k -> new ArrayList<>()).add(i);
            }
            byName.computeIfAbsent(key(claim.type(), claim.name()), k -> new ArrayList<>()).add(i);
            byFirstWord.computeIfAbsent(key(claim.type(), firstWord(claim.name())), k -> new ArrayList<>()).add(i);
        }
        List<Ambiguous> out = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (!RIVALRY.contains(claim.type())) {
                continue;
            }
            for (String alias : new TreeSet<>(claim.aliases())) {
                if (alias.equals(claim.name())) {
                    continue;
                }
                int rival;
                if ((rival = rival(claims, i, byAlias.get(key(claim.type(), alias)), f -> true)) >= 0) {
                    out.add(new Ambiguous(i, alias, Reason.SHARED, rival));
                } else if ((rival = rival(claims, i, byName.get(key(claim.type(), alias)),
                        f -> f.name().equals(alias))) >= 0) {
                    out.add(new Ambiguous(i, alias, Reason.FULL_NAME, rival));
                } else if (claim.name().startsWith(alias + " ")
                        && (rival = rival(claims, i, byFirstWord.get(key(claim.type(), firstWord(alias))),
                        f -> f.name().startsWith(alias + " "))) >= 0) {
                    out.add(new Ambiguous(i, alias, Reason.PREFIX, rival));
                }
            }
        }
        return out;
    }

    /** The first other candidate entry, as trusted or more and not the same thing, that passes the test; or -1. */
    private static int rival(List<Claim> claims, int self, List<Integer> candidates,
                                 java.util.function.Predicate<Claim> test) {
        if (candidates == null) {
            return -1;
        }
        Claim claim = claims.get(self);
        for (int other : candidates) {
            Claim rival = claims.get(other);
            if (other != self && rival.rank() <= claim.rank() && !sameThing(claim, rival) && test.test(rival)) {
                return other;
            }
        }
        return -1;
    }

    private static boolean sameThing(Claim a, Claim b) {
        return a.wikidata() != null && Objects.equals(a.wikidata(), b.wikidata());
    }

    private static String key(EntityType type, String text) {
        return type + ":" + text;
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
