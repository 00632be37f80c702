package org.jixiao.publish.export;

/**
 * Keys of the hidden sheet that carries what the printed form has no place for (the form code, the region,
 * the evaluator's grade / completion % / value kind / N/A / 调减 per row), so an export reads back without loss.
 */
final class Metadata {
    static final String SHEET = "jixiao";
    static final String FORM = "form";
    static final String REGION = "region";
    static final String TITLE_ABSENT = "title.absent";
    static final String CURRENCY_ABSENT = "budget.currency.absent";

    private Metadata() {}

    static String row(int index, String field) { return "indicator." + index + "." + field; }
}
