package org.jixiao.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every target and actual cell of the three seed tables, read from their expected parse JSON (test fixture). */
public final class SeedValues {
    private SeedValues() {}

    public static final List<String> FILES = List.of(
            "dalian-2021-evaluation-report.json",
            "linyi-2022-department-targets.json",
            "suining-2021-transfer-self-evaluation.json");

    /** All non-null target and actual texts, in document order, duplicates kept (the benchmark's mix). */
    public static List<String> all() {
        JsonMapper json = JsonMapper.builder().build();
        List<String> values = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = SeedValues.class.getResourceAsStream("/seeds/expected/" + file)) {
                if (in == null) throw new IllegalStateException("missing seed " + file);
                for (JsonNode table : json.readTree(in).get("tables")) {
                    for (JsonNode indicator : table.get("indicators")) {
                        for (String field : List.of("target", "actual")) {
                            JsonNode cell = indicator.get(field);
                            if (cell != null && !cell.isNull()) values.add(cell.stringValue());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return values;
    }
}
