package org.jixiao.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files accepted as 佐证材料: PDF, images and Office documents, recognised by their first bytes and required to
 * match their extension (a renamed executable is not a PDF). Plain Java.
 */
public enum FileKind {
    PDF("application/pdf", List.of("pdf")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    GIF("image/gif", List.of("gif")),
    OOXML(null, List.of("docx", "xlsx", "pptx")),
    OLE(null, List.of("doc", "xls", "ppt"));

    /** 20 MB: a scanned report of a few dozen pages. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private final String mediaType;
    private final List<String> extensions;

    FileKind(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public static List<String> allowedExtensions() {
        return java.util.Arrays.stream(values()).flatMap(k -> k.extensions.stream()).toList();
    }

    /** The kind of a file, if its first bytes and its extension agree on an accepted one. */
    public static Optional<FileKind> of(String fileName, byte[] content) {
        String ext = extension(fileName);
        for (FileKind k : values()) {
            if (k.extensions.contains(ext) && k.matches(content)) return Optional.of(k);
        }
        return Optional.empty();
    }

    public String mediaType(String fileName) {
        if (mediaType != null) return mediaType;
        return switch (extension(fileName)) {
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "doc" -> "application/msword";
            case "xls" -> "application/vnd.ms-excel";
            case "ppt" -> "application/vnd.ms-powerpoint";
            default -> "application/octet-stream";
        };
    }

    private boolean matches(byte[] c) {
        return switch (this) {
            case PDF -> starts(c, 0x25, 0x50, 0x44, 0x46);                   // %PDF
            case PNG -> starts(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> starts(c, 0xFF, 0xD8, 0xFF);
            case GIF -> starts(c, 0x47, 0x49, 0x46, 0x38);                   // GIF8
            case OOXML -> starts(c, 0x50, 0x4B, 0x03, 0x04);                 // a zip container
            case OLE -> starts(c, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
        };
    }

    private static boolean starts(byte[] c, int... sig) {
        if (c == null || c.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((c[i] & 0xFF) != sig[i]) return false;
        return true;
    }

    static String extension(String name) {
        if (name == null) return "";
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
