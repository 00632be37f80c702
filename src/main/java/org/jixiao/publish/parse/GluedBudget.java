package org.jixiao.publish.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.scorecard.Budget;
import org.jixiao.scorecard.FundSource;

/**
 * A budget block flattened with no separators ("年度资金总额:1484631.00%其中:中央财政资金10200%"): the glued digits
 * of budget, executed amount and rate are split where executed ÷ budget agrees with the printed rate, and a source
 * row is read the same way. Without a total, a lone printed execution rate is still read.
 */
final class GluedBudget {
    private GluedBudget() {}

    private static final Pattern TOTAL = Pattern.compile("(年度资金总额|年度总金额|资金总额)[:：]?([0-9.]+%)");
    private static final Pattern SOURCE = Pattern.compile("(?:其中[:：]?)?([\\p{IsHan}]{2,8}?(?:资金|拨款|补助))[:：]?([0-9.]+%)");
    private static final Pattern RATE_ONLY = Pattern.compile("执行率(?:\\(%\\))?(?:执行率权重)?(?:执行率得分)?(?:\\(分\\))?[A-Za-z]?([0-9]{1,3}(?:\\.[0-9]+)?)%");

    static Budget read(List<Line> lines, List<ParseWarning> warnings) {
        for (int i = 0; i < lines.size(); i++) {
            // asked of every line of every document (Linyi's 16 KB with no budget): each rule below reads a line with a
            // total's word (总额, 总金额), 预算数 or 执行率, so a line with none of 总, 预, 执 is passed over in three scans
            String raw = lines.get(i).text();
            if (raw.indexOf('总') < 0 && raw.indexOf('预') < 0 && raw.indexOf('执') < 0) continue;
            Line l = overValues(lines, i);
            Verdict v = byColumns(l);
            if (v != null && (v.budget() != null || v.ambiguous())) {
                warnings.addAll(v.said());
                return v.budget(); // where two splits fit, no other rule guesses
            }
            // where the header names the columns, the planned | executed | rate reading of the run does not apply
            Budget b = v != null ? rateWeightScore(l, warnings) : byRate(l, warnings);
            if (b != null) return b;
            if (v != null) warnings.addAll(v.said());
        }
        return null;
    }

    /**
     * The glued header on a line of its own over the glued values (h96, a document site: 项目资金（万元）年初预算数…得分 /
     * 年度资金总额6872.571.08… / 其中：当年财政拨款… / 其他资金——): the lines joined into the one line {@link #byColumns}
     * reads, the header before the total's row and the source rows after it, so that the header's columns split the
     * values as on one line. Line {@code i} as it is when it does not begin with the total's label or the line above
     * does not end in budget column words.
     */
    static Line overValues(List<Line> lines, int i) {
        Line l = lines.get(i);
        // most lines: no total's label, no joining (one scan; the strip's copy only for a line with one)
        if (l.text().indexOf("总额") < 0 && l.text().indexOf("总金额") < 0) return l;
        String s = l.text().strip();
        Matcher m = TOTAL_RUN.matcher(s);
        if (!m.lookingAt()) return l;
        int h = i - 1;
        while (h >= 0 && lines.get(h).blank()) h--;
        if (h < 0) return l;
        String header = lines.get(h).text().strip();
        if (headerBefore(header, header.length()).isEmpty()) return l;
        StringBuilder joined = new StringBuilder(header).append(s);
        for (int j = i + 1; j < lines.size(); j++) {
            if (lines.get(j).blank()) continue;
            String t = lines.get(j).text().strip();
            Matcher r = SOURCE_RUN.matcher(t);
            if (!r.lookingAt() || r.end() != t.length()) break; // a line that is not wholly a source row ends the block
            joined.append(t);
        }
        return new Line(l.no(), joined.toString());
    }

    /** What the header's columns made of a glued total row: its budget, or none (two splits fit: ambiguous), and what was said. */
    record Verdict(Budget budget, boolean ambiguous, List<ParseWarning> said) {}

    /** The figures of two splits or more: none is read. */
    private static final BigDecimal[] AMBIGUOUS = new BigDecimal[0];

