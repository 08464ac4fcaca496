package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.Token;

/**
 * A firm's name followed by "of" and its town ("Aldermoor Aerospace of Bristol", "Kettering Holdings Inc. of Boston",
 * "Tallis & Webb of Norwich"): the NER runs the town into the organisation's name. Where the NER's organisation (no
 * name list knows the whole) is two or more words that say themselves they are a firm (a company suffix, a corporate
 * last word that is no body's, or "&" joining names) and the words after "of" are a listed place, the firm and the
 * place are two names. Names a list knows ("Bank of America", "Royal Bank of Scotland") and names whose head takes
 * "of" as part of the name ("University of Leeds", "Art Institute of Chicago": a body's word) stay whole.
 */
final class FirmsOfPlaces {

    static final String RULE = "firm-of-place";

    private FirmsOfPlaces() {
    }

    /** The NER's spans with each firm-of-place run split into the firm's name and the place's. */
    static List<FoundName> split(String text, AnnotatedSentence sentence, List<FoundName> spans, Gazetteer gazetteer) {
        List<FoundName> out = new ArrayList<>();
        for (FoundName span : spans) {
            List<Token> tokens = sentence.tokensIn(span.start(), span.end());
            int of = ofIndex(tokens);
            Gazetteer.Entry place = null;
            if (span.type() == EntityType.ORGANIZATION && span.entry() == null && of >= 2 && of < tokens.size() - 1
                    && firmWords(tokens.subList(0, of)) && listed(gazetteer, span.text()) == null) {
                place = listed(gazetteer, text.substring(tokens.get(of + 1).start(), span.end()));
            }
            if (place == null || place.type() != EntityType.PLACE) {
                out.add(span);
                continue;
            }
            int firmEnd = tokens.get(of - 1).end();
            int placeStart = tokens.get(of + 1).start();
            out.add(new FoundName(span.start(), firmEnd, text.substring(span.start(), firmEnd), sentence.index(),
                    EntityType.ORGANIZATION, span.weight(), new TypeCues.Cue(EntityType.ORGANIZATION, RULE), null));
            out.add(new FoundName(placeStart, span.end(), text.substring(placeStart, span.end()), sentence.index(),
                    EntityType.PLACE, TypeVote.KNOWN_VOTE, null, place));
        }
        return out;
    }

    /** The index of the only "of" of a run, or -1. */
    private static int ofIndex(List<Token> tokens) {
        int at = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals("of")) {
                if (at >= 0) {
                    return -1;
                }
                at = k;
            }
        }
        return at;
    }

    /** Words that name a firm by themselves: a company suffix, a firm's last word, or names joined by "&". */
    static boolean firmWords(List<Token> firm) {
        String last = firm.get(firm.size() - 1).text();
        if (EntityRecognizer.CORPORATE_SUFFIXES.contains(last)) {
            return true;
        }
        boolean joined = firm.size() >= 3 && firm.stream().skip(1).limit(firm.size() - 2L).anyMatch(t -> t.text().equals("&"));
        return joined || !CorporateNames.bodyWord(last) && CorporateNames.byLastWord(firm, 0, firm.size());
    }

    /** The list's entry whose name is the whole text, or null. */
    private static Gazetteer.Entry listed(Gazetteer gazetteer, String name) {
        return gazetteer.find(name).stream().filter(m -> m.start() == 0 && m.end() == name.length())
                .map(Gazetteer.Match::entry).findFirst().orElse(null);
    }
}
