package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.CorpusScoreTest.MAPPER;
import static org.jixiao.publish.parse.CorpusScoreTest.dir;
import static org.jixiao.publish.parse.CorpusScoreTest.norm;
import static org.jixiao.publish.parse.CorpusScoreTest.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jixiao.publish.ParseJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The table-level fields of every table (PARSE-FORMAT.md: title, year, project, unit, competentDepartment, the budget
 * block with its sources, the overall goal) against the hand-checked expectations of the corpus, the held-out set and
 * the seeds. parse-score.py scores rows and three budget figures only, but an unseen document is judged on its whole
 * JSON and these are the fields a user sees first. Texts compare as the scorer compares cells (whitespace out,
 * full-width ASCII folded), numbers within 0.005. A mismatch fails unless it is in {@link #KNOWN} with its reason, and a
 * KNOWN entry that reads right fails too, so the list only shrinks.
 */
class TableFieldsTest {

    static final List<String> TEXT_FIELDS = List.of("title", "project", "unit", "competentDepartment");
    static final List<String> BUDGET_FIELDS = List.of("initial", "planned", "executed", "ratePercent");

    /**
     * "document table-index field" → why it is still wrong, by class (as found on main at 8009ce2, when this test came).
     * The aim is an empty map.
     */
    static final Map<String, String> KNOWN = new TreeMap<>();
    static {
        known("no 主管部门 label to read: 017's label is OCR-garbled (主管部n); 017's unit is that same garbled field",
                "017_liangping_linye_2023_dept_selfeval 0 competentDepartment");
        known("the unit stands under a garbled label (017)",
                "017_liangping_linye_2023_dept_selfeval 0 unit");
        known("the year stands only in the title or the page's heading, not read (or the site's heading's year taken)",
                "003_huaihua_yibao_2022_eval_report 0 year",
                "012_zhongxian_shengzhu_2022_regional_targets 0 year");
        known("the project's name stands only in a title or a report's text, or in a cell the reader does not take for the field",
                "004_xundian_yibao_2023_dept_selfeval_report 0 project",
                "008_mengcheng_weijian_gongwei_2024_project_targets 0 project",
                "011_ningjin_gaozhong_zhuxuejin_2019_indicator_table 0 project",
                "014_longyang_huafei_2022_project_selfeval 0 project",
                "h12_xinning_linye_tianbao_2023_transfer_selfeval_lines_cut 0 project");
        known("the table's own heading (| 部门整体绩效目标 |, no 表) is not a title: the list item above it (部门整体支出绩效目标表保障服务) is taken",
                "018_fuliang_linye_dept_targets 0 title");
        known("a goal printed under 年度总体目标/年度绩效目标 in this layout is not read at all",
                "015_yueyanglou_jiagerenzheng_2023_dept_targets 0 overallGoal");
        // The held-out set's fourth batch (h31–h44, written blind), as the reader first read it: the same classes as
        // above, plus a glued document-site table whose header fields and budget are not read at all (h44).
        known("fourth batch: a report's unit named only as the page's 来源 (the publisher, who is not always the unit: 009's "
                        + "发布机构 is the 卫健委 for a hospital's report) is not taken; no sentence or signature names it",
                "h36_linxiang_shengtai_daqi_2023_eval_report_prose 0 unit");
        known("fourth batch: the page's heading is taken as the title where the table's first cell (部门整体绩效目标, as in 018) is expected",
                "h34_yongshun_zhujian_2024_dept_targets_pipes_split 0 title");
        // The held-out set's fifth batch (h45–h58, written blind): every table-level field reads right after its fixes.
        // The seventh and eighth batches (h73–h100, written blind): every table-level field reads right after the budget
        // reader by kind (BudgetRow), the block's shape (BudgetShape), the transposed block (TransposedBudget), the glued
        // header over its values (GluedBudget.overValues) and the report's sentences read by role (ReportReader).
        // The twelfth batch (h145–h158): every table-level field reads right after its fixes.
        known("nineteenth batch: cells wrapped over two lines of a one-cell-per-line PDF copy (年度总体 / 目标): the goal not read",
                "h233_guyuan_dizhen_taiwang_2023_project_selfeval_pdf_lines_yuan_pages 0 overallGoal");
        known("nineteenth batch: a report's sources given one by one in sentences after its totals (其中中央补助资金支出870万元，执行率96.67%): the totals read, the sources not",
                "h240_yushu_tiyu_changdi_2023_eval_report_small_table 0 budget.sources[0]",
                "h240_yushu_tiyu_changdi_2023_eval_report_small_table 0 budget.sources[1]");
    }

    private static void known(String why, String... keys) {
        for (String k : keys) KNOWN.put(k, why);
    }

    @Test
    void everyTableLevelFieldIsTheOneExpected() throws IOException {
        Map<String, String> mismatches = new TreeMap<>();
        for (String set : List.of("corpus", "heldout", "seeds")) {
            Path expected = set.equals("seeds") ? dir("seeds/expected") : dir(set + "/expected");
            Path docs = set.equals("seeds") ? dir("seeds") : dir(set + "/docs");
            mismatches.putAll(mismatches(docs, expected));
        }
        List<String> unknown = new ArrayList<>();
        mismatches.forEach((k, v) -> { if (!KNOWN.containsKey(k)) unknown.add(k + ": " + v); });
        assertThat(unknown).as("table-level fields read wrong (document table field: expected ≠ parsed):%n%s",
                String.join("\n", unknown)).isEmpty();
        TreeSet<String> nowRight = new TreeSet<>(KNOWN.keySet());
        nowRight.removeAll(mismatches.keySet());
        assertThat(nowRight).as("KNOWN mismatches that now read right: remove them from KNOWN").isEmpty();
    }

    /** Every mismatch of the documents of one set: "document table field" → "expected ≠ parsed". */
    static Map<String, String> mismatches(Path docs, Path expected) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(expected)) {
            for (Path e : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String base = e.getFileName().toString().replaceFirst("\\.json$", "");
                Path doc = docs.resolve(base + ".txt");
                JsonNode exp = MAPPER.readTree(Files.readString(e));
                JsonNode got = MAPPER.readTree(ParseJson.toJson(TextParser.parse(Files.readString(doc), doc.getFileName().toString())));
                List<JsonNode> want = new ArrayList<>(), have = new ArrayList<>();
                exp.path("tables").forEach(want::add);
                got.path("tables").forEach(have::add);
                // the forms, in order, are CorpusScoreTest's: here the tables are compared one to one as far as both go
                for (int t = 0; t < Math.min(want.size(), have.size()); t++) compare(base + " " + t, want.get(t), have.get(t), out);
            }
        }
        return out;
    }

    static void compare(String where, JsonNode want, JsonNode have, Map<String, String> out) {
        for (String f : TEXT_FIELDS) texts(where + " " + f, want.get(f), have.get(f), out);
        if (want.has("year")) numbers(where + " year", want.get("year"), have.get("year"), out);
        JsonNode wb = want.path("budget"), hb = have.path("budget");
        if (wb.isObject()) {
            texts(where + " budget.currency", wb.get("currency"), hb.get("currency"), out);
            for (String f : BUDGET_FIELDS) numbers(where + " budget." + f, wb.get(f), hb.get(f), out);
            List<JsonNode> ws = new ArrayList<>(), hs = new ArrayList<>();
            wb.path("sources").forEach(ws::add);
            hb.path("sources").forEach(hs::add);
            for (int i = 0; i < Math.max(ws.size(), hs.size()); i++) {
                String s = where + " budget.sources[" + i + "]";
                if (i >= ws.size() || i >= hs.size()) {
                    out.put(s, i >= ws.size() ? "not expected ≠ " + hs.get(i) : ws.get(i) + " ≠ missing");
                    continue;
                }
                texts(s + ".name", ws.get(i).get("name"), hs.get(i).get("name"), out);
                for (String f : List.of("planned", "executed", "ratePercent")) numbers(s + "." + f, ws.get(i).get(f), hs.get(i).get(f), out);
            }
        }
        if (want.has("overallGoal")) {
            JsonNode wg = want.get("overallGoal"), hg = have.get("overallGoal");
            boolean wn = wg == null || wg.isNull(), hn = hg == null || hg.isNull();
            if (wn != hn) out.put(where + " overallGoal", (wn ? "null" : "a goal") + " ≠ " + (hn ? "null" : "a goal"));
            else if (!wn) for (String f : List.of("target", "achievement")) texts(where + " overallGoal." + f, wg.get(f), hg.get(f), out);
        }
    }

    static void texts(String where, JsonNode want, JsonNode have, Map<String, String> out) {
        if (!java.util.Objects.equals(norm(text(want)), norm(text(have)))) out.put(where, quote(want) + " ≠ " + quote(have));
    }

    static void numbers(String where, JsonNode want, JsonNode have, Map<String, String> out) {
        boolean wn = want == null || want.isNull(), hn = have == null || have.isNull();
        if (wn && hn) return;
        if (wn || hn || !want.isNumber() || !have.isNumber() || Math.abs(want.asDouble() - have.asDouble()) >= 0.005) {
            out.put(where, quote(want) + " ≠ " + quote(have));
        }
    }

    private static String quote(JsonNode n) {
        String t = text(n);
        if (t == null) return "null";
        t = t.replace("\n", "⏎");
        return n.isString() ? "\"" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "\"" : t;
    }
}