    /** The figures of a line split where executed ÷ planned is the printed rate (or weight × rate is the score), or null. */
    private static Budget byRate(Line l, List<ParseWarning> warnings) {
        String raw = l.text();
        if (raw.indexOf('%') < 0) return rateWeightScore(l, warnings);
        if (raw.indexOf('率') < 0 && raw.indexOf('额') < 0) return null; // no glued figures here
        if (raw.indexOf("总额") < 0 && raw.indexOf("总金额") < 0 && raw.indexOf("预算数") < 0) return null; // no total, no rate row
        String t = raw; // glued: the figures touch their label (a spaced row is the line reader's)
        Matcher m = TOTAL.matcher(t);
        if (m.find()) {
            BigDecimal[] v = split(m.group(2));
            if (v == null) return null;
            List<FundSource> sources = new ArrayList<>();
            Matcher s = SOURCE.matcher(t.substring(m.end()));
            while (s.find()) {
                BigDecimal[] x = split(s.group(2));
                if (x != null) sources.add(new FundSource(s.group(1), x[0], x[1], x[2]));
            }
            warnings.add(ParseWarning.of(l.no(), "粘连的预算数按执行率拆分: " + m.group(2), "glued budget figures split by the rate: " + m.group(2)));
            return new Budget("万元", null, v[0], v[1], v[2], sources);
        }
        Matcher r = RATE_ONLY.matcher(t);
        if (t.contains("预算数") && r.find()) {
            warnings.add(ParseWarning.of(l.no(), "只读出执行率: " + r.group(1) + "%", "only the execution rate could be read: " + r.group(1) + "%"));
            return new Budget(null, null, null, null, new BigDecimal(r.group(1)), List.of());
        }
        return null;
    }

    /** The total's label with its figures glued after it (年度资金总额858583.31098%9.8, 年度资金总额8765.42). */
    private static final Pattern TOTAL_RUN = Pattern.compile("(年度资金总额|年度总金额|资金总额)[:：]?([0-9.%—－-]*[0-9][0-9.%—－-]*)");
    /**
     * A source row after it (其中:当年财政拨款858583.3—98%—, 其中:上年结转3230.795.94%), its figures glued to its name; a
     * source without figures is passed.
     */
    private static final Pattern SOURCE_RUN = Pattern.compile("\\G(?:其中[:：]?)?([\\p{IsHan}]{2,8}?(?:资金|拨款|补助|结转)(?!\\p{IsHan}))[:：]?([0-9.%—－-]*)");

