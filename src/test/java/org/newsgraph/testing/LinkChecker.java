package org.newsgraph.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds every internal href and src of every page of a site that does not resolve to a file. */
public final class LinkChecker {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    private LinkChecker() {
    }

    public static List<String> brokenLinks(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html"))::iterator) {
                Matcher m = LINK.matcher(Files.readString(page));
                while (m.find()) {
                    String href = m.group(1).replace("&amp;", "&");
                    if (href.isEmpty() || href.matches("(?i)(https?|mailto):.*")) {
                        continue;
                    }
                    URI uri = URI.create(href);
                    String path = uri.getPath();
                    if (path == null || path.isEmpty()) {
                        continue;
                    }
                    Path target = page.getParent().resolve(path).normalize();
                    if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                        broken.add(site.relativize(page) + " -> " + href);
                    }
                }
            }
        }
        return broken;
    }
}
