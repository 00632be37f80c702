package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;

/**
 * 项目支出绩效运行监控表 as a grid of cells, in the layout of the central form (RULES §4.2; 湖北 P-HS): the header, the
 * money block (全年预算数 A, 1–m月执行数 B, 执行率, 已签合同未支付) and one line per indicator (一级, 二级, 三级, 年度指标值,
 * 1–m月执行情况, 全年预计完成情况, 完成目标可能性, 预警, 偏差原因分析, 纠偏措施). Exporters only draw it.
 */
public record MonitoringTable(String title, List<Row> rows) {
    /** One line of the form; {@code header} lines are drawn shaded, {@code span} is the column span of each cell. */
    public record Row(List<String> cells, List<Integer> spans, boolean header) {}

    public static final int COLUMNS = 10;

    public record Line(int indicator, String progress, String expected, Possibility possibility, Light light, String reason, String measure) {}

    public static MonitoringTable of(Scorecard s, int month, BigDecimal paid, BigDecimal committed, BigDecimal ratePercent,
                                     Light budgetLight, String note, List<Line> lines) {
        String period = "1–" + month + "月";
        String title = (s.year() == null ? "" : s.year() + "年度") + "项目支出绩效运行监控表（" + period + "）";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(List.of("项目名称", nz(s.project()), "实施单位", nz(s.unit())), List.of(2, 4, 1, 3), false));
        rows.add(new Row(List.of("主管部门", nz(s.competentDepartment()), "监控期", period), List.of(2, 4, 1, 3), false));
        rows.add(new Row(List.of("项目资金（万元）", "年初预算数", "全年预算数(A)", period + "执行数(B)", "执行率(B/A)", "已签合同未支付", "预算执行预警"),
                List.of(2, 1, 1, 2, 1, 1, 2), true));
        rows.add(new Row(List.of("年度资金总额", money(s.budget().initial()), money(s.budget().planned()), money(paid),
                ratePercent == null ? "" : ratePercent.toPlainString() + "%", money(committed), budgetLight.zh()),
                List.of(2, 1, 1, 2, 1, 1, 2), false));
        if (note != null && !note.isBlank()) rows.add(new Row(List.of("说明", note), List.of(2, 8), false));
        rows.add(new Row(List.of("一级指标", "二级指标", "三级指标", "年度指标值", period + "执行情况", "全年预计完成情况",
                "完成目标可能性", "预警", "偏差原因分析", "纠偏措施"), ones(), true));
        for (Line l : lines) {
            Indicator r = s.indicators().get(l.indicator());
            rows.add(new Row(List.of(nz(r.level1()), nz(r.level2()), nz(r.name()), nz(r.target()), nz(l.progress()), nz(l.expected()),
                    l.possibility() == null ? "" : l.possibility().zh(), l.light().zh(), nz(l.reason()), nz(l.measure())), ones(), false));
        }
        rows.add(new Row(List.of("注：1.执行数为国库集中支付形成的实际支出，不含已签合同未支付部分。2.完成目标可能性分确定能、有可能、不可能三级；"
                + "选「有可能」「不可能」或亮红灯的，须填写偏差原因分析和纠偏措施。3.预警：执行率÷序时进度低于60%为红灯，60%–80%为黄灯。"), List.of(COLUMNS), false));
        return new MonitoringTable(title, rows);
    }

    private static List<Integer> ones() { return java.util.Collections.nCopies(COLUMNS, 1); }

    private static String money(BigDecimal x) { return x == null ? "" : x.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(); }

    private static String nz(String s) { return s == null ? "" : s; }
}
