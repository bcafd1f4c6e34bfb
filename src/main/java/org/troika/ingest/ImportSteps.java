package org.troika.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.stereotype.Component;
import org.troika.document.SourceDocumentFacade;
import org.troika.document.domain.DocumentType;
import org.troika.ingest.bundle.Bundle;
import org.troika.ingest.bundle.BundleLoader;
import org.troika.ingest.load.AddendumImport;
import org.troika.ingest.load.DocumentImport;
import org.troika.ingest.load.FileTally;
import org.troika.ingest.load.RecommendationWriter;
import org.troika.ingest.load.ReportParagraphs;
import org.troika.ingest.load.ReportImport;
import org.troika.ingest.load.ReviewResolver;
import org.troika.ingest.load.TableImport;
import org.troika.ingest.load.TablePipeline;
import org.troika.ingest.table.MappingFile;
import org.troika.recommendation.RecommendationFacade;
import org.troika.review.ReviewFacade;
import org.troika.state.StateRegistry;

/** Imports one unit of each kind, inside the transaction the facade opened for it. */
@Component
class ImportSteps {

    private final ReviewFacade reviews;
    private final RecommendationFacade recommendations;
    private final SourceDocumentFacade documents;
    private final BundleLoader bundles;
    private final StateRegistry registry;
    private final ReportImport reports;

    ImportSteps(ReviewFacade reviews, RecommendationFacade recommendations, SourceDocumentFacade documents, BundleLoader bundles,
                StateRegistry registry) {
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.documents = documents;
        this.bundles = bundles;
        this.registry = registry;
        this.reports = new ReportImport(registry, reviews, recommendations);
    }

    ReviewFacade reviews() {
        return reviews;
    }

    RecommendationFacade recommendations() {
        return recommendations;
    }

    StateRegistry registry() {
        return registry;
    }

    ReportImport reports() {
        return reports;
    }

    void run(ImportUnit unit, ImportOptions options, ReviewResolver resolver, RecommendationWriter writer, FileTally tally,
             ImportProgress progress) {
        switch (unit) {
            case ImportUnit.Table t -> {
                TableImport table = new TableImport(t.path().toString(), t.format().label(), options.mapping().map(MappingFile::read),
                        registry, resolver, writer, new ReportParagraphs(recommendations, tally, resolver::createdHere), tally);
                TablePipeline.run(t.path(), t.format(), table, tally, progress);
            }
            case ImportUnit.BundleFile b -> bundle(b, tally);
            case ImportUnit.Report r -> reports.run(r.text(), r.extraction(), r.addendum().map(ImportUnit.Addendum::text), resolver, writer, tally);
            case ImportUnit.FreeText f -> {
                DocumentType type = options.document().type().orElseThrow(() -> new IllegalArgumentException(f.path()
                        + ": " + f.problem() + "; to store it as a source document (statement, press release, NGO report) give --doc-type TYPE"));
                new DocumentImport(registry, documents).run(f.path().toString(), f.text(), type, options.document(), resolver.defaultState(), tally);
            }
            case ImportUnit.Addendum a -> new AddendumImport(registry, reviews, recommendations).run(a.text(), resolver, writer, tally);
            case ImportUnit.Unreadable u -> throw new IllegalArgumentException(u.reason());
        }
    }

    private void bundle(ImportUnit.BundleFile b, FileTally tally) {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(b.path())) {
            bundle = bundles.read(in, b.path().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(b.path() + ": cannot be read: " + e.getMessage(), e);
        }
        BundleLoader.Loaded loaded = bundles.load(bundle);
        tally.kind("Troika bundle");
        tally.inserted(loaded.inserted());
        tally.updated(loaded.updated());
        tally.unchanged(loaded.unchanged());
        tally.note(bundle.title() + ": " + loaded.reviews() + " reviews, " + loaded.documents() + " source documents");
    }
}