    /**
     * A glued budget row read by the columns its header names, glued before the total's label (年初预算数全年预算数全年执行数
     * 分值执行率得分年度资金总额858583.31098%9.8 = 85 | 85 | 83.3 | 10 | 98% | 9.8). A % closes the rate's cell, a dash is an
     * empty cell; a run of digits that spans several columns is split only where the arithmetic holds (executed ÷ planned
     * is the rate; weight × rate is the score, to choose between splits that both keep the rate). Where no column is
     * named (a targets table's 年度资金总额8765.42), one figure is the planned amount and a run is never split. Where two
     * splits fit, or none, the row is said in a warning and not read.
     */
    static Verdict byColumns(Line l) {
        String written = l.text();
        // asked of every line of a table without a budget: a line without the total's word is passed over at once
        if (written.indexOf('总') < 0 || written.indexOf("总额") < 0 && written.indexOf("总金额") < 0) return null;
        // the words compared simplified, place for place (上年結轉資金 the fold kept as written beside a simplified
        // 资金总额, h169): a source's name is given back as written
        String raw = Script.simplified(written);
        List<ParseWarning> warnings = new ArrayList<>();
        Matcher m = TOTAL_RUN.matcher(raw);
        if (!m.find()) return null;
        List<HeaderWords.Column> cols = headerBefore(raw, m.start());
        String before = raw.substring(Math.max(0, m.start() - 60), m.start());
        org.jixiao.measure.Unit currency = before.contains("亿元") ? org.jixiao.measure.Units.HUNDRED_MILLION_YUAN
                : before.contains("万元") ? org.jixiao.measure.Units.TEN_THOUSAND_YUAN
                : before.contains("(元") || before.contains("（元") ? org.jixiao.measure.Units.YUAN : org.jixiao.measure.Units.TEN_THOUSAND_YUAN;
        BigDecimal[] total = figures(m.group(2), cols, currency, null, false, l.no(), warnings);
        if (total == null || total == AMBIGUOUS) return cols.isEmpty() ? null : new Verdict(null, total == AMBIGUOUS, warnings);
        List<FundSource> sources = new ArrayList<>();
        // a source's money is part of the total's: no split of a source row holds more than the larger of its budgets
        BigDecimal cap = total[0] == null ? total[1] : total[1] == null ? total[0] : total[0].max(total[1]);
        // a total read with no year's budget and nothing executed (a 年初 alone) caps nothing: its sources are not read
        boolean sourcesRead = total[1] != null || total[2] != null;
        Matcher s = SOURCE_RUN.matcher(raw);
        s.region(m.end(), raw.length());
        while (sourcesRead && s.find()) {
            // a source row without figures (上年结转资金其他资金) or of dashes only (其他资金——————): nothing to read
            if (s.group(2).chars().noneMatch(c -> Cells.isDigit((char) c))) continue;
            List<ParseWarning> said = new ArrayList<>();
            // a source row printed without a % where the total's rate has one prints no rate (265.5251.64 under
            // 年初|全年|执行|执行率 after 240265.5251.6494.78%): its figures are split under the amounts' columns only
            // (and where the total's row read no rate: 执行率 left empty, or a targets table's block)
            List<HeaderWords.Column> row = cols;
            boolean noRate = m.group(2).indexOf('%') >= 0 ? s.group(2).indexOf('%') < 0 : total[4] == null;
            if (noRate && cols.contains(HeaderWords.Column.RATE)) {
                row = new ArrayList<>(cols);
                row.remove(HeaderWords.Column.RATE);
            }
            boolean rateless = row != cols;
            BigDecimal[] v = rateless ? null : figures(s.group(2), row, currency, cap, false, l.no(), said);
            if (rateless) {
                // no rate to check a split by: the reading with fewer cells first (a source row prints no 年初 more often
                // than it prints one), under every column only where that reads nothing
                List<HeaderWords.Column> fewer = row.contains(HeaderWords.Column.INITIAL) ? row.subList(row.indexOf(HeaderWords.Column.INITIAL) + 1, row.size()) : row;
                // (a run is split by the cap only where the total's row printed an executed amount: a targets table's
                // sources print their budget alone, 397 and not 39 | 7)
                boolean byCap = total[2] != null;
                v = figures(s.group(2), fewer, currency, cap, byCap, l.no(), said);
                if ((v == null || v == AMBIGUOUS) && fewer != row) {
                    said = new ArrayList<>();
                    v = figures(s.group(2), row, currency, cap, byCap, l.no(), said);
                }
            } else if (row.contains(HeaderWords.Column.INITIAL)) {
                // a source row whose 年初 cell is empty (sources often print none): its figures begin at the year's budget —
                // read so where the row split under every column fits no way, several ways, only with a 年初 that is no
                // adjusted budget's start (61 | 5578.6 | 494.0 | 9% against 615 | 578.64 | 94.09%), or with a rate further
                // from executed ÷ planned than the other reading's (428 | 396.47 | 9 | 2.63%, 2.27 computed, against 428 |
                // 396.47 | 92.63%; 1 | 6.81 | 6.8 | 100%, 99.85 computed, against 16.8 | 16.8 | 100%)
                List<ParseWarning> again = new ArrayList<>();
                BigDecimal[] w = figures(s.group(2), row.subList(row.indexOf(HeaderWords.Column.INITIAL) + 1, row.size()), currency, cap, false, l.no(), again);
                boolean read = v != null && v != AMBIGUOUS;
                if (w != null && w != AMBIGUOUS && (!read || v[0] != null && !initialNearPlanned(v) || closerRate(w, v))) {
                    v = w;
                    said = again;
                }
            }
            warnings.addAll(said);
            if (v != null && v != AMBIGUOUS) sources.add(new FundSource(written.substring(s.start(1), s.end(1)), v[1], v[2], v[4]));
        }
        return new Verdict(new Budget("万元", total[0], total[1], total[2], total[4], sources), false, warnings);
    }

