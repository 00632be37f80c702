package org.jixiao.publish.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.seeds.SeedScorecards;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlExportTest {

    static Document page(Scorecard s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(s, Format.HTML, out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyIndicatorIsATableRowWithItsTargetAndActual() {
        Scorecard suining = SeedScorecards.suining();
        Document doc = page(suining);

        for (Indicator i : suining.indicators()) {
            Element row = doc.select("tr").stream()
                    .filter(tr -> tr.select("td").stream().anyMatch(td -> td.text().equals(i.name())))
                    .findFirst().orElseThrow(() -> new AssertionError("no row for " + i.name()));
            List<String> cells = row.select("td").eachText();
            assertThat(cells).as(i.name()).contains(i.target(), i.actual().replace("\n", " "));
        }
        assertThat(doc.select("h1").text()).isEqualTo("四川省转移支付区域(项目)绩效目标自评表");
        assertThat(doc.select("th").eachText()).contains("一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值",
                "未完成原因和改进措施", "全年预算数（A）", "全年执行数（B）", "预算执行率（B/A）");
        assertThat(doc.select("td.num").eachText()).contains("320.00", "261.75", "81.80%");
    }

    @Test
    void mergedLevelCellsSpanTheRowsTheyCover() {
        Document doc = page(SeedScorecards.suining());

        Element output = doc.select("td").stream().filter(td -> td.text().equals("产出指标")).findFirst().orElseThrow();
        assertThat(output.attr("rowspan")).isEqualTo("8");
        Element satisfaction = doc.select("td").stream().filter(td -> td.text().equals("满意度指标")).findFirst().orElseThrow();
        assertThat(satisfaction.hasAttr("rowspan")).isFalse();
    }

    @Test
    void thePageStandsAloneWithInlineCssAndNoExternalAssets() {
        Document doc = page(SeedScorecards.dalian());

        assertThat(doc.select("link, script, img, iframe, [src], [href]")).isEmpty();
        assertThat(doc.select("style").html()).contains("border-collapse");
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(doc.select("td.note").text()).startsWith("注：1.资金使用单位按项目绩效目标填报").contains("5.定性指标");
        assertThat(page(SeedScorecards.linyi()).select("td.note")).isEmpty(); // the notes belong to transfer tables only
    }

    @Test
    void textIsEscapedNotInterpretedAsMarkup() {
        Scorecard s = SeedScorecards.suining();
        Scorecard tricky = s.withIndicators(List.of(Indicator.of("产出指标", "数量指标", "<b>指标</b> & 次数", "≥4次", "8")));

        Document doc = page(tricky);

        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.select("td").eachText()).contains("<b>指标</b> & 次数");
    }
}
