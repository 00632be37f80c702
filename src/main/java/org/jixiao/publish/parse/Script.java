package org.jixiao.publish.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 1a: a table a mirror site converted to traditional characters, with pinyin inserted after some of them
 * ({@code 項(xiàng)目}), is read through a folded copy (项目) so that the vocabulary matches; every text the reader keeps
 * is then unfolded back to the characters as written, by the place it was read from. The fold is decided by place:
 * only the lines written in traditional script (holding a traditional character of the vocabulary) are folded, so a
 * traditional table among simplified ones is found with its title, and the simplified tables stay as written. A
 * character annotated with two different pinyin is left as it is (the vocabulary then does not match there, nothing is
 * lost); a character annotated only some of the times it occurs is folded everywhere.
 */
final class Script {

    /** Traditional → simplified for the characters of the vocabulary (headers, levels, budget words, units). */
    private static final String TRAD = "項產數質時經濟會態續響滿級標績額資總財撥實際單門計類釋評備註說現預執業農轉區體價職責"
            + "與報對務達結餘結構調別屬稱來長設進費開發聯繫電話負擔營運維護條檢測導驗審査個萬億於為從內與後臺"
            + "號這種樣點歲療醫務銷學師員補貼劃規節約環護項減輕確億幣廳縣鄉鎮補庫決覈統輸齣齊準類"
            + "戶畝噸處場張輛筆鐘週頁" // units: ≥300戶 unfolded was no quantity, and the row's cells shifted
            + "況" // 實際完成情況: the goal's header words were not read as headers, and stood in its text
            + "碼" // 主管部門及代碼 (001): the label was not read, and the 主管部门 with it
            + "強擴穩濃顯壯"; // trend words (持續增強, 持續擴大, 總體穩定, 逐步濃厚, 影響明顯): a glued word target is told by its words
    private static final String SIMP = "项产数质时经济会态续响满级标绩额资总财拨实际单门计类释评备注说现预执业农转区体价职责"
            + "与报对务达结余结构调别属称来长设进费开发联系电话负担营运维护条检测导验审查个万亿于为从内与后台"
            + "号这种样点岁疗医务销学师员补贴划规节约环护项减轻确亿币厅县乡镇补库决核统输出齐准类"
            + "户亩吨处场张辆笔钟周页"
            + "况"
            + "码"
            + "强扩稳浓显壮";
    private static final Map<Character, Character> TO_SIMPLE = new HashMap<>();
    static {
        for (int i = 0; i < Math.min(TRAD.length(), SIMP.length()); i++) TO_SIMPLE.putIfAbsent(TRAD.charAt(i), SIMP.charAt(i));
    }

    /**
     * The folded text and where each of its characters was written: {@link #unfold} gives a kept text back by the place
     * it was read from, never by a table of characters (a character folded in one table may be written simplified in the
     * next). {@code pieces}: the folded text in runs, each from {@code foldedAt[j]}, written from {@code writtenAt[j]},
     * char by char ({@code map[j]}: where each was written) or, null, as it stands (a line not folded).
     */
    static final class Folded {
        private final String written, text;
        private final List<ParseWarning> notes;
        /** A bit per character that some fold wrote: a kept text with none of them is given back at once. */
        private final long[] marks;
        private final int[] foldedAt, writtenAt;
        private final int[][] map;
        private int[] lineStarts; // folded offset of each line (TextParser's numbering): given by the fold, else when first asked

        private Folded(String written, String text, List<ParseWarning> notes, long[] marks, int[] foldedAt, int[] writtenAt, int[][] map,
                int[] lineStarts) {
            this.lineStarts = lineStarts;
            this.written = written;
            this.text = text;
            this.notes = notes;
            this.marks = marks;
            this.foldedAt = foldedAt;
            this.writtenAt = writtenAt;
            this.map = map;
        }

        private static Folded none(String text) { return new Folded(text, text, List.of(), null, null, null, null, null); }

        String text() { return text; }

        List<ParseWarning> notes() { return notes; }

        /** Whether any character was folded (else every text is given back as it is). */
        boolean any() { return marks != null; }

