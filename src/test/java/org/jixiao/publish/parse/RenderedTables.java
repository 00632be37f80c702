package org.jixiao.publish.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-checked seed and corpus tables re-rendered in each separator style by {@link ReRenderedTablesTest}'s renderer
 * (pipe rows, one cell per line, one cell per paragraph, space-separated rows), for code outside this package — the
 * parser benchmarks — that needs real content at real sizes in every grid layout. The renderer stays in the test.
 */
public final class RenderedTables {
    private RenderedTables() {}

    /** The separator styles, by name: PIPES, LINES, PARAGRAPHS, SPACES. */
    public static List<String> styles() {
        List<String> out = new ArrayList<>();
        for (ReRenderedTablesTest.Style s : ReRenderedTablesTest.Style.values()) out.add(s.name());
        return out;
    }

    /**
     * Every table with indicator rows whose expectation file is {@code expected} (e.g. "linyi-2022-department-targets.json",
     * seeds and corpus alike), rendered whole in {@code style}; a file with several tables gives them in its order.
     */
    public static List<String> render(String expected, String style) {
        ReRenderedTablesTest.Style s = ReRenderedTablesTest.Style.valueOf(style);
        List<String> out = new ArrayList<>();
        for (ReRenderedTablesTest.Source src : sources().getOrDefault(expected, List.of())) {
            out.add(ReRenderedTablesTest.render(src.table(), s).text());
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no table with rows in " + expected);
        return out;
    }

    /**
     * Every table with indicator rows (seeds and corpus, in file order) whose rows have a 部门职责 ({@code duties}, the
     * department table of 部门整体绩效目标表) or have none (project, transfer and department self-evaluation tables),
     * each rendered whole in {@code style}.
     */
    public static List<String> render(boolean duties, String style) {
        ReRenderedTablesTest.Style s = ReRenderedTablesTest.Style.valueOf(style);
        List<String> out = new ArrayList<>();
        for (List<ReRenderedTablesTest.Source> tables : sources().values()) {
            for (ReRenderedTablesTest.Source src : tables) {
                boolean hasDuties = false;
                for (var row : ReRenderedTablesTest.rows(src.table())) hasDuties |= CorpusScoreTest.text(row.get("duty")) != null;
                if (hasDuties == duties) out.add(ReRenderedTablesTest.render(src.table(), s).text());
            }
        }
        return out;
    }

    /** The expectation files with indicator rows (seeds and corpus), by file name. */
    public static List<String> names() {
        return new ArrayList<>(sources().keySet());
    }

    private static Map<String, List<ReRenderedTablesTest.Source>> sources() {
        Map<String, List<ReRenderedTablesTest.Source>> out = new LinkedHashMap<>();
        try {
            for (ReRenderedTablesTest.Source s : ReRenderedTablesTest.sources()) out.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
