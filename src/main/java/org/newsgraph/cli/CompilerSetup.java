package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Which JIT compiler compiles what: the render's code with C1 only, CoreNLP and the JDK with C1 then C2 as usual
 * ({@value #DIRECTIVES}). Added through HotSpot's diagnostic command {@code Compiler.directives_add}, which answers
 * in its return value, where the {@code -XX:CompilerDirectivesFile} flag would print a line on every start.
 */
public final class CompilerSetup {

    static final String DIRECTIVES = "render-c1.json";
    private static final String COMMANDS = "com.sun.management:type=DiagnosticCommand";
    /** The answer of the one time they were added in this JVM (each add would push another copy on its stack). */
    private static String applied;

    private CompilerSetup() {
    }

    /**
     * Adds the directives, once per JVM; on a JVM without HotSpot's diagnostic commands, or when they are refused,
     * nothing changes and the answer says why.
     */
    public static synchronized String apply() {
        if (applied == null) {
            applied = add();
        }
        return applied;
    }

    private static String add() {
        Path file = null;
        try (InputStream in = CompilerSetup.class.getResourceAsStream(DIRECTIVES)) {
            if (in == null) {
                return DIRECTIVES + " is missing from the classpath";
            }
            file = Files.createTempFile("newsgraph-compiler-", ".json");
            Files.write(file, in.readAllBytes());
            return command("compilerDirectivesAdd", file.toString());
        } catch (IOException | JMException | RuntimeException e) {
            return "compiler directives not added: " + e;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** Runs a diagnostic command ({@code compilerDirectivesPrint}, ...) with its arguments and returns its output. */
    static String command(String name, String... arguments) throws JMException {
        Object out = ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(COMMANDS), name,
                new Object[] {arguments}, new String[] {String[].class.getName()});
        return String.valueOf(out).strip();
    }
}
