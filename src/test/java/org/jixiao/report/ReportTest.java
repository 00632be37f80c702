package org.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scoring.IndicatorScore;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.SelfEvaluation;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;

/** The 自评报告 of the Suining table, written, rewritten and filed as .docx and PDF. */
class ReportTest {
    static String squeeze(String s) { return s.replaceAll("\\s+", ""); }

    /** The Suining table with two indicators below their weight (actual lowered), each with its reason. */
    static Scorecard suiningWithShortfalls() {
        Scorecard s = Fixtures.submittable(Seeds.SUINING);
        var rows = new java.util.ArrayList<>(s.indicators());
        rows.set(0, Fixtures.withReason(rows.get(0).withActual("3次"), "受疫情影响，线下宣传活动减少1次"));
        rows.set(1, Fixtures.withReason(rows.get(1).withActual("2次"), "培训并入全省会议，本级少办2次"));
        return s.withIndicators(rows);
    }

    @Test
    void theSuiningReportHasTheEightSectionsTheTotalTheGradeAndEveryShortfallWithItsReason() {
        Scorecard s = suiningWithShortfalls();
        SelfEvaluation e = Scorer.evaluate(s);
        Report r = ReportWriter.write(s);
        assertThat(r.sections()).extracting(Report.Section::heading).containsExactly("一、基本情况", "二、绩效目标",
                "三、自评结论", "四、各项指标完成情况", "五、偏离原因", "六、存在问题", "七、改进措施", "八、结果应用");
        assertThat(r.section(Report.Part.CONCLUSION).paragraphs().get(0))
                .contains("总得分" + e.total().stripTrailingZeros().toPlainString() + "分").contains("“" + e.grade().label() + "”");
        assertThat(r.section(Report.Part.BASIC).paragraphs()).anySatisfy(p -> assertThat(p).contains("全年预算数320万元", "预算执行率81.8%"));
        assertThat(r.section(Report.Part.INDICATORS).paragraphs()).hasSize(s.indicators().size());
        int shortfalls = 0;
        for (int i = 0; i < s.indicators().size(); i++) {
            Indicator ind = s.indicators().get(i);
            IndicatorScore sc = e.indicators().get(i);
            if (sc.score().compareTo(sc.weight()) < 0) {
                shortfalls++;
                assertThat(r.section(Report.Part.DEVIATIONS).paragraphs()).as(ind.name())
                        .anySatisfy(p -> assertThat(p).contains(ind.name()).contains(ind.reason()));
            }
        }
        assertThat(shortfalls).isEqualTo(2);
        assertThat(r.section(Report.Part.MEASURES).paragraphs()).anySatisfy(p -> assertThat(p).contains("81.8%"));
    }

    @Test
    void aRewrittenParagraphReplacesTheGeneratedOneAndIsMarked() {
        Report r = ReportWriter.write(suiningWithShortfalls())
                .withRewrites(Map.of(Report.Part.USE, Map.of(0, "自评结果已报市财政局，作为2022年预算安排依据。")));
        assertThat(r.section(Report.Part.USE).paragraphs().get(0)).isEqualTo("自评结果已报市财政局，作为2022年预算安排依据。");
        assertThat(r.section(Report.Part.USE).generated().get(0)).isFalse();
        assertThat(r.section(Report.Part.BASIC).generated()).containsOnly(true);
    }

    @Test
    void theReportOpensAsDocxAndAsPdfWithTheSameContent() throws Exception {
        Scorecard s = suiningWithShortfalls();
        SelfEvaluation e = Scorer.evaluate(s);
        Report r = ReportWriter.write(s);
        String total = e.total().stripTrailingZeros().toPlainString();

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ReportFiles.docx(r, docx);
        String word;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            word = x.getText();
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportFiles.pdf(r, pdf);
        String printed;
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            printed = new PDFTextStripper().getText(doc);
        }
        for (String text : new String[] {word, printed}) {
            String all = squeeze(text);
            assertThat(all).contains("绩效自评报告", "三、自评结论", "总得分" + total + "分", "“" + e.grade().label() + "”");
            for (int i = 0; i < s.indicators().size(); i++) {
                IndicatorScore sc = e.indicators().get(i);
                if (sc.score().compareTo(sc.weight()) < 0) {
                    assertThat(all).contains(squeeze(s.indicators().get(i).name())).contains(squeeze(s.indicators().get(i).reason()));
                }
            }
        }
        assertThat(e.total()).isLessThan(new BigDecimal("98.18")); // the shortfalls cost points
    }
}
