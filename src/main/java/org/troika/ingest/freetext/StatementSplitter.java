package org.troika.ingest.freetext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.troika.document.domain.Statement;
import org.troika.state.StateMentions;

/**
 * Splits a free-text document (press release, NGO report, statement) into statements: its paragraphs
 * and bullet points, each quoted verbatim with its offsets, its date and the State it concerns.
 * <p>
 * A statement's date is the first full date written in it, else the document's date. The State it
 * concerns is the document's State (the State the document is about); a document about no single State
 * lets each statement name its own, by the State it names most.
 */
public final class StatementSplitter {

    /** Shorter blocks are headings, bylines or navigation ("Press Releases", "A+ A-"), not statements. */
    static final int MIN_STATEMENT_LENGTH = 60;

    private final StateMentions states;

    public StatementSplitter(StateMentions states) {
        this.states = states;
    }

    public List<Statement> split(String body, Optional<LocalDate> documentDate, Optional<String> documentState) {
        List<Statement> statements = new ArrayList<>();
        for (int[] span : blocks(body)) {
            String text = body.substring(span[0], span[1]);
            if (text.length() < MIN_STATEMENT_LENGTH || text.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            Optional<LocalDate> date = DateMentions.first(text).or(() -> documentDate);
            Optional<String> state = documentState.isPresent() ? documentState : states.mostMentioned(text);
            statements.add(Statement.quote(body, statements.size() + 1, span[0], span[1], date, state));
        }
        return statements;
    }

    /**
     * Blocks are separated by blank lines; a line starting with a bullet starts a block of its own. Each
     * span is trimmed of surrounding white space and bullet marks, so the quote is exactly the words.
     */
    static List<int[]> blocks(String body) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        int end = -1;
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            String line = body.substring(lineStart, lineEnd);
            String trimmed = line.strip();
            boolean blank = trimmed.isEmpty();
            boolean bullet = !blank && isBullet(trimmed.charAt(0));
            if (blank || bullet) {
                if (start >= 0) {
                    spans.add(new int[]{start, end});
                    start = -1;
                }
            }
            if (!blank) {
                int contentStart = lineStart + (line.length() - line.stripLeading().length());
                if (bullet) {
                    contentStart++;
                    while (contentStart < lineEnd && Character.isWhitespace(body.charAt(contentStart))) {
                        contentStart++;
                    }
                }
                int contentEnd = lineStart + line.stripTrailing().length();
                if (contentEnd > contentStart) {
                    if (start < 0) {
                        start = contentStart;
                    }
                    end = contentEnd;
                }
            }
            lineStart = lineEnd + 1;
        }
        if (start >= 0) {
            spans.add(new int[]{start, end});
        }
        return spans;
    }

    private static boolean isBullet(char c) {
        return c == '\u2022' || c == '\u25CF' || c == '\u25AA' || c == '\u2023' || c == '\u2043' || c == '\u25E6';
    }
}