        /** s as written, looked for in the whole document. */
        String unfold(String s) { return unfold(s, 1, Integer.MAX_VALUE); }

        /**
         * s as written, read from lines {@code fromLine}..{@code toLine} (1-based, inclusive: the table's own lines): found
         * there as a whole, else by its longest runs there, else the same in the whole document; a character found nowhere
         * in the folded text was never folded and stays as it is.
         */
        String unfold(String s, int fromLine, int toLine) {
            return in(fromLine, toLine).apply(s);
        }

        /**
         * {@link #unfold(String, int, int)} for the texts read from lines {@code fromLine}..{@code toLine} (a table's): where
         * the lines stand in the folded text, and whether they were copied as written, found once for all its texts.
         */
        java.util.function.UnaryOperator<String> in(int fromLine, int toLine) {
            if (marks == null) return s -> s;
            int from = lineStart(fromLine), to = lineStart(toLine + 1);
            boolean part = from > 0 || to < text.length(), asWritten = part && asWritten(from, to);
            return s -> {
                if (s == null || !marked(s)) return s;
                String back = !part ? null : asWritten ? allIn(s, from, to) : at(s, from, to);
                return back != null ? back : inWhole(s);
            };
        }

        /** Whether s holds a character some fold wrote (nearly every kept text holds none: given back after one scan). */
        private boolean marked(String s) {
            for (int i = 0; i < s.length(); i++) if ((marks[s.charAt(i) >>> 6] & 1L << s.charAt(i)) != 0) return true;
            return false;
        }

        /**
         * Texts as found in the whole document ({@link #at} over all of it), kept: a table's title, read from the line
         * above the table's own lines, is asked for there once for each time it is unfolded, in every table.
         */
        private java.util.Map<String, String> inWhole;

        private String inWhole(String s) {
            if (inWhole == null) inWhole = new HashMap<>();
            return inWhole.computeIfAbsent(s, k -> at(k, 0, text.length()));
        }

        String written() { return written; }

        /** Folded offset where line {@code no} begins (lines end at "\r\n", "\r" or "\n", as TextParser.lines cuts them). */
        private int lineStart(int no) {
            if (no <= 1) return 0;
            if (lineStarts == null) {
                int[] starts = new int[16];
                int count = 1;
                boolean cr = text.indexOf('\r') >= 0; // most texts have none: their lines are found by indexOf
                for (int i = cr ? 0 : text.indexOf('\n'); i >= 0 && i < text.length(); i = cr ? i + 1 : text.indexOf('\n', i + 1)) {
                    char c = text.charAt(i);
                    if (c != '\n' && c != '\r') continue;
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                    if (count == starts.length) starts = java.util.Arrays.copyOf(starts, count * 2);
                    starts[count++] = i + 1;
                }
                lineStarts = java.util.Arrays.copyOf(starts, count);
            }
            return no - 1 < lineStarts.length ? lineStarts[no - 1] : text.length();
        }

        /**
         * Whether folded text [from, to) is one run copied as written (no line of it folded): there {@link #at} gives s
         * back itself when every character of s stands in the run, else null, so no search is needed (a simplified table
         * beside a folded one: most of its texts hold a character some fold wrote).
         */
        private boolean asWritten(int from, int to) {
            int j = java.util.Arrays.binarySearch(foldedAt, from);
            if (j < 0) j = -j - 2;
            return j >= 0 && map[j] == null && to <= (j + 1 < foldedAt.length ? foldedAt[j + 1] : text.length());
        }

        private int charsFrom = -1, charsTo = -1; // the range whose characters stand in chars
        private long[] chars;

        /** at(s, from, to) for a range copied as written: s when each of its characters stands there, else null. */
        private String allIn(String s, int from, int to) {
            if (from != charsFrom || to != charsTo) {
                if (chars == null) chars = new long[0x10000 / 64];
                for (int i = charsFrom; i >= 0 && i < charsTo; i++) chars[text.charAt(i) >>> 6] = 0;
                for (int i = from; i < to; i++) chars[text.charAt(i) >>> 6] |= 1L << text.charAt(i);
                charsFrom = from;
                charsTo = to;
            }
            for (int i = 0; i < s.length(); i++) if ((chars[s.charAt(i) >>> 6] & 1L << s.charAt(i)) == 0) return null;
            return s;
        }

