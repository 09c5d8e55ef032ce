package org.seedbed.review.faces;

/** An expert's load on the board against the most they agreed to review for this panel. */
public record LoadBar(long expertId, String name, long load, int maxLoad) {

    /** The bar's length: load as a share of the maximum, at most the whole bar. */
    public int percent() {
        return maxLoad <= 0 ? 100 : (int) Math.min(100, Math.round(load * 100.0 / maxLoad));
    }

    public boolean full() {
        return load >= maxLoad;
    }
}
