package org.jixiao.scorecard.store;

import org.jixiao.kernel.NotFoundException;

/** No scorecard with this id (or none the caller may see: the two look the same). */
public class ScorecardNotFoundException extends NotFoundException {
    public ScorecardNotFoundException(long id) {
        super("绩效目标表 " + id + " 不存在", "scorecard " + id + " not found");
    }
}
