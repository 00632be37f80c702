package org.jixiao.publish;

import org.jixiao.publish.parse.ParsedDocument;
import org.jixiao.scorecard.json.ScorecardJson;

/** TEMPORARY stand-in until the parser branch lands (take its version on merge): a parsed document as JSON. */
public final class ParseJson {
    private ParseJson() {}

    public static String toJson(ParsedDocument doc) {
        return ScorecardJson.MAPPER.writeValueAsString(doc);
    }
}
