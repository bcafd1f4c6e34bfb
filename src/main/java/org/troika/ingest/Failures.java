package org.troika.ingest;

/** The one line a failed file is reported with: the innermost message that says something. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable e) {
        Throwable t = e;
        String best = message(t);
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t instanceof java.sql.SQLException) {
                best = "the database refused the data: " + message(t);
                break;
            }
            if (!(e instanceof IllegalArgumentException) && message(t) != null) {
                best = message(t);
            }
        }
        return best == null ? e.getClass().getSimpleName() : best;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return null;
        }
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
