package org.jixiao;

/** Entry point of the launcher: dispatches to the command line (serve, score, parse, import …). */
public final class Jixiao {
    private Jixiao() {}

    public static void main(String[] args) {
        System.out.println("jixiao");
    }
}
