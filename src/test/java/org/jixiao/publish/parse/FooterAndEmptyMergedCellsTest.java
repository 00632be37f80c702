package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.math.BigDecimal;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * The classes the held-out fourth batch (h31–h44) found at its first run: a pipe table whose merged cells print as
 * empty cells — level cells (| | | | 危桥改造数量 | 8座 |) and a budget header's second column (执行率（B/A） ||) — (h32),
 * and a signature or an article's footer under the last row (填报人/联系电话, 来源/编辑/审核) read as rows (h31, h38).
 * Each with the batch's rows and a variant in another department.
 */
class FooterAndEmptyMergedCellsTest {

    private static final String TRANSPORT = """
            | 转移支付区域（项目）绩效目标自评表 |||||||
            | 转移支付（项目）名称 | 车辆购置税收入补助地方资金 ||||||
            | 项目资金（万元） || 全年预算数（A） | 全年执行数（B） || 执行率（B/A） ||
            | 年度资金总额 || 2860 | 2745.6 || 96% ||
            | 其中：中央补助 || 2860 | 2745.6 || 96% ||
            | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 未完成原因和改进措施 |
            | | 产出指标 | 数量指标 | 农村公路提质改造里程 | ≥120公里 | 123.5公里 | |
            | | | | 危桥改造数量 | 8座 | 8座 | |
            | | | 质量指标 | 交工验收合格率 | 100% | 100% | |
            | | 效益指标 | 社会效益指标 | 农村公路列养率 | 100% | 100% | |
            | | | | 群众出行时间 | 逐步缩短 | 达到预期 | |
            | | 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90% | 95.6% | |
            """;

    @Test
    void mergedLevelCellsPrintedEmptyLeaveEachRowOnItsOwnLine() {
        Scorecard t = single(TextParser.parse(TRANSPORT, "h32-like.txt"));
        assertThat(t.indicators()).extracting(Indicator::name).containsExactly("农村公路提质改造里程", "危桥改造数量",
                "交工验收合格率", "农村公路列养率", "群众出行时间", "沿线群众满意度");
        assertThat(t.indicators()).extracting(Indicator::target).containsExactly("≥120公里", "8座", "100%", "100%", "逐步缩短", "≥90%");
        assertThat(t.indicators()).extracting(Indicator::reason).containsOnlyNulls();
        assertThat(t.indicators()).extracting(Indicator::level2).containsExactly("数量指标", "数量指标", "质量指标", "社会效益指标",
                "社会效益指标", "服务对象满意度指标");
    }

    @Test
    void aRateUnderAMergedBudgetHeaderCellIsRead() {
        Scorecard t = single(TextParser.parse(TRANSPORT, "h32-like.txt"));
        assertThat(t.budget().planned()).isEqualByComparingTo("2860");
        assertThat(t.budget().executed()).isEqualByComparingTo("2745.6");
        assertThat(t.budget().ratePercent()).isEqualByComparingTo("96");
    }

    @Test
    void aVariantInAnotherDepartmentWithAScoreColumn() {
        String text = """
                | 项目支出绩效自评表 ||||||||
                | 项目名称 | 城市公园绿地养护 |||||||
                | 项目资金（万元） || 全年预算数 | 全年执行数 || 执行率 || 得分 |
                | 年度资金总额 || 80 | 72 || 90% || 9 |
                | 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
                | | 产出指标 | 数量指标 | 养护绿地面积 | ≥35万平方米 | 36.2万平方米 | 20 | 20 |
                | | | | 补植苗木株数 | ≥1200株 | 1260株 | 20 | 20 |
                | | | 时效指标 | 病虫害处置时限 | ≤3天 | 2天 | 20 | 20 |
                | | 满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% | 93% | 30 | 28 |
                """;
        Scorecard t = single(TextParser.parse(text, "park.txt"));
        assertThat(t.indicators()).extracting(Indicator::name).containsExactly("养护绿地面积", "补植苗木株数", "病虫害处置时限", "市民满意度");
        assertThat(t.indicators()).extracting(Indicator::actual).containsExactly("36.2万平方米", "1260株", "2天", "93%");
        assertThat(t.indicators()).extracting(Indicator::score).containsExactly(new BigDecimal("20"), new BigDecimal("20"),
                new BigDecimal("20"), new BigDecimal("28"));
        assertThat(t.budget().ratePercent()).isEqualByComparingTo("90");
        assertThat(t.budget().executed()).isEqualByComparingTo("72");
    }

    @Test
    void aSignatureLineUnderSpaceRowsIsNoRow() {
        String text = """
                项目支出绩效目标表
                项目名称 公安视频监控建设运维项目
                一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 新建高清视频监控点位 ≥120个
                 质量指标 前端设备在线率 ≥95%
                满意度指标 服务对象满意度指标 群众安全感满意度 ≥90%
                填报人：刘志强 联系电话：0738-8213546
                """;
        Scorecard t = single(TextParser.parse(text, "h31-like.txt"));
        assertThat(t.indicators()).extracting(Indicator::name).containsExactly("新建高清视频监控点位", "前端设备在线率", "群众安全感满意度");
        String contact = """
                项目支出绩效目标表
                项目名称 街道社区文化活动
                一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 开展社区文化活动场次 ≥24场
                满意度指标 服务对象满意度指标 居民满意度 ≥85%
                联系电话：0731-5582211
                """;
        assertThat(single(TextParser.parse(contact, "contact.txt")).indicators()).extracting(Indicator::name)
                .containsExactly("开展社区文化活动场次", "居民满意度");
    }

    @Test
    void anArticlesFooterUnderOneCellPerLineIsNoRow() {
        String text = String.join("\n", "转移支付区域（项目）绩效目标自评表", "（2023年度）", "转移支付（项目）名称", "优抚对象补助经费",
                "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施",
                "产出指标", "数量指标", "重点优抚对象补助人数", "≥2800人", "2865人", " ",
                "效益指标", "可持续影响指标", "双拥工作长效机制", "持续健全", "持续健全", " ",
                "满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%", "98.2%", " ",
                "来源：桑植县退役军人事务局", "编辑：向敏", "审核：钟华", "阅读 1032", "分享", "收藏", "赞", "在看");
        Scorecard t = single(TextParser.parse(text, "h38-like.txt"));
        assertThat(t.indicators()).extracting(Indicator::name).containsExactly("重点优抚对象补助人数", "双拥工作长效机制", "优抚对象满意度");
        assertThat(t.indicators()).extracting(Indicator::reason).containsOnlyNulls();
    }
}
