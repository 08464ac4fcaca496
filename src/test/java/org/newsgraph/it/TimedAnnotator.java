package org.newsgraph.it;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;

/** An annotator that adds up the CPU time its calls take on their own threads (CoreNLP's share of an extraction). */
final class TimedAnnotator implements Annotator {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Annotator annotator;
    private final AtomicLong cpuNanos = new AtomicLong();

    TimedAnnotator(Annotator annotator) {
        this.annotator = annotator;
    }

    @Override
    public AnnotatedText annotate(String text, LocalDate date) {
        long started = THREADS.getCurrentThreadCpuTime();
        try {
            return annotator.annotate(text, date);
        } finally {
            cpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - started);
        }
    }

    /** CPU nanoseconds spent annotating so far. */
    long cpuNanos() {
        return cpuNanos.get();
    }
}
