package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The render's code is handed to C1 only, in this very JVM, and the directives file parses. */
class CompilerSetupTest {

    @Test
    void theRendersPackagesAreKeptFromC2() throws Exception {
        assertEquals("1 compiler directives added", CompilerSetup.apply());
        assertEquals("1 compiler directives added", CompilerSetup.apply(), "a second call adds nothing");
        String stack = CompilerSetup.command("compilerDirectivesPrint");
        for (String pattern : new String[] {"org/thymeleaf/*.*", "org/apache/jena/*.*", "org/newsgraph/site/*.*"}) {
            assertTrue(stack.contains(pattern), pattern + " in " + stack);
        }
        assertTrue(stack.contains("c2"), stack);
        // CoreNLP and the extractors are not matched: they keep C2.
        assertTrue(!stack.contains("edu/stanford") && !stack.contains("org/newsgraph/extract"), stack);
        // Once on the stack, however often build or serve ran in this JVM.
        assertEquals(stack.indexOf("org/thymeleaf/*.*"), stack.lastIndexOf("org/thymeleaf/*.*"), stack);
    }
}
