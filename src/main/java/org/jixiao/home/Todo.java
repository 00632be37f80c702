package org.jixiao.home;

import java.time.Instant;

/**
 * One thing waiting for the signed-in person on the home page's 待办 panel.
 *
 * @param group the heading it is listed under, in the page language (e.g. 待我审核)
 * @param title what it concerns, usually a scorecard's name
 * @param note  a short detail (a return comment, a due date), or null
 * @param href  where the work is done
 * @param since when it started waiting (shown in Beijing time), or null
 */
public record Todo(String group, String title, String note, String href, Instant since) {}
