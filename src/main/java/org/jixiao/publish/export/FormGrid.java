package org.jixiao.publish.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The official form as a grid of (possibly merged) cells, independent of the output format.
 * Column 0 holds the block labels (项目资金, 年度总体目标, 绩效指标, 说明) as on the printed forms.
 */
final class FormGrid {

    enum Style { TITLE, SUBTITLE, LABEL, HEADER, TEXT, MONEY, PERCENT, NUMBER, NOTE }

    /** One cell; {@code value} is a String, a BigDecimal, or null. */
    record Cell(int row, int col, int rowSpan, int colSpan, Object value, Style style) {
        String text() {
            if (value == null) return "";
            if (value instanceof java.math.BigDecimal d) {
                return switch (style) {
                    case MONEY -> d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
                    case PERCENT -> d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
                    default -> d.stripTrailingZeros().toPlainString();
                };
            }
            return value.toString();
        }
    }

    final int columns;
    final List<Cell> cells = new ArrayList<>();
    final List<Integer> widths;
    int rows;
    /** The row of the indicator table's column headings (repeated on every printed page), -1 when none. */
    int headerRow = -1;
    /** The number of indicator rows below {@link #headerRow}. */
    int indicatorRows;

    FormGrid(List<Integer> widths) {
        this.widths = List.copyOf(widths);
        this.columns = widths.size();
    }

    void put(int row, int col, int rowSpan, int colSpan, Object value, Style style) {
        cells.add(new Cell(row, col, rowSpan, colSpan, value, style));
        rows = Math.max(rows, row + rowSpan);
    }

    /** A cell from {@code col} to the last column. */
    void putToEnd(int row, int col, Object value, Style style) {
        put(row, col, 1, columns - col, value, style);
    }
}
