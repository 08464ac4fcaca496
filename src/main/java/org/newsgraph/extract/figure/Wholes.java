package org.newsgraph.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The whole a share is part of: "14% of sales", "a quarter of the group's fee income". */
final class Wholes {

    /** Words that end the noun phrase after "of": the verb, preposition or adverb that follows it. */
    private static final Pattern WHOLE = Pattern.compile("^\\s+of\\s+(?<whole>(?:[\\w’'-]+\\s+){0,4}?[\\w’'-]+?)"
            + "(?=[,.;:)!?\"”]|\\s+(?:in|for|at|from|on|by|with|and|or|but|to|was|is|were|are|has|have|had|than|as"
            + "|while|over|during|which|that|who|come|comes|came|go|goes|went|work|works|worked|remain|remains"
            + "|remained|now|also|already|still|will|would|can|could|may|might|should|must|this|last|next|according"
            + "|after|before|since|under|into|through|across|because|if|so|when|where|via|against|compared|versus"
            + "|up|down|rose|fell|said|says|earlier|ago|a|an|per|each|every|once|amid|including|excluding|despite"
            + "|unless|until|following|not)\\b|\\s*$)");

    private static final Pattern DETERMINER = Pattern.compile(
            "^(?i:the|its|their|our|his|her|a|an|this|that|these|those|all)\\s+");

    private static final Pattern PRONOUN = Pattern.compile(
            "(?i:it|them|this|that|these|those|which|us|you|all|whom|what|total)");

    /** The whole a share is part of: "14% of sales", "a quarter of the group's fee income" -> "group's fee income". */
    static String wholeAfter(String text, int end) {
        Matcher of = WHOLE.matcher(Text.after(text, end));
        if (!of.lookingAt()) {
            return null;
        }
        String whole = DETERMINER.matcher(of.group("whole")).replaceFirst("");
        return whole.isEmpty() || PRONOUN.matcher(whole).matches() ? null : whole;
    }

    private Wholes() {
    }
}
