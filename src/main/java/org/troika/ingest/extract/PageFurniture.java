package org.troika.ingest.extract;

import java.util.regex.Pattern;

/**
 * What a printed UN document repeats on every page and that is not part of its text: the job number
 * ("GE.19-21936(E)", "GE.25-02819 (E)    210325 210325"), the document symbol as running header
 * ("A/HRC/43/10"), page numbers, alone or beside either, the bar code line, and footnote rules.
 */
final class PageFurniture {

    private static final Pattern JOB_NUMBER = Pattern.compile("(?:\\d{1,3}\\s+)?GE\\.\\d{2}-\\d{4,6}\\s*(?:\\(E\\))?(?:\\s+\\d{6}){0,2}(?:\\s+\\d{1,3})?");
    private static final Pattern RUNNING_SYMBOL = Pattern.compile("(?:\\d{1,3}\\s+)?A/HRC/[A-Za-z0-9./]+(?:\\s+\\d{1,3})?");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern BAR_CODE = Pattern.compile("\\*\\d{6,8}\\*");
    private static final Pattern RULE = Pattern.compile("_{3,}|-{5,}");
    /** "1   A/HRC/WG.6/48/SVN/1." at the foot of a page: a small number, two or more spaces, the note. */
    private static final Pattern FOOTNOTE_START = Pattern.compile("\\s*(?:\\d{1,2}\\s{2,}|\\*{1,3}\\s+)\\S.*");

    private PageFurniture() {
    }

    static boolean isFurniture(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 60) {
            return false;
        }
        char c = s.charAt(0);
        if (c == 'G') {
            return JOB_NUMBER.matcher(s).matches();
        }
        if (c == 'A') {
            return RUNNING_SYMBOL.matcher(s).matches();
        }
        if (c >= '0' && c <= '9') {
            return PAGE_NUMBER.matcher(s).matches() || JOB_NUMBER.matcher(s).matches() || RUNNING_SYMBOL.matcher(s).matches();
        }
        return c == '*' ? BAR_CODE.matcher(s).matches() : RULE.matcher(s).matches();
    }

    static boolean startsFootnote(String line) {
        return FOOTNOTE_START.matcher(line).matches();
    }
}
