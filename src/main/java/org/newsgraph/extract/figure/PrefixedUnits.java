package org.newsgraph.extract.figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.newsgraph.io.ResourceTable;

/**
 * Every SI-prefixed form of the metric units in {@code si-units.tsv}, generated rather than listed: prefix names
 * before unit names, singular and plural, British and American spellings ("kilometres", "milliliter",
 * "gigawatt-hours") and prefix symbols before unit symbols ("km", "mL", "GWh"), each with its QUDT unit (prefix
 * and base: "KiloM"). The table says which prefixes each unit takes, so that only units QUDT names are made and only
 * symbols that are no other word.
 */
final class PrefixedUnits {

    static final String RESOURCE = "/org/newsgraph/extract/si-units.tsv";

    /** One generated form: the words as written, the QUDT unit, and whether they are a symbol (matched in this case). */
    record Form(String words, String unit, boolean symbol) {
    }

    /** The SI prefixes: the QUDT prefix of each name, and its symbols (micro has two code points for mu). */
    private static final Map<String, List<String>> SYMBOLS = Map.ofEntries(Map.entry("pico", List.of("p")),
            Map.entry("nano", List.of("n")), Map.entry("micro", List.of("\u00b5", "\u03bc")),
            Map.entry("milli", List.of("m")), Map.entry("centi", List.of("c")), Map.entry("deci", List.of("d")),
            Map.entry("deca", List.of("da")), Map.entry("hecto", List.of("h")), Map.entry("kilo", List.of("k")),
            Map.entry("mega", List.of("M")), Map.entry("giga", List.of("G")), Map.entry("tera", List.of("T")),
            Map.entry("peta", List.of("P")), Map.entry("exa", List.of("E")), Map.entry("zetta", List.of("Z")));

    private static final List<Form> FORMS = load();

    private PrefixedUnits() {
    }

    /** Every generated form, names before symbols, in the order of the table. */
    static List<Form> forms() {
        return FORMS;
    }

    private static List<Form> load() {
        String expected = "QUDT base, symbol, names, plurals, name prefixes and symbol prefixes separated by tabs";
        List<Form> forms = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.rows(RESOURCE, 6, expected)) {
            String[] cols = row.columns();
            List<String> names = new ArrayList<>(list(cols[2]));
            names.addAll(list(cols[3]));
            for (String prefix : list(cols[4])) {
                checkPrefix(row, prefix, expected);
                for (String name : names) {
                    forms.add(new Form(prefix + name, qudt(prefix, cols[0]), false));
                }
            }
            for (String prefix : list(cols[5])) {
                checkPrefix(row, prefix, expected);
                for (String symbol : SYMBOLS.get(prefix)) {
                    forms.add(new Form(symbol + cols[1], qudt(prefix, cols[0]), true));
                }
            }
        }
        return List.copyOf(forms);
    }

    private static void checkPrefix(ResourceTable.Row row, String prefix, String expected) {
        if (!SYMBOLS.containsKey(prefix)) {
            throw row.problem(expected + "; '" + prefix + "' is no SI prefix");
        }
    }

    /** QUDT's name for a prefixed unit: the prefix capitalised, then the base ("kilo", "M": "KiloM"). */
    private static String qudt(String prefix, String base) {
        return Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + base;
    }

    private static List<String> list(String column) {
        return column.equals("-") ? List.of() : Arrays.stream(column.split(",")).map(String::strip).toList();
    }
}
