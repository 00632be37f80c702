package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.publish.parse.CorpusScoreTest.dir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Every budget figure the reader gives, over every seed, corpus and held-out document, prints as a person writes it:
 * never in exponent form. An amount converted from 元 (h108's 500000 → 50 万元) came out as 5E+1, and the JSON, the
 * pages and the exports print a BigDecimal as its toString.
 */
class PlainAmountsTest {

    @Test
    void noBudgetFigureOfAnyDocumentPrintsInExponentForm() throws IOException {
        List<String> exponent = new ArrayList<>();
        int figures = 0;
        for (String folder : List.of("seeds", "corpus/docs", "heldout/docs")) {
            try (Stream<Path> files = Files.list(dir(folder))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    for (Scorecard t : TextParser.parse(Files.readString(p), p.getFileName().toString()).tables()) {
                        Budget b = t.budget();
                        List<BigDecimal> all = new ArrayList<>(List.of(nz(b.initial()), nz(b.planned()), nz(b.executed()), nz(b.ratePercent())));
                        for (FundSource s : b.sources()) all.addAll(List.of(nz(s.planned()), nz(s.executed()), nz(s.ratePercent())));
                        for (BigDecimal v : all) {
                            if (v.signum() == 0) continue;
                            figures++;
                            if (v.toString().indexOf('E') >= 0) exponent.add(p.getFileName() + ": " + v);
                        }
                    }
                }
            }
        }
        assertThat(figures).isGreaterThan(1000);
        assertThat(exponent).isEmpty();
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
