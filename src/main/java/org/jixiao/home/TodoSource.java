package org.jixiao.home;

import java.util.List;
import java.util.Locale;
import org.jixiao.kernel.Actor;

/**
 * A kind of work the home page's 待办 panel lists. Every Spring bean implementing it is asked, in {@link #order()},
 * so a feature adds its own to-dos (monitoring due, adjustments to decide …) without touching the home page.
 * A source answers only within the actor's scope and role, in the page language, at most a page-full.
 */
public interface TodoSource {
    List<Todo> todos(Actor actor, Locale locale);

    /** Lower comes first on the panel. */
    default int order() { return 100; }
}
