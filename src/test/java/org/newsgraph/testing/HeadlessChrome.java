package org.newsgraph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium for the query page's tests and benchmark: a fresh profile, no network beyond this
 * machine, the console and every network request logged (to check that no request leaves the site), and the memory
 * of all its processes.
 */
public final class HeadlessChrome {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final ObjectMapper JSON = new ObjectMapper();

    private HeadlessChrome() {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts Chromium with its profile in {@code profile} (a new folder), JavaScript on and every request logged. */
    public static ChromeDriver start(Path profile) throws IOException {
        return start(profile, true, true);
    }

    /**
     * Starts Chromium with its profile in {@code profile} (a new folder), pages opened from file:// allowed.
     * {@code javascript} false reads the site as a reader without scripts does; {@code requestLog} keeps every network
     * request for {@link #requests} (drain it now and then: the driver keeps them until asked).
     */
    public static ChromeDriver start(Path profile, boolean javascript, boolean requestLog) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (requestLog) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        // The driver's path is given, so Selenium Manager never looks for (or downloads) one. Headless Chromium now
        // and then fails to start on a loaded machine ("session not created"): one more try.
        for (int attempt = 1; ; attempt++) {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
            try {
                return new ChromeDriver(service, options);
            } catch (SessionNotCreatedException e) {
                service.stop();
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private static final java.util.regex.Pattern BROWSER_OWN =
            java.util.regex.Pattern.compile("(chrome|chrome-extension|chrome-untrusted|devtools):");

    /**
     * The URLs of the requests made since the last call (main frame, workers, scripts; data: URLs included). The
     * browser's own pages ({@code chrome://}, {@code devtools://}, extensions) are left out: Chromium loads them for
     * its own user interface at times of its choosing, and they never leave the machine.
     */
    public static List<String> requests(ChromeDriver browser) {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                    String url = message.path("params").path("request").path("url").asText();
                    if (!BROWSER_OWN.matcher(url).lookingAt()) {
                        urls.add(url);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Chromium's performance log is not JSON: " + entry.getMessage(), e);
            }
        }
        return urls;
    }

    /** The console's warnings and errors since the last call. */
    public static List<String> consoleProblems(ChromeDriver browser) {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return problems;
    }

    /**
     * The resident memory of the Chromium using {@code profile}: its browser process and every process under it
     * (renderers, GPU, utilities), in KiB. Linux only (reads /proc); 0 elsewhere.
     */
    public static long residentKiB(Path profile) throws IOException {
        if (!Files.isDirectory(Path.of("/proc"))) {
            return 0;
        }
        String flag = "--user-data-dir=" + profile.toAbsolutePath();
        java.util.Map<Long, Long> parents = new java.util.HashMap<>();
        java.util.Map<Long, Long> resident = new java.util.HashMap<>();
        java.util.Set<Long> counted = new java.util.HashSet<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.matches("\\d+")) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name);
                    String stat = Files.readString(process.resolve("stat"));
                    parents.put(pid, Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]));
                    for (String line : Files.readAllLines(process.resolve("status"))) {
                        if (line.startsWith("VmRSS:")) {
                            resident.put(pid, Long.parseLong(line.replaceAll("\\D", "")));
                        }
                    }
                    if (new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).contains(flag)) {
                        counted.add(pid);
                    }
                } catch (IOException | RuntimeException gone) {
                    // The process ended while it was being read.
                }
            }
        }
        long total = 0;
        for (java.util.Map.Entry<Long, Long> process : resident.entrySet()) {
            long pid = process.getKey();
            for (int depth = 0; depth < 16 && parents.containsKey(pid); depth++) {
                if (counted.contains(pid)) {
                    total += process.getValue();
                    break;
                }
                pid = parents.get(pid);
            }
        }
        return total;
    }
}
