package org.troika.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives: an embedded data folder by default, or a PostgreSQL server by JDBC URL. */
public class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the embedded database and search index (default: ~/.troika).")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "Use this database instead of the embedded one, e.g. jdbc:postgresql://localhost/troika. Also TROIKA_DB_URL.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (also TROIKA_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "Database password (also TROIKA_DB_PASSWORD).")
    String dbPassword;

    public Path dataDir() {
        return (data != null ? data : Path.of(System.getProperty("user.home"), ".troika")).toAbsolutePath().normalize();
    }

    /** PostgreSQL's driver sends a batch of INSERTs as multi-row INSERTs only when asked (imports are large). */
    static String withBatchRewriting(String url) {
        if (!url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    /** Spring properties for these options. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("troika.data-dir", dataDir().toString());
        String url = dbUrl != null ? dbUrl : System.getenv("TROIKA_DB_URL");
        if (url != null) {
            if (!url.startsWith("jdbc:")) {
                throw new IllegalArgumentException("--db-url must be a JDBC URL starting with 'jdbc:', got '" + url + "'");
            }
            p.put("spring.datasource.url", withBatchRewriting(url));
            String user = dbUser != null ? dbUser : System.getenv("TROIKA_DB_USER");
            String password = dbPassword != null ? dbPassword : System.getenv("TROIKA_DB_PASSWORD");
            p.put("spring.datasource.username", user == null ? "" : user);
            p.put("spring.datasource.password", password == null ? "" : password);
        }
        return p;
    }
}
