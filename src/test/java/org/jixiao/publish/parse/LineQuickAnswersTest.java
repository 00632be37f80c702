package org.jixiao.publish.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The line reader's questions asked of every line or every table answer before their rule's regex or word scans where a
 * cheap test rules the line out. Each quick answer is held to its plain rule on every line of the corpus, the held-out
 * set and the seeds, and on seeded random lines made of the characters the rule turns on.
 */
class LineQuickAnswersTest {
    private static List<String> lines(String alphabet[], int count, long seed) throws IOException {
        List<String> lines = new ArrayList<>(RealLines.of("corpus/docs", "heldout/docs", "seeds"));
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) b.append(alphabet[random.nextInt(alphabet.length)]);
            lines.add(b.toString());
        }
        return lines;
    }

    @Test
    void theYearOfATextIsTheYearRegexsFirstMatch() throws IOException {
        String[] pieces = {"2", "0", "1", "9", "20", "2023", "2023", "年", "年", "年度", " ", "\u00a0", "\t", "\u3000", "度", "a", "3", "二〇二三"};
        int years = 0;
        for (String s : lines(pieces, 100_000, 20261207)) {
            Matcher m = SelfEvaluationReader.YEAR.matcher(s);
            int expected = m.find() ? Integer.parseInt(m.group(1)) : 0;
            assertThat(SelfEvaluationReader.yearIn(s)).as(s).isEqualTo(expected);
            if (expected > 0) years++;
        }
        assertThat(years).as("texts with a year").isGreaterThan(5_000);
        assertThat(SelfEvaluationReader.year("宣城市2023 年度项目绩效目标表", List.of())).isEqualTo(2023);
        assertThat(SelfEvaluationReader.year(null, List.of(new Line(1, "项目名称"), new Line(2, "（2024\u00a0年度）")))).isEqualTo(2024);
        assertThat(SelfEvaluationReader.year("12023年", List.of())).isEqualTo(2023);
        assertThat(SelfEvaluationReader.year("2123年", List.of())).isNull();
    }

    @Test
    void aSignaturesDateIsTheDateRegexsMatch() throws IOException {
        String[] pieces = {"2024", "1999", "年", "3", "12", "月", "日", " ", "-", ".", "/", "二〇二四", "一九九九", "三", "十二", "〇", "a", "1", "2"};
        List<String> texts = lines(pieces, 100_000, 20261208);
        // dates as a signature prints them, and each with one character put first (a 1, a 2, a space, a letter …)
        Random random = new Random(20261210);
        String[] forms = {"%d年%d月%d日", "%d 年 %d 月 %d 日", "%d年%d月", "%d-%d-%d", "%d.%d.%d", "%d/%d/%d"};
        for (int i = 0; i < 20_000; i++) {
            String d = String.format(forms[random.nextInt(forms.length)], 1990 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(31));
            texts.add(d);
            texts.add("12 a一二".charAt(random.nextInt(6)) + d);
        }
        int dates = 0;
        for (String s : texts) {
            boolean expected = Signature.DATE.matcher(s).matches();
            assertThat(Signature.date(s)).as(s).isEqualTo(expected);
            if (expected) dates++;
        }
        assertThat(dates).as("dates").isGreaterThan(1_000);
        assertThat(Signature.date("2024年3月12日")).isTrue();
        assertThat(Signature.date("二〇二四年三月十二日")).isTrue();
        assertThat(Signature.date(" 2024年3月12日")).isFalse();
        assertThat(Signature.date("")).isFalse();
        assertThat(Signature.date(null)).isFalse();
    }

    @Test
    void aBudgetBlockLineHoldsAWordOfTheBlockWhateverTheQuickTestSays() throws IOException {
        // the quick test's characters: each block word holds one, so no line with a block word is passed over
        for (String w : SelfEvaluationReader.BLOCK_WORDS) assertThat(w.chars().anyMatch(c -> SelfEvaluationReader.BLOCK_CHARS.indexOf(c) >= 0)).as(w).isTrue();
        for (String w : SelfEvaluationReader.SHORT_BLOCK_WORDS) assertThat(w.chars().anyMatch(c -> SelfEvaluationReader.BLOCK_CHARS.indexOf(c) >= 0)).as(w).isTrue();
        String[] pieces = {"全年", "预算数", "执行数", "项目", "资金", "年初", "预算", "执行", "情况", "投入", "总额", "年度", "金额", "申请", "金", "预", "执",
                " ", "x", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"};
        int blocks = 0;
        for (String s : lines(pieces, 100_000, 20261209)) {
            boolean expected = SelfEvaluationReader.BLOCK_WORDS.stream().anyMatch(s::contains)
                    || s.length() <= 60 && SelfEvaluationReader.SHORT_BLOCK_WORDS.stream().anyMatch(s::contains);
            assertThat(SelfEvaluationReader.budgetBlock(s)).as(s).isEqualTo(expected);
            if (expected) blocks++;
        }
        assertThat(blocks).as("block lines").isGreaterThan(10_000);
    }

    @Test
    void aTitleWordIsWhereTheTitleRegexFindsItAndALeadWhereItsRegexDoes() throws IOException {
        String[] pieces = {"绩效目标自评表", "绩效自评表", "整体绩效目标表", "绩效目标表", "绩效目标申报表", "绩效评价指标表", "整体", "绩效", "目标",
                "表", "自评", "申报", "评价", "指标", "(", "（", ")", "）", "1", "12", "123", "1234", "一", "十二", "|", " ", "名称:", "标题：",
                "文件名称 : ", "信息标题", "1、", "12.", "3．", "项目", "a"};
        int words = 0, leads = 0;
        for (String s : lines(pieces, 200_000, 20261211)) {
            Matcher m = Title.WORDS.matcher(s);
            long expected = m.find() ? (long) m.start() << 32 | m.end() : -1;
            assertThat(Title.word(s)).as(s).isEqualTo(expected);
            if (expected >= 0) words++;
            Matcher l = Title.LEAD.matcher(s);
            String lead = l.find() ? Cells.clean(s, l.end(), s.length()) : s;
            assertThat(Title.lead(s)).as(s).isEqualTo(lead);
            if (lead != s) leads++;
        }
        assertThat(words).as("title words").isGreaterThan(50_000);
        assertThat(leads).as("leads").isGreaterThan(10_000);
        assertThat(Title.of("| 项目支出绩效目标表（12） | | |")).isEqualTo("项目支出绩效目标表（12）");
        assertThat(Title.of("名称：部门整体绩效目标表")).isEqualTo("部门整体绩效目标表");
    }

    @Test
    void aGluedHeadersNameWordIsTheFirstOfItsTwoWords() throws IOException {
        String[] pieces = {"三级指标", "指标名称", "三级", "指标", "名称", "级指标", "三", "二级指标", "指标值", " ", "x"};
        int found = 0;
        for (String s : lines(pieces, 100_000, 20261212)) {
            int expected = s.indexOf("三级指标");
            if (expected < 0) expected = s.indexOf("指标名称");
            assertThat(GluedReader.nameWord(s)).as(s).isEqualTo(expected);
            if (expected >= 0) found++;
        }
        assertThat(found).as("lines with a name word").isGreaterThan(30_000);
    }
}
