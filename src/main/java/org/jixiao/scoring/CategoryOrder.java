package org.jixiao.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scorecard.Indicator;

/**
 * Keeps each first-level category's rows together (issue 11: categories stay contiguous). Rows added by a program
 * (library indicators, free-hand rows) go after the last row of their category instead of at the end of the table.
 */
public final class CategoryOrder {
    private CategoryOrder() {}

    /**
     * The rows grouped by category in the order the categories first appear, each group in its own order; a row
     * without a 一级指标 stays with the row above it. A table already in this order is returned as it is.
     */
    public static List<Indicator> together(List<Indicator> rows) {
        Map<String, List<Indicator>> groups = new LinkedHashMap<>();
        String current = "";
        for (Indicator row : rows) {
            String key = key(row);
            if (key != null) current = key;
            groups.computeIfAbsent(current, k -> new ArrayList<>()).add(row);
        }
        List<Indicator> out = new ArrayList<>(rows.size());
        groups.values().forEach(out::addAll);
        return out;
    }

    /** What makes two rows the same category: the recognised 一级指标 ("产出" = "产出指标"), else its text; null if blank. */
    static String key(Indicator row) {
        String l1 = row.level1();
        if (l1 == null || l1.isBlank()) return null;
        Category c = Category.ofLevel1(l1);
        return c != null ? c.name() : l1.strip();
    }

    /**
     * The rows that stand apart from their category, by category: the fewest rows whose moving back makes every
     * category contiguous, chosen greedily — a 产出 row moved between two 效益 rows names that row, not the 效益 row
     * after it (which is apart only because of it).
     */
    static Map<String, List<Integer>> apart(List<Indicator> rows) {
        List<String> keys = new ArrayList<>(rows.size());
        for (Indicator r : rows) keys.add(key(r));
        Map<String, List<Integer>> chosen = new LinkedHashMap<>();
        java.util.Set<Integer> removed = new java.util.HashSet<>();
        while (true) {
            Map<String, List<Integer>> candidates = outsideLargestRun(keys, removed);
            if (candidates.isEmpty()) return chosen;
            String best = null;
            int bestFixed = -1;
            for (Map.Entry<String, List<Integer>> c : candidates.entrySet()) {
                java.util.Set<Integer> without = new java.util.HashSet<>(removed);
                without.addAll(c.getValue());
                int fixed = candidates.size() - outsideLargestRun(keys, without).size();
                List<Integer> b = best == null ? null : candidates.get(best);
                if (best == null || fixed > bestFixed || fixed == bestFixed && (c.getValue().size() < b.size()
                        || c.getValue().size() == b.size() && c.getValue().getFirst() < b.getFirst())) {
                    best = c.getKey();
                    bestFixed = fixed;
                }
            }
            chosen.computeIfAbsent(best, k -> new ArrayList<>()).addAll(candidates.get(best));
            chosen.get(best).sort(null);
            removed.addAll(candidates.get(best));
        }
    }

    /** For each split category, the rows outside its longest run (the first such run on a tie), ignoring {@code removed}. */
    private static Map<String, List<Integer>> outsideLargestRun(List<String> keys, java.util.Set<Integer> removed) {
        Map<String, List<List<Integer>>> runs = new LinkedHashMap<>();
        String open = null;
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k == null || removed.contains(i)) continue;
            List<List<Integer>> mine = runs.computeIfAbsent(k, x -> new ArrayList<>());
            if (!k.equals(open)) mine.add(new ArrayList<>());
            mine.getLast().add(i);
            open = k;
        }
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        runs.forEach((k, list) -> {
            if (list.size() < 2) return;
            List<Integer> largest = list.getFirst();
            for (List<Integer> r : list) if (r.size() > largest.size()) largest = r;
            List<Integer> rest = new ArrayList<>();
            for (List<Integer> r : list) if (r != largest) rest.addAll(r);
            out.put(k, rest);
        });
        return out;
    }
}
