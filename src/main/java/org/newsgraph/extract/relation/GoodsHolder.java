package org.newsgraph.extract.relation;

import java.util.function.Function;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * Whose counted goods "them" means when a sentence opens with "Ninety of them are leased from Y": the organisation
 * that, in the sentence just before, is the subject of a verb whose object is a number of things ("X runs 420 vans",
 * "X flies 60 jets", "X flies 48 aircraft"). One such organisation or none: two (or an object without a number, or a subject that is no
 * organisation) leave the lessee unsaid.
 */
final class GoodsHolder {

    private GoodsHolder() {
    }

    /**
     * The organisation whose counted goods the sentence before names, or null.
     *
     * @param before   the sentence just before, or null
     * @param entityAt the entity a token names (its own name, or what "it" stands for), or null
     */
    static Entity of(AnnotatedSentence before, Function<Token, Entity> entityAt) {
        if (before == null) {
            return null;
        }
        Entity holder = null;
        for (Dependency object : before.dependencies()) {
            if (!object.relation().equals("obj") || object.governor() < 0) {
                continue;
            }
            Token verb = before.token(object.governor());
            Token goods = before.token(object.dependent());
            if (!verb.pos().startsWith("VB") || !counted(before, goods)) {
                continue;
            }
            for (Dependency subject : before.dependencies()) {
                if (subject.governor() == object.governor() && subject.relation().equals("nsubj")) {
                    Entity named = entityAt.apply(before.token(subject.dependent()));
                    if (named == null || named.type() != EntityType.ORGANIZATION
                            || holder != null && !holder.equals(named)) {
                        return null;
                    }
                    holder = named;
                }
            }
        }
        return holder;
    }

    /**
     * Whether a noun counts goods: a plural with a number of its own ("420 vans", "about 60 jets"), or a noun whose
     * plural is its singular with a number above one ("48 aircraft", which the tagger leaves NN).
     */
    private static boolean counted(AnnotatedSentence sentence, Token noun) {
        if (!noun.pos().equals("NNS") && !noun.pos().equals("NN")) {
            return false;
        }
        for (Token child : sentence.children(noun)) {
            if (sentence.relationToHead(child).equals("nummod") && child.pos().equals("CD")
                    && (noun.pos().equals("NNS") || aboveOne(child.text()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cardinal written in figures ("48", "1,200") is more than one; words ("twelve") are not read. */
    private static boolean aboveOne(String cardinal) {
        String digits = cardinal.replace(",", "");
        if (!digits.matches("[0-9]{1,9}")) {
            return false;
        }
        return Integer.parseInt(digits) > 1;
    }
}
