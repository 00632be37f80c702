package org.jixiao.publish.parse;

import org.jixiao.support.Seeds;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jixiao.publish.ParseJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The acceptance criterion: each real published seed parses to exactly its expected JSON. */
class SeedParsingTest {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    static String resource(String path) {
        return Seeds.resource(path);
    }

    @ParameterizedTest(name = "{0} parses to its expected JSON field for field")
    @ValueSource(strings = {"suining-2021-transfer-self-evaluation", "dalian-2021-evaluation-report", "linyi-2022-department-targets"})
    void seedParsesToItsExpectedJsonFieldForField(String seed) {
        String text = resource("/seeds/" + seed + ".txt");
        String json = ParseJson.toJson(TextParser.parse(text, seed + ".txt"));
        JsonNode actual = MAPPER.readTree(json);
        JsonNode expected = MAPPER.readTree(resource("/seeds/expected/" + seed + ".json"));
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        assertThat(differences).as("differences from expected/%s.json", seed).isEmpty();
    }

    /** Keys starting with _ are notes; numbers compare by value (320 == 320.00); warnings only if the file lists them. */
    static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) out.add(path + ": expected " + expected + " but was " + actual);
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                if (e.getKey().startsWith("_")) continue;
                JsonNode a = actual.get(e.getKey());
                if (a == null) out.add(path + "." + e.getKey() + ": missing");
                else compare(path + "." + e.getKey(), e.getValue(), a, out);
            }
            for (Iterator<String> it = actual.propertyNames().iterator(); it.hasNext(); ) {
                String k = it.next();
                if (!expected.has(k) && !k.startsWith("_") && !(path.equals("$") && k.equals("warnings"))) out.add(path + "." + k + ": unexpected");
            }
            return;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) out.add(path + ": expected " + expected.size() + " elements but was " + actual.size());
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            return;
        }
        if (!expected.equals(actual)) out.add(path + ": expected " + expected + " but was " + actual);
    }
}
