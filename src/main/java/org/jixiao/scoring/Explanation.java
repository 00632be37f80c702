package org.jixiao.scoring;

/**
 * Why a score is what it is, in Chinese and in English (a page shows the one of its language; exports print the
 * Chinese, the official form). Data quoted in it — indicator names, targets and actuals as written, unit names —
 * stay as written in both; only the sentence around them is translated. {@code en} is null only in an evaluation
 * stored before explanations were kept in English, until the reader fills it in ({@link EvaluationView#withEnglish()}).
 */
public record Explanation(String zh, String en) {

    /** The text in the page's language. */
    public String text(boolean english) { return english ? en : zh; }

    /** This explanation with a sentence appended in each language. */
    Explanation plus(String zhMore, String enMore) { return new Explanation(zh + zhMore, en + enMore); }

    /** Data quoted in an English sentence: “as written”. */
    static String quoted(String data) { return "“" + data + "”"; }
}
