package org.jixiao.review.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jixiao.database.DataDirectory;
import org.jixiao.database.StartupException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret the audit chain's links are keyed with. It is never in the database, so whoever can write the audit
 * table (even its superuser) cannot recompute a link after changing a row: JIXIAO_AUDIT_KEY, or else the file
 * {@code audit.key} in the data directory (made on first use, readable by its owner only). Several nodes on one
 * database must share it.
 */
@Component
public class AuditKey {
    static final String FILE = "audit.key";
    private final byte[] key;

    public AuditKey(@Value("${jixiao.audit.key:}") String configured, DataDirectory data) {
        this.key = configured.isBlank() ? fromFile(data.resolve(FILE)) : configured.strip().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "audit", ".key",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(tmp, HexFormat.of().formatHex(fresh) + "\n");
                try {
                    Files.move(tmp, file); // not REPLACE_EXISTING: if another process made one first, use theirs
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    Files.delete(tmp);
                }
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StartupException("无法读取或创建操作日志密钥 " + file + " / cannot read or create the audit key " + file,
                    "请设置可写的 JIXIAO_DATA_DIR，或用 JIXIAO_AUDIT_KEY 提供密钥 / set a writable JIXIAO_DATA_DIR, or give the key in "
                            + "JIXIAO_AUDIT_KEY", e);
        }
    }

    /** HMAC-SHA256 of the text, as hex. */
    public String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
