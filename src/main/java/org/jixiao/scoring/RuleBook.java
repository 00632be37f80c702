package org.jixiao.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * All scoring rules, read from classpath resources {@code scoring/*.properties} listed in {@code scoring/rules.list}
 * (a list, because a jar cannot be directory-listed with the JDK alone).
 */
public final class RuleBook {
    private static final String DIRECTORY = "scoring/";
    private static volatile RuleBook standard;

    private final List<ScoringRules> rules;
    /** The version of each rules file as read: sha-256 of its bytes (16 hex), by rules id. */
    private final java.util.Map<String, String> versions;

    public RuleBook(List<ScoringRules> rules) {
        this(rules, java.util.Map.of());
    }

    public RuleBook(List<ScoringRules> rules, java.util.Map<String, String> versions) {
        this.versions = java.util.Map.copyOf(versions);
        this.rules = rules.stream().sorted(Comparator.comparingInt(ScoringRules::validFrom)).toList();
        if (national(Integer.MAX_VALUE).isEmpty()) {
            throw new IllegalArgumentException("规则库缺少全国默认规则 / the rule book has no national rules");
        }
    }

    /** The rules shipped with the application. */
    public static RuleBook standard() {
        RuleBook book = standard;
        if (book == null) {
            synchronized (RuleBook.class) {
                if (standard == null) standard = load();
                book = standard;
            }
        }
        return book;
    }

    public List<ScoringRules> all() { return rules; }

    /** The version of the rules as read (a digest of the file), stored with every evaluation they produce. */
    public String versionOf(ScoringRules r) { return versions.getOrDefault(r.id(), "unversioned"); }

    /** This book with more rules files added (a later year's, a region's): what a new release ships. */
    public RuleBook with(ScoringRules added, String version) {
        List<ScoringRules> all = new ArrayList<>(rules);
        all.add(added);
        java.util.Map<String, String> v = new java.util.HashMap<>(versions);
        v.put(added.id(), version);
        return new RuleBook(all, v);
    }

    public Optional<ScoringRules> byId(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The latest rules of the region valid in {@code year}; else the latest national rules valid in that year;
     * for years before the first national rules, the earliest national rules.
     * A region matches by its name without the 省/市/自治区 suffix, so "四川" and "四川省" are the same.
     */
    public ScoringRules forRegionAndYear(String region, int year) {
        String key = regionKey(region);
        ScoringRules regional = null;
        ScoringRules national = null;
        for (ScoringRules r : rules) { // sorted by validFrom: the last match is the latest
            if (r.validFrom() > year) break;
            if (r.region() == null) national = r;
            else if (key != null && key.equals(regionKey(r.region()))) regional = r;
        }
        if (regional != null) return regional;
        if (national != null) return national;
        for (ScoringRules r : rules) if (r.region() == null) return r;
        throw new IllegalStateException("规则库缺少全国默认规则 / the rule book has no national rules");
    }

    private Optional<ScoringRules> national(int year) {
        return rules.stream().filter(r -> r.region() == null && r.validFrom() <= year).reduce((a, b) -> b);
    }

    private static String regionKey(String region) {
        if (region == null || region.isBlank()) return null;
        String r = region.strip();
        for (String suffix : new String[] {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"}) {
            if (r.endsWith(suffix) && r.length() > suffix.length()) return r.substring(0, r.length() - suffix.length());
        }
        return r;
    }

    private static RuleBook load() {
        List<ScoringRules> loaded = new ArrayList<>();
        java.util.Map<String, String> versions = new java.util.HashMap<>();
        for (String name : readLines(DIRECTORY + "rules.list")) {
            Properties p = new Properties();
            byte[] bytes;
            try (InputStream in = resource(DIRECTORY + name)) {
                bytes = in.readAllBytes();
                p.load(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取评分规则 " + name + " / cannot read scoring rules " + name, e);
            }
            ScoringRules r = ScoringRules.fromProperties(p, name);
            loaded.add(r);
            versions.put(r.id(), digest(bytes));
        }
        return new RuleBook(loaded, versions);
    }

    /** The first 16 hex digits of the sha-256 of a rules file: changes whenever the file does. */
    public static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readLines(String path) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(path), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取 " + path + " / cannot read " + path, e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = RuleBook.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("缺少资源 " + path + " / missing classpath resource " + path);
        return in;
    }
}
