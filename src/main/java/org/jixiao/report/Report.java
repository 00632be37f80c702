package org.jixiao.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A 自评报告: its title and its sections in order, each a list of paragraphs of plain text. */
public record Report(String title, List<Section> sections) {

    /** The sections of a self-evaluation report (cf. the Dalian report: 基本情况 … 评价结论 … 指标分析 …). */
    public enum Part {
        BASIC("一、基本情况"), GOALS("二、绩效目标"), CONCLUSION("三、自评结论"), INDICATORS("四、各项指标完成情况"),
        DEVIATIONS("五、偏离原因"), PROBLEMS("六、存在问题"), MEASURES("七、改进措施"), USE("八、结果应用");

        private final String heading;

        Part(String heading) { this.heading = heading; }

        public String heading() { return heading; }
    }

    /** @param generated whether each paragraph is still the generated text (false: the filler rewrote it) */
    public record Section(Part part, List<String> paragraphs, List<Boolean> generated) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            generated = List.copyOf(generated);
        }

        public String heading() { return part.heading(); }
    }

    public Report {
        sections = List.copyOf(sections);
    }

    /** This report with the filler's rewritten paragraphs (by part and 0-based position) in place of the generated ones. */
    public Report withRewrites(Map<Part, Map<Integer, String>> rewrites) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            Map<Integer, String> mine = rewrites.getOrDefault(s.part(), Map.of());
            List<String> text = new ArrayList<>(s.paragraphs());
            List<Boolean> generated = new ArrayList<>(s.generated());
            mine.forEach((i, t) -> {
                if (i >= 0 && i < text.size()) {
                    text.set(i, t);
                    generated.set(i, false);
                }
            });
            out.add(new Section(s.part(), text, generated));
        }
        return new Report(title, out);
    }

    public Section section(Part part) {
        return sections.stream().filter(s -> s.part() == part).findFirst().orElseThrow();
    }

    /** All the text, for searching and tests. */
    public String text() {
        StringBuilder b = new StringBuilder(title).append('\n');
        for (Section s : sections) {
            b.append(s.heading()).append('\n');
            s.paragraphs().forEach(p -> b.append(p).append('\n'));
        }
        return b.toString();
    }
}