        /**
         * s as written from the folded text between from and to: s as a whole, else its longest runs in turn (each from its
         * first place); null: a character of s is not there. ScriptUnfoldTest holds it equal to the plain search.
         */
        String at(String s, int from, int to) {
            if (asWritten(from, to)) return allIn(s, from, to);
            int p = find(s, from, to);
            if (p >= 0) return written.substring(where(p), where(p + s.length()));
            StringBuilder sb = new StringBuilder(s.length() + 8);
            int i = 0;
            while (i < s.length()) {
                int q = find(s.charAt(i), from, to), end = i + 1;
                if (q < 0) {
                    if (from > 0 || to < text.length()) return null; // not in these lines: looked for in the whole document
                    sb.append(s.charAt(i)); // in no line: never folded, as it stands
                    i++;
                    continue;
                }
                // the run grown a character at a time, each time from its first place: a longer run cannot stand before
                // the shorter one it begins with, so the search goes on from q, and it is over at once where q goes on alike
                for (int r; end < s.length() && (r = longer(s, i, end, q, to)) >= 0; end++) q = r;
                sb.append(written, where(q), where(q + end - i));
                i = end;
            }
            return sb.toString();
        }

        /** First place of s[i, end] within [q, to), s[i, end) standing first at q. */
        private int longer(String s, int i, int end, int q, int to) {
            int next = q + end - i;
            if (next < Math.min(to, text.length()) && text.charAt(next) == s.charAt(end)) return q;
            return find(s.substring(i, end + 1), q + 1, to);
        }

        private int find(char c, int from, int to) {
            int end = Math.min(to, text.length());
            return from > end ? -1 : text.indexOf(c, from, end);
        }

        /** First place of s wholly within [from, to): the search stops at {@code to} (a table's lines), not at the document's end. */
        private int find(String s, int from, int to) {
            int end = Math.min(to, text.length());
            return from > end ? -1 : text.indexOf(s, from, end);
        }

        /** Where folded character p was written (p = the folded length: the written length). */
        int where(int p) {
            if (p >= text.length()) return written.length();
            int j = java.util.Arrays.binarySearch(foldedAt, p);
            if (j < 0) j = -j - 2;
            return map[j] == null ? writtenAt[j] + p - foldedAt[j] : map[j][p - foldedAt[j]];
        }
    }

    private Script() {}

    /** A bit per traditional character of the vocabulary (8 KB, asked at every character of every document). */
    private static final long[] TRAD_BITS = new long[0x10000 / 64];
    /** A bit per simplified form of a traditional character of the vocabulary: the only characters a fold asks inRegion of. */
    private static final long[] SIMPLE_BITS = new long[0x10000 / 64];
    /** TO_SIMPLE by character (0: none). */
    private static final char[] SIMPLE_OF = new char[0x10000];
    static {
        for (var e : TO_SIMPLE.entrySet()) {
            TRAD_BITS[e.getKey() >>> 6] |= 1L << e.getKey();
            SIMPLE_OF[e.getKey()] = e.getValue();
            SIMPLE_BITS[e.getValue() >>> 6] |= 1L << e.getValue();
        }
    }

    private static boolean trad(char c) { return (TRAD_BITS[c >>> 6] & 1L << c) != 0; }

    /**
     * s with the traditional characters of the vocabulary simplified, place for place (its indexes are s's), or s itself
     * when it holds none: for comparing a word the document's fold kept as written (其他資金 beside a simplified 资金总额).
     */
    static String simplified(String s) {
        int i = 0, n = s.length();
        while (i < n && !trad(s.charAt(i))) i++;
        if (i == n) return s;
        char[] out = s.toCharArray();
        for (; i < n; i++) if (trad(out[i])) out[i] = SIMPLE_OF[out[i]];
        return new String(out);
    }

