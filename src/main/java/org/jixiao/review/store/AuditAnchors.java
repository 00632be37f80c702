package org.jixiao.review.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jixiao.database.DataDirectory;
import org.springframework.stereotype.Component;

/**
 * Anchors of the audit chain, kept outside the database: at each day's close (and on request) the chain's head hash
 * and length are appended to {@code audit-anchors.txt} in the data directory, each line keyed like the chain. A trail
 * cut short, or rebuilt, no longer reaches the last anchor, which {@code jixiao audit verify} checks.
 */
@Component
public class AuditAnchors {
    static final String FILE = "audit-anchors.txt";
    private final Path file;
    private final AuditKey key;

    public AuditAnchors(DataDirectory data, AuditKey key) {
        this.file = data.resolve(FILE);
        this.key = key;
    }

    /** The chain's state at a moment: the number of entries, the last entry's id and link. */
    public record Anchor(Instant at, long count, long lastId, String head) {}

    /** Appends an anchor for the given head. */
    synchronized void write(AuditLog.Head head) {
        Anchor a = new Anchor(Instant.now(), head.count(), head.lastId(), head.hash());
        String body = a.at() + " " + a.count() + " " + a.lastId() + " " + a.head();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, body + " " + key.mac("anchor|" + body) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入操作日志锚点 / cannot write the audit anchor " + file, e);
        }
    }

    /**
     * The last anchor, or empty when none was written yet; a line whose key check fails is reported (someone edited
     * the file) as an IllegalStateException.
     */
    Optional<Anchor> last() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty()) return Optional.empty();
        String line = lines.get(lines.size() - 1).strip();
        String[] f = line.split(" ");
        if (f.length != 5 || !key.mac("anchor|" + line.substring(0, line.lastIndexOf(' '))).equals(f[4])) {
            throw new IllegalStateException("锚点文件 " + file + " 的最后一行与密钥不符 / the last line of the anchor file " + file
                    + " does not match the key");
        }
        return Optional.of(new Anchor(Instant.parse(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
    }

    Path file() { return file; }
}
