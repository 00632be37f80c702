package org.jixiao.sheet;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as people in the bureaus read them: Beijing time, to the minute (the database keeps UTC microseconds). */
public final class Times {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private Times() {}

    public static String minute(Instant at) { return at == null ? "" : MINUTE.format(at); }
}
