package org.newsgraph.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates front matter may give: {@code 2026-11-30} (also the start of a timestamp, {@code 2026-11-30T09:00}),
 * and the same day written out in English as newsrooms do, {@code 30 November 2026}, {@code November 30, 2026}
 * (months in full or as three letters). The reader and {@code check} share this, so that they agree on what a date is.
 */
public final class ArticleDates {

    private static final List<DateTimeFormatter> WRITTEN = List.of(written("d MMMM uuuu"), written("d MMM uuuu"),
            written("MMMM d, uuuu"), written("MMM d, uuuu"), written("MMMM d uuuu"), written("MMM d uuuu"));

    private ArticleDates() {
    }

    /** The day a value names, or empty when it names none (or an impossible one, such as 2025-02-30). */
    public static Optional<LocalDate> parse(String value) {
        String v = value.strip();
        try {
            return Optional.of(LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v));
        } catch (DateTimeParseException e) {
            // Not ISO; perhaps written out.
        }
        String words = v.replaceAll("\\s+", " ");
        for (DateTimeFormatter format : WRITTEN) {
            try {
                return Optional.of(LocalDate.parse(words, format));
            } catch (DateTimeParseException e) {
                // The next form.
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter written(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
