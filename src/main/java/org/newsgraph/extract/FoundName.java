package org.newsgraph.extract;

/**
 * A name found in an article's text, before its mentions are grouped into things ({@link EntityRecognizer}): where it
 * stands, the type its source gives it and how much that source weighs in the type vote ({@link TypeVote}), the type
 * the words around it give it, and the name list's entry.
 *
 * @param type  the type its source gives the name
 * @param cue   the type the words around this mention give it, or null
 * @param entry the gazetteer entry, or null
 * @param surnameSlot a name list's name where a person's surname may stand: the NER calls it a person, or, for a
 *                    name the list only knows ("Wexford", "Lund": towns and surnames alike), it is a verb's subject
 */
record FoundName(int start, int end, String text, int sentence, EntityType type, int weight, TypeCues.Cue cue,
                 Gazetteer.Entry entry, boolean demonym, boolean surnameSlot) {

    FoundName(int start, int end, String text, int sentence, EntityType type, int weight, TypeCues.Cue cue,
              Gazetteer.Entry entry, boolean demonym) {
        this(start, end, text, sentence, type, weight, cue, entry, demonym, false);
    }

    FoundName(int start, int end, String text, int sentence, EntityType type, int weight, TypeCues.Cue cue,
              Gazetteer.Entry entry) {
        this(start, end, text, sentence, type, weight, cue, entry, false);
    }

    EntityType cueType() {
        return cue == null ? null : cue.type();
    }

    boolean overlaps(FoundName other) {
        return start < other.end && other.start < end;
    }
}
