package org.jixiao.scorecard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jixiao.measure.ValueGrammar;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.support.JixiaoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The readings stored beside the texts follow the grammar: a database written before labelled values were read (its
 * 「增长率288.15%」 stored as free text) has them read again once at start-up, the text and the stored evaluation
 * untouched.
 */
@JixiaoTest
class ReadingRefreshTest {
    @Autowired Scorecards scorecards;
    @Autowired ReadingRefresh refresh;
    @Autowired JdbcClient jdbc;

    @Test
    void rowsStoredUnderAnEarlierGrammarAreReadAgainOnceAndNothingElseChanges() {
        long id = scorecards.create(new Scorecard("transfer-self-evaluation", "自评表", 2021, "刷新测试", "刷新单位", null, null,
                Budget.empty(), null, List.of(
                        Indicator.of("效益指标", "社会效益指标", "跨省异地就医直接结算人次增长率", "≥10%", "增长率288.15%"),
                        Indicator.of("产出指标", "数量指标", "开展宣传活动次数", "≥4次", "8次"))), null, null, null).id();
        // as an earlier grammar stored it
        jdbc.sql("update indicator set actual_reading = 'FREE_TEXT', actual_amount = null, actual_unit = null "
                + "where scorecard_id = :id and position = 0").param("id", id).update();
        jdbc.sql("delete from app_setting where key = :k").param("k", ReadingRefresh.SETTING).update();
        List<Map<String, Object>> evaluationsBefore = jdbc.sql("select * from evaluation where scorecard_id = :id")
                .param("id", id).query().listOfRows();

        refresh.run(null);

        Map<String, Object> row = jdbc.sql("select actual, actual_reading, actual_amount, actual_unit from indicator "
                + "where scorecard_id = :id and position = 0").param("id", id).query().singleRow();
        assertThat(row.get("actual")).isEqualTo("增长率288.15%");
        assertThat(row.get("actual_reading")).isEqualTo("MEASURED");
        assertThat((java.math.BigDecimal) row.get("actual_amount")).isEqualByComparingTo("288.15");
        assertThat(row.get("actual_unit")).isEqualTo("%");
        assertThat(jdbc.sql("select value from app_setting where key = :k").param("k", ReadingRefresh.SETTING)
                .query(String.class).single()).isEqualTo(String.valueOf(ValueGrammar.VERSION));
        assertThat(jdbc.sql("select * from evaluation where scorecard_id = :id").param("id", id).query().listOfRows())
                .as("stored evaluations are not re-scored").isEqualTo(evaluationsBefore);
        // once per grammar version: a start-up with the same version reads nothing again
        jdbc.sql("update indicator set actual_unit = 'x' where scorecard_id = :id and position = 0").param("id", id).update();
        refresh.run(null);
        assertThat(jdbc.sql("select actual_unit from indicator where scorecard_id = :id and position = 0").param("id", id)
                .query(String.class).single()).isEqualTo("x");
    }
}
