package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.CorpusScoreTest.dir;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The held-out fifth batch's (h45–h58) first class of misses: a line under the table's last row that says who filled it
 * in, what is attached or how many pages a site hides, read as one more row (h45 相关附件：…, h47 填报单位（盖章）：…,
 * h52 还剩1页未读，继续阅读, h54 | 项目负责人：… |). Each on the document's own lines, in its layout, and a variant that
 * must not end the rows.
 */
class SignatureLinesTest {

    static String heldOut(String prefix) throws IOException {
        try (var files = Files.list(dir("heldout/docs"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
            return Files.readString(p);
        }
    }

    private static void endsWith(ParsedDocument doc, int rows, String lastName, String lastTarget) {
        Scorecard t = single(doc);
        assertThat(t.indicators()).hasSize(rows);
        Indicator last = t.indicators().get(rows - 1);
        assertThat(last.name()).isEqualTo(lastName);
        assertThat(last.target()).isEqualTo(lastTarget);
        assertThat(last.reason()).isNull();
    }

    @Test
    void anAttachmentLineUnderSpaceRowsIsNoRow() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h45"), "h45.txt");
        endsWith(doc, 9, "参训人员满意度", "≥90%");
        assertThat(doc.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(23);
            assertThat(w.message()).contains("相关附件：2024年项目支出绩效目标表.xls");
        });
    }

    @Test
    void aSpreadsheetsSignatureRowInTabsIsNoRowAndItsPhoneNoReason() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h47"), "h47.txt");
        endsWith(doc, 9, "作业区群众满意度", "≥90%");
        assertThat(single(doc).indicators().get(8).actual()).isEqualTo("93%");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w.message()).contains("填报单位（盖章）：河池市气象局"));
    }

    @Test
    void aSignatureRowInPipesIsNoRow() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h54"), "h54.txt");
        endsWith(doc, 9, "来访妇女儿童满意度", "≥95%");
        assertThat(doc.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(22);
            assertThat(w.message()).contains("项目负责人：熊慧芳");
        });
    }

    @Test
    void aSitesPagesLeftPromptIsChrome() throws IOException {
        ParsedDocument doc = TextParser.parse(heldOut("h52"), "h52.txt");
        endsWith(doc, 9, "被审计单位满意度", "≥85%");
        assertThat(DocumentSite.chrome("还剩1页未读，继续阅读")).isTrue();
        assertThat(DocumentSite.chrome("剩余2页未读")).isTrue();
        // a count of pages in a cell is no prompt
        assertThat(DocumentSite.chrome("编印普查资料汇编120页")).isFalse();
    }

    @Test
    void theSameLinesInAnotherDepartmentAndTheLabelsThatAreNoSignature() {
        String text = """
                项目支出绩效目标表
                项目名称 乡村学校少年宫运行经费
                一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 少年宫活动开展次数 ≥40次
                 时效指标 活动经费拨付时间 2024年6月底前
                效益指标 社会效益指标 受益学生人数 ≥1500人
                满意度指标 服务对象满意度指标 学生家长满意度 ≥90%
                经办人：李敏 审核人：周强
                """;
        Scorecard t = single(TextParser.parse(text, "shaoniangong.txt"));
        // 经办人：… ends the rows; a bare 单位：万元 (the unit again at a PDF page's top) is no signature
        assertThat(t.indicators()).extracting(Indicator::name)
                .containsExactly("少年宫活动开展次数", "活动经费拨付时间", "受益学生人数", "学生家长满意度");
        assertThat(Signature.begins("财务负责人：王芳")).isTrue();
        assertThat(Signature.begins("指标1:村卫生室实施国家基本药物制度")).isFalse();
        assertThat(Signature.begins("其中：财政拨款")).isFalse();
        assertThat(Signature.begins("受益人数 ≥1500人")).isFalse();
        assertThat(Signature.begins("单位：万元")).isFalse();
    }
}
