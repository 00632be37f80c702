package org.jixiao.publish.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * HtmlText over pages made at random (seeded) from the pieces saved pages are made of — text, paragraphs, line breaks,
 * tables with merged cells, long inline styles, unclosed tags, comments and scripts holding markup: it never fails,
 * every text of the page is in its output as written (never drop), and nothing from a comment or script is (never invent).
 */
class HtmlTextTest {
    static final String[] WORDS = {"年度资金总额", "320.00", "其中：中央补助", "≥4次", "≤60分钟", "参保率", "81.80%", "财政拨款"};

    @Test
    void randomPagesKeepEveryTextAndNothingHidden() {
        Random random = new Random(20261206);
        for (int n = 0; n < 2000; n++) {
            StringBuilder page = new StringBuilder(random.nextBoolean() ? "<!DOCTYPE html><html><body>" : "<table>");
            List<String> shown = new ArrayList<>();
            int pieces = 1 + random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                String word = WORDS[random.nextInt(WORDS.length)] + i; // each text unique by its number
                switch (random.nextInt(12)) {
                    case 0, 1, 2 -> { page.append(word); shown.add(word); }
                    case 3 -> page.append(random.nextBoolean() ? "<p>" : "</p>");
                    case 4 -> page.append(random.nextBoolean() ? "<br>" : "<br/>");
                    case 5 -> page.append(random.nextBoolean() ? "<tr>" : "</tr>");
                    case 6 -> page.append("<td rowspan=\"").append(1 + random.nextInt(4)).append("\" colspan=").append(1 + random.nextInt(3)).append(">");
                    case 7 -> page.append(random.nextBoolean() ? "</td>" : "<th>");
                    case 8 -> page.append("<span style=\"").append("color:red;".repeat(random.nextInt(3000))).append("\">");
                    case 9 -> page.append("<!-- 注释").append(i).append(" <td>x</td> -->");
                    case 10 -> page.append("<script>var s = '<td>脚本").append(i).append("</td>';</script>");
                    default -> { page.append("a &amp; b").append(i).append("&nbsp;"); shown.add("a & b" + i); }
                }
            }
            String out = HtmlText.of(page.toString());
            for (String w : shown) assertThat(out).as("page %d", n).contains(w);
            assertThat(out).as("page %d", n).doesNotContain("注释", "脚本", "<td", "<span", "<br", "<p>");
        }
    }

    @Test
    void aMergedCellIsPrintedOnceAcrossAndEmptyBelow() {
        String page = "<table><tr><td rowspan=\"2\" colspan=\"2\">产出指标</td><td>参保率</td></tr>"
                + "<tr><td>知晓率</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>";
        assertThat(HtmlText.of(page)).isEqualTo("| 产出指标 | 参保率 |\n| \u00a0 | 知晓率 |\n| a | b | c |\n");
    }
}
