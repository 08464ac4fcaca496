package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A number in the news understood as a fact. Fields follow the design's extract contract.
 *
 * @param value     the value in base units, an exact decimal ("$4.1 million" -> 4100000; 25% -> 25), or null when
 *                  vague or a range
 * @param unit      ISO 4217 code, "percent", "percentage_point", "times", a QUDT unit name, or the counted noun
 * @param qualifier "approximately", "at_most", "at_least", or null
 * @param period    ISO 8601 duration of a rate ("P1M"), or null
 * @param per       a non-time denominator ("share", "user"), or null
 * @param direction "increase" or "decrease" for changes, else null
 * @param subject   id of the entity the figure is about, or null
 * @param of        the whole of a share: an entity id or the article's words, or null
 * @param time      when the figure holds ("2022-03", "2025-Q2"), or null
 * @param mentions  every place the article states this fact; the first is where it is stated first
 * @param how       how subject and measure were found, with the unsure answers; {@link Attribution#NONE} if unknown
 * @param convertedFrom id of the figure of the same article this one restates in another currency ("9.2 million
 *                  Canadian dollars ($6.7 million)": the dollar figure's is the Canadian one's), or null
 */
public record Figure(String id, FigureKind kind, BigDecimal value, BigDecimal min, BigDecimal max, String unit,
                     String qualifier, String period, String per, String direction, String measure,
                     String subject, String of, String time, String vague, List<Span> mentions, Attribution how,
                     String convertedFrom) {

    @com.fasterxml.jackson.annotation.JsonCreator
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        value = plain(value);
        min = plain(min);
        max = plain(max);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one mention");
        }
        how = how == null ? Attribution.NONE : how;
    }

    /** A figure that restates no other. */
    public Figure(String id, FigureKind kind, BigDecimal value, BigDecimal min, BigDecimal max, String unit, String qualifier,
                  String period, String per, String direction, String measure, String subject, String of, String time,
                  String vague, List<Span> mentions, Attribution how) {
        this(id, kind, value, min, max, unit, qualifier, period, per, direction, measure, subject, of, time, vague,
                mentions, how, null);
    }

    /** This figure, restating the figure {@code id} in another currency. */
    public Figure withConvertedFrom(String id) {
        return new Figure(this.id, kind, value, min, max, unit, qualifier, period, per, direction, measure, subject, of,
                time, vague, mentions, how, id);
    }

    /**
     * This figure, restating {@code partner} in another currency ("9.2 million Canadian dollars ($6.7 million)"): the
     * same amount, so about the same subject and measuring the same thing. The partner's answers (sure or candidate,
     * with the steps that found them) replace this figure's where the partner has one; the parse of a bracketed
     * conversion seldom says more than where it hangs.
     */
    public Figure restating(Figure partner) {
        boolean partnerSubject = partner.subject() != null || partner.how().subjectCandidate() != null;
        boolean partnerMeasure = partner.measure() != null || partner.how().measureCandidate() != null;
        Attribution own = how;
        Attribution theirs = partner.how();
        Attribution merged = new Attribution(
                partnerSubject ? theirs.subjectCandidate() : own.subjectCandidate(),
                partnerSubject ? theirs.subjectStep() : own.subjectStep(),
                partnerMeasure ? theirs.measureCandidate() : own.measureCandidate(),
                partnerMeasure ? theirs.measureStep() : own.measureStep(),
                partnerSubject ? theirs.otherSubjects() : own.otherSubjects(),
                partnerSubject ? theirs.subjectCase() : own.subjectCase(), own.unitStep(),
                partnerMeasure ? theirs.measureConfidence() : own.measureConfidence(),
                partnerSubject ? theirs.subjectConfidence() : own.subjectConfidence());
        return new Figure(id, kind, value, min, max, unit, qualifier, period, per, direction,
                partnerMeasure ? partner.measure() : measure, partnerSubject ? partner.subject() : subject, of, time,
                vague, mentions, merged, partner.id());
    }

    /** A figure without a record of how it was attributed. */
    public Figure(String id, FigureKind kind, BigDecimal value, BigDecimal min, BigDecimal max, String unit, String qualifier,
                  String period, String per, String direction, String measure, String subject, String of, String time,
                  String vague, List<Span> mentions) {
        this(id, kind, value, min, max, unit, qualifier, period, per, direction, measure, subject, of, time, vague,
                mentions, Attribution.NONE, null);
    }

    /** A decimal without trailing zeros, so that equal values are equal records ("4.10E+6" is 4100000). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Span first() {
        return mentions.get(0);
    }

    public String text() {
        return first().text();
    }

    /**
     * Whether a unit is money: an ISO 4217 currency code ("USD"), not another three-letter unit ("MIN", "DAY",
     * "QTR"), or a crypto-currency's ticker ("BTC", see {@code currencies.tsv}).
     */
    public static boolean isCurrency(String unit) {
        return unit != null && unit.length() == 3 && (CURRENCIES.contains(unit)
                || org.newsgraph.extract.figure.Currencies.isCryptocurrency(unit));
    }

    /** Whether a unit is an ISO 4217 currency code, which QUDT names a currency unit after ("CCY_USD"). */
    public static boolean isIsoCurrency(String unit) {
        return unit != null && unit.length() == 3 && CURRENCIES.contains(unit);
    }

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());
}
