package org.newsgraph.site;

import java.util.Objects;

/**
 * What a publisher sets for the whole site besides its base IRI (from {@code newsgraph.yaml} or the command line):
 * the title every page's {@code <title>} and banner carry, and the language of its pages ({@code <html lang>}).
 *
 * @param title    the site's name, "Newsgraph" unless set
 * @param language a BCP 47 language tag: {@code en}, {@code en-GB}, {@code de}
 */
public record SiteSettings(String title, String language) {

    public static final SiteSettings DEFAULT = new SiteSettings("Newsgraph", "en");

    /** A language tag as BCP 47 writes the common ones: a 2-3 letter language, then optional subtags. */
    public static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*";

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        if (title.isBlank()) {
            throw new IllegalArgumentException("the site title must not be empty");
        }
        if (!language.matches(LANGUAGE_TAG)) {
            throw new IllegalArgumentException("the language must be a language tag such as en or en-GB, not '"
                    + language + "'");
        }
        title = title.strip();
    }
}
