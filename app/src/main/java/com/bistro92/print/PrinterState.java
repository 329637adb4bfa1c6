package com.bistro92.print;

/** What a printer last said, or that it did not answer. */
public enum PrinterState {
    /** Not tried yet since it was added. */
    NEW("not tried yet"),
    READY("ready"),
    /** It reported its paper nearly out: it still prints. */
    PAPER_LOW("paper low"),
    /** It reported its paper out: nothing is sent until it has paper again. */
    PAPER_OUT("out of paper"),
    /** It did not answer: off, unplugged, or not reading. */
    OFFLINE("offline");

    private final String words;

    PrinterState(String words) {
        this.words = words;
    }

    /** How staff read it: "out of paper". */
    public String words() {
        return words;
    }

    /** Whether tickets are printed on it now. */
    public boolean prints() {
        return this == READY || this == PAPER_LOW;
    }
}
