package org.jixiao.publish.parse;

import java.util.List;
import org.jixiao.scorecard.Scorecard;

/** A 绩效评价报告 with no indicator table: one evaluation-report entry carrying its title, year and unit. */
final class ReportReader {
    private ReportReader() {}

    static Scorecard read(List<Line> lines) {
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String t = Cells.clean(lines.get(i).text());
            if (t == null || t.length() > 100) continue;
            if (t.endsWith("评价报告") || t.endsWith("自评报告") || t.endsWith("绩效报告")) {
                Integer year = SelfEvaluationReader.year(t, List.of());
                return new Scorecard("evaluation-report", t, year, null, null, null, Vocabulary.province(t), null, null, List.of());
            }
        }
        return null;
    }
}
