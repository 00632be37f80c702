package org.jixiao.database;

/**
 * A start-up failure a person can fix (a database that does not start, a data directory that is not writable): the cause and the fix in Chinese and English, printed as one line (see
 * {@link StartupFailures}) instead of a stack trace.
 */
public class StartupException extends RuntimeException {
    private final String fix;

    public StartupException(String cause, String fix, Throwable source) {
        super(cause, source);
        this.fix = fix;
    }

    /** What to do about it, in both languages. */
    public String fix() { return fix; }
}
