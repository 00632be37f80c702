package org.jixiao.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as people read them here: Asia/Shanghai, to the minute. */
public final class LocalMinutes {
    private static final DateTimeFormatter F = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private LocalMinutes() {}

    public static String of(Instant t) { return t == null ? "" : F.format(t); }
}
