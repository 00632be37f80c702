package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Rows printed with spaces between the cells (h39, a document site's copy of 汨罗市's 全民健身 self-evaluation): a space
 * inside a name (细颗粒物（PM2.5） 年均浓度) splits it like a gap, an empty 得分 prints nothing, and a date may be split
 * at its 年. Each row is placed by the kind of its cells, and a cell the reading cannot place under 分值 or 得分 is said.
 */
class SpacedRowsTest {

    private static Indicator row(Scorecard t, String name) {
        return t.indicators().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + t.indicators().stream().map(Indicator::name).toList()));
    }

    private static String h39() throws IOException {
        return heldOut("h39");
    }

    /** The row as h39 prints it: a date target and a date actual, 分值 10, 得分 8, a reason. */
    @Test
    void aDateTargetStaysTheTarget() throws IOException {
        Indicator r = row(single(TextParser.parse(h39(), "h39.txt")), "项目完工时间");
        assertThat(r.target()).isEqualTo("2023年10月底前");
        assertThat(r.actual()).isEqualTo("2023年11月");
        assertThat(r.weight()).isEqualByComparingTo("10");
        assertThat(r.score()).isEqualByComparingTo("8");
        assertThat(r.reason()).isEqualTo("受雨季影响工期延后，已完工验收");
    }

    /** 得分 left empty before a reason: nothing is printed for it, and the reason is no score (it was dropped unsaid). */
    @Test
    void anEmptyScoreBeforeAReasonLeavesTheScoreEmpty() throws IOException {
        String text = h39().replace("2023年11月 10 8 受雨季", "2023年11月 10 受雨季");
        Scorecard t = single(TextParser.parse(text, "h39.txt"));
        Indicator r = row(t, "项目完工时间");
        assertThat(r.actual()).isEqualTo("2023年11月");
        assertThat(r.weight()).isEqualByComparingTo("10");
        assertThat(r.score()).isNull();
        assertThat(r.reason()).isEqualTo("受雨季影响工期延后，已完工验收");
        // the rows printed whole are left as they are: a word target, a figure target
        Indicator words = row(t, "经常参加体育锻炼人数比例");
        assertThat(List.of(words.target(), words.actual())).containsExactly("有所提高", "有所提高");
        assertThat(words.score()).isEqualByComparingTo("10");
        Indicator figure = row(t, "健身群众满意度");
        assertThat(List.of(figure.target(), figure.actual())).containsExactly("≥90%", "94%");
        assertThat(figure.score()).isEqualByComparingTo("9");
    }

    /** A name with a space in it (a 生态效益 row as 临湘市's air-quality pages word it), in single and in wide gaps. */
    @Test
    void aNameWithASpaceIsOneName() throws IOException {
        String pm = "生态效益指标 细颗粒物（PM2.5） 年均浓度 ≤38微克/立方米 36微克/立方米 10 10\n";
        String single = h39().replace("经常参加体育锻炼人数比例", pm + "经常参加体育锻炼人数比例");
        String wide = single.replace(pm, pm.replace(" ", "   ").replace("细颗粒物（PM2.5）   年均浓度", "细颗粒物（PM2.5） 年均浓度"));
        for (String text : List.of(single, wide)) {
            ParsedDocument doc = TextParser.parse(text, "h39.txt");
            Indicator r = row(single(doc), "细颗粒物（PM2.5）年均浓度");
            assertThat(r.target()).isEqualTo("≤38微克/立方米");
            assertThat(r.actual()).isEqualTo("36微克/立方米");
            assertThat(r.weight()).isEqualByComparingTo("10");
            assertThat(r.score()).isEqualByComparingTo("10");
            assertThat(r.level2()).isEqualTo("生态效益指标");
        }
    }

    /** The text cut inside the date's row (…2023年11月 1): the date stays whole, the 1 visible is the 分值. */
    @Test
    void aRowCutAfterADateKeepsTheDateWhole() throws IOException {
        String text = h39();
        text = text.substring(0, text.indexOf("2023年11月 10") + "2023年11月 1".length());
        Indicator r = row(single(TextParser.parse(text, "h39.txt")), "项目完工时间");
        assertThat(r.actual()).isEqualTo("2023年11月");
        assertThat(r.weight()).isEqualByComparingTo(BigDecimal.ONE);
    }

    /** A year and a month are one value; two dates glued are two, and glued counts still split. */
    @Test
    void aDateIsOneValue() {
        assertThat(Cells.splitValues("2023年11月")).containsExactly("2023年11月");
        assertThat(Cells.splitValues("2023年12月2023年12月")).containsExactly("2023年12月", "2023年12月");
        assertThat(Cells.splitValues("2次3次")).containsExactly("2次", "3次");
        assertThat(Cells.splitValues("2023年15个")).containsExactly("2023年", "15个");
    }

    /**
     * An OCR'd 得分 (8 read as B) in a row whose every column is printed is no number: said with its line, not dropped; a
     * dash for none is not said. (Where a column is left empty, the cell moves to the reason, kept: no text is lost.)
     */
    @Test
    void aCellUnderTheScoreThatIsNoNumberIsSaid() throws IOException {
        String text = h39().replace("2023年11月 10 8 受雨季", "2023年11月 10 B 受雨季")
                .replace("新建健身路径 20条 20条 10 10", "新建健身路径 20条 20条 10 —");
        ParsedDocument doc = TextParser.parse(text, "h39.txt");
        Scorecard t = single(doc);
        assertThat(row(t, "项目完工时间").score()).isNull();
        assertThat(row(t, "项目完工时间").reason()).isEqualTo("受雨季影响工期延后，已完工验收");
        assertThat(row(t, "新建健身路径").score()).isNull();
        List<ParseWarning> said = doc.warnings().stream().filter(w -> w.message().contains("不是数字")).toList();
        assertThat(said).hasSize(1);
        assertThat(said.get(0).message()).endsWith("no number and is not read: B");
        assertThat(said.get(0).line()).isEqualTo(21);
        String moved = h39().replace("工程验收合格率 100% 100% 10 10", "工程验收合格率 100% 100% 10 B");
        assertThat(row(single(TextParser.parse(moved, "h39.txt")), "工程验收合格率").reason()).isEqualTo("B");
    }
}
