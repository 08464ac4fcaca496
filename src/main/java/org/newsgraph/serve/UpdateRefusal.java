package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.sparql.QueryPolicy;

/**
 * Refuses SPARQL Update at the endpoint in every form a client may send it: an {@code update=} parameter (GET or a
 * form), an {@code application/sparql-update} body, an update ({@code INSERT}, {@code LOAD}, {@code DROP}...) sent as
 * a query, and an update endpoint below {@code /sparql}. Each gets 403 and the message {@code newsgraph query} gives,
 * instead of Fuseki's own words for a request it does not expect ("No 'query=' parameter", a parse error, 415).
 */
final class UpdateRefusal implements Filter {

    private static final String ENDPOINT = "/sparql";
    /** Where clients look for an update endpoint: Fuseki's {@code /dataset/update}, and a bare one. */
    private static final Set<String> UPDATE_ENDPOINTS = Set.of("/sparql/update", "/update");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(http.getMethod().equals("GET") || http.getMethod().equals("POST"))
                || !(http.getRequestURI().equals(ENDPOINT) || UPDATE_ENDPOINTS.contains(http.getRequestURI()))) {
            chain.doFilter(request, response);
            return;
        }
        String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
        HttpServletRequest passed = http;
        boolean update = UPDATE_ENDPOINTS.contains(http.getRequestURI()) || type.startsWith("application/sparql-update")
                || http.getParameter("update") != null;
        if (!update && type.startsWith("application/sparql-query")) {
            byte[] body = http.getInputStream().readAllBytes();
            passed = new Replayed(http, body);
            update = QueryPolicy.isUpdate(new String(body, StandardCharsets.UTF_8));
        } else if (!update && http.getParameter("query") != null) {
            update = QueryPolicy.isUpdate(http.getParameter("query"));
        }
        if (!update) {
            chain.doFilter(passed, response);
            return;
        }
        HttpServletResponse answer = (HttpServletResponse) response;
        answer.setStatus(HttpServletResponse.SC_FORBIDDEN);
        answer.setContentType("text/plain;charset=utf-8");
        answer.getWriter().println("Error 403: " + QueryPolicy.UPDATE_REFUSED);
    }

    /** The request with its body read once here and given again to the endpoint. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(charset)));
        }
    }
}
