package org.jixiao.kernel;

/** Something the caller asked for does not exist (or is outside their scope: the two look the same). */
public abstract class NotFoundException extends RuntimeException {
    private final String zh;
    private final String en;

    protected NotFoundException(String zh, String en) {
        super(zh + " / " + en);
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }

    public String en() { return en; }
}
