package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reloads open pages after a rebuild: every served page gets a small script that polls the build number and
 * reloads the page when it changes. Polling keeps it to one plain GET (no WebSocket, no event stream, no CDN).
 */
final class LiveReload {

    static final String PATH = "/_newsgraph/build";

    private static final String SCRIPT = "<script>/* newsgraph serve: reload after a rebuild */(function(){var seen=null;"
            + "setInterval(function(){fetch('" + PATH + "',{cache:'no-store'}).then(function(r){return r.text();})"
            + ".then(function(b){if(seen!==null&&b!==seen){location.reload();}seen=b;}).catch(function(){});},500);})();"
            + "</script>";

    private final AtomicLong build = new AtomicLong();

    void rebuilt() {
        build.incrementAndGet();
    }

    long build() {
        return build.get();
    }

    /** The page with the reload script before its closing body tag. */
    static String inject(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + SCRIPT : html.substring(0, end) + SCRIPT + html.substring(end);
    }

    HttpServlet servlet() {
        return new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/plain;charset=utf-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter().print(build.get());
            }
        };
    }
}
