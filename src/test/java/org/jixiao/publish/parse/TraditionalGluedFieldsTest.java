package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A glued header block in traditional script (the site's 繁體 switch, h169; h141): its labels are compared simplified and
 * its values cut as written, and a department named 委員會 is an organisation as 委员会 is. Before, 主管部門 glued to its
 * value was no label, and 西安市人民政府國有資產監督管理委員會 (…會) was dropped as no organisation's name.
 */
class TraditionalGluedFieldsTest {

    private static Fields.Header glued(String line) {
        return Fields.header(Fields.extract(List.of(new Line(1, line)))).glued();
    }

    @Test
    void aTraditionalGluedHeaderBlockGivesItsFieldsAsWritten() {
        // h169 glued as a document site glues it, its labels written traditional as the page prints them
        Fields.Header h = glued("項目名稱國資國企在線監管平台運行維護主管部門西安市人民政府國有資產監督管理委員會實施單位西安市國有資產監管信息中心");
        assertThat(h.project()).isEqualTo("國資國企在線監管平台運行維護");
        assertThat(h.competent()).isEqualTo("西安市人民政府國有資產監督管理委員會");
        assertThat(h.unit()).isEqualTo("西安市國有資產監管信息中心");
        // the same block simplified reads alike (left alone)
        Fields.Header s = glued("项目名称国资国企在线监管平台运行维护主管部门西安市人民政府国有资产监督管理委员会实施单位西安市国有资产监管信息中心");
        assertThat(s.competent()).isEqualTo("西安市人民政府国有资产监督管理委员会");
        assertThat(s.unit()).isEqualTo("西安市国有资产监管信息中心");
    }
}
