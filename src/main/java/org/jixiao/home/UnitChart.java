package org.jixiao.home;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.sheet.Summaries;

/** The home chart's data: each unit's mean total over its scorecards of the year (ECharts reads the two arrays). */
public record UnitChart(List<String> units, List<BigDecimal> scores) {

    static UnitChart of(List<Summaries.Row> rows) {
        Map<String, List<BigDecimal>> byUnit = new LinkedHashMap<>();
        for (Summaries.Row r : rows) {
            if (r.total() == null) continue; // a target table has no score yet
            byUnit.computeIfAbsent(r.unit() == null ? "—" : r.unit(), k -> new ArrayList<>()).add(r.total());
        }
        List<String> units = new ArrayList<>();
        List<BigDecimal> scores = new ArrayList<>();
        byUnit.forEach((unit, totals) -> {
            units.add(unit);
            BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            scores.add(sum.divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP));
        });
        return new UnitChart(units, scores);
    }
}
