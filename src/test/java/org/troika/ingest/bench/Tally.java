package org.troika.ingest.bench;

/** How many of so many comparisons agreed. */
record Tally(int right, int total) {

    static final Tally NONE = new Tally(0, 0);

    Tally plus(Tally other) {
        return new Tally(right + other.right, total + other.total);
    }

    Tally add(boolean agreed) {
        return new Tally(right + (agreed ? 1 : 0), total + 1);
    }

    double ratio() {
        return total == 0 ? Double.NaN : (double) right / total;
    }

    String percent() {
        return total == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.2f%% (%d/%d)", 100.0 * right / total, right, total);
    }
}
