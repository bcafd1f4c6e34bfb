package org.troika.ingest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.troika.support.SharedData;

/**
 * Writes a UPR Info export of at least the given size made from the real one, for the bounded-memory check of
 * scripts/import-large-file.sh:   LargeUprInfoFile --mb 200 --out target/large.csv
 */
public final class LargeUprInfoFile {

    public static void main(String[] args) throws Exception {
        long mb = 200;
        Path out = Path.of("target", "bench-import", "upr-info-large.csv");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mb" -> mb = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use --mb N, --out FILE");
            }
        }
        List<CSVRecord> real = GeneratedUprInfoExport.realRows(SharedData.data("upr_recommendations.csv"));
        List<String> header = new ArrayList<>(real.get(0).getParser().getHeaderNames());
        long bytesPerRow = Files.size(SharedData.data("upr_recommendations.csv")) / real.size();
        Files.createDirectories(out.toAbsolutePath().getParent());
        long rows = GeneratedUprInfoExport.write(real, header, mb * 1_000_000 / bytesPerRow + 1, out);
        System.out.printf("%s: %,d rows, %.1f MB%n", out, rows, Files.size(out) / 1e6);
    }
}
