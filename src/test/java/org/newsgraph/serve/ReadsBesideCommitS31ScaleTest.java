package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.OldFolders;
import org.newsgraph.io.SiteLock;
import org.newsgraph.io.StagedOutput;

/**
 * Issue 16, session 31: a build commits into the served site in place, file by file; {@code serve}'s site servlet
 * answers under the lock the commit holds, so a request made while the commit has renamed the new version of one page
 * and not yet of another waits, and then gets the new site: never a page of the new commit beside a changed page of
 * the old.
 */
class ReadsBesideCommitS31ScaleTest {

    @TempDir
    Path dir;

    /** The body {@code servlet} answers {@code path} with (a GET with no headers). */
    private static String get(SiteServlet servlet, String path) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPathInfo", "getRequestURI" -> path;
                    default -> null;
                });
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> method.getName().equals("getOutputStream") ? out : null);
        servlet.doGet(request, response);
        return body.toString(StandardCharsets.UTF_8);
    }

    private static void site(Path site, SiteLock lock, String version) throws Exception {
        try (StagedOutput output = StagedOutput.open(site, OldFolders.now(), lock)) {
            for (int i = 0; i < 10; i++) {
                output.write(Path.of("entity/e" + i + "/index.txt"), "entity " + i);
            }
            output.write(Path.of("a.txt"), "a " + version);
            output.write(Path.of("b.txt"), "b " + version);
            output.commit();
        }
    }

    @Test
    void aRequestDuringACommitWaitsForItAndGetsTheNewSite() throws Exception {
        Path site = dir.resolve("site");
        SiteLock[] lock = new SiteLock[1];
        SiteServlet servlet = new SiteServlet(site, SiteLock.create());
        site(site, SiteLock.create(), "old");
        CompletableFuture<String>[] during = new CompletableFuture[1];
        boolean[] waited = new boolean[1];
        lock[0] = SiteLock.withRenameHook(renamed -> {
            // Renamed in name order: the list of files, then a.txt (the 2nd), then b.txt.
            if (renamed != 2) {
                return;
            }
            try {
                assertEquals("a new", Files.readString(site.resolve("a.txt")));
                assertEquals("b old", Files.readString(site.resolve("b.txt")), "half committed on disk");
                during[0] = CompletableFuture.supplyAsync(() -> {
                    try {
                        return get(servletOf(site, lock[0]), "/a.txt") + " / " + get(servletOf(site, lock[0]), "/b.txt");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(300);
                waited[0] = !during[0].isDone();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        site(site, lock[0], "new");
        assertTrue(waited[0], "the request waited for the commit");
        assertEquals("a new / b new", during[0].get(10, TimeUnit.SECONDS));
        assertEquals("entity 3", get(servlet, "/entity/e3/index.txt"));
    }

    private static SiteServlet servletOf(Path site, SiteLock lock) {
        return new SiteServlet(site, lock);
    }
}
