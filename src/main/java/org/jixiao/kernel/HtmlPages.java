package org.jixiao.kernel;

/**
 * Marks a controller that answers with pages: its errors are shown as pages in the layout (web.PageErrors),
 * not as the API's JSON.
 */
public interface HtmlPages {}
