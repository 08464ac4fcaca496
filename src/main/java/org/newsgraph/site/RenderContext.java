package org.newsgraph.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.graph.GraphFiles;
import org.newsgraph.graph.Iris;
import org.newsgraph.io.StagedOutput;

/**
 * What every page renderer works from and writes to, and the workers that render pages in parallel. Everything
 * here is read-only while pages render, so any page can be rendered on any worker.
 */
record RenderContext(SiteModel model, ViewFactory views, Theme theme, Templates templates, StagedOutput output,
                     DatasetGraph dataset, Iris iris, GraphFiles graphFiles, GraphStatistics statistics,
                     ExecutorService workers) {

    /** One page (or file) per item. */
    interface ItemRenderer<T> {
        void render(T item) throws IOException;
    }

    /** Renders one page per item on the workers, and returns when all are written; the first failure is thrown. */
    <T> void forEach(Collection<T> items, ItemRenderer<T> renderer) throws IOException {
        List<Callable<Void>> tasks = new ArrayList<>(items.size());
        for (T item : items) {
            tasks.add(() -> {
                renderer.render(item);
                return null;
            });
        }
        try {
            await(workers.invokeAll(tasks));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rendering was interrupted", e);
        }
    }

    static void await(List<? extends Future<?>> futures) throws IOException {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("rendering was interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
