package org.jixiao.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Renders page fragments and keeps them while what they show is unchanged. A scorecard page is a hundred editable
 * cells; Thymeleaf spent four fifths of the page's server time rendering them, for output that only changes with the
 * scorecard. The caller's key must name every input of the fragments (for a scorecard: id, version and status, view,
 * locale, write permission); a null key renders without keeping. The layout around them is kept per user
 * ({@link #writePage}).
 *
 * <p>Kept fragments are UTF-8 bytes, written to the response as they are: encoding 60 KB of Chinese text per request
 * through the servlet writer cost as much as everything else together. The session's CSRF token is the one
 * per-request part of a fragment (every form carries it): it is cut out before the fragment is kept and this
 * request's token is written in its place, so no session ever sees another's.
 */
@Component
public class RenderedFragments {
    /** Where the page view puts the content: {@code [(${pageContent})]} with this as the model's value. */
    private static final String CONTENT_MARK = "\u0000content\u0000";
    /** Where the page view puts the title: {@code th:utext="${pageTitle}"} with this as the model's value. */
    private static final String TITLE_MARK = "\u0000title\u0000";
    /**
     * What layout.html shows beside the locale and the CSRF token: a kept page shell is reused only for the same
     * values. A layout that starts to show something else must add its model attribute here.
     */
    private static final List<String> LAYOUT_INPUTS = List.of("me", "mayImport", "mayAdministerOrgs", "notice", "refused",
            "refusedReasons");
    /** Enough for the scorecards a bureau works on at once (~60–200 KB each) and its users' page shells (~2 KB). */
    private static final int MAX_ENTRIES = 512;

    private final ViewResolver views;
    /** Fragment lists by the caller's key, and page shells by {@link ShellKey}; least recently used go first. */
    private final Map<Object, Object> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) { return size() > MAX_ENTRIES; }
    };

    /** Lazy: the command line starts the application without a web server, hence without view resolvers. */
    public RenderedFragments(@Lazy @Qualifier("thymeleafViewResolver") ViewResolver views) { this.views = views; }

    /** A rendered fragment: UTF-8 pieces between which the request's CSRF token goes. */
    public static final class Fragment {
        private final byte[][] pieces;

        private Fragment(String text, String token) {
            String[] split = token.isEmpty() ? new String[] {text} : text.split(Pattern.quote(token), -1);
            pieces = new byte[split.length][];
            for (int i = 0; i < split.length; i++) pieces[i] = split[i].getBytes(StandardCharsets.UTF_8);
        }

        int length(byte[] token) {
            int n = token.length * (pieces.length - 1);
            for (byte[] p : pieces) n += p.length;
            return n;
        }

        void write(OutputStream out, byte[] token) throws IOException {
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) out.write(token);
                out.write(pieces[i]);
            }
        }
    }

    /** The fragments kept under this key, or null. */
    @SuppressWarnings("unchecked")
    public List<Fragment> find(Object key) {
        synchronized (kept) { return (List<Fragment>) kept.get(key); }
    }

    /**
     * Renders each fragment view ("template :: selector") with the model, as the page's own view would, and keeps
     * the result under the key (none when null).
     */
    public List<Fragment> render(Object key, List<String> fragmentViews, Map<String, Object> model,
                                 HttpServletRequest request, HttpServletResponse response) {
        String token = token(request);
        List<Fragment> out = fragmentViews.stream()
                .map(view -> new Fragment(renderText(view, model, request, response), token)).toList();
        if (key != null && !token.isEmpty()) { // kept text needs a token to put back
            synchronized (kept) { kept.put(key, out); }
        }
        return out;
    }

    /** The CSRF token this request's forms carry ("" when the request has none). */
    private static String token(HttpServletRequest request) {
        CsrfToken t = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return t == null ? "" : t.getToken();
    }

    /** A page view rendered around a title and a content that are not there yet: the layout, kept per user. */
    private record Shell(Fragment beforeTitle, Fragment beforeContent, Fragment end) {}

    private record ShellKey(String pageView, Locale locale, List<Object> layoutInputs) {}

    /**
     * Writes a whole page as UTF-8: the page view (the layout, which shows {@code pageTitle} and {@code pageContent})
     * around the title and the content fragments. The layout's own rendering is kept too, per page view, locale and
     * what it shows of the user ({@link #LAYOUT_INPUTS}).
     */
    public void writePage(String pageView, Map<String, Object> model, Fragment title, Fragment content,
                          HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        List<Object> inputs = new ArrayList<>();
        for (String name : LAYOUT_INPUTS) inputs.add(model.get(name));
        ShellKey key = new ShellKey(pageView, locale, inputs);
        Shell shell;
        synchronized (kept) { shell = (Shell) kept.get(key); }
        String token = token(request);
        if (shell == null) {
            Map<String, Object> marked = new HashMap<>(model);
            marked.put("pageTitle", TITLE_MARK);
            marked.put("pageContent", CONTENT_MARK); // not "content": the layout's parameter of that name would hide it
            String page = renderText(pageView, marked, request, response);
            int t = page.indexOf(TITLE_MARK);
            int c = page.indexOf(CONTENT_MARK);
            if (t < 0 || c < t) throw new IllegalStateException(pageView + " must show pageTitle, then pageContent");
            shell = new Shell(new Fragment(page.substring(0, t), token),
                    new Fragment(page.substring(t + TITLE_MARK.length(), c), token),
                    new Fragment(page.substring(c + CONTENT_MARK.length()), token));
            if (!token.isEmpty()) {
                synchronized (kept) { kept.put(key, shell); }
            }
        }
        byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
        Fragment[] parts = {shell.beforeTitle(), title, shell.beforeContent(), content, shell.end()};
        int length = 0;
        for (Fragment f : parts) length += f.length(tokenBytes);
        response.setLocale(locale);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(length);
        OutputStream out = response.getOutputStream();
        for (Fragment f : parts) f.write(out, tokenBytes);
    }

    private String renderText(String viewName, Map<String, Object> model, HttpServletRequest request,
                              HttpServletResponse response) {
        Locale locale = RequestContextUtils.getLocale(request);
        Capture capture = new Capture(response);
        try {
            View view = views.resolveViewName(viewName, locale);
            if (view == null) throw new IllegalStateException("no view " + viewName);
            view.render(model, request, capture);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("rendering " + viewName + " failed", e);
        }
        return capture.text();
    }

    /** The response as the view sees it: headers and status go nowhere, the text goes into a string. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final StringWriter text = new StringWriter(64 * 1024);
        private final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) { super(response); }

        String text() {
            writer.flush();
            return text.toString();
        }

        @Override public PrintWriter getWriter() { return writer; }
        @Override public ServletOutputStream getOutputStream() {
            throw new UnsupportedOperationException("fragments are rendered as text");
        }
        @Override public void setContentType(String type) {}
        @Override public void setCharacterEncoding(String charset) {}
        @Override public void setLocale(Locale locale) {}
        @Override public void setContentLength(int len) {}
        @Override public void setContentLengthLong(long len) {}
        @Override public void setHeader(String name, String value) {}
        @Override public void addHeader(String name, String value) {}
        @Override public void setStatus(int sc) {}
        @Override public void flushBuffer() { writer.flush(); }
        @Override public boolean isCommitted() { return false; }
    }
}
