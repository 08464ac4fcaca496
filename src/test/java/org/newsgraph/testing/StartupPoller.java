package org.newsgraph.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client that asks a SPARQL endpoint one query over and over from before its server starts, as a script that
 * starts {@code serve} and queries at once would, and keeps every answer (refused connections are not answers).
 */
public final class StartupPoller implements AutoCloseable {

    /** One answer: its status, its {@code Retry-After} header (or null) and its body. */
    public record Answer(int status, String retryAfter, String body) {

        /** The 503 of a query that ran past the server's time budget ({@link TimedOutQueries}), not of a gate. */
        public boolean timedOut() {
            return TimedOutQueries.timedOut(status, body);
        }
    }

    private final HttpRequest request;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Answer> answers = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public StartupPoller(int port, String query) {
        request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(30)).build();
        thread = new Thread(this::poll, "startup-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /** A port free at the moment of asking. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void poll() {
        while (running) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                synchronized (answers) {
                    answers.add(new Answer(response.statusCode(), response.headers().firstValue("Retry-After")
                            .orElse(null), response.body()));
                    answers.notifyAll();
                }
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every answer so far. */
    public List<Answer> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /**
     * Waits until an answer so far matches, woken by each new answer (not on a clock); {@code atMost} only keeps a
     * server that never answers so from holding the test forever. Whether one matched.
     */
    public boolean awaitAnswer(java.util.function.Predicate<Answer> wanted, Duration atMost)
            throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (answers) {
            while (answers.stream().noneMatch(wanted)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                answers.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(35_000);
    }
}
