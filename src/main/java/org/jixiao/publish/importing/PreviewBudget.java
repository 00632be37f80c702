package org.jixiao.publish.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.store.Scorecards;

/**
 * A table's budget on the import preview, every row the confirmed scorecard will store: the total (年度资金总额), then
 * each fund source by its name as read (财政拨款, 中央, 其他资金 …), each amount as the store keeps it and, where that
 * rounds away digits as read (an amount beyond six places in 万元, a rate beyond two), the value as read beside it.
 * Null when the table has no budget at all.
 */
public record PreviewBudget(String currency, boolean hasInitial, List<Row> rows) {
    /** One budget row; {@code name} null for the total. */
    public record Row(String name, Amount initial, Amount planned, Amount executed, Amount rate) {
        public boolean total() { return name == null; }
    }

    /** An amount as stored, and as read when storing rounds it (else null) to {@code places} places. */
    public record Amount(String stored, String read, int places) {}

    static PreviewBudget of(Budget b) {
        if (b == null) return null;
        boolean any = b.initial() != null || b.planned() != null || b.executed() != null || b.ratePercent() != null
                || !b.sources().isEmpty();
        if (!any) return null;
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(null, amount(b.initial()), amount(b.planned()), amount(b.executed()), rate(b.ratePercent())));
        for (FundSource f : b.sources()) {
            rows.add(new Row(f.name(), null, amount(f.planned()), amount(f.executed()), rate(f.ratePercent())));
        }
        return new PreviewBudget(b.currency(), b.initial() != null, rows);
    }

    private static Amount amount(BigDecimal read) {
        return read == null ? null : amount(read, Scorecards.asStored(read), 6);
    }

    /** A rate keeps two places (numeric(9, 2)). */
    private static Amount rate(BigDecimal read) {
        return read == null ? null : amount(read, Scorecards.rateAsStored(read), 2);
    }

    private static Amount amount(BigDecimal read, BigDecimal stored, int places) {
        return new Amount(stored.toPlainString(), stored.compareTo(read) == 0 ? null : read.toPlainString(), places);
    }
}