    /** The budget columns whose words are glued right before {@code end} (年初预算数全年预算数…得分), in order; empty if none. */
    private static List<HeaderWords.Column> headerBefore(String raw, int end) {
        // back to where the run of header words begins, then read forward as every header is read (longest word first:
        // 执行率得分 read backwards would hide 执行率 | 得分)
        int p = end;
        while (p > 0) {
            int len = wordEndingAt(raw, p);
            if (len == 0) break;
            p -= len;
        }
        if (p == end) return List.of();
        String run = raw.substring(p, end);
        List<HeaderWords.Column> cols = HeaderWords.columns(run, HeaderWords.BUDGET);
        if (cols.contains(HeaderWords.Column.RATE) || !run.contains("执行率")) return cols;
        // 分值执行率得分: with no 执行率 column of its own, 执行率得分 (执行率权重) is the rate's word and the next one's
        List<HeaderWords.Column> out = new ArrayList<>();
        for (int i = 0; i < run.length(); ) {
            HeaderWords.Word w = HeaderWords.at(run, i, HeaderWords.BUDGET);
            if (w == null) { i++; continue; }
            if (w.text().startsWith("执行率") && w.text().length() > 3) {
                out.add(HeaderWords.Column.RATE);
                i += 3;
                continue;
            }
            out.add(w.column());
            i += w.text().length();
        }
        return out;
    }

    /**
     * The length of the budget word ending at {@code p}, or 0: the longest after which the run goes on (another word ends
     * before it, or the line begins), else the longest — 预算执行率权重 is 预算执行率 | 权重, not 预算 | 执行率权重.
     */
    private static int wordEndingAt(String raw, int p) {
        int longest = 0;
        for (HeaderWords.Word w : HeaderWords.BUDGET) {
            int len = w.text().length();
            if (!raw.startsWith(w.text(), p - len)) continue;
            if (longest == 0) longest = len;
            if (p - len == 0 || endsWord(raw, p - len)) return len;
        }
        return longest;
    }

    private static boolean endsWord(String raw, int p) {
        for (HeaderWords.Word w : HeaderWords.BUDGET) if (raw.startsWith(w.text(), p - w.text().length())) return true;
        return false;
    }

