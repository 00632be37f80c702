package org.jixiao.publish.export;

/** The publication formats. */
public enum Format {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf"),
    HTML("text/html;charset=UTF-8", "html");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() { return mediaType; }
    public String extension() { return extension; }

    /** The format named by an option or query value (xlsx, pdf, html; any case). */
    public static Format of(String value) {
        if (value != null) {
            for (Format f : values()) if (f.extension.equalsIgnoreCase(value.strip())) return f;
        }
        throw new org.jixiao.kernel.ValidationException(java.util.List.of(new org.jixiao.kernel.Violation("format",
                "导出格式应为 xlsx、pdf 或 html，收到「" + value + "」", "format must be xlsx, pdf or html, got " + value)));
    }
}
