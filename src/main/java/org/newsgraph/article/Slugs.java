package org.newsgraph.article;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names and file names into the lowercase ASCII slugs used in IRIs and paths. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /** "Microsoft Corp." -> "microsoft-corp"; "Société Générale" -> "societe-generale"; never empty. */
    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            // Cut between words: "...ai-demand-surges" loses "surges", not "ges". A first word longer than the
            // limit is cut where the limit falls.
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" + Integer.toHexString(name.hashCode()) : slug;
    }
}
