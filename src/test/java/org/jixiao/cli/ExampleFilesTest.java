package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.cli.RollupAndExportCommandTest.indicator;
import static org.jixiao.cli.ScoreCommandTest.jixiao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.rollup.E5;
import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.support.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** docs/examples, which the README's `jixiao rollup` example reads: RULES §7 E5's units, and what it prints. */
class ExampleFilesTest {
    static final Path EXAMPLES = Path.of("docs/examples");

    @Test
    void theExampleUnitsAreRulesE5() throws IOException {
        assertThat(tree("jia.json")).isEqualTo(ScorecardJson.MAPPER.readTree(Fixtures.json(E5.jia())));
        assertThat(tree("yi.json")).isEqualTo(ScorecardJson.MAPPER.readTree(Fixtures.json(E5.yi())));
    }

    @Test
    void theReadmeRollupExamplePrintsWhatTheReadmeSays() {
        ScoreCommandTest.Run run = jixiao("rollup", "docs/examples/jia.json", "docs/examples/yi.json",
                "--targets", "docs/examples/region.json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(indicator(run.json(), E5.RATE).get("actualText").asString()).isEqualTo("54.38%");
        assertThat(indicator(run.json(), E5.EVENTS).get("actualText").asString()).isEqualTo("8次");
        assertThat(indicator(run.json(), E5.SUPPORT).get("actualText").asString()).isEqualTo("85.63%");

        ScoreCommandTest.Run executed = jixiao("rollup", "docs/examples/jia.json", "docs/examples/yi.json",
                "--targets", "docs/examples/region.json", "--weight", "executed");
        assertThat(indicator(executed.json(), E5.RATE).get("actualText").asString()).isEqualTo("55.32%");
    }

    private static JsonNode tree(String name) throws IOException {
        return ScorecardJson.MAPPER.readTree(Files.readString(EXAMPLES.resolve(name)));
    }
}
