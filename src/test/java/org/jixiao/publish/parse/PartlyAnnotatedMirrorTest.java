package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.scorecard.Indicator;
import org.junit.jupiter.api.Test;

/**
 * A mirror that annotates a character with its pinyin only some of the times it occurs (時(shí)效 beside 及時率): the
 * character is folded everywhere, so the level label reads, and every kept text is given back as written at its place.
 */
class PartlyAnnotatedMirrorTest {

    static final String TABLE = """
            項(xiàng)目支出績效自評(píng)表
            項(xiàng)目名稱 資金發(fā)放
            績效指標(biāo) 一級指標(biāo) 二級指標(biāo) 三級指標(biāo) 年度指標(biāo)值 實(shí)際完成值
             產(chǎn)出指標(biāo) 數(shù)量指標(biāo) 發(fā)放人次 ≥800人次 836人次
              時(shí)效指標(biāo) 資金發(fā)放及時率 ≥95% 97.5%
              質(zhì)量指標(biāo) 按時(shí)發(fā)放率 100% 100%
            """;

    @Test
    void theLabelReadsAndEveryTextIsGivenBackAsWrittenAtItsPlace() {
        var doc = TextParser.parse(TABLE, "t.txt");
        List<Indicator> rows = doc.tables().get(0).indicators();
        assertThat(rows).extracting(Indicator::level2).containsExactly("数量指标", "时效指标", "质量指标");
        assertThat(rows).extracting(Indicator::name).containsExactly("發(fā)放人次", "資金發(fā)放及時率", "按時(shí)發(fā)放率");
    }

    @Test
    void aTextNotFoundAsAWholeIsGivenBackByItsRuns() {
        Script.Folded f = Script.fold("時(shí)效 及時率 時(shí)間 按時 時(shí)限");
        assertThat(f.text()).isEqualTo("时效 及时率 时間 按时 时限");
        assertThat(f.unfold("及时率")).isEqualTo("及時率");
        assertThat(f.unfold("时效")).isEqualTo("時(shí)效");
        assertThat(f.unfold("时效及时率")).isEqualTo("時(shí)效及時率"); // joined across a break: each run at its place
    }
}