    /**
     * {initial, planned, executed, weight, rate, score} of a glued run under {@code cols} (amounts in 万元); {@link #AMBIGUOUS}
     * when two splits fit, null when none does (both said in a warning), or when there is nothing to read. {@code cap}: no
     * amount above it (a source's row, under its total; null for the total's); {@code byCap}: a run split with no rate to
     * check it stands where the cap keeps it (a source row printing no rate).
     */
    private static BigDecimal[] figures(String run, List<HeaderWords.Column> cols, org.jixiao.measure.Unit currency, BigDecimal cap,
            boolean byCap, int line, List<ParseWarning> warnings) {
        // the cells the marks tell apart: {digits, "%"} closes a rate, {"—"} is an empty cell
        List<String[]> cells = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i <= run.length(); i++) {
            char c = i < run.length() ? run.charAt(i) : 0;
            if (Cells.isDigit(c) || c == '.') { digits.append(c); continue; }
            if (!digits.isEmpty()) { cells.add(new String[] {digits.toString(), c == '%' ? "%" : ""}); digits.setLength(0); }
            if ((c == '—' || c == '－' || c == '-') && (i == 0 || run.charAt(i - 1) != c)) cells.add(new String[] {"—", ""}); // —— is one
        }
        if (cols.isEmpty()) {
            // no column named: one figure is the year's planned amount (a targets table); a run of several is no guess
            if (cells.size() != 1 || !cells.get(0)[1].isEmpty() || cells.get(0)[0].equals("—")) return null;
            BigDecimal p = org.jixiao.measure.Units.money(cells.get(0)[0], currency, org.jixiao.measure.Units.TEN_THOUSAND_YUAN).orElse(null);
            return p == null ? null : new BigDecimal[] {null, p, null, null, null, null};
        }
        List<BigDecimal[]> found = new ArrayList<>();
        assign(cells, 0, cols, 0, new String[cols.size()], false, currency, cap, byCap, found);
        // a split whose rate agrees to the place it is printed to stands before those that agree only to the half point
        // every rate is allowed, or have no rate (2400 | 2400 | 100.0% against 2400240 | 0 | 100.0%; 236229.82 is
        // 236 | 22 | 9.82% no more than one number: 9.32 computed)
        if (found.stream().anyMatch(GluedBudget::rateAgreesAsPrinted)) found.removeIf(v -> !rateAgreesAsPrinted(v));
        // and of several, those whose rate is executed ÷ planned rounded to its place (12.5 | 11.05 | 88.4% against
        // 12.51 | 1.058 | 8.4%, 8.457 computed: within one unit of the place, not within half of one)
        if (found.size() > 1 && found.stream().anyMatch(GluedBudget::rateRoundsAsPrinted)) found.removeIf(v -> !rateRoundsAsPrinted(v));
        // weight × rate = score chooses between splits that all keep the rate
        // (a lone split stands without it: a region may score the rate its own way)
        List<BigDecimal[]> kept = found.size() <= 1 ? found : found.stream().filter(GluedBudget::scoreAgrees).toList();
        // and the year's budget is the initial one adjusted, not a tenfold of it (9595 | 92.89 | 7.6 | 8% against
        // 95 | 95 | 92.8 | 97.68%), where that leaves one split of several
        List<BigDecimal[]> pool = kept.isEmpty() ? found : kept;
        List<BigDecimal[]> near = pool.stream().filter(GluedBudget::initialNearPlanned).toList();
        if (pool.size() > 1 && near.size() == 1) kept = near;
        if (kept.size() == 1) {
            BigDecimal[] v = kept.get(0);
            warnings.add(ParseWarning.of(line, "粘连的预算数按表头的列拆分(执行数÷预算数=执行率): " + run + " → " + shown(v),
                    "glued budget figures split by the header's columns (executed ÷ planned = rate): " + run + " → " + shown(v)));
            return v;
        }
        boolean none = found.isEmpty();
        warnings.add(ParseWarning.of(line, (none ? "粘连的预算数无法按表头的列拆分,未读入: " : "粘连的预算数有多种拆分都成立,未读入: ") + run,
                (none ? "glued budget figures that no split by the header's columns places, not read: "
                        : "glued budget figures that split more than one way, not read: ") + run));
        return none ? null : AMBIGUOUS;
    }

    private static String shown(BigDecimal[] v) {
        StringBuilder sb = new StringBuilder();
        String[] names = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int k = 0; k < v.length; k++) if (v[k] != null) sb.append(sb.isEmpty() ? "" : " | ").append(names[k]).append(' ').append(v[k].toPlainString()).append(k == 4 ? "%" : "");
        return sb.toString();
    }

    /**
     * Every assignment of the cells from {@code ci} to the columns from {@code col}: a dash fills one column, a run of
     * digits one or more (split into numbers), a run closed by % ends at the rate's column. Only assignments whose
     * arithmetic holds are kept ({@link #plausible}); a run split in several numbers needs the rate to check it.
     */
    private static void assign(List<String[]> cells, int ci, List<HeaderWords.Column> cols, int col, String[] cur, boolean split,
            org.jixiao.measure.Unit currency, BigDecimal cap, boolean byCap, List<BigDecimal[]> found) {
        if (found.size() > 4) return; // more than one already: ambiguous, however many more
        if (ci == cells.size()) {
            BigDecimal[] v = values(cur, cols, currency);
            if (v != null && plausible(v, split, byCap && cap != null) && within(v, cap)) found.add(v);
            return;
        }
        String[] cell = cells.get(ci);
        if (cell[0].equals("—")) {
            if (col < cols.size()) assign(cells, ci + 1, cols, col + 1, cur, split, currency, cap, byCap, found);
            return;
        }
        int rate = cols.indexOf(HeaderWords.Column.RATE);
        for (int k = 1; col + k <= cols.size(); k++) {
            if (cell[1].equals("%") && col + k - 1 != rate) continue;
            List<String[]> parts = new ArrayList<>();
            splits(cell[0], 0, k, new ArrayList<>(), parts);
            for (String[] p : parts) {
                System.arraycopy(p, 0, cur, col, k);
                assign(cells, ci + 1, cols, col + k, cur, split || k > 1, currency, cap, byCap, found);
                for (int j = col; j < col + k; j++) cur[j] = null;
            }
        }
    }

    /** Every split of {@code d} into {@code k} numbers (no leading zero, no point at either end). */
    private static void splits(String d, int from, int k, List<String> cur, List<String[]> out) {
        if (k == 0) { if (from == d.length()) out.add(cur.toArray(String[]::new)); return; }
        for (int to = from + 1; to <= d.length() - (k - 1); to++) {
            String p = d.substring(from, to);
            if (num(p) == null) continue;
            cur.add(p);
            splits(d, to, k - 1, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    /** The six values {initial, planned, executed, weight, rate, score} of an assignment, amounts in 万元; null if one is unreadable. */
    private static BigDecimal[] values(String[] cur, List<HeaderWords.Column> cols, org.jixiao.measure.Unit currency) {
        BigDecimal[] v = new BigDecimal[6];
        for (int k = 0; k < cols.size(); k++) {
            if (cur[k] == null) continue;
            int at = switch (cols.get(k)) {
                case INITIAL -> 0; case PLANNED -> 1; case EXECUTED -> 2; case WEIGHT -> 3; case RATE -> 4; case SCORE -> 5;
                default -> -1;
            };
            if (at < 0 || v[at] != null) return null;
            v[at] = at <= 2 ? org.jixiao.measure.Units.money(cur[k], currency, org.jixiao.measure.Units.TEN_THOUSAND_YUAN).orElse(null) : num(cur[k]);
            if (v[at] == null) return null;
        }
        return v;
    }

    /**
     * Whether the values can stand together: a rate of at most 200% that executed ÷ planned agrees with, a weight above 0
     * and at most 100, a score no higher than the weight. A run split in several numbers must have had its rate checked.
     */
    private static boolean plausible(BigDecimal[] v, boolean split, boolean capped) {
        BigDecimal planned = v[1], executed = v[2], weight = v[3], rate = v[4], score = v[5];
        if (rate != null && rate.compareTo(new BigDecimal(200)) > 0) return false;
        if (weight != null && (weight.signum() <= 0 || weight.compareTo(new BigDecimal(100)) > 0)) return false;
        if (score != null && score.compareTo(weight != null ? weight : new BigDecimal(100)) > 0) return false;
        boolean checked = checked(v);
        if (planned != null && executed != null && rate != null && !checked) return false;
        // a source row that prints no rate (where the total prints one) is split by the total's cap alone (within): its
        // year's budget and an executed amount above 0 and no more than it both there (1 | 8 | 15.6 is no reading of 1815.6)
        boolean capChecked = capped && planned != null && executed != null && executed.signum() > 0 && executed.compareTo(planned) <= 0;
        // (0 | 0% checks nothing: 24 | 0 | 0 is no reading of 2400)
        return !split || checkedAboveZero(v) || capChecked;
    }

    private static boolean checkedAboveZero(BigDecimal[] v) { return checked(v) && v[4].signum() > 0; }

    /** Whether a's rate is nearer executed ÷ planned than b's (both checked; else false). */
    private static boolean closerRate(BigDecimal[] a, BigDecimal[] b) {
        BigDecimal da = deviation(a), db = deviation(b);
        return da != null && db != null && da.compareTo(db) < 0;
    }

    /** |executed × 100 ÷ planned − rate|, or null when one of them is missing. */
    private static BigDecimal deviation(BigDecimal[] v) {
        BigDecimal planned = v[1], executed = v[2], rate = v[4];
        if (planned == null || executed == null || rate == null || planned.signum() <= 0) return null;
        return executed.multiply(new BigDecimal(100)).divide(planned, 8, java.math.RoundingMode.HALF_UP).subtract(rate).abs();
    }

    /** Whether planned, executed and rate are all there and executed ÷ planned agrees with the rate. */
    private static boolean checked(BigDecimal[] v) {
        BigDecimal planned = v[1], executed = v[2], rate = v[4];
        return planned != null && executed != null && rate != null && planned.signum() > 0 && Cells.rateAgrees(planned, executed, rate);
    }

    /** {@link #rateAgreesAsPrinted} to half a unit of the rate's last printed place: the rate rounded as printed. */
    private static boolean rateRoundsAsPrinted(BigDecimal[] v) {
        BigDecimal d = deviation(v);
        return d != null && v[4].signum() > 0 && d.compareTo(new BigDecimal(5).movePointLeft(v[4].scale() + 1)) <= 0;
    }

    /** Whether none of the amounts {initial, planned, executed} is above {@code cap} (null: no cap). */
    private static boolean within(BigDecimal[] v, BigDecimal cap) {
        if (cap == null) return true;
        for (int k = 0; k <= 2; k++) if (v[k] != null && v[k].compareTo(cap) > 0) return false;
        return true;
    }

    /**
     * Whether executed ÷ planned is a rate above 0 to one unit of the rate's last printed place (97.81% within 0.01
     * point): a rate of 0 agrees as printed with any tiny share.
     */
    private static boolean rateAgreesAsPrinted(BigDecimal[] v) {
        BigDecimal d = deviation(v);
        return d != null && v[4].signum() > 0 && d.compareTo(BigDecimal.ONE.movePointLeft(v[4].scale())) <= 0;
    }


    /** Whether the initial and the year's budget are both printed and within a factor of ten of each other. */
    private static boolean initialNearPlanned(BigDecimal[] v) {
        BigDecimal initial = v[0], planned = v[1];
        return initial != null && planned != null && initial.signum() > 0 && planned.signum() > 0
                && initial.compareTo(planned.multiply(BigDecimal.TEN)) <= 0 && planned.compareTo(initial.multiply(BigDecimal.TEN)) <= 0;
    }

    /** Whether the score is the weight × the rate (at most 100%), to the places the score is printed with. */
    private static boolean scoreAgrees(BigDecimal[] v) {
        BigDecimal weight = v[3], rate = v[4], score = v[5];
        if (weight == null || rate == null || score == null) return false;
        BigDecimal product = weight.multiply(rate.min(new BigDecimal(100))).movePointLeft(2);
        return product.subtract(score).abs().compareTo(new BigDecimal("0.5").movePointLeft(Math.max(0, score.scale()))) <= 0;
    }

    private static final Pattern TOTAL_BARE = Pattern.compile("(年度资金总额|年度总金额|资金总额)[:：]?([0-9.]{2,})");
    private static final Pattern SOURCE_BARE = Pattern.compile("\\G其中[:：]?([\\p{IsHan}]{2,8}?(?:资金|拨款|补助))[:：]?([0-9.]{2,})");

    /**
     * A glued total row of the 部门整体 form whose header prints 执行率权重 and 执行率得分 and no % sign
     * ("年度总金额.32.06.5其中财政拨款.32.06.579.27107.93"): the last three figures of the block (the merged rate, weight
     * and score cells, printed after the last row they cover) are told apart where weight × rate ÷ 100 is the score as
     * printed (10 × 79.27% = 7.93), when exactly one split agrees. The total's amounts are read only when executed ÷
     * planned is that rate; amounts that lost their digits (.32) and source rows are said in a warning, not read.
     */
    static Budget rateWeightScore(Line l, List<ParseWarning> warnings) {
        String raw = l.text();
        int rateWord = raw.indexOf("执行率");
        if (rateWord < 0 || raw.indexOf("权重") < 0 || raw.indexOf("得分") < 0) return null;
        Matcher m = TOTAL_BARE.matcher(raw);
        if (!m.find(rateWord)) return null;
        String total = m.group(2), run = total;
        List<String> sources = new ArrayList<>();
        Matcher s = SOURCE_BARE.matcher(raw);
        s.region(m.end(), raw.length());
        while (s.find()) { sources.add(s.group(1) + " " + s.group(2)); run = s.group(2); }
        BigDecimal[] found = null;
        int head = -1, count = 0;
        for (int c = run.length() - 1; c > 0 && count < 2; c--) {          // the score begins at c
            BigDecimal score = num(run.substring(c));
            if (score == null) continue;
            for (int b = c - 1; b > 0 && count < 2; b--) {               // the weight begins at b
                BigDecimal weight = num(run.substring(b, c));
                if (weight == null || weight.signum() <= 0 || weight.compareTo(new BigDecimal(30)) > 0 || weight.scale() > 0) continue;
                for (int a = b - 1; a >= 0 && count < 2; a--) {          // the rate begins at a
                    BigDecimal rate = num(run.substring(a, b));
                    if (rate == null || rate.compareTo(new BigDecimal(200)) > 0) continue;
                    BigDecimal product = weight.multiply(rate).movePointLeft(2);
                    BigDecimal tolerance = new BigDecimal("0.5").movePointLeft(score.scale());
                    if (product.subtract(score).abs().compareTo(tolerance) > 0) continue;
                    found = new BigDecimal[] {rate, weight, score};
                    head = a;
                    count++;
                }
            }
        }
        if (count != 1) return null;
        BigDecimal rate = found[0];
        String amounts = sources.isEmpty() ? run.substring(0, head) : total;
        BigDecimal[] ab = amounts(amounts, rate);
        String shown = run.substring(head);
        if (ab == null && !amounts.isEmpty()) {
            warnings.add(ParseWarning.of(l.no(), "预算金额无法读出(缺数字),未读入: " + amounts + "; 执行率 | 权重 | 得分 按 权重×执行率=得分 读作: " + shown,
                    "budget amounts unreadable (digits missing), not read: " + amounts + "; rate | weight | score read where weight × rate = score: " + shown));
        } else {
            warnings.add(ParseWarning.of(l.no(), "粘连的预算数按 权重×执行率=得分 拆分: " + m.group(2), "glued budget figures split where weight × rate = score: " + m.group(2)));
        }
        for (String src : sources) {
            warnings.add(ParseWarning.of(l.no(), "资金来源行未读入(金额不全): " + src, "a fund source row not read (amounts incomplete): " + src));
        }
        return new Budget(null, ab == null ? null : ab[0], ab == null ? null : ab[1], ab == null ? null : ab[2], rate, List.of());
    }

    /** {initial, planned, executed} glued in {@code s} (initial may be null), where executed ÷ planned is the rate; null unless one split agrees. */
    private static BigDecimal[] amounts(String s, BigDecimal rate) {
        BigDecimal[] out = null;
        int n = 0;
        for (int i = 1; i < s.length(); i++) {
            BigDecimal p = num(s.substring(0, i)), e = num(s.substring(i));
            if (p != null && e != null && p.signum() > 0 && Cells.rateAgrees(p, e, rate)) { out = new BigDecimal[] {null, p, e}; n++; }
            for (int j = i + 1; j < s.length(); j++) {
                BigDecimal a = num(s.substring(0, i)), p2 = num(s.substring(i, j)), e2 = num(s.substring(j));
                if (a != null && p2 != null && e2 != null && p2.signum() > 0 && Cells.rateAgrees(p2, e2, rate)) { out = new BigDecimal[] {a, p2, e2}; n++; }
            }
        }
        return n == 1 ? out : null;
    }

    /** "10001000100%" → 1000 | 1000 | 100: the split where executed × 100 ÷ budget is the rate (within 0.51). */
    static BigDecimal[] split(String s) {
        if (!s.endsWith("%")) return null;
        String d = s.substring(0, s.length() - 1);
        for (int i = 1; i < d.length() - 1; i++) {
            BigDecimal p = num(d.substring(0, i));
            if (p == null) continue;
            for (int j = i + 1; j < d.length(); j++) {
                BigDecimal e = num(d.substring(i, j)), r = num(d.substring(j));
                if (e == null || r == null || p.signum() == 0 || r.compareTo(new BigDecimal(200)) > 0) continue;
                if (Cells.rateAgrees(p, e, r)) return new BigDecimal[] {p, e, r};
            }
        }
        return null;
    }

    private static BigDecimal num(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.length() > 1 && s.charAt(0) == '0' && s.charAt(1) != '.') return null;
        try { return new BigDecimal(s); } catch (NumberFormatException e) { return null; }
    }
}