    /**
     * The text with its traditional places folded. Folded by place: the document is cut into regions at its title lines
     * (a line that reads as a table's title once folded on its own; each title line is a region of its own), and in each
     * region a traditional character of the vocabulary is folded only where its simplified form stands nowhere among
     * that region's traditional lines (from its first line holding something to fold to its last) — so a traditional
     * table among simplified ones is found by its title and read folded, an untitled one beside a simplified page folds
     * as when alone (the page's header below it, 示范项目, no longer keeps its 項 as written), the simplified tables stay
     * as written, and among the traditional lines every folded character was written one way only. Pinyin annotations are
     * judged over the whole document (three at least, and a character always annotated alike: one annotated two ways is
     * left as written) and taken out where they stand.
     */
    static Folded fold(String text) {
        // the places that may hold something to fold, in one pass: a traditional character of the vocabulary, or "(pinyin)"
        // after a character (none: the text as it is, nearly every document); the lines are then told by these places alone
        int[] places = null;
        int count = 0; // (a traditional table holds hundreds)
        char[] chars = text.toCharArray(); // (scanned as an array: twice as fast as charAt; a fold then writes over it)
        for (int i = 0, n = chars.length; i < n; i++) {
            char c = chars[i];
            if (trad(c) || c == '(' && i > 0 && isHan(chars[i - 1]) && pinyinEnd(text, i) > 0) {
                if (places == null) places = new int[256];
                else if (count == places.length) places = grow(places);
                places[count++] = i;
            }
        }
        if (count == 0) return Folded.none(text);
        Scratch scratch = SCRATCH.get();
        StringBuilder annotatedChars = new StringBuilder(); // characters whose pinyin was written down (to clear)
        try {
            return slowFold(text, chars, places, count, scratch, annotatedChars);
        } finally {
            for (int x = 0; x < annotatedChars.length(); x++) scratch.pinyin[annotatedChars.charAt(x)] = null;
        }
    }

    /** The pinyin written after each character ("\u0000": two different ones), kept per thread and cleared after each use. */
    private static final class Scratch {
        final String[] pinyin = new String[0x10000];
        /**
         * The simplified forms of the vocabulary standing among the traditional lines of the region being folded (the only
         * characters asked; cleared after the region, by {@code marked}).
         */
        final boolean[] inRegion = new boolean[0x10000];
        final StringBuilder marked = new StringBuilder();
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final String TWO_READINGS = "\u0000";

    /**
     * The document's lines as the fold sees them: where each begins, which hold something to fold, and which are titles
     * (cutting the regions) — a title asked only of the lines about a region with something to fold (a document's other
     * tables need none: reading a title costs a pattern match), and only of a line holding 表 (every title word ends so).
     */
    private static final class Layout {
        final String text;
        final String[] pinyin;
        int[] starts;
        boolean[] toFold, table;
        /** Per line: 0 not asked yet, 1 a title, 2 not one. */
        byte[] title;
        int count;

        Layout(String text, String[] pinyin) {
            this.text = text;
            this.pinyin = pinyin;
            int lines = Math.max(64, text.length() / 8); // (a one-cell-per-line copy: a line of a few characters)
            starts = new int[lines];
            toFold = new boolean[lines];
            table = new boolean[lines];
        }

        /** End of line l (its '\n' excluded). */
        int end(int l) { return l + 1 < count ? starts[l + 1] - 1 : text.length(); }

        /** Whether line l reads as TextParser reads titles, folded on its own when it holds something to fold. */
        boolean title(int l) {
            if (title[l] == 0) {
                int s = starts[l], e = end(l);
                title[l] = (byte) (table[l] && TextParser.title(toFold[l] ? foldAlone(text, s, e, pinyin) : text.substring(s, e)) != null ? 1 : 2);
            }
            return title[l] == 1;
        }
    }

    /**
     * The folded text being written over a copy of the text: it is never longer than the text read so far (annotations
     * are only taken out), so nothing is written over a character before it is read.
     */
    private static final class Out {
        final char[] chars;
        int length;

        Out(char[] chars) { this.chars = chars; }

