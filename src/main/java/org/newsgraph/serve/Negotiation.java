package org.newsgraph.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP content negotiation (RFC 9110, 12.5.1) between the representations of a resource: the offered media type
 * with the highest quality in the {@code Accept} header wins, a specific range ({@code text/turtle}) counting over
 * a wider one ({@code text/*}, {@code *}{@code /*}); on a tie the first offered wins, so HTML stays the default.
 */
final class Negotiation {

    private Negotiation() {
    }

    /** The chosen media type; empty when the client accepts none of them (every match has q=0). */
    static Optional<String> choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        String best = null;
        double bestQuality = 0;
        for (String type : offered) {
            double quality = quality(accept, type);
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality the header gives one media type: that of its most specific matching range, 0 when none matches. */
    static double quality(String accept, String type) {
        String wanted = type.toLowerCase(Locale.ROOT);
        int bestSpecificity = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = name.equals(wanted) ? 2
                    : name.equals("*/*") ? 0
                    : name.endsWith("/*") && wanted.startsWith(name.substring(0, name.length() - 1)) ? 1 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = q(parts);
            }
        }
        return quality;
    }

    private static double q(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].strip();
            if (p.length() > 2 && (p.startsWith("q=") || p.startsWith("Q="))) {
                try {
                    double q = Double.parseDouble(p.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
