package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.measure.QualitativeGrade;
import org.jixiao.publish.ParseJson;
import org.jixiao.publish.ScorecardJsonException;
import org.jixiao.scorecard.ValueKind;
import org.junit.jupiter.api.Test;

class ParseJsonTest {

    @Test
    void anExpectedSeedFileReadsBackIntoTheSameRecordsTheParserProduces() {
        String expected = SeedParsingTest.resource("/seeds/expected/suining-2021-transfer-self-evaluation.json");
        ParsedDocument fromFile = ParseJson.fromJson(expected);
        ParsedDocument parsed = TextParser.parse(SeedParsingTest.resource("/seeds/suining-2021-transfer-self-evaluation.txt"), "s");
        assertThat(fromFile.tables().get(0).indicators()).isEqualTo(parsed.tables().get(0).indicators());
        assertThat(fromFile.tables().get(0).budget().executed()).isEqualByComparingTo("261.75");
    }

    @Test
    void aSingleTableWithEvaluatorFieldsIsRead() {
        String json = """
                {"form":"transfer-self-evaluation","region":"四川省","year":2021,
                 "indicators":[{"name":"参保群众政策知晓率","target":"普遍知晓","grade":"MET","completionPercent":90,
                                "valueKind":"RELATIVE","notApplicable":false,"weight":"10"}]}""";
        var t = ParseJson.fromJson(json).tables().get(0);
        assertThat(t.region()).isEqualTo("四川省");
        assertThat(t.indicators().get(0).grade()).isEqualTo(QualitativeGrade.MET);
        assertThat(t.indicators().get(0).valueKind()).isEqualTo(ValueKind.RELATIVE);
        assertThat(t.indicators().get(0).weight()).isEqualByComparingTo("10");
    }

    @Test
    void badTypesAreReportedWithTheirFieldPathInChineseAndEnglish() {
        String json = """
                {"tables":[{"form":"x","year":"二〇二一","indicators":[{"name":"a","weight":"十分","grade":"great"}]}]}""";
        assertThatThrownBy(() -> ParseJson.fromJson(json))
                .isInstanceOf(ScorecardJsonException.class)
                .satisfies(e -> assertThat(((ScorecardJsonException) e).problems())
                        .extracting(ScorecardJsonException.Problem::path)
                        .containsExactly("$.tables[0].year", "$.tables[0].indicators[0].weight", "$.tables[0].indicators[0].grade"))
                .hasMessageContaining("应为数字").hasMessageContaining("expected a number");
        assertThatThrownBy(() -> ParseJson.fromJson("{not json")).isInstanceOf(ScorecardJsonException.class);
    }
}
