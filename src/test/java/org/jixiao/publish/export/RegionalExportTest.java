package org.jixiao.publish.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.seeds.SeedScorecards.asUnit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.rollup.FundWeight;
import org.jixiao.rollup.Rollup;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.seeds.SeedScorecards;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A region rolled up from two units (RULES §7 E5) is published like any unit's table. */
class RegionalExportTest {
    final Scorecard suining = SeedScorecards.suining();
    final Scorecard region = Rollup.aggregate(List.of(
            asUnit(suining, "甲", "200", "180", row -> switch (row.name()) {
                case "跨省异地就医直接结算率" -> row.withActual("60.00%");
                case "开展全域医保政策宣传活动次数" -> row.withActual("5次");
                default -> row;
            }),
            asUnit(suining, "乙", "120", "81.75", row -> switch (row.name()) {
                case "跨省异地就医直接结算率" -> row.withActual("45.00%");
                case "开展全域医保政策宣传活动次数" -> row.withActual("3次");
                case "医保经办服务信息化支撑能力" -> assessed(row);
                default -> row;
            })), suining, FundWeight.ALLOCATED).toScorecard("四川省医疗保障局");

    static Indicator assessed(Indicator row) {
        return Indicator.builder().level1(row.level1()).level2(row.level2()).name(row.name()).target(row.target())
                .actual(row.actual()).grade(QualitativeGrade.PARTLY_MET).completionPercent(new java.math.BigDecimal("70")).build();
    }

    byte[] export(Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(region, f, out);
        return out.toByteArray();
    }

    @Test
    void theRegionalExcelReadsBackWithItsAggregatedActualsAndGrades() throws IOException {
        Scorecard back = XlsxImporter.read(new ByteArrayInputStream(export(Format.XLSX)));

        assertThat(back.indicators()).containsExactlyElementsOf(region.indicators());
        assertThat(back.unit()).isEqualTo("四川省医疗保障局");
        assertThat(back.budget().planned()).isEqualByComparingTo("320");
        assertThat(back.budget().ratePercent()).isEqualByComparingTo("81.80");
        Indicator support = back.indicators().stream().filter(i -> i.name().equals("医保经办服务信息化支撑能力")).findFirst().orElseThrow();
        assertThat(support.grade()).isEqualTo(QualitativeGrade.PARTLY_MET);
    }

    @Test
    void theRegionalPageShowsTheAggregatedNumbers() {
        var doc = Jsoup.parse(new String(export(Format.HTML), StandardCharsets.UTF_8));

        assertThat(doc.select("td").eachText()).contains("54.38%", "8次", "四川省医疗保障局", "320.00", "261.75", "81.80%");
    }
}
