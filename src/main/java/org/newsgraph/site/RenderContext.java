package org.newsgraph.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;

/**
 * What every page renderer works from and writes to, and the workers that render pages in parallel. Everything
 * here is read-only while pages render, so any page can be rendered on any worker.
 */
record RenderContext(SiteModel model, ViewFactory views, Theme theme, Templates templates, StagedOutput output,
                     DatasetGraph dataset, Iris iris, GraphFiles graphFiles, Supplier<GraphStatistics> statisticsMade,
                     ForkJoinPool workers, PageInputs inputs) {

    /** Without a dependency index: every page is built. */
    RenderContext(SiteModel model, ViewFactory views, Theme theme, Templates templates, StagedOutput output,
                  DatasetGraph dataset, Iris iris, GraphFiles graphFiles, GraphStatistics statistics,
                  ForkJoinPool workers) {
        this(model, views, theme, templates, output, dataset, iris, graphFiles, () -> statistics, workers,
                PageInputs.none());
    }

    /**
     * Counts over the union of the graph: made from the sorted union, which the render sorts beside the first pages,
     * so only the pages that show them wait for it.
     */
    GraphStatistics statistics() {
        return statisticsMade.get();
    }

    /**
     * Takes over a page's files ({@code dir} plus each of {@code files}) from the previous site when none of the
     * inputs the dependency index recorded for it changed; false when it must be built ({@link #built}).
     */
    boolean unchanged(String dir, String template, List<String> files) throws IOException {
        return inputs.unchanged(dir, template, templates.fingerprint(template), files);
    }

    /** Records the inputs of a page just built, named by {@link PageInputs}' tokens. */
    void built(String dir, String template, java.util.Collection<String> tokens) {
        inputs.record(dir, template, templates.fingerprint(template), tokens);
    }

    /**
     * Writes a listing page (an index, a feed, a page of figures: a file of its own, {@code file}) unless the
     * dependency index has it made from the same members ({@code key}: a hash of what it lists, in order, and of
     * anything else it shows that no token names) and none of its {@code tokens}' inputs changed. The record is made
     * only when the page is built.
     */
    void listing(String file, String template, String key, Collection<String> tokens, Record record)
            throws IOException {
        String fingerprint = templates.fingerprint(template);
        if (inputs.unchanged(file, template, fingerprint, LISTING_FILES, key)) {
            return;
        }
        page(file, template, record.make());
        inputs.listed(file, template, fingerprint, key, tokens);
    }

    /** A listing page's one file is the one its entry in the dependency index is named by. */
    private static final List<String> LISTING_FILES = List.of("");

    /** A page record made on demand. */
    interface Record {
        Object make() throws IOException;
    }

    /** One page (or file) per item. */
    interface ItemRenderer<T> {
        void render(T item) throws IOException;
    }

    /** Some writing that may fail. */
    interface Work {
        void run() throws IOException;
    }

    /** Text made on demand. */
    interface Content {
        String make() throws IOException;
    }

    /**
     * Writes a page from a template and its record, unless the previous site has this page made from an equal record
     * with the same template (records hold only strings, numbers and lists, so their structure is their content).
     */
    void page(String file, String template, Object page) throws IOException {
        write(file, Keys.ofRecord(page, "page", templates.fingerprint(template)),
                () -> templates.render(template, page));
    }

    /** Writes a file made only from what {@code key} is a hash of, unless the previous site has it from the same. */
    void write(String file, String key, Content content) throws IOException {
        Path path = Path.of(file);
        if (!output.reuse(path, key)) {
            output.write(path, content.make());
        }
    }

    /**
     * Renders one page per item on the workers and returns when all are written; the first failure is thrown. Called
     * from a worker (a renderer running beside others), the items join the same pool instead of waiting for it.
     */
    <T> void forEach(Collection<T> items, ItemRenderer<T> renderer) throws IOException {
        List<T> list = new ArrayList<>(items);
        run(() -> list.parallelStream().forEach(item -> {
            if (Thread.currentThread().isInterrupted() || workers.isShutdown()) {
                // Another page failed and the render is being abandoned: the pages left are not written.
                throw new CancellationException("the render stopped");
            }
            try {
                renderer.render(item);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** Runs pieces of work side by side on the workers (each may itself call {@link #forEach}). */
    void all(List<Work> work) throws IOException {
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (Work w : work) {
            tasks.add(ForkJoinTask.adapt(() -> {
                try {
                    w.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        run(() -> ForkJoinTask.invokeAll(tasks));
    }

    private void run(Runnable work) throws IOException {
        try {
            if (ForkJoinTask.getPool() == workers) {
                work.run();
            } else {
                workers.submit(work).join();
            }
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }
}
