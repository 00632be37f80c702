package org.jixiao.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code jixiao backup FILE} / {@code jixiao restore FILE}: every table of the application's schema, copied out in one
 * consistent snapshot (COPY, the format pg_dump uses for data), with the schema version, the sequences, the audit
 * anchors and any files kept in the data directory (evidence/), in one zip file. The schema itself is not copied: the
 * restore builds it with the same migrations up to the backup's version, loads the rows, then migrates to the current
 * version. This works the same for the embedded and an external server, and needs no pg_dump of the server's version
 * on the machine (the embedded binaries have none, and Debian's is older than the server).
 * <p>
 * The audit key is not in the backup, on purpose: whoever holds the file must not be able to forge the trail. Keep
 * {@code audit.key} (or JIXIAO_AUDIT_KEY) apart, and put it beside the restored data.
 */
public final class Backup {
    static final String MANIFEST = "manifest.properties", TABLES = "tables/", FILES = "files/";
    /** Files of the data directory that travel with the database (the key does not, see above). */
    static final List<String> DATA_FILES = List.of("audit-anchors.txt", "evidence");
    private static final String HISTORY = "flyway_schema_history";

    private Backup() {}

    public record Summary(String version, Map<String, Long> rows, int files) {}

    /** Writes the backup of the database (as its owner) and of the data directory's files to {@code target}. */
    public static Summary write(DatabaseConfig.Connection db, DataDirectory data, Path target) throws IOException, SQLException {
        Path tmp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        Map<String, Long> rows = new LinkedHashMap<>();
        String version;
        int files = 0;
        try (Connection c = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword());
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // one snapshot for every table: the backup is consistent even while the server keeps working
                s.execute("set transaction isolation level repeatable read, read only");
            }
            version = schemaVersion(c);
            if (version == null) throw new IllegalStateException("数据库尚未初始化 / the database has no schema yet");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            // in foreign-key order, so the restore can stream them into the tables as they come
            for (String table : loadOrder(c, tables(c))) {
                zip.putNextEntry(new ZipEntry(TABLES + table + ".copy"));
                rows.put(table, copy.copyOut("copy public." + quote(table) + " to stdout", unclosable(zip)));
                zip.closeEntry();
            }
            Properties manifest = new Properties();
            manifest.setProperty("format", "jixiao-backup-1");
            manifest.setProperty("schema.version", version);
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("tables", String.join(",", rows.keySet()));
            rows.forEach((t, n) -> manifest.setProperty("rows." + t, String.valueOf(n)));
            sequences(c).forEach((name, value) -> manifest.setProperty("sequence." + name, value));
            c.commit();
            for (String name : DATA_FILES) {
                Path root = data.resolve(name);
                if (!Files.exists(root)) continue;
                try (Stream<Path> all = Files.walk(root)) {
                    for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                        zip.putNextEntry(new ZipEntry(FILES + data.root().relativize(p).toString().replace('\\', '/')));
                        Files.copy(p, zip);
                        zip.closeEntry();
                        files++;
                    }
                }
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(unclosable(zip), "Jixiao backup");
            zip.closeEntry();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(version, rows, files);
    }

    /**
     * Restores a backup into an empty database (no schema yet) and the data directory: migrations up to the backup's
     * version, the rows, the sequences, then the migrations since. Refuses a database that already has a schema.
     */
    public static Summary restore(DatabaseConfig.Connection db, DataDirectory data, Path source) throws IOException, SQLException {
        Properties manifest = readManifest(source);
        if (!"jixiao-backup-1".equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException("不是 Jixiao 备份文件 / not a Jixiao backup: " + source);
        }
        String version = manifest.getProperty("schema.version");
        try (Connection c = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword())) {
            if (schemaVersion(c) != null) {
                throw new IllegalStateException("目标数据库已有数据，恢复只能写入空数据库（换一个新的 JIXIAO_DATA_DIR） / the target database "
                        + "is not empty: restore into an empty one (a new JIXIAO_DATA_DIR)");
            }
        }
        flyway(db).target(MigrationVersion.fromVersion(version)).load().migrate();
        Map<String, Long> rows = new LinkedHashMap<>();
        int files = 0;
        try (Connection c = DriverManager.getConnection(db.url(), db.ownerUser(), db.ownerPassword())) {
            c.setAutoCommit(false);
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            List<String> order = loadOrder(c, tables);
            try (Statement s = c.createStatement()) {
                // rows the migrations inserted (the root org, …) are replaced by the backup's; the trail is empty here
                List<String> seeded = new ArrayList<>(order);
                seeded.remove("audit_event");
                if (!seeded.isEmpty()) s.execute("truncate " + String.join(", ", seeded.stream().map(t -> "public." + quote(t)).toList()));
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(source)))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    if (!e.getName().startsWith(TABLES)) continue;
                    String table = e.getName().substring(TABLES.length(), e.getName().length() - ".copy".length());
                    if (!tables.contains(table)) throw new IllegalStateException("unexpected table in backup: " + table);
                    rows.put(table, copy.copyIn("copy public." + quote(table) + " from stdin", unclosable(zip)));
                }
            }
            if (!rows.keySet().containsAll(tables)) throw new IllegalStateException("backup without all its tables: " + tables);
            try (Statement s = c.createStatement()) {
                for (String key : manifest.stringPropertyNames()) {
                    if (!key.startsWith("sequence.")) continue;
                    String[] v = manifest.getProperty(key).split(" ");
                    s.execute("select setval('public." + quote(key.substring("sequence.".length())).replace("'", "''") + "', "
                            + Long.parseLong(v[0]) + ", " + Boolean.parseBoolean(v[1]) + ")");
                }
            }
            c.commit();
        }
        flyway(db).load().migrate();
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(source)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.isDirectory() || !e.getName().startsWith(FILES)) continue;
                Path target = data.root().resolve(e.getName().substring(FILES.length())).normalize();
                if (!target.startsWith(data.root())) throw new IllegalArgumentException("bad entry " + e.getName());
                Files.createDirectories(target.getParent());
                Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                files++;
            }
        }
        return new Summary(version, rows, files);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DatabaseConfig.Connection db) {
        return Flyway.configure().dataSource(db.url(), db.ownerUser(), db.ownerPassword()).locations("classpath:db/migration")
                .placeholders(Map.of("app_role", db.appUser()));
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select to_regclass('public." + HISTORY + "') is not null")) {
            rs.next();
            if (!rs.getBoolean(1)) return null;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version from public." + HISTORY
                     + " where success and version is not null order by installed_rank desc limit 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The application's tables (not the migrations' bookkeeping), by name. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' and tablename <> '"
                     + HISTORY + "' order by tablename")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static Map<String, String> sequences(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sequencename from pg_sequences where schemaname = 'public' order by 1")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        for (String name : names) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select last_value, is_called from public." + quote(name))) {
                rs.next();
                out.put(name, rs.getLong(1) + " " + rs.getBoolean(2));
            }
        }
        return out;
    }

    /** Tables in an order where every foreign key points to a table loaded before (self-references aside). */
    private static List<String> loadOrder(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> needs = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                     join pg_namespace n on n.oid = c.connamespace where c.contype = 'f' and n.nspname = 'public'""")) {
            while (rs.next()) needs.computeIfAbsent(unquote(rs.getString(1)), k -> new LinkedHashSet<>()).add(unquote(rs.getString(2)));
        }
        List<String> order = new ArrayList<>();
        Set<String> pending = new LinkedHashSet<>(tables);
        while (!pending.isEmpty()) {
            String next = pending.stream().filter(t -> needs.getOrDefault(t, Set.of()).stream()
                    .allMatch(d -> d.equals(t) || order.contains(d) || !pending.contains(d))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys in a cycle: " + pending));
            order.add(next);
            pending.remove(next);
        }
        return order;
    }

    private static Properties readManifest(Path source) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(source)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(MANIFEST)) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(unclosable(zip), StandardCharsets.ISO_8859_1));
                    return p;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException("不是 Jixiao 备份文件 / not a Jixiao backup: " + source, e);
        }
        throw new IllegalArgumentException("不是 Jixiao 备份文件 / not a Jixiao backup: " + source);
    }

    static String quote(String identifier) { return "\"" + identifier.replace("\"", "\"\"") + "\""; }

    private static String unquote(String regclass) {
        String s = regclass.startsWith("public.") ? regclass.substring(7) : regclass;
        return s.startsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

            @Override
            public void close() throws IOException { flush(); }
        };
    }

    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }
}
