package org.jixiao.kernel;

import org.springframework.ui.Model;

/**
 * What the layout of every page needs in its model (the signed-in account, what the role may do). Controllers get it
 * from a {@code @ModelAttribute}; an error page rendered by an exception handler, which gets no model attributes,
 * asks for it here (web.PageErrors), so a signed-in user's error page shows their navigation, not 登录.
 */
public interface LayoutModel {
    void addTo(Model model);
}
