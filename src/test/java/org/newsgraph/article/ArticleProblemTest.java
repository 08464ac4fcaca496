package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleProblemTest {

    @Test
    void oneLineNamingFileLineAndFix() {
        assertEquals("articles/x.md:3: the front matter has no title; add a line 'title: ...'",
                new ArticleProblem(Path.of("articles/x.md"), 3, "the front matter has no title", "add a line 'title: ...'")
                        .toString());
        assertEquals("articles/x.md: the file is empty",
                new ArticleProblem(Path.of("articles/x.md"), 0, "the file is empty", "").toString());
    }

    @Test
    void controlCharactersFromFileNamesAndValuesCannotDriveTheTerminal() {
        String line = new ArticleProblem(Path.of("articles/bad\u001B[2Jname\n.md"), 2,
                "'\u202Eevil' is not a valid date", "fix it").toString();
        assertEquals("articles/bad\\u001B[2Jname\\u000A.md:2: '\\u202Eevil' is not a valid date; fix it", line);
    }
}
