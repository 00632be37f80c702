package org.jixiao.scorecard.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.measure.Reading;
import org.jixiao.measure.ValueGrammar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readings stored beside each target and actual (target_reading … actual_unit, what SQL sums and compares) are
 * the grammar's. When the grammar reads some text differently ({@link ValueGrammar#VERSION} raised), they are read
 * again once at start-up, and only the rows whose reading changed are written: the texts as written are untouched,
 * and so are the stored evaluations (a past result stays as stored; re-scoring is an explicit action).
 */
@Component
@Order(1)
// only where this run migrates the schema: `jixiao restore` starts with Flyway off, before the tables exist
@ConditionalOnProperty(name = "spring.flyway.enabled", havingValue = "true", matchIfMissing = true)
class ReadingRefresh implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(ReadingRefresh.class);
    static final String SETTING = "reading-grammar-version";
    private static final String UPDATE = """
            update indicator set target_reading = :tr, target_comparator = :tc, target_amount = :ta, target_unit = :tu,
              actual_reading = :ar, actual_amount = :aa, actual_unit = :au
            where scorecard_id = :sid and position = :pos""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ReadingRefresh(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String version = String.valueOf(ValueGrammar.VERSION);
        String stored = jdbc.sql("select value from app_setting where key = :k").param("k", SETTING)
                .query(String.class).optional().orElse(null);
        if (version.equals(stored)) return;
        int changed = refresh();
        jdbc.sql("""
                insert into app_setting (key, value) values (:k, :v)
                on conflict (key) do update set value = excluded.value, updated_at = now()""")
                .param("k", SETTING).param("v", version).update();
        if (changed > 0) log.info("re-read {} indicator rows under value grammar version {}", changed, version);
    }

    /** Reads every row again and writes those whose reading changed; the number written. */
    int refresh() {
        List<SqlParameterSource> updates = new ArrayList<>();
        jdbc.sql("""
                select scorecard_id, position, target, target_template, actual, target_reading, target_comparator,
                  target_amount, target_unit, actual_reading, actual_amount, actual_unit from indicator""")
                .query(rs -> {
                    Scorecards.Columns t = Scorecards.Columns.of(Reading.of(rs.getString("target"), rs.getString("target_template")).value());
                    Scorecards.Columns a = Scorecards.Columns.of(Reading.of(rs.getString("actual")).value());
                    Scorecards.Columns oldT = new Scorecards.Columns(rs.getString("target_reading"), rs.getString("target_comparator"),
                            rs.getBigDecimal("target_amount"), rs.getString("target_unit"));
                    Scorecards.Columns oldA = new Scorecards.Columns(rs.getString("actual_reading"), a.comparator(), // not stored
                            rs.getBigDecimal("actual_amount"), rs.getString("actual_unit"));
                    if (same(t, oldT) && same(a, oldA)) return;
                    updates.add(new MapSqlParameterSource().addValue("sid", rs.getLong("scorecard_id"))
                            .addValue("pos", rs.getInt("position"))
                            .addValue("tr", t.kind()).addValue("tc", t.comparator()).addValue("ta", t.amount()).addValue("tu", t.unit())
                            .addValue("ar", a.kind()).addValue("aa", a.amount()).addValue("au", a.unit()));
                });
        for (int from = 0; from < updates.size(); from += 2000) {
            named.batchUpdate(UPDATE, updates.subList(from, Math.min(updates.size(), from + 2000)).toArray(SqlParameterSource[]::new));
        }
        return updates.size();
    }

    /** Amounts equal as numbers (the column has scale 6). */
    private static boolean same(Scorecards.Columns now, Scorecards.Columns stored) {
        return Objects.equals(now.kind(), stored.kind()) && Objects.equals(now.comparator(), stored.comparator())
                && equal(now.amount(), stored.amount()) && Objects.equals(now.unit(), stored.unit());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
