package org.jixiao.publish.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.measure.Reading;
import org.jixiao.measure.Value;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.jixiao.targets.IndicatorLibrary;
import org.jixiao.targets.LibraryIndicator;

/**
 * Issue 11: the template an imported (possibly scanned) table's targets are read against. A scan turns a printed ≥
 * into the digit 2 (「2 90%」); it is read as ≥ 90 % only where the indicator's template shows ≥ — the same unit's
 * table of the year before (its target for an indicator of the same name, when written with a comparator), else the
 * indicator library's entry of that name (its published example 「≥90%」, or the sign of its direction). A row keeps
 * the template only where it changes the reading, so a typed table is stored exactly as before. Plain Java.
 */
final class TargetTemplates {
    private TargetTemplates() {}

    static Scorecard apply(Scorecard table, Optional<Scorecard> lastYear, IndicatorLibrary library) {
        Map<String, String> previous = new HashMap<>();
        lastYear.ifPresent(ly -> ly.indicators().forEach(i -> {
            if (i.name() != null && i.targetReading().value() instanceof Value.Bound) {
                previous.putIfAbsent(IndicatorLibrary.normal(i.name()), i.target().strip());
            }
        }));
        List<Indicator> rows = new ArrayList<>(table.indicators());
        boolean changed = false;
        for (int k = 0; k < rows.size(); k++) {
            Indicator row = rows.get(k);
            if (row.name() == null || row.target() == null || row.targetTemplate() != null) continue;
            String template = previous.get(IndicatorLibrary.normal(row.name()));
            if (template == null) template = library.byName(row.name()).map(TargetTemplates::shown).orElse(null);
            if (template == null) continue;
            Indicator read = row.toBuilder().targetTemplate(template).build();
            if (!read.targetReading().value().equals(row.targetReading().value())) {
                rows.set(k, read);
                changed = true;
            }
        }
        return changed ? table.withIndicators(rows) : table;
    }

    /** What the library shows for an entry: its example when written with its direction's sign, else the sign alone. */
    private static String shown(LibraryIndicator entry) {
        String sign = switch (entry.direction() == null ? "" : entry.direction()) {
            case "GE" -> "≥";
            case "LE" -> "≤";
            default -> null;
        };
        if (sign == null) return null;
        Value example = Reading.of(entry.example()).value();
        return example instanceof Value.Bound b && b.comparator().symbol().equals(sign) ? entry.example() : sign;
    }
}
