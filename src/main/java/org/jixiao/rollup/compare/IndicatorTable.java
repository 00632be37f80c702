package org.jixiao.rollup.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator across units and years (e.g. 跨省异地就医直接结算率 by city and year): one row per org, one cell per
 * year, a null cell where the org has no scorecard with the indicator that year.
 *
 * @param unitSymbol the unit most cells are in ("%"), for the chart's axis; null when no cell has a number
 */
public record IndicatorTable(String indicator, String project, List<Integer> years, List<Row> rows, String unitSymbol) {

    public IndicatorTable {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    public record Row(long orgId, String org, List<Cell> cells) {
        public Row { cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells)); }
    }

    /** @param amount the grammar's reading of the actual (null when it is not a number), in {@code unit} */
    public record Cell(int year, long scorecardId, String actual, BigDecimal amount, String unit) {}
}
