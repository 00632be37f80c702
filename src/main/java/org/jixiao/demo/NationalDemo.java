package org.jixiao.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jixiao.kernel.Scope;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.orgs.Org;
import org.jixiao.orgs.Orgs;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.OverallGoal;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.store.Scorecards;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * National demo data for the roll-up at scale: 31 provinces, 330 cities, 2,900 counties, each with its 医疗保障局
 * (3,261 units), and for one fund and year one scorecard per unit with {@value #INDICATORS} indicators and plausible
 * values (a seeded {@link Random}: the same seed gives the same data), plus the national targets at the root.
 * Orgs and scorecards are written in JDBC batches; run once per database (a second run is refused).
 */
@Component
public class NationalDemo {
    public static final String PROJECT = "城乡居民基本医疗保险补助（全国演示）";
    public static final int YEAR = 2023;
    static final int INDICATORS = 20;
    static final int CITIES = 330, COUNTIES = 2900;
    static final List<String> PROVINCES = List.of("北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省",
            "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
            "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省",
            "青海省", "宁夏回族自治区", "新疆维吾尔自治区");
    private static final String BUREAU = "医疗保障局";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Orgs orgs;
    private final Scorecards scorecards;

    NationalDemo(JdbcClient jdbc, NamedParameterJdbcTemplate named, Orgs orgs, Scorecards scorecards) {
        this.jdbc = jdbc;
        this.named = named;
        this.orgs = orgs;
        this.scorecards = scorecards;
    }

    /** What was generated. */
    public record Generated(long rootId, int provinces, int cities, int counties, int units, int indicators) {}

    /** One indicator of the demo fund: how its target reads and how a unit's actual is drawn. */
    private record Template(String level1, String level2, String name, String target, Draw draw) {}

    @FunctionalInterface
    private interface Draw { String actual(Random r); }

    private static final List<Template> TEMPLATES = List.of(
            t("产出指标", "数量指标", "开展全域医保政策宣传活动次数", "≥4次", r -> (3 + r.nextInt(10)) + "次"),
            t("产出指标", "数量指标", "开展医保工作政府信息公开工作会议或培训", "≥2次", r -> (1 + r.nextInt(6)) + "次"),
            t("产出指标", "数量指标", "医保基金监管现场检查家次", "≥50家次", r -> (30 + r.nextInt(270)) + "家次"),
            t("产出指标", "数量指标", "医保经办窗口人员培训人次", "≥200人次", r -> (120 + r.nextInt(400)) + "人次"),
            t("产出指标", "数量指标", "医疗救助资助参保人数", "≥1000人", r -> (600 + r.nextInt(5000)) + "人"),
            t("产出指标", "数量指标", "门诊慢特病待遇享受人数", "≥500人", r -> (300 + r.nextInt(3000)) + "人"),
            t("产出指标", "质量指标", "定点医药机构监督检查覆盖率", "100%", r -> pct(r, 90, 100)),
            t("产出指标", "质量指标", "跨省异地就医直接结算率", "≥70%", r -> pct(r, 55, 95)),
            t("产出指标", "质量指标", "基本医疗保险参保率", "≥95%", r -> pct(r, 92, 99.5)),
            t("产出指标", "质量指标", "住院费用政策范围内报销比例", "≥70%", r -> pct(r, 65, 80)),
            t("产出指标", "质量指标", "DRG/DIP付费医疗机构覆盖率", "≥60%", r -> pct(r, 40, 95)),
            t("产出指标", "质量指标", "医保电子凭证激活率", "≥60%", r -> pct(r, 45, 90)),
            t("产出指标", "时效指标", "医保信息系统重大安全事件响应时间", "≤60分钟", r -> (15 + r.nextInt(56)) + "分钟"),
            t("产出指标", "时效指标", "异地就医备案办理时限", "≤3个工作日", r -> (1 + r.nextInt(4)) + "个工作日"),
            t("产出指标", "成本指标", "居民医保政府补助标准", "≥610元/人", r -> (610 + r.nextInt(31)) + "元/人"),
            t("效益指标", "社会效益指标", "参保群众政策知晓率", "≥85%", r -> pct(r, 75, 98)),
            t("效益指标", "社会效益指标", "医保经办服务信息化支撑能力", "有所提高", r -> "有所提高"),
            t("效益指标", "可持续影响指标", "医保支付方式改革和DRG试点", "按期推进", r -> "按期推进"),
            t("效益指标", "可持续影响指标", "医保基金运行安全", "无重大风险", r -> "无重大风险"),
            t("满意度指标", "服务对象满意度指标", "参保人员对医保服务满意度", "≥85%", r -> pct(r, 80, 99)));

    private static Template t(String l1, String l2, String name, String target, Draw draw) {
        return new Template(l1, l2, name, target, draw);
    }

    private static String pct(Random r, double lo, double hi) {
        return BigDecimal.valueOf(lo + (hi - lo) * r.nextDouble()).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * Creates the tree under the root (provinces found by name are reused, e.g. the small demo's 四川省) and the
     * scorecards. Refused when the national demo was generated in this database already.
     */
    @Transactional
    public Generated generate(long seed) {
        if (jdbc.sql("insert into app_setting (key, value) values ('demo-national', :seed) on conflict (key) do nothing")
                .param("seed", String.valueOf(seed)).update() == 0) {
            throw new IllegalStateException("全国演示数据已生成过 / the national demo data exists already in this database");
        }
        Random random = new Random(seed);
        Org root = orgs.root();
        Map<String, Org> existing = new HashMap<>(); // "parentId/name": orgs already there (the small demo's 四川省…) are reused
        for (Org o : orgs.visible()) existing.put(o.parentId() + "/" + o.name(), o);
        List<Object[]> newOrgs = new ArrayList<>(); // id, parent, name, level, path
        List<Long> unitOrgs = new ArrayList<>();
        List<String> unitNames = new ArrayList<>();
        List<String> unitLevels = new ArrayList<>();
        int[] citiesOf = spread(random, PROVINCES.size(), CITIES);
        int[] countiesOf = spread(random, CITIES, COUNTIES);
        Ids ids = new Ids(jdbc, PROVINCES.size() * 2 + CITIES * 2 + COUNTIES * 2);
        int city = 0;
        for (int p = 0; p < PROVINCES.size(); p++) {
            String name = PROVINCES.get(p);
            Org found = existing.get(root.id() + "/" + name);
            long pid;
            String ppath;
            if (found != null) { pid = found.id(); ppath = found.path(); }
            else { pid = ids.next(); ppath = root.path() + pid + "/"; newOrgs.add(new Object[]{pid, root.id(), name, "PROVINCE", ppath}); }
            addUnit(existing, ids, newOrgs, unitOrgs, unitNames, unitLevels, pid, ppath, name, "PROVINCE");
            for (int c = 0; c < citiesOf[p]; c++, city++) {
                String cname = name + "第" + (c + 1) + "市";
                long cid = ids.next();
                String cpath = ppath + cid + "/";
                newOrgs.add(new Object[]{cid, pid, cname, "CITY", cpath});
                addUnit(existing, ids, newOrgs, unitOrgs, unitNames, unitLevels, cid, cpath, cname, "CITY");
                for (int k = 0; k < countiesOf[city]; k++) {
                    String kname = cname + "第" + (k + 1) + "县";
                    long kid = ids.next();
                    String kpath = cpath + kid + "/";
                    newOrgs.add(new Object[]{kid, cid, kname, "COUNTY", kpath});
                    addUnit(existing, ids, newOrgs, unitOrgs, unitNames, unitLevels, kid, kpath, kname, "COUNTY");
                }
            }
        }
        SqlParameterSource[] rows = newOrgs.stream().map(o -> new MapSqlParameterSource(Map.of(
                "id", o[0], "parent", o[1], "name", o[2], "level", o[3], "path", o[4]))).toArray(SqlParameterSource[]::new);
        named.batchUpdate("insert into org (id, parent_id, name, level, path) values (:id, :parent, :name, :level, :path)", rows);

        List<Scorecard> cards = new ArrayList<>();
        List<Long> owners = new ArrayList<>();
        cards.add(targets(root.name()));
        owners.add(root.id());
        for (int u = 0; u < unitOrgs.size(); u++) {
            cards.add(unitScorecard(random, unitNames.get(u), unitLevels.get(u)));
            owners.add(unitOrgs.get(u));
        }
        scorecards.createAll(cards, owners, "全国演示数据 seed " + seed);
        return new Generated(root.id(), PROVINCES.size(), CITIES, COUNTIES, unitOrgs.size(), INDICATORS);
    }

    private static void addUnit(Map<String, Org> existing, Ids ids, List<Object[]> newOrgs, List<Long> unitOrgs, List<String> unitNames,
                                List<String> unitLevels, long parent, String parentPath, String region, String level) {
        String name = region + BUREAU;
        Org found = existing.get(parent + "/" + name);
        long id = found != null ? found.id() : ids.next();
        if (found == null) newOrgs.add(new Object[]{id, parent, name, "UNIT", parentPath + id + "/"});
        unitOrgs.add(id);
        unitNames.add(name);
        unitLevels.add(level);
    }

    /** n parts of total, each at least 1, drawn around the mean. */
    private static int[] spread(Random r, int n, int total) {
        int[] parts = new int[n];
        java.util.Arrays.fill(parts, 1);
        for (int i = n; i < total; i++) parts[r.nextInt(n)]++;
        return parts;
    }

    /** The national targets issued for the fund (the root's TRANSFER scorecard: rows and weights, no actuals). */
    static Scorecard targets(String country) {
        List<Indicator> rows = new ArrayList<>();
        for (Template t : TEMPLATES) rows.add(Indicator.of(t.level1(), t.level2(), t.name(), t.target(), null).withWeight(new BigDecimal("4.5")));
        return new Scorecard("transfer-self-evaluation", "转移支付区域（项目）绩效目标自评表", YEAR, PROJECT, "国家医疗保障局",
                "国家医疗保障局", null, Budget.empty(), new OverallGoal("提高城乡居民基本医疗保障水平", null), rows);
    }

    /** A unit's self-evaluation: money by level (a province's bureau gets more), actuals drawn per template. */
    static Scorecard unitScorecard(Random r, String unit, String level) {
        double scale = switch (level) { case "PROVINCE" -> 20_000; case "CITY" -> 3_000; default -> 600; };
        BigDecimal planned = BigDecimal.valueOf(scale * (0.4 + r.nextDouble())).setScale(2, RoundingMode.HALF_UP);
        BigDecimal executed = planned.multiply(BigDecimal.valueOf(0.7 + 0.3 * r.nextDouble())).setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = executed.multiply(new BigDecimal("100")).divide(planned, 2, RoundingMode.HALF_UP);
        Budget budget = new Budget("万元", planned, planned, executed, rate, List.of(new FundSource("中央补助", planned, executed, rate)));
        List<Indicator> rows = new ArrayList<>();
        for (Template t : TEMPLATES) {
            String actual = t.draw().actual(r);
            Indicator row = Indicator.of(t.level1(), t.level2(), t.name(), t.target(), actual).withWeight(new BigDecimal("4.5"));
            if (!actual.matches(".*\\d.*")) { // qualitative: the evaluator's grade and completion %
                BigDecimal p = BigDecimal.valueOf(60 + 40 * r.nextDouble()).setScale(2, RoundingMode.HALF_UP);
                QualitativeGrade g = QualitativeGrade.ofPercent(p);
                row = row.toBuilder().reason(g == QualitativeGrade.MET ? null : "部分工作受人员调整影响，下年度加快推进")
                        .grade(g).completionPercent(p).build();
            }
            rows.add(row);
        }
        return new Scorecard("transfer-self-evaluation", "转移支付区域（项目）绩效目标自评表", YEAR, PROJECT, unit,
                "国家医疗保障局", null, budget, new OverallGoal("提高城乡居民基本医疗保障水平", "完成年度目标"), rows);
    }

    /** Org ids drawn from the sequence in one query. */
    private static final class Ids {
        private final List<Long> ids;
        private int next;

        Ids(JdbcClient jdbc, int n) {
            ids = jdbc.sql("select nextval('org_id_seq') from generate_series(1, :n)").param("n", n).query(Long.class).list();
        }

        long next() { return ids.get(next++); }
    }
}
