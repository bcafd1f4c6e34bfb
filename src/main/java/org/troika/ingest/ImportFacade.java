package org.troika.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.troika.ingest.domain.FileOutcome;
import org.troika.ingest.domain.FileReport;
import org.troika.ingest.domain.ImportRun;
import org.troika.ingest.domain.ImportRunLog;
import org.troika.ingest.domain.Upload;
import org.troika.ingest.load.FileTally;
import org.troika.ingest.load.RecommendationWriter;
import org.troika.ingest.load.ReportImport;
import org.troika.ingest.load.ReviewResolver;
import org.troika.state.StateRegistry;

/**
 * Imports files into Troika: each file (a report with its addendum counts as one) in one transaction, so
 * that a file that fails changes nothing; every rejected row or paragraph listed with its place; bad rows
 * make the whole file fail unless --skip-bad-rows; importing the same file again changes nothing; each file
 * is recorded in the import log, whatever became of it.
 */
@Service
public class ImportFacade {

    private final ImportSteps steps;
    private final ImportRunLog log;
    private final TransactionTemplate transaction;

    public ImportFacade(ImportSteps steps, ImportRunLog log, PlatformTransactionManager transactions) {
        this.steps = steps;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A file whose rows were rejected while --skip-bad-rows was not given: rolls its transaction back. */
    private static final class RowsRejected extends RuntimeException {
        RowsRejected() {
            super(null, null, false, false);
        }
    }

    public List<FileReport> importFiles(List<Path> files, ImportOptions options, ImportProgress progress) {
        return importFiles(files, Optional.empty(), options, progress);
    }

    /**
     * Imports files sent over the web: each is written, under the name its sender gave it (made safe), to a folder
     * of its own under the system's temporary folder, imported as any file is, and deleted; reports and the import
     * log leave that folder out, so they name each file as its sender did.
     */
    public List<FileReport> importUploads(List<Upload> uploads, ImportOptions options) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("troika-upload-");
            List<Path> files = new ArrayList<>();
            for (Upload upload : uploads) {
                Path file = UploadedName.in(folder, upload.name());
                try (InputStream in = upload.content().open()) {
                    Files.copy(in, file);
                }
                files.add(file);
            }
            return importFiles(files, Optional.of(folder), options, ImportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded files could not be stored for import: " + e.getMessage(), e);
        } finally {
            UploadedName.delete(folder);
        }
    }

    /** Refuses options that name no known State or review key, before any file is read. */
    public void checkOptions(ImportOptions options) {
        ReviewResolver.Defaults.of(options.review(), options.state(), options.session(), steps.registry());
    }

    /** The import log, latest first. */
    public List<ImportRun> recentRuns(int limit) {
        return log.recent(limit);
    }

    public Optional<ImportRun> run(long id) {
        return log.find(id);
    }

    /** @param uploadFolder the folder uploads were stored in, left out of what the reports say */
    private List<FileReport> importFiles(List<Path> files, Optional<Path> uploadFolder, ImportOptions options, ImportProgress progress) {
        StateRegistry registry = steps.registry();
        ReviewResolver.Defaults defaults = ReviewResolver.Defaults.of(options.review(), options.state(), options.session(), registry);
        List<ImportUnit> units = ImportPlan.of(files, steps.reports(), options.document().type().isPresent());
        List<FileReport> reports = new ArrayList<>();
        for (ImportUnit unit : units) {
            reports.add(importUnit(unit, uploadFolder, options, defaults, progress));
        }
        progress.finished();
        return reports;
    }

    private static void flushReporting(TransactionStatus status, RuntimeException first) {
        try {
            status.flush();
        } catch (RuntimeException write) {
            write.addSuppressed(first);
            throw write;
        }
    }

    private FileReport importUnit(ImportUnit unit, Optional<Path> uploadFolder, ImportOptions options, ReviewResolver.Defaults defaults,
                                  ImportProgress progress) {
        String file = unit.path().toString() + (unit instanceof ImportUnit.Report r && r.addendum().isPresent()
                ? " + " + r.addendum().get().path() : "");
        Instant started = Instant.now();
        FileTally tally = new FileTally(file, kindOf(unit));
        String sha = sha256(unit.path());
        FileOutcome outcome;
        Optional<String> error = Optional.empty();
        boolean badInput = false;
        progress.started(unit.path().toString(), size(unit.path()));
        try {
            transaction.executeWithoutResult(status -> {
                ReviewResolver resolver = new ReviewResolver(steps.reviews(), steps.registry(), defaults, tally);
                try {
                    steps.run(unit, options, resolver, new RecommendationWriter(steps.recommendations(), tally, resolver::createdHere),
                            tally, progress);
                } catch (RuntimeException e) {
                    // A write still ending on the server (PostgreSQL's COPY) may have failed first; a later statement's
                    // error ("transaction aborted") only follows from it, so the write's own error is the one to report.
                    flushReporting(status, e);
                    throw e;
                }
                // Everything written is stored or has failed here, dry run or not (a rollback would not ask).
                status.flush();
                if (tally.rejected() > 0 && !options.skipBadRows()) {
                    throw new RowsRejected();
                }
                if (options.dryRun()) {
                    status.setRollbackOnly();
                }
            });
            outcome = options.dryRun() ? FileOutcome.DRY_RUN
                    : tally.rejected() > 0 ? FileOutcome.PARTLY_IMPORTED : FileOutcome.IMPORTED;
        } catch (RowsRejected e) {
            outcome = FileOutcome.REJECTED;
            badInput = true;
            error = Optional.of(unit.path() + ": " + tally.rejected() + (tally.rejected() == 1 ? " row or paragraph" : " rows or paragraphs")
                    + " rejected, nothing imported (--skip-bad-rows imports the others)");
        } catch (IllegalArgumentException | UncheckedIOException | DataIntegrityViolationException e) {
            outcome = FileOutcome.FAILED;
            badInput = true;
            error = Optional.of(named(unit.path(), Failures.describe(e)));
        } catch (RuntimeException e) {
            outcome = FileOutcome.FAILED;
            error = Optional.of(named(unit.path(), Failures.describe(e)));
        }
        FileReport written = tally.report(sha, outcome, error, badInput);
        FileReport report = uploadFolder.map(written::outside).orElse(written);
        if (!options.dryRun()) {
            transaction.executeWithoutResult(status -> log.record(report, started, options.importedBy()));
        }
        return report;
    }

    private static String kindOf(ImportUnit unit) {
        return switch (unit) {
            case ImportUnit.Table t -> t.format().label() + " table";
            case ImportUnit.BundleFile b -> "Troika bundle";
            case ImportUnit.Report r -> "Working Group report";
            case ImportUnit.Addendum a -> "addendum";
            case ImportUnit.FreeText f -> "source document";
            case ImportUnit.Unreadable u -> "unreadable";
        };
    }

    private static String named(Path path, String message) {
        return message.startsWith(path.toString()) ? message : path + ": " + message;
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String sha256(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            return "-";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
