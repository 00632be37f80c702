package org.jixiao.rollup.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The indicator table as an SVG line chart: years on the x axis, one line per org, values that are not numbers
 * (or in another unit) left out of the line. Plain SVG with escaped labels, so it can be served or embedded as is.
 */
public final class ComparisonChart {
    private static final int W = 720, H = 400, LEFT = 60, RIGHT = 180, TOP = 40, BOTTOM = 40;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    private ComparisonChart() {}

    public static String svg(IndicatorTable t) {
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        b.append("<title>").append(esc(t.indicator())).append("</title>\n");
        b.append("<text x=\"").append(LEFT).append("\" y=\"20\" font-size=\"14\">").append(esc(t.indicator()))
                .append(t.unitSymbol() == null || t.unitSymbol().isEmpty() ? "" : "（" + esc(t.unitSymbol()) + "）").append("</text>\n");
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (IndicatorTable.Row r : t.rows()) {
            for (IndicatorTable.Cell c : r.cells()) {
                if (plotted(c, t)) { min = Math.min(min, c.amount().doubleValue()); max = Math.max(max, c.amount().doubleValue()); }
            }
        }
        if (min == Double.MAX_VALUE) { min = 0; max = 1; }
        if (max == min) { max = max + 1; min = min - 1; }
        int plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + plotH).append("\" x2=\"").append(LEFT + plotW)
                .append("\" y2=\"").append(TOP + plotH).append("\" stroke=\"#333\"/>\n");
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(TOP + plotH).append("\" stroke=\"#333\"/>\n");
        for (int k = 0; k <= 4; k++) {
            double v = min + (max - min) * k / 4;
            double y = TOP + plotH - plotH * (v - min) / (max - min);
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4, num(v)));
        }
        List<Integer> years = t.years();
        for (int i = 0; i < years.size(); i++) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x(i, years.size(), plotW), TOP + plotH + 18, years.get(i)));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            IndicatorTable.Row row = t.rows().get(r);
            String colour = COLOURS[r % COLOURS.length];
            StringBuilder points = new StringBuilder();
            int plottedPoints = 0;
            for (int i = 0; i < row.cells().size(); i++) {
                IndicatorTable.Cell c = row.cells().get(i);
                if (!plotted(c, t)) continue;
                double y = TOP + plotH - plotH * (c.amount().doubleValue() - min) / (max - min);
                double x = x(i, years.size(), plotW);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                plottedPoints++;
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %d: %s</title></circle>%n",
                        x, y, colour, esc(row.org()), c.year(), esc(c.actual())));
            }
            if (plottedPoints > 1) { // a single year is a dot, not a line
                b.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                        .append(points.toString().strip()).append("\"/>\n");
            }
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n",
                    LEFT + plotW + 12, TOP + 14 + 16 * r, colour, esc(row.org())));
        }
        return b.append("</svg>\n").toString();
    }

    private static boolean plotted(IndicatorTable.Cell c, IndicatorTable t) {
        return c != null && c.amount() != null && java.util.Objects.equals(c.unit(), t.unitSymbol());
    }

    private static double x(int i, int n, int plotW) { return LEFT + (n == 1 ? plotW / 2.0 : plotW * (i + 0.5) / n); }

    private static String num(double v) {
        return new BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
