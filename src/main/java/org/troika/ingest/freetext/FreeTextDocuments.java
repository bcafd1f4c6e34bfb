package org.troika.ingest.freetext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.troika.document.domain.SourceDocument;
import org.troika.document.domain.Statement;
import org.troika.state.StateMentions;
import org.troika.state.StateRegistry;

/**
 * Turns the text of a statement, press release or NGO report into a source document with its
 * statements: quoted verbatim, each with its date and the State it concerns.
 */
public final class FreeTextDocuments {

    /** A date in the first lines is the document's own ("Warsaw, 21 November, 2014"); later ones are events it reports. */
    static final int DATELINE_REACH = 600;
    private static final int MAX_TITLE = 500;

    private final StateMentions mentions;
    private final StatementSplitter splitter;

    public FreeTextDocuments(StateRegistry registry) {
        this.mentions = new StateMentions(registry);
        this.splitter = new StatementSplitter(mentions);
    }

    public record Read(SourceDocument document, List<Statement> statements) {
    }

    public Read read(String text, String fileName, DocumentDetails details) {
        String body = text.strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException(fileName + ": the document holds no text");
        }
        String title = details.title().orElseGet(() -> firstLine(body, fileName));
        Optional<LocalDate> date = details.publishedOn().or(() -> DateMentions.first(body.substring(0, Math.min(body.length(), DATELINE_REACH))));
        Optional<String> state = details.stateIso3().or(() -> mentions.mostMentioned(body));
        SourceDocument document = new SourceDocument(0, details.type(), title, details.author().orElse("not stated"), date,
                details.url(), Optional.empty(), state, body);
        return new Read(document, splitter.split(body, date, state));
    }

    /** The first line with words, passing over a dateline such as "Warsaw, 21 November, 2014". */
    private static String firstLine(String body, String fileName) {
        for (String line : body.split("\n")) {
            String s = line.strip().replaceAll("\\s+", " ");
            boolean dateline = s.length() < 60 && DateMentions.first(s).isPresent();
            if (!dateline && s.chars().filter(Character::isLetter).count() >= 3) {
                return s.length() > MAX_TITLE ? s.substring(0, MAX_TITLE) : s;
            }
        }
        return fileName;
    }
}
