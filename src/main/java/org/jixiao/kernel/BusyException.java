package org.jixiao.kernel;

/** The server will not take on this work now (too many at once, or it took too long): 503, try again later. */
public class BusyException extends RuntimeException {
    private final String zh;
    private final String en;

    public BusyException(String zh, String en) {
        super(zh + " / " + en);
        this.zh = zh;
        this.en = en;
    }

    public String zh() { return zh; }

    public String en() { return en; }
}
