package org.jixiao.scorecard.store;

/** No scorecard with this id (or none the caller may see: the two look the same). */
public class ScorecardNotFoundException extends RuntimeException {
    private final long id;

    public ScorecardNotFoundException(long id) {
        super("绩效目标表 " + id + " 不存在 / scorecard " + id + " not found");
        this.id = id;
    }

    public long id() { return id; }
}
