package org.troika.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.troika.ingest.extract.AddendumResponseExtractor;
import org.troika.ingest.extract.ExtractedRecommendation;
import org.troika.ingest.extract.Extraction;
import org.troika.ingest.extract.ExtractionProblem;
import org.troika.ingest.extract.WorkingGroupReportExtractor;
import org.troika.ingest.read.DocumentReaders;
import org.troika.ingest.read.DocumentText;
import org.troika.ingest.read.UnreadableDocumentException;
import org.troika.state.StateRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads the recommendations out of a Working Group report (or a file of recommendation paragraphs); no database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Find every recommendation in a UPR Working Group report (PDF, Word .docx/.doc, HTML or plain text),"
                + " or in a text file holding only recommendation paragraphs (\"118.7 Ratify ... (Argentina);\"),"
                + " with the recommending States and, where the report says, the response.",
                "Problems (an unknown State name, a gap in the numbering) go to standard error with their line.",
                "Exit codes: 0 extracted without problems, 1 extracted but with problems, 2 the file cannot be read."})
public class ExtractCommand implements Callable<Integer> {

    enum Format { json, table }

    @Parameters(paramLabel = "FILE", description = "The report or paragraphs file.")
    Path file;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|table",
            description = "json (default): an array of {paragraph, text, states, stateNames, response}; table: one line each.")
    Format format;

    @Option(names = "--addendum", paramLabel = "FILE",
            description = "The report's addendum (A/HRC/../Add.1, \"Views on conclusions and/or recommendations\"): its responses fill in those the report leaves pending.")
    Path addendum;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        StateRegistry registry = StateRegistry.bundled();
        DocumentText document = read(file);
        Extraction extraction = new WorkingGroupReportExtractor(registry).extract(document.text());
        if (addendum != null) {
            extraction = new AddendumResponseExtractor(registry).extract(read(addendum).text()).applyTo(extraction);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(extraction.recommendations()) : table(extraction.recommendations()));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (ExtractionProblem problem : extraction.problems()) {
            err.println(file + ":" + problem.line() + ": " + (problem.paragraph() == null ? "" : "paragraph " + problem.paragraph() + ": ")
                    + problem.message());
        }
        err.flush();
        return extraction.problems().isEmpty() ? 0 : 1;
    }

    private static DocumentText read(Path path) {
        try {
            return DocumentReaders.read(path);
        } catch (UnreadableDocumentException e) {
            throw new UserException(e.getMessage());
        }
    }

    static String json(List<ExtractedRecommendation> recommendations) throws JsonProcessingException {
        List<Map<String, Object>> rows = new ArrayList<>(recommendations.size());
        for (ExtractedRecommendation r : recommendations) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("paragraph", r.paragraph());
            row.put("text", r.text());
            row.put("states", r.states());
            row.put("stateNames", r.stateNames());
            row.put("response", r.response().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse(null));
            rows.add(row);
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + System.lineSeparator();
    }

    static String table(List<ExtractedRecommendation> recommendations) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-9s %-24s %-10s %s%n", "paragraph", "states", "response", "text"));
        for (ExtractedRecommendation r : recommendations) {
            sb.append(String.format(Locale.ROOT, "%-9s %-24s %-10s %s%n", r.paragraph(), String.join(",", r.states()),
                    r.response().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("-"), r.text()));
        }
        return sb.toString();
    }
}
