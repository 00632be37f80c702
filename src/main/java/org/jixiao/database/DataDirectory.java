package org.jixiao.database;

import java.nio.file.Path;

/**
 * Where this installation keeps its files (JIXIAO_DATA_DIR, default ./data): the embedded PostgreSQL in {@code pg/},
 * the audit key and the audit anchors. Resolved once, as a bean, so a placeholder such as {@code ${random.uuid}} in a
 * test profile names one directory for everybody.
 */
public record DataDirectory(Path root) {
    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path resolve(String name) { return root.resolve(name); }
}