        /** The text's [from, to), as it stands. */
        void copy(int from, int to) {
            if (from != length) System.arraycopy(chars, from, chars, length, to - from);
            length += to - from;
        }
    }

    /**
     * Folds text ({@code chars}: a copy of it to write over); {@code places[0, count)}: in order, every place that may hold
     * something to fold (no other can).
     */
    private static Folded slowFold(String text, char[] chars, int[] places, int count, Scratch scratch, StringBuilder annotatedChars) {
        String[] pinyinOf = scratch.pinyin;
        int n = text.length();
        // 1. the annotations, over the whole document: which characters carry pinyin, and always the same?
        int annotations = 0;
        for (int i = text.indexOf('('); i > 0; i = text.indexOf('(', i + 1)) {
            char c = text.charAt(i - 1);
            int end = isHan(c) ? pinyinEnd(text, i) : -1;
            if (end < 0) continue;
            String before = pinyinOf[c];
            if (before == null) { pinyinOf[c] = text.substring(i, end); annotatedChars.append(c); }
            else if (before != TWO_READINGS && !(before.length() == end - i && text.startsWith(before, i))) pinyinOf[c] = TWO_READINGS;
            annotations++;
        }
        boolean anyPinyin = annotations >= 3; // one "(a)" after a character is not a mirror's annotation
        String[] pinyin = anyPinyin ? pinyinOf : null;
        // 2. the lines: where each begins, which hold something to fold, which may be titles
        Layout layout = new Layout(text, pinyin);
        int lines = 0, nextTable = text.indexOf('表'), place = 0;
        for (int s = 0; s <= n; ) {
            int e = text.indexOf('\n', s);
            if (e < 0) e = n;
            if (lines == layout.starts.length) {
                layout.starts = grow(layout.starts);
                layout.toFold = java.util.Arrays.copyOf(layout.toFold, lines * 2);
                layout.table = java.util.Arrays.copyOf(layout.table, lines * 2);
            }
            boolean fold = false;
            while (place < count && places[place] < s) place++;
            for (int q = place; q < count && places[q] < e && !fold; q++) {
                int i = places[q];
                char c = text.charAt(i);
                // (a "(" among the places opens an annotation: fold found its end)
                fold = trad(c) || pinyin != null && c == '(' && i > s && pinyin[text.charAt(i - 1)] != null
                        && pinyin[text.charAt(i - 1)] != TWO_READINGS;
            }
            if (nextTable >= 0 && nextTable < s) nextTable = text.indexOf('表', s); // every title word ends with 表
            layout.starts[lines] = s;
            layout.toFold[lines] = fold;
            layout.table[lines] = nextTable >= 0 && nextTable < e;
            lines++;
            s = e + 1;
        }
        layout.count = lines;
        layout.title = new byte[lines];
        boolean[] toFold = layout.toFold;
        int[] starts = layout.starts;
        // 3. region by region (a title line, or the lines between two): fold where the region holds something to fold
        Out out = null;
        List<ParseWarning> notes = new ArrayList<>();
        long[] marks = new long[0x10000 / 64];
        int[] foldedAt = new int[8], writtenAt = new int[8];
        int[][] maps = new int[8][];
        int pieces = 0, copiedFrom = 0; // lines not folded are copied in one run, from copiedFrom
        boolean[] inRegion = scratch.inRegion;
        int done = 0; // the regions before this line are folded (it begins a region)
        for (int l = next(toFold, 0, lines); l < lines; l = next(toFold, done, lines)) {
            // the region of line l: itself when a title, else the lines between the titles about it
            int r = l, rEnd = l + 1;
            if (!layout.title(l)) {
                while (r > done && !layout.title(r - 1)) r--;
                while (rEnd < lines && !layout.title(rEnd)) rEnd++;
            }
            // the simplified forms written among the traditional lines (from the region's first line to fold to its last,
            // with the simplified header words between them): a simplified page above or below them (a table pasted under
            // an untitled traditional one, with its page's header) does not keep the traditional lines as written
            int first = r, last = rEnd - 1;
            // under a traditional title the table's own lines begin at once (its simplified labels, 实施单位, count)
            boolean underTraditionalTitle = r > 0 && toFold[r - 1] && layout.title(r - 1);
            while (!underTraditionalTitle && !toFold[first]) first++;
            while (!toFold[last]) last--;
            StringBuilder marked = scratch.marked;
            for (int i = starts[first], markTo = layout.end(last); i < markTo; i++) {
                char c = text.charAt(i);
                if ((SIMPLE_BITS[c >>> 6] & 1L << c) != 0 && !inRegion[c]) { inRegion[c] = true; marked.append(c); }
            }
            try {
                for (int k = r; k < rEnd; k++) {
                    if (!toFold[k]) continue;
                    int s = starts[k], e = layout.end(k);
                    if (out == null) out = new Out(chars);
                    if (pieces + 2 > foldedAt.length) { foldedAt = grow(foldedAt); writtenAt = grow(writtenAt); maps = java.util.Arrays.copyOf(maps, maps.length * 2); }
                    if (copiedFrom < s) { // the lines before, as they stand
                        foldedAt[pieces] = out.length; writtenAt[pieces] = copiedFrom; maps[pieces++] = null;
                        out.copy(copiedFrom, s);
                    }
                    foldedAt[pieces] = out.length; writtenAt[pieces] = s;
                    int[] map = new int[e - s];
                    int changed = foldLine(text, s, e, out, map, pinyin, inRegion, marks);
                    maps[pieces] = java.util.Arrays.copyOf(map, out.length - foldedAt[pieces]); // (annotations taken out: shorter)
                    pieces++;
                    if (changed > 0) notes.add(note(k + 1, changed));
                    copiedFrom = e;
                }
            } finally {
                for (int i = 0; i < marked.length(); i++) inRegion[marked.charAt(i)] = false;
                marked.setLength(0);
            }
            done = rEnd;
        }
        if (out == null || notes.isEmpty()) return Folded.none(text);
        if (copiedFrom < n) {
            if (pieces == foldedAt.length) { foldedAt = grow(foldedAt); writtenAt = grow(writtenAt); maps = java.util.Arrays.copyOf(maps, pieces * 2); }
            foldedAt[pieces] = out.length; writtenAt[pieces] = copiedFrom; maps[pieces++] = null;
            out.copy(copiedFrom, n);
        }
        // where each line begins in the folded text, from where it begins as written (the fold found the lines; a text
        // without '\r' numbers its lines as TextParser does): the unfold asks it of every table, and finding the lines
        // again cost a scan per line. A line begins in a run copied as written, or is the first character of a folded line.
        int[] lineStarts = null;
        if (text.indexOf('\r') < 0) {
            lineStarts = new int[lines];
            for (int l = 0, j = 0; l < lines; l++) {
                while (j + 1 < pieces && writtenAt[j + 1] <= starts[l]) j++;
                lineStarts[l] = foldedAt[j] + starts[l] - writtenAt[j];
            }
        }
        return new Folded(text, new String(out.chars, 0, out.length), notes, marks, java.util.Arrays.copyOf(foldedAt, pieces),
                java.util.Arrays.copyOf(writtenAt, pieces), java.util.Arrays.copyOf(maps, pieces), lineStarts);
    }

