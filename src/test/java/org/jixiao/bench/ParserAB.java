package org.jixiao.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A/B comparison of two builds of the reader in one JVM, for a shared (noisy) machine: each build's classes are loaded
 * by their own class loader, and rounds of A and B alternate, so that load from other processes falls on both alike.
 * Prints the best round of each (documents per second of the thread's CPU time) per seed, over the corpus and per rendered document, and the median of the
 * rounds' B/A (steadier than the ratio of the bests when the load swings). Not the official number: that is
 * {@link ParserBenchmark} under JMH on a quiet machine.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.jixiao.bench.ParserAB CLASSES_A CLASSES_B [ROUNDS] [MILLIS] [REGEX]</pre>
 *
 * -Dab.show=N prints the first N documents whose outputs differ (5 by default). REGEX picks the documents timed by their label (a seed's name, "corpus", "real h137…", "rendered projects PIPES" …); all by default.
 */
public final class ParserAB {
    private ParserAB() {}

    public static void main(String[] args) throws Exception {
        String cp = Files.readString(Path.of("target/cp.txt")).strip();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        long millis = args.length > 3 ? Long.parseLong(args[3]) : 400;
        String only = args.length > 4 ? args[4] : ".*"; // which documents to time (a regex on the label)
        Method a = parser(args[0], cp), b = parser(args[1], cp);
        sameOutput(a, b);
        List<String> seeds = List.of("suining-2021-transfer-self-evaluation", "dalian-2021-evaluation-report", "linyi-2022-department-targets");
        for (String seed : seeds) {
            if (!seed.matches(only)) continue;
            String text = Files.readString(Path.of("src/test/resources/seeds/" + seed + ".txt"), StandardCharsets.UTF_8);
            compare(seed, List.of(text), a, b, rounds, millis);
        }
        // every corpus document in turn (as ParserBenchmark.corpus): the rate over all the layout classes
        List<String> corpus = new ArrayList<>();
        try (var s = Files.list(Path.of("src/test/resources/corpus/docs"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) corpus.add(Files.readString(p));
        }
        if ("corpus".matches(only)) compare("corpus (" + corpus.size() + " documents)", corpus, a, b, rounds, millis);
        // every real document of 5–30 KB besides the seeds (as ParserBenchmark.realSized), one at a time
        for (String doc : ParserBenchmark.RealSized.NAMED) {
            if (!("real " + doc).matches(only)) continue;
            compare("real " + doc, List.of(Files.readString(Path.of("src/test/resources/heldout/docs/" + doc + ".txt"))), a, b, rounds, millis);
        }
        // the seed and corpus tables re-rendered at 5–30 KB in each separator style (as ParserBenchmark.rendered)
        for (String[] r : rendered()) if (r[0].matches(only)) compare(r[0], List.of(r[1]), a, b, rounds, millis);
    }

    /** {label, text} of every document of ParserBenchmark.rendered. */
    private static List<String[]> rendered() {
        List<String[]> out = new ArrayList<>();
        for (String tables : List.of("projects", "department")) {
            for (String style : org.jixiao.publish.parse.RenderedTables.styles()) {
                out.add(new String[] {"rendered " + tables + " " + style, ParserBenchmark.Rendered.text(tables, style)});
            }
        }
        return out;
    }

    private static void compare(String label, List<String> texts, Method a, Method b, int rounds, long millis) throws Exception {
        double bestA = 0, bestB = 0;
        double[] ratios = new double[rounds]; // B/A of each round: the load of the moment falls on both of a pair
        for (int r = 0; r < rounds; r++) {
            double ra = rate(a, texts, millis), rb = rate(b, texts, millis);
            bestA = Math.max(bestA, ra);
            bestB = Math.max(bestB, rb);
            ratios[r] = rb / ra;
        }
        java.util.Arrays.sort(ratios);
        long bytes = 0;
        for (String t : texts) bytes += t.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(Locale.ROOT, "%-40s %6.1f KB  A %8.0f docs/s  B %8.0f docs/s  B/A %.2f (median of rounds %.2f)%n", label,
                bytes / 1024.0 / texts.size(), bestA, bestB, bestB / bestA, ratios[rounds / 2]);
    }

    /**
     * Whether A and B read every corpus document, seed and rendered document alike, whole and cut at random places (names
     * the first five differences).
     */
    private static void sameOutput(Method a, Method b) throws Exception {
        List<Path> docs = new ArrayList<>();
        for (String dir : List.of("src/test/resources/corpus/docs", "src/test/resources/seeds", "src/test/resources/heldout/docs")) {
            try (var s = Files.list(Path.of(dir))) { s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(docs::add); }
        }
        List<String[]> texts = new ArrayList<>();
        for (Path doc : docs) texts.add(new String[] {doc.getFileName().toString(), Files.readString(doc)});
        texts.addAll(rendered());
        java.util.Random random = new java.util.Random(1);
        int compared = 0, differ = 0;
        for (String[] doc : texts) {
            String text = doc[1];
            for (int k = 0; k < 21; k++) {
                String t = k == 0 ? text : text.substring(0, random.nextInt(text.length() + 1));
                String x = String.valueOf(a.invoke(null, t, "x.txt")), y = String.valueOf(b.invoke(null, t, "x.txt"));
                compared++;
                if (!x.equals(y)) {
                    if (differ++ < Integer.getInteger("ab.show", 5)) System.out.println("different: " + doc[0] + (k == 0 ? " whole" : " cut at " + t.length()));
                }
            }
        }
        System.out.println("outputs compared " + compared + ", different " + differ);
    }

    private static Method parser(String classes, String cp) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(classes).toUri().toURL());
        for (String jar : cp.split(File.pathSeparator)) if (!jar.isBlank()) urls.add(Path.of(jar).toUri().toURL());
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        return Class.forName("org.jixiao.publish.parse.TextParser", true, loader).getMethod("parse", String.class, String.class);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Documents per second of this thread's CPU time (not wall time: other processes' load does not count against it). */
    private static double rate(Method parse, List<String> texts, long millis) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000, start = THREADS.getCurrentThreadCpuTime();
        int n = 0;
        Object sink = null;
        while (System.nanoTime() < end) { sink = parse.invoke(null, texts.get(n % texts.size()), "x.txt"); n++; }
        if (sink == null) throw new IllegalStateException();
        return n / ((THREADS.getCurrentThreadCpuTime() - start) / 1e9);
    }
}
