package org.troika.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.troika.document.domain.DocumentType;
import org.troika.document.domain.Statement;
import org.troika.ingest.bundle.Bundle;
import org.troika.ingest.freetext.DocumentDetails;
import org.troika.ingest.freetext.FreeTextDocuments;
import org.troika.state.StateRegistry;
import org.troika.support.SharedData;

/**
 * The five documents Troika grew from, as source documents of the showcase. Their titles, authors and
 * dates are read off the documents themselves; a date the document does not give stays empty.
 */
final class SeedDocuments {

    /**
     * @param from  where the document's own text starts, past the web page's navigation (null: at the top)
     * @param until where it ends, before contact details and site links (null: at the end)
     */
    record Seed(String file, DocumentType type, String title, String author, LocalDate publishedOn, String url,
                String from, String until) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("2010-02-12_ohchr_upr_highlights_kazakhstan.txt", DocumentType.HIGH_COMMISSIONER,
                    "Human Rights Council – Universal Periodic Review: highlights of the review of Kazakhstan",
                    "Office of the United Nations High Commissioner for Human Rights (OHCHR)", LocalDate.of(2010, 2, 12),
                    "http://www.ohchr.org/EN/HRBodies/UPR/Pages/Highlights12February2010am.aspx", null, "More information"),
            new Seed("2014-11-21_open-dialog-foundation_kazakhstan_upr2.txt", DocumentType.NGO,
                    "Kazakhstan misinformed UN member states during the consideration of the Universal Periodic Review",
                    "Open Dialog Foundation", LocalDate.of(2014, 11, 21), null, null, "For more detailed information"),
            new Seed("2022-08_european-parliament_droi_delegation_kazakhstan.txt", DocumentType.PARLIAMENT,
                    "MEPs assessed the human rights situation in Kazakhstan",
                    "European Parliament, Subcommittee on Human Rights (DROI)", null, null, null, "\nContact\n"),
            new Seed("2022_ukrainian-ngos_statement_kazakhstan_january-events.txt", DocumentType.NGO,
                    "“The Ukrainian government must support the people of Kazakhstan,” human rights defenders",
                    "Ukrainian human rights organisations (joint statement)", null, null, null, null),
            new Seed("2023-03-17_ohchr_high-commissioner_end-of-visit_kazakhstan.txt", DocumentType.HIGH_COMMISSIONER,
                    "UN High Commissioner for Human Rights Volker Türk concludes his official visit to Kazakhstan",
                    "Volker Türk, United Nations High Commissioner for Human Rights", LocalDate.of(2023, 3, 17), null,
                    "UN High Commissioner for Human Rights Volker Türk concludes", "For more information and media requests"));

    private SeedDocuments() {
    }

    private static String ownText(String page, Seed seed) {
        int start = seed.from() == null ? 0 : page.indexOf(seed.from());
        int end = seed.until() == null ? page.length() : page.indexOf(seed.until());
        if (start < 0 || end < 0) {
            throw new IllegalStateException(seed.file() + ": marker of the document's own text not found");
        }
        return page.substring(start, end).strip();
    }

    static List<Bundle.BundleDocument> documents(StateRegistry registry) throws IOException {
        FreeTextDocuments reader = new FreeTextDocuments(registry);
        List<Bundle.BundleDocument> documents = new ArrayList<>();
        for (Seed seed : SEEDS) {
            String body = ownText(Files.readString(SharedData.seed(seed.file())), seed);
            var read = reader.read(body, seed.file(), new DocumentDetails(seed.type(), Optional.of(seed.title()), Optional.of(seed.author()),
                    Optional.ofNullable(seed.publishedOn()), Optional.ofNullable(seed.url()), Optional.empty()));
            List<Bundle.BundleStatement> statements = new ArrayList<>();
            for (Statement s : read.statements()) {
                statements.add(new Bundle.BundleStatement(s.startOffset(), s.endOffset(), s.statedOn().orElse(null), s.stateIso3().orElse(null)));
            }
            var doc = read.document();
            documents.add(new Bundle.BundleDocument(seed.type().name(), doc.title(), doc.author(), doc.publishedOn().orElse(null),
                    doc.url().orElse(null), null, doc.stateIso3().orElse(null), "seed:" + seed.file(), doc.body(), statements));
        }
        return documents;
    }
}