    /** The first line from {@code from} holding something to fold ({@code lines}: none). */
    private static int next(boolean[] toFold, int from, int lines) {
        while (from < lines && !toFold[from]) from++;
        return from;
    }

    /** text[s, e) folded on its own (a traditional character folded unless its simplified form stands in it), for reading a title. */
    private static String foldAlone(String text, int s, int e, String[] pinyin) {
        String line = text.substring(s, e);
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            String p = pinyin == null ? null : pinyin[c];
            if (p == TWO_READINGS) { sb.append(c); continue; }
            char simple = SIMPLE_OF[c];
            sb.append(simple != 0 && line.indexOf(simple) < 0 ? simple : c);
            int end = p != null && i + 1 < e && text.charAt(i + 1) == '(' ? pinyinEnd(text, i + 1) : -1;
            if (end > 0 && end <= e) i = end - 1;
        }
        return sb.toString();
    }

    private static int[] grow(int[] a) { return java.util.Arrays.copyOf(a, a.length * 2); }

    /**
     * Folds text[s, e) into out, map[k] = where the k-th character written out stood; the number of characters changed.
     * A traditional character is left as it is when its simplified form stands among its region's traditional lines
     * ({@code inRegion}); a
     * character annotated two ways (TWO_READINGS) is left as written, with its annotations.
     */
    private static int foldLine(String text, int s, int e, Out out, int[] map, String[] pinyinOf, boolean[] inRegion, long[] marks) {
        int changed = 0, k = 0;
        char[] chars = out.chars;
        int at = out.length;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            String p = pinyinOf == null ? null : pinyinOf[c];
            map[k++] = i;
            if (p == TWO_READINGS) { chars[at++] = c; continue; }
            char simple = SIMPLE_OF[c];
            char to = simple != 0 && !inRegion[simple] ? simple : c;
            int end = p != null && i + 1 < e && text.charAt(i + 1) == '(' ? pinyinEnd(text, i + 1) : -1;
            if (end > e) end = -1;
            chars[at++] = to;
            if (to != c || end > 0) {
                changed++;
                marks[to >>> 6] |= 1L << to;
            }
            if (end > 0) i = end - 1; // the annotation written after it
        }
        out.length = at;
        return changed;
    }

    private static ParseWarning note(int line, int n) {
        return ParseWarning.of(line, n < NOTES ? NOTE_ZH[n] : noteZh(n), n < NOTES ? NOTE_EN[n] : noteEn(n));
    }

    /** The words of a note for each count below NOTES, written once (a traditional table has a note on every line). */
    private static final int NOTES = 64;
    private static final String[] NOTE_ZH = new String[NOTES], NOTE_EN = new String[NOTES];
    static {
        for (int n = 0; n < NOTES; n++) { NOTE_ZH[n] = noteZh(n); NOTE_EN[n] = noteEn(n); }
    }

    private static String noteZh(int n) { return "繁体字或拼音注音按简体读取(" + n + "处),输出保留原文"; }

    private static String noteEn(int n) { return "traditional characters or pinyin read as simplified (" + n + "), output keeps the text as written"; }

    /**
     * A piece of text the document stops in, read as the simplified words it may begin: traditional characters of the
     * vocabulary simplified and an annotation cut before its ")" left out ("生態(t" → "生态"). For comparing only.
     */
    static String cutPrefix(String s) {
        // asked of many cells of every table: one with no traditional character and no "(" is itself (nearly all)
        int n = s.length(), i0 = 0;
        while (i0 < n && s.charAt(i0) != '(' && !trad(s.charAt(i0))) i0++;
        if (i0 == n) return s;
        int end = s.length();
        int open = s.lastIndexOf('(');
        if (open > 0 && isHan(s.charAt(open - 1))) {
            boolean pinyin = true;
            for (int j = open + 1; j < end && pinyin; j++) pinyin = isPinyin(s.charAt(j));
            if (pinyin) end = open;
        }
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            int close = pinyinEnd(s, i);
            if (close > 0 && i > 0 && isHan(s.charAt(i - 1)) && close <= end) { i = close - 1; continue; } // a whole annotation
            Character simple = TO_SIMPLE.get(c);
            sb.append(simple == null ? c : simple.charValue());
        }
        return sb.toString();
    }

    /** End (exclusive) of a "(pinyin)" annotation starting at i, or -1. */
    private static int pinyinEnd(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '(') return -1;
        int j = i + 1;
        while (j < s.length() && j - i <= 8 && isPinyin(s.charAt(j))) j++;
        return j > i + 1 && j < s.length() && s.charAt(j) == ')' ? j + 1 : -1;
    }

    /** The letters of pinyin (a–z and the toned vowels) as a set: asked at every letter of every annotation. */
    private static final long[] PINYIN = Vocabulary.charSet("abcdefghijklmnopqrstuvwxyz" + "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü");

    private static boolean isPinyin(char c) {
        return Vocabulary.in(PINYIN, c);
    }

    static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF;
    }
}
