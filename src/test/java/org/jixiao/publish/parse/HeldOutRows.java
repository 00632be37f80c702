package org.jixiao.publish.parse;

import static org.jixiao.publish.parse.SignatureLinesTest.heldOut;
import static org.jixiao.publish.parse.VariantLayoutTest.single;

import java.io.IOException;
import java.util.List;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;

/**
 * What the blind batches' class tests ask of a table: a held-out document's one table (or a text's), its rows' names
 * and targets, a row, a fund source.
 */
final class HeldOutRows {
    private HeldOutRows() {}

    /** The one table of held-out document {@code doc} (h208, …) as the reader reads it. */
    static Scorecard heldOutTable(String doc) throws IOException {
        return single(TextParser.parse(heldOut(doc), doc + ".txt"));
    }

    static List<String> names(Scorecard t) { return t.indicators().stream().map(Indicator::name).toList(); }

    static List<String> targets(Scorecard t) { return t.indicators().stream().map(Indicator::target).toList(); }

    /** The row named {@code name}, or an error naming the rows read. */
    static Indicator row(Scorecard t, String name) {
        return t.indicators().stream().filter(i -> name.equals(i.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in " + names(t)));
    }

    /** The one table of a text. */
    static Scorecard parse(String text) { return single(TextParser.parse(text, "t.txt")); }

    /** The source named {@code name}, or an error naming the sources read. */
    static FundSource source(Budget b, String name) {
        return b.sources().stream().filter(s -> name.equals(s.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no source " + name + " in " + b.sources()));
    }
}
