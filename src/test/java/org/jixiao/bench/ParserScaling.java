package org.jixiao.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jixiao.publish.parse.RenderedTables;
import org.jixiao.publish.parse.TextParser;

/**
 * Whether the reader's cost grows with the number of tables in a document faster than with its length: the first 1, 2,
 * 4, 9 and 18 project tables of {@code ParserBenchmark.rendered} (same style) one after another, microseconds of CPU
 * time per document and per KB. Linear reading gives a flat µs/KB column.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.jixiao.bench.ParserScaling [STYLE…]</pre>
 */
public final class ParserScaling {
    private ParserScaling() {}

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        List<String> styles = args.length > 0 ? List.of(args) : RenderedTables.styles();
        for (String style : styles) {
            List<String> tables = RenderedTables.render(false, style);
            String all = String.join("\n", tables);
            micros(all, 3000); // warm-up
            double[] alone = new double[tables.size()]; // each table parsed alone
            for (int i = 0; i < tables.size(); i++) alone[i] = best(tables.get(i));
            double sum = 0;
            int done = 0;
            for (int n : new int[] {1, 2, 4, 9, tables.size()}) {
                String text = String.join("\n", tables.subList(0, n));
                double best = best(text);
                while (done < n) sum += alone[done++];
                double kb = text.getBytes(StandardCharsets.UTF_8).length / 1024.0;
                System.out.printf(Locale.ROOT, "%-10s %2d tables %6.1f KB  %8.1f µs/doc  %6.1f µs/KB  %7.0f docs/s   tables alone %8.1f µs (together/alone %.2f)%n",
                        style, n, kb, best, best / kb, 1e6 / best, sum, best / sum);
            }
        }
    }

    private static double best(String text) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 6; round++) best = Math.min(best, micros(text, 200));
        return best;
    }

    /** Microseconds of this thread's CPU time per parse of {@code text}, over a loop of about {@code millis}. */
    private static double micros(String text, long millis) {
        long end = System.nanoTime() + millis * 1_000_000, start = THREADS.getCurrentThreadCpuTime();
        int n = 0;
        Object sink = null;
        while (System.nanoTime() < end) { sink = TextParser.parse(text, "x.txt"); n++; }
        if (sink == null) throw new IllegalStateException();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / n;
    }
}
