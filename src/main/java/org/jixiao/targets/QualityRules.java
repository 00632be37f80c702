package org.jixiao.targets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Which target quality checks block submission and which only warn: data (targets/quality-rules.properties), not
 * code, because none of them is an official rule (RULES §3.1 suggests warnings; the weight sum is §1.3).
 */
public record QualityRules(Map<TargetFinding.Check, TargetFinding.Severity> severities) {
    private static final QualityRules STANDARD = load("/targets/quality-rules.properties");

    public static QualityRules standard() { return STANDARD; }

    public TargetFinding.Severity of(TargetFinding.Check check) {
        return severities.getOrDefault(check, TargetFinding.Severity.WARNING);
    }

    static QualityRules load(String resource) {
        Properties p = new Properties();
        try (InputStream in = QualityRules.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<TargetFinding.Check, TargetFinding.Severity> m = new EnumMap<>(TargetFinding.Check.class);
        for (String key : p.stringPropertyNames()) {
            m.put(TargetFinding.Check.valueOf(key.trim()), TargetFinding.Severity.valueOf(p.getProperty(key).trim()));
        }
        return new QualityRules(m);
    }
}
