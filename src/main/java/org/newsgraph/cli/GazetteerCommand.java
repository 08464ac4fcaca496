package org.newsgraph.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newsgraph.ConfigurationException;
import org.newsgraph.gazetteer.CityCountries;
import org.newsgraph.gazetteer.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        header = "Rebuild the bundled gazetteer from the public sources.",
        description = "Reads the source files of ../shared/datasets/gazetteer (ROR, SEC tickers, S&P 500, brands, "
                + "companies, US politicians, world cities) and writes the compact gazetteer.tsv that Newsgraph ships, and "
                + "the city-to-country table (city-countries.tsv) of the world cities list. "
                + "Run it from the project folder; commit the result.")
final class GazetteerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", description = "Folder of the sources (default: ${DEFAULT-VALUE}).")
    Path from = Path.of("../shared/datasets/gazetteer");

    @Option(names = "--words", paramLabel = "FILE",
            description = "English word list, one word a line (default: ${DEFAULT-VALUE}, Debian package wamerican).")
    Path words = Path.of("/usr/share/dict/words");

    @Option(names = "--out", paramLabel = "FILE", description = "Output (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src/main/resources/org/newsgraph/extract/gazetteer.tsv");

    @Option(names = "--cities-out", paramLabel = "FILE",
            description = "City-to-country table, the cities of one country only (default: ${DEFAULT-VALUE}).")
    Path citiesOut = Path.of("src/main/resources/org/newsgraph/gazetteer/city-countries.tsv");

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from)) {
            throw new ConfigurationException("the gazetteer sources folder " + from + " does not exist; pass --from DIR");
        }
        if (!Files.isRegularFile(words)) {
            throw new ConfigurationException("the word list " + words + " does not exist; install it "
                    + "(apt-get install wamerican) or pass --words FILE");
        }
        GazetteerBuilder builder;
        try {
            builder = new GazetteerBuilder(GazetteerBuilder.words(words)).readAll(from);
        } catch (NoSuchFileException e) {
            throw new ConfigurationException(e.getMessage());
        }
        Path temporary = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            builder.write(writer);
        }
        Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        CityCountries cities = new CityCountries().read(from.resolve("world-cities.csv"));
        Path citiesTemporary = citiesOut.resolveSibling(citiesOut.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(citiesTemporary, StandardCharsets.UTF_8)) {
            cities.write(writer);
        }
        Files.move(citiesTemporary, citiesOut, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Map<String, Integer> counts = new TreeMap<>(builder.counts());
        counts.forEach((source, n) -> spec.commandLine().getOut().printf("%7d  %s%n", n, source));
        builder.ambiguity().forEach((what, n) -> spec.commandLine().getOut().printf("%7d  aliases %s%n", n, what));
        spec.commandLine().getOut().printf("wrote %s (%d bytes)%n", out, Files.size(out));
        spec.commandLine().getOut().printf("wrote %s (%d cities of one country; %d rows of a country with no ISO code)%n",
                citiesOut, cities.ofOneCountry().size(), cities.unknownCountries());
        return 0;
    }
}
