package org.jixiao.kernel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text saved from a government web page is UTF-8 or, on older sites and Windows machines, GB18030 (GBK, GB2312).
 * A byte-order mark decides first (UTF-8, UTF-16 LE/BE: Windows Notepad writes them), then UTF-8 if the bytes are
 * valid UTF-8, else GB18030 — so neither comes out as mojibake, and the caller can say which it was.
 */
public final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {}

    /** The text and the encoding it was read in, as a person reads it ("UTF-8", "UTF-8 (BOM)", "GB18030", …). */
    public record Decoded(String text, String encoding) {}

    public static String decode(byte[] bytes) { return read(bytes).text(); }

    public static Decoded read(byte[] bytes) {
        if (starts(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(utf8(bytes, 3), "UTF-8 (BOM)");
        if (starts(bytes, 0xFF, 0xFE)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (BOM)");
        if (starts(bytes, 0xFE, 0xFF)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (BOM)");
        String utf8 = utf8(bytes, 0);
        return utf8 != null ? new Decoded(utf8, "UTF-8") : new Decoded(new String(bytes, GB18030), "GB18030");
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** The bytes from {@code offset} as strict UTF-8; null when they are not UTF-8 (after a UTF-8 BOM: replaced). */
    private static String utf8(byte[] bytes, int offset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            // a UTF-8 BOM says what the file is: a stray bad byte is replaced, not a reason to read it as GB18030
            return offset > 0 ? new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8) : null;
        }
    }
}
