package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.scorecard.Budget;

/**
 * The read-back of budget printings shared by the property tests of one budget layout each (TransposedBudgetTest,
 * GluedHeaderOverValuesTest): each printing parsed (nothing invented), its first table's budget compared with the one
 * printed (EveryBudgetPrintingTest#diff), the misses counted by feature and written to {@code target/<missed>}; every miss
 * must carry a feature {@code known} explains, and the share read right must reach {@code floor}.
 */
final class BudgetReadBack {
    private BudgetReadBack() {}

    static void assertReadBack(String what, List<EveryBudgetPrintingTest.Printing> all, Map<String, String> known, double floor,
            String missed) throws IOException {
        int right = 0;
        List<String> unknown = new ArrayList<>(), examples = new ArrayList<>();
        Map<String, int[]> byFeature = new TreeMap<>();
        for (EveryBudgetPrintingTest.Printing p : all) {
            NeverInventTest.assertNothingInvented(p.key(), p.text());
            ParsedDocument doc = TextParser.parse(p.text(), p.key() + ".txt");
            Budget got = doc.tables().isEmpty() ? null : doc.tables().get(0).budget();
            String diff = EveryBudgetPrintingTest.diff(p.want(), got);
            for (String f : p.features()) byFeature.computeIfAbsent(f, k -> new int[2])[0]++;
            if (diff == null) { right++; continue; }
            for (String f : p.features()) byFeature.get(f)[1]++;
            if (p.features().stream().noneMatch(known::containsKey)) unknown.add(p.key() + " " + p.features() + ": " + diff);
            examples.add(p.key() + " " + p.features() + ": " + diff + "\n" + p.text());
        }
        double share = (double) right / all.size();
        StringBuilder table = new StringBuilder();
        byFeature.forEach((f, n) -> { if (!f.startsWith("doc=")) table.append(String.format("%-24s %4d of %4d wrong%n", f, n[1], n[0])); });
        System.out.printf("%s read right: %d of %d (%.3f)%n%s", what, right, all.size(), share, table);
        Files.writeString(Path.of("target", missed), String.join("\n--- ", examples));
        assertThat(unknown).as("%s read wrong with no KNOWN feature (%d of %d right):%n%s", what, right, all.size(),
                String.join("\n", unknown.subList(0, Math.min(30, unknown.size())))).isEmpty();
        assertThat(share).as("share of %s read right (%d of %d)", what, right, all.size()).isGreaterThanOrEqualTo(floor);
    }
}
