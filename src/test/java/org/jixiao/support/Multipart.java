package org.jixiao.support;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A multipart/form-data request with one file and some plain fields, as a browser's upload form sends it. */
public final class Multipart {
    private Multipart() {}

    public static HttpRequest.Builder post(String url, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----jixiao" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        fields.forEach((k, v) -> write(b, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"));
        write(b, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        b.writeBytes(content);
        write(b, "\r\n--" + boundary + "--\r\n");
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray()));
    }

    private static void write(ByteArrayOutputStream b, String s) { b.writeBytes(s.getBytes(StandardCharsets.UTF_8)); }
}
