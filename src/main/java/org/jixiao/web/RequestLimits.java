package org.jixiao.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds what one request may send, before anything reads it: a body over {@code jixiao.max-body-bytes} (uploads
 * aside: {@code spring.servlet.multipart.*}) is refused
 * with 413 naming the limit (the largest scorecard the field limits allow is well under it); a JSON body must be
 * valid UTF-8 (otherwise it would be stored with U+FFFD in place of the broken bytes), and is refused with 400
 * naming the byte where it breaks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestLimits extends OncePerRequestFilter {
    private final long maxBody;

    public RequestLimits(@Value("${jixiao.max-body-bytes:8388608}") long maxBody) { this.maxBody = maxBody; }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        String kind = request.getContentType();
        // uploads (evidence files, imported documents) have their own limit: spring.servlet.multipart.*
        boolean upload = kind != null && kind.toLowerCase().startsWith("multipart/");
        if (!upload && declared > maxBody) {
            tooLarge(response);
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("application/json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
        if (body.length > maxBody) {
            tooLarge(response);
            return;
        }
        int bad = firstInvalidUtf8(body);
        if (bad >= 0) {
            ApiErrors.write(response, 400, "invalid", "请求体不是有效的 UTF-8 文本（第 " + (bad + 1) + " 字节起）",
                    "the request body is not valid UTF-8 (from byte " + (bad + 1) + ")", "$");
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        ApiErrors.write(response, 413, "too-large", "请求体过大：最多 " + maxBody / 1024 + " KB",
                "the request body is too large: at most " + maxBody / 1024 + " KB", "$");
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(in);
            return -1;
        } catch (CharacterCodingException e) {
            // decode() stops at the bad input; find it by decoding in steps
            var d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer b = ByteBuffer.wrap(bytes);
            var out = java.nio.CharBuffer.allocate(bytes.length + 1);
            var result = d.decode(b, out, true);
            return result.isError() ? b.position() : 0;
        }
    }

    /** The request with its body already read. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() { return body.length; }

        @Override
        public long getContentLengthLong() { return body.length; }
    }
}
