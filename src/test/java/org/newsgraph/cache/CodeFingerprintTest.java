package org.newsgraph.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CodeFingerprintTest {

    @Test
    void theSamePackagesAreHashedOncePerProcessWhoeverAsks() {
        // The site stamp and the page keys both ask for all of org/newsgraph/: the second gets the first's answer.
        String first = CodeFingerprint.of(CodeFingerprint.class, "org/newsgraph/cache/");
        assertSame(first, CodeFingerprint.of(ScanCache.class, "org/newsgraph/cache/"));
        assertEquals(16, first.length());
    }

    @Test
    void otherPackagesHashApart() {
        assertNotEquals(CodeFingerprint.of(CodeFingerprint.class, "org/newsgraph/cache/"),
                CodeFingerprint.of(CodeFingerprint.class, "org/newsgraph/article/"));
        assertNotEquals(CodeFingerprint.of(CodeFingerprint.class, "org/newsgraph/article/"),
                CodeFingerprint.of(CodeFingerprint.class, "org/newsgraph/article/", "org/newsgraph/cache/"));
    }
}
