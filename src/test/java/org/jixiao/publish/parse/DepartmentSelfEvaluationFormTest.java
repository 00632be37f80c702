package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.scorecard.Kind;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * 部门整体(支出)绩效自评表 (PARSE-FORMAT.md's {@code department-self-evaluation}) in the four layouts the corpus and the
 * held-out set have it: a titled table by lines (019), a pipe table under its own title (h04), and a document viewer's
 * copy whose title is glued into the first line of text (016, 017). Each reads as a department's self-evaluation,
 * with its first row as the hand-checked expectation has it.
 */
class DepartmentSelfEvaluationFormTest {

    @ParameterizedTest
    @CsvSource({
            "corpus, 016_chongqing_kexuecheng_rongmeiti_2021_dept_selfeval",
            "corpus, 017_liangping_linye_2023_dept_selfeval",
            "corpus, 019_lingling_linye_2021_dept_selfeval",
            "heldout, h04_pingjiang_weijian_2023_dept_selfeval_pipes_yuan"})
    void aDepartmentSelfEvaluationIsReadAsOne(String set, String base) throws IOException {
        Path doc = CorpusScoreTest.dir(set + "/docs").resolve(base + ".txt");
        JsonNode expected = CorpusScoreTest.MAPPER.readTree(Files.readString(CorpusScoreTest.dir(set + "/expected").resolve(base + ".json")));

        ParsedDocument parsed = TextParser.parse(Files.readString(doc), base + ".txt");

        assertThat(parsed.tables()).hasSize(1);
        Scorecard t = parsed.tables().get(0);
        assertThat(t.form()).isEqualTo("department-self-evaluation");
        assertThat(t.kind()).isEqualTo(Kind.DEPARTMENT);
        JsonNode first = expected.path("tables").get(0).path("indicators").get(0);
        assertThat(t.indicators().get(0).name()).isEqualTo(first.get("name").asString());
        assertThat(CorpusScoreTest.norm(t.indicators().get(0).actual())).isEqualTo(CorpusScoreTest.norm(first.get("actual").asString()));
    }
}
