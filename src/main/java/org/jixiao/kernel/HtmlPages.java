package org.jixiao.kernel;

/**
 * Marks a controller that answers with pages: its errors are shown as pages in the layout (web.PageErrors),
 * not as the API's JSON.
 */
public interface HtmlPages {
    /** Request attributes: the message of an error page raised before any controller answers (the security filter). */
    String ERROR_ZH = "jixiao.error.zh", ERROR_EN = "jixiao.error.en";
}
