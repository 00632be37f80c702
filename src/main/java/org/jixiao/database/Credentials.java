package org.jixiao.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The embedded server's three roles and their generated passwords, kept in a file only the operating-system user
 * can read (0600) inside the server's data directory: the superuser (used only to create the other two on first
 * start, and by the backup/test tools), the owner that runs the migrations, and the application role.
 */
public record Credentials(String superuserPassword, String ownerPassword, String appPassword) {
    public static final String SUPERUSER = "postgres", OWNER = "jixiao_owner", APP = "jixiao_app", DATABASE = "jixiao";
    static final String FILE = "jixiao-credentials.properties";

    static Credentials generate() {
        return new Credentials(secret(), secret(), secret());
    }

    /** 32 random bytes as hex: safe to put in SQL and in a pwfile without quoting. */
    static String secret() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public static Credentials read(Path pgDir) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(pgDir.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Credentials(p.getProperty(SUPERUSER), p.getProperty(OWNER), p.getProperty(APP));
    }

    static boolean exist(Path pgDir) { return Files.isRegularFile(pgDir.resolve(FILE)); }

    void write(Path pgDir) {
        Properties p = new Properties();
        p.setProperty(SUPERUSER, superuserPassword);
        p.setProperty(OWNER, ownerPassword);
        p.setProperty(APP, appPassword);
        writePrivate(pgDir.resolve(FILE), w -> p.store(w, "Jixiao embedded PostgreSQL roles (generated; keep private)"));
    }

    interface Body { void write(Writer w) throws IOException; }

    /** Creates a file readable by its owner only (0600) before anything is written into it. */
    static void writePrivate(Path file, Body body) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                body.write(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() { return "Credentials[hidden]"; }
}
