package org.jixiao.kernel;

/** Checks on text that arrives from outside (JSON may carry "\ud800" escapes that no valid text contains). */
public final class TextChecks {
    private TextChecks() {}

    /** Whether the string holds a surrogate that is not half of a pair (PostgreSQL would store it as "?"). */
    public static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
                else return true;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A name as people type it: not blank, at most {@code max} characters, no control character, no broken one. */
    public static Violation nameProblem(String field, String value, int max) {
        if (value == null || value.isBlank()) return new Violation(field, "名称不能为空", "a name is required");
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return new Violation(field, "名称中不能有控制字符（含换行）", "a name cannot contain control characters (line breaks included)");
        }
        if (hasLoneSurrogate(value)) {
            return new Violation(field, "含有残缺的字符（不成对的代理项）", "contains a broken character (an unpaired surrogate)");
        }
        if (value.length() > max) {
            return new Violation(field, "名称过长（最多" + max + "字）", "name too long (at most " + max + " characters)");
        }
        return null;
    }

    /** A free text (a comment, a reason): at most {@code max} characters, line breaks allowed. */
    public static Violation textProblem(String field, String value, int max) {
        if (value == null) return null;
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return new Violation(field, "含有无效的控制字符", "contains an invalid control character");
        }
        if (hasLoneSurrogate(value)) {
            return new Violation(field, "含有残缺的字符（不成对的代理项）", "contains a broken character (an unpaired surrogate)");
        }
        if (value.length() > max) {
            return new Violation(field, "文字过长（最多" + max + "字）", "text too long (at most " + max + " characters)");
        }
        return null;
    }
}
