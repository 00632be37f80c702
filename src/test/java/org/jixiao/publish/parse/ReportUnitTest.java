package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;

import java.io.IOException;
import java.nio.file.Files;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * A report's unit where only its prose states it: the outline's sentence naming the unit and its 主管部门 (003:
 * 怀化市医疗保障事务中心作为怀化市医疗保障局所属二级部门预算单位), or the organisation a self-evaluation is signed by above its
 * date (h10, h28). Never a guess: an evaluation report signed by an agency, a name not followed by the date, the
 * page's 来源 alone (h36), a sentence about another unit than the title's — none is taken.
 */
class ReportUnitTest {

    static Scorecard report(String text) {
        var tables = TextParser.parse(text, "report.txt").tables();
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).form()).isEqualTo("evaluation-report");
        return tables.get(0);
    }

    @Test
    void theUnitAndItsDepartmentInTheOutlinesSentence() throws IOException {
        Scorecard c = report(Files.readString(CorpusScoreTest.dir("corpus/docs").resolve("003_huaihua_yibao_2022_eval_report.txt")));
        assertThat(c.unit()).isEqualTo("怀化市医疗保障事务中心");
        assertThat(c.competentDepartment()).isEqualTo("怀化市医疗保障局");
        Scorecard other = report("2023年度城乡居民医保补助资金绩效自评报告\n一、项目基本情况\n"
                + "常德市鼎城区医疗保障服务中心是常德市鼎城区医疗保障局所属的二级预算单位，负责城乡居民医保经办。\n");
        assertThat(other.unit()).isEqualTo("常德市鼎城区医疗保障服务中心");
        assertThat(other.competentDepartment()).isEqualTo("常德市鼎城区医疗保障局");
    }

    @Test
    void aSelfEvaluationSignedByItsUnitAboveTheDate() throws IOException {
        assertThat(report(heldOut("h10")).unit()).isEqualTo("常德市鼎城区医疗保障局");
        assertThat(report(heldOut("h28")).unit()).isEqualTo("溆浦县教育局");
        // no signature: the page's 来源 names the publisher, not necessarily the unit
        assertThat(report(heldOut("h36")).unit()).isNull();
    }

    @Test
    void whatDoesNotSaySoIsNotTaken() throws IOException {
        String h10 = heldOut("h10");
        // an evaluation report (not a self-evaluation) may be signed by the agency that evaluated
        assertThat(report(h10.replace("绩效自评报告", "绩效评价报告")).unit()).isNull();
        // the name without the date under it is no signature
        assertThat(report(h10.replace("2024年5月30日", "联系电话：0736-7512345")).unit()).isNull();
        // a sentence about another unit than the title's gives no 主管部门 to the title's unit
        Scorecard titled = report("溆浦县教育局2023年度城乡义务教育补助经费绩效自评报告\n一、基本情况\n"
                + "溆浦县教育基金会作为溆浦县教育局所属二级部门预算单位,参与资助工作。\n");
        assertThat(titled.unit()).isEqualTo("溆浦县教育局");
        assertThat(titled.competentDepartment()).isNull();
    }
}
