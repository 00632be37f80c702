package org.jixiao.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 指标库: the standard indicators of the 医疗保障 fund as data (targets/library.tsv): the national transfer-payment set
 * (the central 区域绩效目标 as Dalian published it), the Sichuan set of the Suining table and the Linyi department set.
 * Read once; searched in memory (61 rows — a database table would add nothing but a migration to keep in step).
 */
public final class IndicatorLibrary {
    /** Set code → name shown to people, in the order the sets are offered. */
    public static final Map<String, String[]> SETS = sets();
    private static final IndicatorLibrary STANDARD = load("/targets/library.tsv");
    private final List<LibraryIndicator> all;

    private IndicatorLibrary(List<LibraryIndicator> all) { this.all = List.copyOf(all); }

    public static IndicatorLibrary standard() { return STANDARD; }

    private static Map<String, String[]> sets() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("national", new String[]{"全国医疗保障转移支付指标（中央区域绩效目标）", "National healthcare-security transfer-payment set"});
        m.put("sichuan", new String[]{"四川省指标（遂宁市自评表）", "Sichuan set (Suining table)"});
        m.put("linyi", new String[]{"临沂市医疗保障局部门整体指标", "Linyi department-wide set"});
        return java.util.Collections.unmodifiableMap(m);
    }

    public List<LibraryIndicator> all() { return all; }

    public Optional<LibraryIndicator> find(String id) {
        return all.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The library's entry of this name (first set wins), to know what a free-hand row of the same name could measure. */
    public Optional<LibraryIndicator> byName(String name) {
        if (name == null) return Optional.empty();
        String n = normal(name);
        return all.stream().filter(i -> normal(i.name()).equals(n)).findFirst();
    }

    /**
     * Entries of a set (null: all sets) whose name, levels, definition or source contain every word of the query
     * (words split at spaces; case-insensitive for Latin letters).
     */
    public List<LibraryIndicator> search(String query, String set) {
        String[] words = query == null || query.isBlank() ? new String[0] : query.trim().toLowerCase(Locale.ROOT).split("\\s+");
        List<LibraryIndicator> out = new ArrayList<>();
        for (LibraryIndicator i : all) {
            if (set != null && !set.isBlank() && !i.set().equals(set)) continue;
            String hay = String.join(" ", i.name(), nz(i.level1()), nz(i.level2()), nz(i.definition()), nz(i.source()), nz(i.unit()))
                    .toLowerCase(Locale.ROOT);
            boolean match = true;
            for (String w : words) if (!hay.contains(w)) { match = false; break; }
            if (match) out.add(i);
        }
        return out;
    }

    public static String normal(String name) { return name.replaceAll("[\\s“”\"'（）()、，,]", ""); }

    private static String nz(String s) { return s == null ? "" : s; }

    static IndicatorLibrary load(String resource) {
        try (InputStream in = IndicatorLibrary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LibraryIndicator> rows = new ArrayList<>();
            Map<String, Integer> counters = new LinkedHashMap<>();
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] c = line.split("\t", -1);
                if (c.length < 9) throw new IllegalStateException(resource + ": a row needs 9 columns: " + line);
                int n = counters.merge(c[0], 1, Integer::sum);
                rows.add(new LibraryIndicator(c[0] + "-" + n, c[0], blank(c[1]), blank(c[2]), c[3], c[4], c[5], blank(c[6]),
                        blank(c[7]), blank(c[8])));
            }
            return new IndicatorLibrary(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String s) { return s == null || s.isBlank() ? null : s; }
}
