package org.newsgraph.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A new article file, {@code <date>-<slug of title>.md}, with its front matter filled in and room for the text.
 *
 * @param author optional, null when not given
 * @param source optional, null when not given
 */
public record NewArticle(String title, LocalDate date, String author, String source) {

    public NewArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        if (title.isBlank()) {
            throw new IllegalArgumentException("the title is empty; give the headline, e.g. newsgraph new \"Acme buys Widgets\"");
        }
    }

    public String fileName() {
        return date + "-" + Slugs.of(title) + ".md";
    }

    /** The file's content: front matter written by a YAML library, so any title is quoted correctly. */
    public String content() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", title.strip());
        fields.put("date", date.toString());
        if (author != null && !author.isBlank()) {
            fields.put("author", author.strip());
        }
        if (source != null && !source.isBlank()) {
            fields.put("source", source.strip());
        }
        fields.put("tags", List.of());
        String yaml = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(fields);
        return "---\n" + yaml + "---\n\n";
    }

    /**
     * Writes the file into {@code folder}; never overwrites.
     *
     * @throws FileAlreadyExistsException when the file exists or another article already has its slug
     */
    public Path writeInto(Path folder, List<Article> existing) throws IOException {
        Path file = folder.resolve(fileName());
        String slug = Slugs.of(date + "-" + title);
        for (Article article : existing) {
            if (article.slug().equals(slug) && !article.file().getFileName().equals(file.getFileName())) {
                throw new FileAlreadyExistsException(file.toString(), article.file().toString(),
                        "its slug '" + slug + "' is already used by " + article.file().getFileName());
            }
        }
        Files.createDirectories(folder);
        Files.writeString(file, content(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }
}
