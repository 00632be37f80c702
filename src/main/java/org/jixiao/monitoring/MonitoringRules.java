package org.jixiao.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The thresholds of the traffic lights and the cut-off months each region's rounds use (monitoring/rules.properties). */
public record MonitoringRules(BigDecimal budgetRedBelow, BigDecimal budgetYellowBelow, BigDecimal indicatorRedBelow,
                              BigDecimal indicatorYellowBelow, BigDecimal indicatorBlueFrom, Properties periods) {
    private static final MonitoringRules STANDARD = load("/monitoring/rules.properties");

    public static MonitoringRules standard() { return STANDARD; }

    /** The cut-off months the region's rounds may use (the default list for a region without its own). */
    public List<Integer> months(String region) {
        String v = region == null ? null : periods.getProperty("periods." + region);
        if (v == null) v = periods.getProperty("periods.default", "7,12");
        return Arrays.stream(v.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /**
     * The round that should be recorded by {@code today} for a table of {@code year}: in the year, the latest cut-off
     * month of the region that has ended; for last year's table the last one (1–12月 where the region has it: the cash
     * paid in the whole year, which the year-end 执行数 is checked against); none for a later or an older year.
     */
    public java.util.Optional<Integer> due(String region, int year, java.time.LocalDate today) {
        List<Integer> months = months(region);
        if (year == today.getYear() - 1) return months.stream().max(Integer::compare);
        if (year != today.getYear()) return java.util.Optional.empty();
        return months.stream().filter(m -> m < today.getMonthValue()).max(Integer::compare);
    }

    static MonitoringRules load(String resource) {
        Properties p = new Properties();
        try (InputStream in = MonitoringRules.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MonitoringRules(dec(p, "budget.red-below"), dec(p, "budget.yellow-below"), dec(p, "indicator.red-below"),
                dec(p, "indicator.yellow-below"), dec(p, "indicator.blue-from"), p);
    }

    private static BigDecimal dec(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalStateException("monitoring rules: missing " + key);
        return new BigDecimal(v.trim());
    }
}
