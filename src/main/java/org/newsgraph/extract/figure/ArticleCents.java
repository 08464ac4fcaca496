package org.newsgraph.extract.figure;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.FigureCandidate;

/**
 * Cents that name no currency ("rose 38 cents", "up 4 cents to 2.73 euros", "12 cents a litre"): a cent is the
 * hundredth of whichever currency the article prices things in, so the parser's US cent is only a default. The
 * article decides, in this order: the one currency of the amounts it states with a currency ("4 cents" beside "2.73
 * euros" is a euro cent, beside "C$14.10" a Canadian one), when that currency has cents ({@code cent-currencies.txt});
 * else (no currency, or one without cents, stated) the one such currency of the countries it names ("In Sydney, petrol rose 12 cents"); else the cent stays a US
 * cent, as "$" stays the US dollar. Cents with their currency said ("U.S. cents", "euro cents", "Canadian cents") are
 * not touched. Figures whose currency the article decided are marked in their attribution
 * ({@link ImplicitCurrency#INFERRED} or {@link LocalCurrencies#LOCAL}).
 */
public final class ArticleCents {

    /** Currencies whose hundredth is a cent (two decimal places in ISO 4217). */
    private static final Set<String> CENT_CURRENCIES = Set.copyOf(WordList.words("cent-currencies.txt"));

    /** A number right before "cent"/"cents"/"¢", nothing naming a currency between them. */
    private static final Pattern BARE = Pattern.compile("(?<![\\w.])\\d[\\d,]*(?:\\.\\d+)?(?:\\s?|-)(?:cents?\\b|¢)",
            Pattern.CASE_INSENSITIVE);

    /** What the article decided for one figure: its currency and how ({@link ImplicitCurrency#INFERRED} or
     * {@link LocalCurrencies#LOCAL}). */
    public record Decision(String currency, String step) {
    }

    private ArticleCents() {
    }

    /** Whether {@code said}, the words of a figure read in US dollars, states bare cents. */
    public static boolean bare(FigureCandidate figure, String said) {
        return "USD".equals(figure.unit()) && BARE.matcher(said).find();
    }

    /**
     * The currency of the article's bare cents, or null when nothing in the article decides it (they stay US cents).
     *
     * @param statedCurrency the one currency of the article's other stated amounts, or null
     *                       ({@link ImplicitCurrency#articleCurrency})
     * @param local          the currencies of the countries the article names ({@link LocalCurrencies#currenciesOf})
     */
    public static Decision decide(String statedCurrency, Collection<String> local) {
        if (statedCurrency != null && CENT_CURRENCIES.contains(statedCurrency)) {
            return "USD".equals(statedCurrency) ? null : new Decision(statedCurrency, ImplicitCurrency.INFERRED);
        }
        List<String> named = local.stream().filter(CENT_CURRENCIES::contains).sorted().toList();
        return named.size() == 1 && !"USD".equals(named.get(0))
                ? new Decision(named.get(0), LocalCurrencies.LOCAL) : null;
    }

    /** Every currency the list holds (for its test). */
    static Set<String> currencies() {
        return CENT_CURRENCIES;
    }
}
