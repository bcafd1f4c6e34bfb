package org.troika.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Turns an exception into the one line a user should read: what went wrong and where, no stack trace. */
final class ErrorMessages {

    private ErrorMessages() {
    }

    static boolean isBadInput(Throwable e) {
        Throwable root = root(e);
        return root instanceof IllegalArgumentException || root instanceof NoSuchFileException
                || root instanceof AccessDeniedException || e instanceof UserException;
    }

    static String describe(Throwable e) {
        Throwable root = root(e);
        if (root instanceof NoSuchFileException nsf) {
            return "no such file: " + nsf.getFile();
        }
        if (root instanceof AccessDeniedException ade) {
            return "cannot read or write " + ade.getFile() + " (permission denied)";
        }
        if (hasCause(e, CannotGetJdbcConnectionException.class) || root instanceof java.net.ConnectException
                || (root instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
            return "cannot connect to the database: " + message(root);
        }
        if (root.getMessage() != null && root.getMessage().contains("Database may be already in use")) {
            return "the data folder is in use by another Troika process: " + message(root);
        }
        if (e instanceof BeanCreationException && !(root instanceof IllegalArgumentException)) {
            return "could not start: " + message(root);
        }
        return message(root);
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof UncheckedIOException u) {
                return u.getCause();
            }
            t = t.getCause();
        }
        return t;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
