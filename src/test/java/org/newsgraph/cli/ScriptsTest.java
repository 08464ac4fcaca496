package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code newsgraph} and the CI script {@code .ci/run}, each copied into a scratch folder and run
 * with stand-ins for {@code mvn}, {@code java} and Chromium first on the PATH.
 */
class ScriptsTest {

    @TempDir
    Path dir;

    @Test
    void theBuildStepIsOnePlainLineWhenItsOutputIsNoTerminal() throws Exception {
        // The stand-in Maven writes the colour resets Debian's Maven writes even in batch mode.
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.copy(Path.of("newsgraph"), home.resolve("newsgraph"));
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.createDirectories(home.resolve("src/main"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("mvn"), "#!/bin/bash\nprintf '\\033[0m\\033[0m'\nprintf '\\033[0m\\033[0m' >&2\n"
                + "mkdir -p target && touch target/newsgraph.jar && echo /none > target/classpath.txt\n");
        executable(bin.resolve("java"), "#!/bin/bash\necho ran\n");
        ProcessBuilder launch = new ProcessBuilder("/bin/bash", home.resolve("newsgraph").toString(), "--version")
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        launch.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = launch.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        String err = Files.readString(dir.resolve("err"));
        assertFalse(err.contains("\u001b"), "no terminal escape codes: " + err.replace("\u001b", "ESC"));
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("newsgraph: building"), err);
        assertEquals("ran", Files.readString(dir.resolve("out")).strip());
    }

    @Test
    void theCollectorsFlagsComeFirstSoThatTheUsersWin() throws Exception {
        // Issue 16, session 33: G1 with a fixed marking threshold; a user's NEWSGRAPH_JAVA_OPTS come after them.
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.copy(Path.of("newsgraph"), home.resolve("newsgraph"));
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/classpath.txt"), "/none");
        Files.writeString(home.resolve("pom.xml"), "<project/>");
        Files.createDirectories(home.resolve("src/main"));
        Path jar = Files.writeString(home.resolve("target/newsgraph.jar"), "");
        assertTrue(jar.toFile().setLastModified(System.currentTimeMillis() + 60_000), "newer than the sources");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("mvn"), "#!/bin/bash\nexit 1\n");
        executable(bin.resolve("java"), "#!/bin/bash\necho \"$@\"\n");
        String plain = launch(home, bin, null);
        assertTrue(plain.startsWith("-XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75 "
                + "-XX:MaxGCPauseMillis=1000 -XX:G1HeapRegionSize=4m -Xms3g -Xmx4g "), plain);
        String own = launch(home, bin, "-Xmx2g -XX:InitiatingHeapOccupancyPercent=60");
        assertTrue(own.indexOf("-XX:InitiatingHeapOccupancyPercent=75") < own.indexOf(
                "-XX:InitiatingHeapOccupancyPercent=60"), "the user's flag last, so HotSpot takes it: " + own);
        assertFalse(own.contains("-Xms3g"), own);
    }

    private String launch(Path home, Path bin, String javaOpts) throws Exception {
        ProcessBuilder launch = new ProcessBuilder("/bin/bash", home.resolve("newsgraph").toString(), "--version")
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        launch.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        launch.environment().remove("NEWSGRAPH_GC_OPTS");
        launch.environment().remove("NEWSGRAPH_JAVA_OPTS");
        if (javaOpts != null) {
            launch.environment().put("NEWSGRAPH_JAVA_OPTS", javaOpts);
        }
        Process process = launch.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("err")));
        return Files.readString(dir.resolve("out")).strip();
    }

    @Test
    void ciFailsWhenTheBrowserSuitesWereSkipped() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve(".ci"));
        Files.copy(Path.of(".ci/run"), home.resolve(".ci/run"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("java"), "#!/bin/bash\necho 'openjdk version \"17\"' >&2\n");
        executable(bin.resolve("chromium"), "#!/bin/bash\necho Chromium\n");
        executable(bin.resolve("chromedriver"), "#!/bin/bash\n");
        executable(bin.resolve("mvn"), "#!/bin/bash\nmkdir -p target\n"
                + "echo 'Browser suites skipped, no headless Chromium here: SiteBrowserIT' > target/skipped-browser-suites.txt\n");
        assertEquals(1, ci(home, bin, "true"), "CI=true");
        assertEquals(0, ci(home, bin, null), "a run on a workstation only says so");
        executable(bin.resolve("mvn"), "#!/bin/bash\nmkdir -p target\n");
        assertEquals(0, ci(home, bin, "true"), "nothing skipped");
    }

    private int ci(Path home, Path bin, String ci) throws Exception {
        ProcessBuilder run = new ProcessBuilder("/bin/bash", home.resolve(".ci/run").toString())
                .redirectOutput(dir.resolve("ci-out").toFile()).redirectError(dir.resolve("ci-err").toFile());
        run.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        run.environment().remove("CI");
        if (ci != null) {
            run.environment().put("CI", ci);
        }
        Process process = run.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return process.exitValue();
    }

    private static void executable(Path file, String script) throws Exception {
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
