package org.newsgraph.extract;

import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.io.ResourceTable;

/**
 * Family names news writes before the given name ({@code family-names-first.txt}: "Li Wei", "Park Ji-won", "Nguyen
 * Van Thanh"): the person's short form is then the first word ("Li said"), not the last.
 */
final class FamilyNamesFirst {

    private static final Set<String> NAMES = ResourceTable.rows("/org/newsgraph/extract/family-names-first.txt", 1,
            "one family name a line").stream().map(row -> row.columns()[0].strip()).collect(Collectors.toUnmodifiableSet());

    private FamilyNamesFirst() {
    }

    /** Whether a person's full name starts with the family name written alone: "Li" of "Li Wei" (not of "Li"). */
    static boolean shortFormOf(String fullName, String shortName) {
        return NAMES.contains(shortName) && fullName.startsWith(shortName + " ");
    }

    /** The family name a person's full name starts with, or null: "Li" of "Li Wei", none of "Tom Reed". */
    static String familyName(String fullName) {
        int space = fullName.indexOf(' ');
        return space > 0 && NAMES.contains(fullName.substring(0, space)) ? fullName.substring(0, space) : null;
    }
}
