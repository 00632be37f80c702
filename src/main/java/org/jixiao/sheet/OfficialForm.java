package org.jixiao.sheet;

import org.jixiao.scorecard.Scorecard;

/** The official form's tables as HTML, for the public page (the publish module renders them and implements this). */
public interface OfficialForm {
    String tables(Scorecard s);
}
