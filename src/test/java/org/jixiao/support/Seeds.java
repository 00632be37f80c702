package org.jixiao.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The three published seed documents and their expected parse results, from the test resources. */
public final class Seeds {
    public static final String SUINING = "suining-2021-transfer-self-evaluation";
    public static final String DALIAN = "dalian-2021-evaluation-report";
    public static final String LINYI = "linyi-2022-department-targets";

    private Seeds() {}

    public static String text(String seed) { return resource("/seeds/" + seed + ".txt"); }

    public static String expectedJson(String seed) { return resource("/seeds/expected/" + seed + ".json"); }

    /** A test resource as UTF-8 text. */
    public static String resource(String path) {
        try (InputStream in = Seeds.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
