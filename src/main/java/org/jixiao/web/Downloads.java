package org.jixiao.web;

import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download: the name as people read it in {@code filename*} (RFC 6266, UTF-8, which
 * browsers use) and an ASCII name in {@code filename} for clients that read only that one — {@code curl -OJ} saves
 * under it, and a Chinese name would reach it as a row of underscores.
 */
public final class Downloads {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {}

    /** @param asciiName printable ASCII without quotes or backslashes (e.g. {@code scorecard-12-2021.xlsx}) */
    public static String attachment(String asciiName, String name) {
        if (!asciiName.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
            throw new IllegalArgumentException("not a plain ASCII file name: " + asciiName);
        }
        return "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encode(name);
    }

    /** RFC 5987 value-chars: letters, digits and a few marks as they are, every other UTF-8 byte as %XX. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) out.append((char) c);
            else out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
        return out.toString();
    }
}
