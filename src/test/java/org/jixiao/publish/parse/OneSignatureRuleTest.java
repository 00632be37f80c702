package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.CorpusScoreTest.dir;
import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * A unit's name over a date is one signature, whether it closes a table (Signature.closing: the name is no row) or a
 * report (ReportReader.signedBy: the name is the report's unit). The two were two rules: closing took a name ending in
 * 政府 or 社 and a date 2024年3月 or 2024-03-12, signedBy a name ending in 部, 校, 会 or 司 and only 2024年3月12日; on
 * the real documents both took the same seven. Now one rule takes what either took — every ending of an organisation's
 * name and every way a date is printed, 二〇二四年三月十二日 too — and both places answer alike.
 */
class OneSignatureRuleTest {

    /** Every real document's signature, as the one rule reads it at the end of the text and among a report's last lines. */
    @Test
    void everyRealDocumentsSignatureIsReadAlikeByBoth() throws IOException {
        Map<String, String> signed = new TreeMap<>();
        for (String set : List.of("corpus/docs", "heldout/docs", "seeds")) {
            try (var files = Files.list(dir(set))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    List<Line> lines = TextParser.lines(Files.readString(p));
                    Line closing = Signature.closing(lines);
                    String by = ReportReader.signedBy(lines);
                    assertThat(closing == null ? null : Cells.clean(closing.text())).as(p.toString()).isEqualTo(by);
                    if (by != null) signed.put(p.getFileName().toString().split("_")[0], by);
                }
            }
        }
        // h77, h94, h95: the seventh and eighth blind batches' signed report and department table; h101, h105, h107: the
        // ninth's (h101's signature under the page's 【打印本页】【关闭窗口】 links); h122: the tenth's report; h131, h132,
        // h139, h140: the eleventh's notice, reports and department report (h132's and h139's above the site's footer);
        // h147, h150, h151: the twelfth's notice, report and report with its table (each the signature the page prints);
        // h161, h166, h168: the thirteenth's report with its table, notice and report (the same)
        // h189: the fifteenth's notice, its office and date above the page's links and footer; h200, h206: the sixteenth's
        // statement before its table and report (each the signature the page prints); h208, h213, h218: the seventeenth's
        // department table, page of two tables and report (the same); h221, h225, h230: the eighteenth's (a committee's office,
        // a notice over two tables, an accounting firm's report); h235, h237, h240: the nineteenth's (a department table signed
        // by its bureau, a self-evaluation report above the site's footer, an accounting firm's report)
        assertThat(signed).isEqualTo(Map.ofEntries(Map.entry("h10", "常德市鼎城区医疗保障局"), Map.entry("h11", "贵阳市云岩区医疗保障局"),
                Map.entry("h28", "溆浦县教育局"), Map.entry("h51", "丘北县乡村振兴局"), Map.entry("h63", "泉州市归国华侨联合会"),
                Map.entry("h65", "山南市医疗保障局"), Map.entry("h72", "三明市医疗保障局"), Map.entry("h77", "延边朝鲜族自治州医疗保障局"),
                Map.entry("h94", "合肥市退役军人事务局"), Map.entry("h95", "重庆市渝北区体育局"), Map.entry("h122", "南宁市医疗保障局"),
                Map.entry("h101", "晋中市医疗保障局"), Map.entry("h105", "四平市医疗保障局"), Map.entry("h107", "淄博市住房公积金管理中心"),
                Map.entry("h131", "石家庄市医疗保障局"), Map.entry("h132", "大同市文物局"), Map.entry("h139", "襄阳市医疗保障局"),
                Map.entry("h140", "岳阳市工商业联合会"), Map.entry("h147", "宁波市医疗保障局"), Map.entry("h150", "赣州市医疗保障局"),
                Map.entry("h151", "湛江市港航事务中心"), Map.entry("h161", "石家庄市医疗保障局"), Map.entry("h166", "齐齐哈尔市医疗保障局"),
                Map.entry("h168", "河南省教育考试院"), Map.entry("h189", "泉州市人民政府台湾事务办公室"),
                Map.entry("h200", "芜湖市经济和信息化局"), Map.entry("h206", "济南市人力资源和社会保障局"),
                Map.entry("h208", "襄阳市信访局"), Map.entry("h213", "大同市文物局"), Map.entry("h218", "荆州市城市管理执法委员会"),
                Map.entry("h221", "周口市人大常委会办公室"), Map.entry("h225", "重庆市黔江区交通运输委员会"),
                Map.entry("h230", "四川明正会计师事务所有限公司"), Map.entry("h235", "昌吉回族自治州粮食和物资储备局"),
                Map.entry("h237", "鄂尔多斯市体育局"), Map.entry("h240", "青海昆仑会计师事务所有限公司")));
    }

    private static final List<String> NAMES = List.of("三明市人民政府", "吉安市供销合作社", "湘西州发展和改革委员会", "怀化市医疗保障事务中心",
            "溆浦县教育局", "宁晋县人民医院", "长沙市实验学校", "中共泉州市委宣传部", "三明市人民政府办公室");
    private static final List<String> DATES = List.of("2024年3月12日", "2024年3月", "二〇二四年三月十二日", "2024-03-12", "2024.3.12");

    @Test
    void everyEndingAndEveryDateOnARealTableAndARealReport() throws IOException {
        String h72 = heldOut("h72"), h10 = heldOut("h10");
        List<Indicator> rows = VariantLayoutTest.single(TextParser.parse(h72, "h72.txt")).indicators();
        for (String name : NAMES) {
            for (String date : DATES) {
                String v = name + " / " + date;
                // under a table: the rows end where the signature begins, neither line a row
                Scorecard t = VariantLayoutTest.single(TextParser.parse(
                        signedAgain(h72, "三明市医疗保障局\n2024年3月12日", name + "\n" + date), "h72.txt"));
                assertThat(t.indicators()).as(v).isEqualTo(rows);
                // under a self-evaluation report: its unit
                assertThat(ReportUnitTest.report(signedAgain(h10, "常德市鼎城区医疗保障局\n2024年5月30日", name + "\n" + date)).unit())
                        .as(v).isEqualTo(name);
            }
        }
    }

    /** The document with its signature (its last lines) signed otherwise. */
    private static String signedAgain(String text, String signature, String other) {
        int at = text.lastIndexOf(signature);
        assertThat(at).isPositive();
        return text.substring(0, at) + other + text.substring(at + signature.length());
    }

    @Test
    void whatIsNoSignature() {
        for (String name : List.of("财政处室", "社会保障", "城乡社区", "参保群众满意度", "医保局2", "局"))
            assertThat(Signature.unitName(name)).as(name).isFalse();
        for (String date : List.of("2024年3月12日前", "2024年", "12日", "2024/3", "二〇二四年", "3月12日", "20240312"))
            assertThat(Signature.date(date)).as(date).isFalse();
        // a name whose date line is a sentence, or a phone, is no signature; nor a date with no name above it
        assertThat(Signature.closing(TextParser.lines("溆浦县教育局\n2024年5月20日印发通知"))).isNull();
        assertThat(Signature.closing(TextParser.lines("溆浦县教育局\n联系电话：0745-3222305"))).isNull();
        assertThat(Signature.closing(TextParser.lines("参保群众满意度 ≥85%\n2024年3月12日"))).isNull();
        assertThat(ReportReader.signedBy(TextParser.lines("五、存在问题\n部分项目进度偏慢。\n2024年5月20日"))).isNull();
    }
}
