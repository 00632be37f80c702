package org.jixiao.web;

/**
 * Marks a controller that answers with pages: its errors are shown as pages in the layout ({@link PageErrors}),
 * not as the API's JSON.
 */
public interface HtmlPages {}
