package org.jixiao.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.support.Fixtures;
import org.jixiao.support.Seeds;
import org.jixiao.targets.TargetFinding.Check;
import org.jixiao.targets.TargetFinding.Severity;
import org.junit.jupiter.api.Test;

/**
 * The six target quality checks, each on the rows of a published table (the three seeds and the corpus' 永德 table,
 * the one with a real 成本指标): each finding names its indicator (where there is one) and is a warning or blocking
 * exactly as targets/quality-rules.properties says; rows that are fine are not reported.
 */
class TargetChecksTest {
    private static final TargetChecks CHECKS = TargetChecks.standard();

    private static Scorecard corpus(String name) throws IOException {
        try (InputStream in = TargetChecksTest.class.getResourceAsStream("/corpus/expected/" + name + ".json")) {
            return ScorecardJson.readTables(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getFirst();
        }
    }

    /** 永德县明朗中学 2022: nine indicators of 10 points each (90 + 执行率 10), one of them the 成本指标 生均补助标准达标率 = 100%. */
    private static Scorecard yongde() throws IOException { return corpus("010_yongde_minglang_yingyang_2022_project_selfeval"); }

    private static List<TargetFinding> of(List<TargetFinding> all, Check c) { return all.stream().filter(f -> f.check() == c).toList(); }

    /** The severity the rules file gives, read from the file itself (not through QualityRules). */
    private static Severity fromFile(Check c) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TargetChecksTest.class.getResourceAsStream("/targets/quality-rules.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Severity.valueOf(p.getProperty(c.name()).trim());
    }

    private static void severityAsTheFileSays(List<TargetFinding> findings, Check c) throws IOException {
        assertThat(findings).isNotEmpty();
        for (TargetFinding f : findings) assertThat(f.severity()).as(c.name()).isEqualTo(fromFile(c));
        assertThat(TargetChecks.blocks(findings)).isEqualTo(fromFile(c) == Severity.BLOCKING);
    }

    @Test
    void aTargetBelowLastYearsActualIsFoundFromLastYearsTableAndFromTheRowsOwn上年值() throws IOException {
        // Linyi's department table carries 上年值 per row: 年度培训人次 200人次 after 220人次 (the only one set lower)
        List<TargetFinding> linyi = of(CHECKS.check(Fixtures.seed(Seeds.LINYI), Optional.empty()), Check.BELOW_LAST_YEAR);
        assertThat(linyi).extracting(TargetFinding::indicatorName).containsExactly("年度培训人次");
        assertThat(linyi.getFirst().zh()).contains("年度培训人次", "200人次", "上年实际220人次");
        assertThat(linyi.getFirst().en()).contains("年度培训人次", "below", "220人次");
        severityAsTheFileSays(linyi, Check.BELOW_LAST_YEAR);

        // Suining's targets copied unchanged into the next year, against the year's results: 8 events were held for ≥4次
        Scorecard suining = Fixtures.seed(Seeds.SUINING);
        Scorecard next = suining.withIndicators(suining.indicators().stream().map(Rows::copied).toList());
        List<TargetFinding> copied = of(CHECKS.check(next, Optional.of(suining)), Check.BELOW_LAST_YEAR);
        // (and 不低于30天 of the 专班 after 不少于6个月 = 180天)
        assertThat(copied).extracting(TargetFinding::indicatorName).containsExactly("开展全域医保政策宣传活动次数", "参加省局信息化建设工作专班");
        assertThat(copied.getFirst().indicator()).isZero();
        assertThat(copied.getFirst().zh()).contains("≥4次", "上年实际8");
        // the English quotes the data as written
        assertThat(copied.getFirst().en()).isEqualTo("“开展全域医保政策宣传活动次数”: target “≥4次” is below last year's actual “8”");
        // raising it to what was done clears it; a 反向 target looser than last year's actual is found too
        List<Indicator> rows = new ArrayList<>(next.indicators());
        rows.set(0, rows.get(0).withTarget("≥8次"));
        assertThat(of(CHECKS.check(next.withIndicators(rows), Optional.of(suining)), Check.BELOW_LAST_YEAR))
                .extracting(TargetFinding::indicatorName).doesNotContain("开展全域医保政策宣传活动次数");
        Scorecard dalian = Fixtures.seed(Seeds.DALIAN); // 医保信息系统重大安全事件响应时间 ≦60分钟, done in ≦60分钟
        List<Indicator> looser = new ArrayList<>(dalian.indicators().stream().map(Rows::copied).toList());
        String name = "医保信息系统重大安全事件响应时间";
        assertThat(of(CHECKS.check(dalian.withIndicators(looser), Optional.of(dalian)), Check.BELOW_LAST_YEAR))
                .extracting(TargetFinding::indicatorName).doesNotContain(name);
        looser.set(5, looser.get(5).withTarget("≤90分钟"));
        List<TargetFinding> reverse = of(CHECKS.check(dalian.withIndicators(looser), Optional.of(dalian)), Check.BELOW_LAST_YEAR)
                .stream().filter(f -> name.equals(f.indicatorName())).toList();
        assertThat(reverse).hasSize(1);
        assertThat(reverse.getFirst().zh()).contains("≤90分钟", "宽于", "≦60分钟");
    }

    @Test
    void aVaguePhraseIsFoundWhereANumberWasPossibleAndOnlyThere() throws IOException {
        // Suining: 普遍知晓 of a 知晓率 and 有所提高 of a 结算率 are rates (the library gives %); 明显增强 of a capability,
        // 逐步推开 of a reform and 规定时限完成 have no number
        List<TargetFinding> suining = of(CHECKS.check(Fixtures.seed(Seeds.SUINING), Optional.empty()), Check.VAGUE_TARGET);
        assertThat(suining).extracting(TargetFinding::indicatorName).containsExactly("参保群众政策知晓率", "跨省异地就医直接结算率");
        assertThat(suining.get(1).zh()).contains("「跨省异地就医直接结算率」", "有所提高", "（%）");
        assertThat(suining.get(1).en()).isEqualTo("“跨省异地就医直接结算率”: the target “有所提高” is not measurable where a number was possible (%)");
        severityAsTheFileSays(suining, Check.VAGUE_TARGET);

        // Linyi: phrases where last year's value was a number (4家, 296万元, 4次) or the name is a count (…次数);
        // 逐步提高 after 逐步提高 (a convenience, never a number) is not reported
        List<TargetFinding> linyi = of(CHECKS.check(Fixtures.seed(Seeds.LINYI), Optional.empty()), Check.VAGUE_TARGET);
        assertThat(linyi).extracting(TargetFinding::indicatorName).containsExactlyInAnyOrder(
                "推进按疾病诊断相关分组付费支付方式试点医疗机构数", "市直困难企业离休干部两费财政补助资金",
                "集中采购医用耗材品种批次", "年度调整医疗服务价格次数");
        assertThat(linyi).extracting(TargetFinding::indicatorName).doesNotContain("医保网上办事大厅和临沂医保app服务便捷性");
    }

    @Test
    void weightsThatDoNotAddUpBlockAndARowWithoutAWeightIsNamed() throws IOException {
        Scorecard y = yongde();
        assertThat(of(CHECKS.check(y, Optional.empty()), Check.WEIGHTS)).isEmpty(); // 9 × 10 + 10 = 100
        List<Indicator> rows = new ArrayList<>(y.indicators());
        rows.set(0, rows.get(0).toBuilder().weight(new BigDecimal("15")).build());
        List<TargetFinding> sum = of(CHECKS.check(y.withIndicators(rows), Optional.empty()), Check.WEIGHTS);
        assertThat(sum).hasSize(1);
        assertThat(sum.getFirst().zh()).contains("95", "105", "100");
        severityAsTheFileSays(sum, Check.WEIGHTS);

        rows.set(0, rows.get(0).toBuilder().weight(null).build());
        List<TargetFinding> missing = of(CHECKS.check(y.withIndicators(rows), Optional.empty()), Check.WEIGHTS);
        assertThat(missing).extracting(TargetFinding::indicatorName).contains("学生受资助人数");
        assertThat(missing).filteredOn(f -> f.indicator() != null).first().extracting(TargetFinding::indicator).isEqualTo(0);
        severityAsTheFileSays(missing, Check.WEIGHTS);
    }

    @Test
    void aMissing产出效益Or满意度IsFoundOnTheNationalSetWhichHasNo效益() throws IOException {
        List<TargetFinding> dalian = of(CHECKS.check(Fixtures.seed(Seeds.DALIAN), Optional.empty()), Check.MISSING_CATEGORY);
        assertThat(dalian).hasSize(1);
        assertThat(dalian.getFirst().zh()).isEqualTo("没有效益指标");
        assertThat(dalian.getFirst().indicator()).isNull(); // the table's finding: no row to name
        severityAsTheFileSays(dalian, Check.MISSING_CATEGORY);
        assertThat(of(CHECKS.check(Fixtures.seed(Seeds.SUINING), Optional.empty()), Check.MISSING_CATEGORY)).isEmpty();
        // a 部门整体 table is laid out by 职责, not by 一级指标: nothing is "missing" there
        assertThat(of(CHECKS.check(Fixtures.seed(Seeds.LINYI), Optional.empty()), Check.MISSING_CATEGORY)).isEmpty();
    }

    @Test
    void theSameIndicatorTwiceBlocksAndNamesBothRows() throws IOException {
        Scorecard s = Fixtures.seed(Seeds.SUINING);
        assertThat(of(CHECKS.check(s, Optional.empty()), Check.DUPLICATE)).isEmpty();
        List<Indicator> rows = new ArrayList<>(s.indicators());
        rows.add(rows.get(1).withTarget("≥6次")); // added again from the library, with another value
        List<TargetFinding> dup = of(CHECKS.check(s.withIndicators(rows), Optional.empty()), Check.DUPLICATE);
        assertThat(dup).hasSize(1);
        assertThat(dup.getFirst().indicatorName()).isEqualTo("开展医保工作政府信息公开工作会议或培训");
        assertThat(dup.getFirst().indicator()).isEqualTo(12);
        assertThat(dup.getFirst().zh()).contains("与第2行重复");
        assertThat(dup.getFirst().en()).isEqualTo("“开展医保工作政府信息公开工作会议或培训” repeats row 2");
        severityAsTheFileSays(dup, Check.DUPLICATE);
    }

    @Test
    void aCostIndicatorWithoutMoneyBlocksUntilItsTargetIsAnAmount() throws IOException {
        Scorecard y = yongde();
        List<TargetFinding> cost = of(CHECKS.check(y, Optional.empty()), Check.COST_WITHOUT_MONEY);
        assertThat(cost).extracting(TargetFinding::indicatorName).containsExactly("生均补助标准达标率");
        assertThat(cost.getFirst().zh()).contains("成本指标「生均补助标准达标率」", "不是金额");
        severityAsTheFileSays(cost, Check.COST_WITHOUT_MONEY);
        List<Indicator> rows = new ArrayList<>(y.indicators());
        int at = cost.getFirst().indicator();
        rows.set(at, rows.get(at).withTarget("≤38.77万元"));
        assertThat(of(CHECKS.check(y.withIndicators(rows), Optional.empty()), Check.COST_WITHOUT_MONEY)).isEmpty();
    }

    @Test
    void theSeverityIsDataNotCode() {
        Scorecard s = Fixtures.seed(Seeds.SUINING);
        List<Indicator> rows = new ArrayList<>(s.indicators());
        rows.add(rows.get(0));
        TargetChecks lenient = new TargetChecks(IndicatorLibrary.standard(), new QualityRules(Map.of(Check.DUPLICATE, Severity.WARNING)));
        List<TargetFinding> dup = of(lenient.check(s.withIndicators(rows), Optional.empty()), Check.DUPLICATE);
        assertThat(dup).extracting(TargetFinding::severity).containsExactly(Severity.WARNING);
        assertThat(TargetChecks.blocks(dup)).isFalse();
    }
}
