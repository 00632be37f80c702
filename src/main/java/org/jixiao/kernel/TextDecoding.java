package org.jixiao.kernel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text saved from a government web page is UTF-8 or, on older sites and Windows machines, GB18030 (GBK).
 * Try UTF-8 strictly first, then GB18030, so neither comes out as mojibake.
 */
public final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {}

    public static String decode(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, offset, bytes.length - offset, GB18030);
        }
    }
}
