package org.newsgraph.extract.coref;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.io.ResourceTable;

/**
 * Whether a noun may stand for an organisation: what the article called it ({@link Descriptions}), what general
 * knowledge says of its industry ({@link Industries}: an automaker is no airline) and whether its name says it is a
 * public body ({@code public-body-words.txt}: a government is no "company").
 */
final class Agreement {

    private static final Industries INDUSTRIES = Industries.standard();
    /** Last words of names a firm of many trades may have ("Group", "Industries", "Holdings"). */
    private static final Set<String> DIVERSIFIED_NAME_WORDS =
            ResourceTable.words("/org/newsgraph/extract/coref/diversified-name-words.txt");

    /** The article's descriptions, filled as {@link Coreference} reads the article. */
    private final List<Descriptions.Description> descriptions;

    Agreement(Descriptions descriptions) {
        this.descriptions = descriptions.all();
    }

    /**
     * Whether a noun fits an organisation: a public body takes only nouns tagged "public", and a noun that makes a name
     * a public body's ("council", "ministry") fits only a public body; a noun of a firm of many trades ("conglomerate")
     * no organisation whose name gives it one trade ({@link #diversified}); a generic noun fits any other; a noun of a body of members ("union") only one named or described so; a specific one only an organisation the article never described otherwise and whose industry, when
     * general knowledge has it ({@link Industries}), is called so.
     */
    boolean agrees(Entity entity, String noun, int sentence) {
        Set<String> tags = CoreferenceWords.tags(noun);
        if (isPublicBody(entity) && !tags.contains("public")) {
            return false;
        }
        if (!isPublicBody(entity) && CoreferenceWords.publicBodyWords().contains(noun)) {
            return false; // "the council", "the ministry", "the court" is no business the article named
        }
        if (tags.contains("diversified") && !diversified(entity, noun, sentence)) {
            return false; // "the conglomerate" is not "Acme Containers", whose name gives it one trade
        }
        if (tags.contains("generic")) {
            return true;
        }
        if (tags.contains("members") && !namedOrDescribedAs(entity, noun, sentence)) {
            return false; // "the union" is not the company the article named, unless its name or a description says so
        }
        if (!fitsIndustry(entity, noun) || !fitsNameWord(entity, noun)) {
            return false;
        }
        return descriptions.stream().noneMatch(d -> d.sentence() <= sentence && d.entity().equals(entity)
                && !CoreferenceWords.tags(d.noun()).contains("generic") && !CoreferenceWords.compatible(d.noun(), noun));
    }

    /**
     * Whether a noun of a firm of many trades ("conglomerate") may stand for the organisation: its name is one word or
     * ends in a word of {@code diversified-name-words.txt} ("Ormond Industries", "Acme Group"), or the article called
     * it so; a name ending in any other word names its one trade ("Acme Containers").
     */
    private boolean diversified(Entity entity, String noun, int sentence) {
        String[] words = spacedWords(entity).strip().split(" ");
        return words.length == 1 || DIVERSIFIED_NAME_WORDS.contains(words[words.length - 1])
                || namedOrDescribedAs(entity, noun, sentence);
    }

    /** Whether the organisation's name has the noun as a word ("Harbour Workers Union") or the article called it so. */
    private boolean namedOrDescribedAs(Entity entity, String noun, int sentence) {
        String name = spacedWords(entity);
        return name.contains(" " + noun + " ") || descriptions.stream().anyMatch(d -> d.sentence() <= sentence
                && d.entity().equals(entity) && d.noun().equals(noun));
    }

    /**
     * Whether general knowledge allows the noun for the organisation: an industry noun ("airline") fits one whose
     * industry is known only when that industry is called so (an automobile manufacturer is no airline); any other
     * noun, or an organisation of unknown industry, fits.
     */
    private static boolean fitsIndustry(Entity entity, String noun) {
        Set<String> known = INDUSTRIES.nounsOf(entity);
        String kind = CoreferenceWords.kindOf(noun);
        if (known.isEmpty() || !INDUSTRIES.isTyped(kind) && !INDUSTRIES.isTyped(noun)) {
            return true;
        }
        return known.stream().anyMatch(n -> CoreferenceWords.sameKind(n, noun));
    }

    /**
     * Whether the noun fits the kind the organisation's own name gives: a name ending in a specific organisation noun
     * ("Aldgate Pension Fund", "Corbel Bank", "Hexley Airlines") says what it is, as a description would, so "the
     * miner" is not the fund and "the airline" not the bank; a generic ("Group"), public or members' noun, or a last
     * word that is no organisation noun, or one tagged "loose-in-names" ("Networks"), says nothing.
     */
    private static boolean fitsNameWord(Entity entity, String noun) {
        String last = nameKind(entity);
        return last == null || CoreferenceWords.compatible(last, noun);
    }

    /**
     * The specific organisation noun an organisation's name ends in, singular ("Holloway Supermarkets": supermarket),
     * or the one its last word makes it ({@code name-trade-words.tsv}: "Strand Insurance" an insurer), or null when
     * the last word is no organisation noun or a generic, public, members' or loose-in-names one.
     */
    static String nameKind(Entity entity) {
        String[] words = spacedWords(entity).strip().split(" ");
        String last = words[words.length - 1];
        String trade = CoreferenceWords.tradeOfNameWord(last);
        if (trade != null) {
            return trade; // "Strand Insurance": an insurer
        }
        if (!CoreferenceWords.isOrganisationNoun(last) && last.endsWith("s")) {
            last = last.substring(0, last.length() - 1); // "Airlines", "Supermarkets"
        }
        Set<String> tags = CoreferenceWords.tags(last);
        return !CoreferenceWords.isOrganisationNoun(last) || tags.contains("generic") || tags.contains("public")
                || tags.contains("members") || tags.contains("loose-in-names") ? null : last;
    }

    /**
     * Whether general knowledge says the organisation is called by the noun ("the chipmaker" for a chip company), or
     * its own name does ("the retailer" for "Olsen Retail", "the airline" for "Kemble Airways": {@link #nameKind}).
     */
    static boolean knownAs(Entity entity, String noun) {
        String named = nameKind(entity);
        return INDUSTRIES.nounsOf(entity).stream().anyMatch(n -> CoreferenceWords.sameKind(n, noun))
                || named != null && CoreferenceWords.sameKind(named, noun);
    }

    /** An organisation's name in lower case, its words between single spaces and a space at each end. */
    private static String spacedWords(Entity entity) {
        return " " + entity.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    }

    /** Whether an organisation's name says it is a public body ("Government of Canada", "US Air Force"). */
    private static boolean isPublicBody(Entity entity) {
        String name = spacedWords(entity);
        return CoreferenceWords.publicBodyWords().stream().anyMatch(w -> name.contains(" " + w + " "));
    }
}
