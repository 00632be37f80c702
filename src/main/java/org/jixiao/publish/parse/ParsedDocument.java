package org.jixiao.publish.parse;

import java.util.List;
import org.jixiao.scorecard.Scorecard;

/** The tables found in one published document, in document order, and what the parser had to skip or guess. */
public record ParsedDocument(String file, List<Scorecard> tables, List<ParseWarning> warnings) {

    public ParsedDocument {
        tables = tables == null ? List.of() : List.copyOf(tables);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
