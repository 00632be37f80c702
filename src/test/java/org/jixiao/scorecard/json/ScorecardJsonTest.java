package org.jixiao.scorecard.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.kernel.ValidationException;
import org.jixiao.kernel.Violation;
import org.jixiao.measure.QualitativeGrade;
import org.jixiao.publish.parse.TextParser;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.scorecard.ValueKind;
import org.jixiao.support.Seeds;
import org.junit.jupiter.api.Test;

class ScorecardJsonTest {

    @Test
    void anExpectedSeedFileReadsIntoTheSameRecordsTheParserProduces() {
        for (String seed : new String[] {Seeds.SUINING, Seeds.DALIAN, Seeds.LINYI}) {
            Scorecard fromJson = ScorecardJson.readTables(Seeds.expectedJson(seed)).get(0);
            Scorecard parsed = TextParser.parse(Seeds.text(seed), seed).tables().get(0);
            assertThat(fromJson.indicators()).as(seed).isEqualTo(parsed.indicators());
            assertThat(fromJson.overallGoal()).as(seed).isEqualTo(parsed.overallGoal());
        }
    }

    @Test
    void aSingleTableWithEvaluatorFieldsIsRead() {
        String json = """
                {"form":"transfer-self-evaluation","region":"四川省","year":2021,"project":"医疗服务与保障能力提升补助",
                 "indicators":[{"name":"参保群众政策知晓率","target":"普遍知晓","grade":"MET","completionPercent":90,
                                "valueKind":"RELATIVE","notApplicable":false,"weight":"10"}]}""";
        Scorecard t = ScorecardJson.readTables(json).get(0);
        assertThat(t.region()).isEqualTo("四川省");
        assertThat(t.indicators().get(0).grade()).isEqualTo(QualitativeGrade.MET);
        assertThat(t.indicators().get(0).valueKind()).isEqualTo(ValueKind.RELATIVE);
        assertThat(t.indicators().get(0).weight()).isEqualByComparingTo("10");
    }

    @Test
    void everyValueOfTheWrongTypeIsReportedWithItsFieldPathInOneAnswer() {
        String json = """
                {"tables":[{"project":"x","year":"二〇二一","indicators":[{"name":"a","weight":"十分","grade":"great"}]}]}""";
        assertThatThrownBy(() -> ScorecardJson.readTables(json))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field).containsExactly(
                            "tables[0].year", "tables[0].indicators[0].weight", "tables[0].indicators[0].grade");
                    assertThat(e.violations()).allSatisfy(v -> {
                        assertThat(v.zh()).contains("类型错误");
                        assertThat(v.en()).contains("wrong type");
                    });
                });
        assertThatThrownBy(() -> ScorecardJson.readTables("{not json")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ScorecardJson.readTables("[1,2]")).isInstanceOf(ValidationException.class);
    }
}
