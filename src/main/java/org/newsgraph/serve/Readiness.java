package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 503 with {@code Retry-After} until the first build is done and its graph loaded: the port opens first (so a
 * taken port fails at once), and a client that asks meanwhile must not take an empty graph or a missing page for the
 * truth. Afterwards every request passes; a rebuild swaps the site and the graph whole, so it never needs the gate.
 */
final class Readiness implements Filter {

    /** Seconds a client is asked to wait before asking again. */
    static final int RETRY_AFTER = 2;

    private volatile boolean ready;

    void ready() {
        ready = true;
    }

    boolean isReady() {
        return ready;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ready || !(request instanceof HttpServletRequest http) || LiveReload.PATH.equals(http.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        answer.setHeader("Retry-After", Integer.toString(RETRY_AFTER));
        answer.setHeader("Cache-Control", "no-store");
        answer.setContentType("text/plain;charset=utf-8");
        answer.getWriter().println("newsgraph serve is building the site and loading its graph; ask again in "
                + RETRY_AFTER + " s");
    }
}
