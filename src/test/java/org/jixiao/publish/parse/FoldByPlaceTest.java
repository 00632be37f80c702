package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.jixiao.scorecard.Scorecard;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fold by place: a traditional table (the corpus's 岳陽樓區 整體績效目標表, pinyin inserted) in a document whose other
 * table is simplified (the Suining seed). Folded only where it is written traditional (Script.fold: by region between
 * titles), the table is found by its title
 * and read as it is read alone (its rows as the hand-checked expected file has them); the simplified table beside it
 * reads as alone too, each text given back as written at its own place. Folding by document left the traditional
 * title unread (its simplified forms stand in the seed), and its rows went into the seed's table.
 */
class FoldByPlaceTest {
    static final String TRADITIONAL = "015_yueyanglou_jiagerenzheng_2023_dept_targets";
    static final String SIMPLIFIED = "suining-2021-transfer-self-evaluation";

    static String traditional() throws IOException {
        return Files.readString(CorpusScoreTest.dir("corpus/docs").resolve(TRADITIONAL + ".txt"));
    }

    /**
     * The seed from its table's title on: the web page's header above it (政府信息公开, a heading, 来源…) would stand under
     * the table before it here and be read as that table's last row.
     */
    static String simplified() throws IOException {
        String seed = Files.readString(CorpusScoreTest.dir("seeds").resolve(SIMPLIFIED + ".txt"));
        int title = seed.indexOf("四川省转移支付区域(项目)绩效目标自评表", seed.indexOf("来源"));
        return seed.substring(seed.lastIndexOf('\n', title) + 1);
    }

    @Test
    void aTraditionalTableAfterASimplifiedOneIsFoundWithItsTitleAndRows() throws IOException {
        List<Scorecard> tables = TextParser.parse(simplified() + "\n\n" + traditional(), "t.txt").tables();
        List<Scorecard> seed = TextParser.parse(simplified(), "t.txt").tables();
        assertThat(tables).hasSize(seed.size() + 1);
        assertThat(tables.subList(0, seed.size())).isEqualTo(seed);
        assertReadAsExpected(tables.get(tables.size() - 1));
        assertThat(tables.get(tables.size() - 1)).isEqualTo(TextParser.parse(traditional(), "t.txt").tables().get(0));
    }

    @Test
    void aSimplifiedTableAfterATraditionalOneKeepsItsTextsAsWritten() throws IOException {
        // 015 stops inside a row (生態(t); that cut line is left out, else the seed's page header would continue it
        String traditional = traditional().substring(0, traditional().stripTrailing().lastIndexOf('\n'));
        List<Scorecard> tables = TextParser.parse(traditional + "\n\n" + simplified(), "t.txt").tables();
        List<Scorecard> seed = TextParser.parse(simplified(), "t.txt").tables();
        assertThat(tables).hasSize(seed.size() + 1);
        assertReadAsExpected(tables.get(0));
        assertThat(tables.get(0)).isEqualTo(TextParser.parse(traditional(), "t.txt").tables().get(0));
        // 项目名称, 数量指标 … stand folded in both tables: the seed's are given back simplified, as written there
        assertThat(tables.subList(1, tables.size())).isEqualTo(seed);
    }

    /**
     * The seed's table twice, one copy titled traditional: each table's title is given back as its own title line writes
     * it. (Looked for in the whole document, the later table's title came back as the first one in the document wrote
     * it, whichever that was.)
     */
    @Test
    void eachTablesTitleIsGivenBackAsItsOwnLineWritesIt() throws IOException {
        String written = "四川省转移支付区域(项目)绩效目标自评表", traditional = "四川省轉移支付區域(項目)績效目標自評表";
        String simplified = simplified(), titledTraditional = simplified.replace(written, traditional);
        assertThat(titledTraditional).isNotEqualTo(simplified);
        assertThat(TextParser.parse(titledTraditional + "\n\n" + simplified, "t.txt").tables())
                .extracting(Scorecard::title).containsExactly(traditional, written);
        assertThat(TextParser.parse(simplified + "\n\n" + titledTraditional, "t.txt").tables())
                .extracting(Scorecard::title).containsExactly(written, traditional);
    }

    @Test
    void eachRegionBetweenTitlesIsFoldedOnItsOwn() {
        Script.Folded f = Script.fold("项目绩效目标表\n项目名称 资金\n項(xiàng)目績效目標(biāo)表\n項(xiàng)目名稱 資(zī)金 數(shù)量\n數(shù)量指標 项目");
        // the simplified table as it stands; the traditional title folded on its own line; under it 项 stands written,
        // so 項 is left there (within a region each folded character was written one way), the annotations taken out
        assertThat(f.text()).isEqualTo("项目绩效目标表\n项目名称 资金\n项目绩效目标表\n項目名称 资金 数量\n数量指标 项目");
        assertThat(f.unfold("项目名称", 2, 2)).isEqualTo("项目名称");
        assertThat(f.unfold("项目绩效目标表", 3, 3)).isEqualTo("項(xiàng)目績效目標(biāo)表");
        assertThat(f.unfold("項目名称", 4, 5)).isEqualTo("項(xiàng)目名稱");
        assertThat(f.unfold("资金", 2, 2)).isEqualTo("资金");
        assertThat(f.unfold("资金", 4, 5)).isEqualTo("資(zī)金");
        assertThat(f.unfold("数量指标", 5, 5)).isEqualTo("數(shù)量指標");
        assertThat(f.notes()).extracting(ParseWarning::line).containsExactly(3, 4, 5);
    }

    /** The traditional table as the corpus's expected file has it: title, form, unit and every row's texts. */
    private static void assertReadAsExpected(Scorecard t) throws IOException {
        JsonNode exp = CorpusScoreTest.MAPPER.readTree(Files.readString(CorpusScoreTest.dir("corpus/expected").resolve(TRADITIONAL + ".json")))
                .path("tables").get(0);
        assertThat(t.title()).isEqualTo(exp.get("title").asString());
        assertThat(t.form()).isEqualTo(exp.get("form").asString());
        assertThat(t.unit()).isEqualTo(exp.get("unit").asString());
        JsonNode rows = exp.get("indicators");
        assertThat(t.indicators()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Indicator row = t.indicators().get(i);
            JsonNode e = rows.get(i);
            assertThat(row.level2()).isEqualTo(e.get("level2").asString());
            assertThat(row.name()).isEqualTo(e.get("name").asString());
            assertThat(row.target()).isEqualTo(e.get("target").asString());
            assertThat(row.definition()).isEqualTo(e.get("definition").asString());
        }
    }
}
