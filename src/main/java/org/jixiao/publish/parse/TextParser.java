package org.jixiao.publish.parse;

import java.util.List;

/** Placeholder until the parser branch lands. */
public final class TextParser {
    private TextParser() {}

    public static ParsedDocument parse(String text, String fileName) {
        return new ParsedDocument(fileName, List.of(), List.of());
    }
}
