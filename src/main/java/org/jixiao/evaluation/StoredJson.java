package org.jixiao.evaluation;

import org.jixiao.scorecard.json.ScorecardJson;
import org.jixiao.scoring.EvaluationView;
import org.jixiao.scoring.Explanation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdConvertingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.util.StdConverter;

/**
 * Reads the detail of a stored evaluation. Rows written before explanations were kept in two languages hold each
 * explanation as a Chinese string; later rows hold {@code {"zh","en"}}. Both are read, and the English of an old row
 * is said from what it stores ({@link EvaluationView#withEnglish()}), so no page shows Chinese where English is asked.
 */
final class StoredJson {
    private StoredJson() {}

    private static final JsonMapper READER = ScorecardJson.MAPPER.rebuild().addModule(module()).build();

    static EvaluationView read(String detail) {
        return asStored(detail).withEnglish();
    }

    /** As stored: an old row's explanations have no English ({@code en} null). */
    static EvaluationView asStored(String detail) {
        return READER.readValue(detail, EvaluationView.class);
    }

    static String write(EvaluationView view) {
        return ScorecardJson.MAPPER.writeValueAsString(view);
    }

    private static SimpleModule module() {
        SimpleModule module = new SimpleModule("jixiao-stored-explanation");
        module.addDeserializer(Explanation.class, new StdConvertingDeserializer<>(new StdConverter<JsonNode, Explanation>() {
            @Override public Explanation convert(JsonNode node) {
                if (node == null || node.isNull()) return null;
                if (node.isString()) return new Explanation(node.asString(), null); // an old row: Chinese only
                return new Explanation(text(node.get("zh")), text(node.get("en")));
            }
        }));
        return module;
    }

    private static String text(JsonNode n) { return n == null || n.isNull() ? null : n.asString(); }
}
