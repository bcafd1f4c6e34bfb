package org.troika.search.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.troika.search.domain.FieldValues;
import org.troika.search.domain.IndexedRecommendation;
import org.troika.search.domain.IndexedVersions;
import org.troika.search.domain.SearchHit;
import org.troika.search.domain.SearchIndex;
import org.troika.search.domain.SearchRequest;
import org.troika.search.domain.SearchResult;

/**
 * The search index in a folder: one {@link IndexWriter} (big RAM buffer, documents added from several threads)
 * and near-real-time searchers refreshed after every commit. An index that cannot be read (damaged files, another
 * Lucene format, an older Troika schema) is thrown away when opened, and {@link #needsRebuild()} says so, so that its
 * owner rebuilds it before anything is searched (see {@link #needsRebuild()}). Where another process holds the write
 * lock, the index is opened read-only and follows that process's commits.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private final Directory directory;
    /** Null when another process holds the index's write lock: this one then only reads what that one commits. */
    private final IndexWriter writer;
    private final Path folder;
    private final SearcherManager searchers;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    private final ReentrantLock writes = new ReentrantLock();
    private final Searching searching;
    private final ExecutorService sharing;
    private final boolean reset;
    private final int indexingThreads;

    private LuceneSearchIndex(Path folder, Directory directory, boolean reset, boolean readOnly, FieldValues values,
                              double ramBufferMb, int indexingThreads, long parallelFrom) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.reset = reset;
        this.indexingThreads = indexingThreads;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        // Threads start with the first search that is shared (the pool makes them as tasks come).
        this.sharing = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "troika-search");
            t.setDaemon(true);
            return t;
        });
        SharedSearchers searcherFactory = new SharedSearchers(sharing, threads, parallelFrom);
        if (readOnly) {
            this.writer = null;
            this.searchers = new SearcherManager(directory, searcherFactory);
        } else {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(reset ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb)
                    // Bulk loads write big segments; compound files would copy each of them once more.
                    .setUseCompoundFile(false)
                    .setCommitOnClose(true);
            this.writer = new IndexWriter(directory, config);
            if (reset) {
                commit();
            }
            this.searchers = new SearcherManager(writer, searcherFactory);
        }
        this.searching = new Searching(analyzer, facetsConfig, values);
    }

    /** Opens the index in this folder, creating it, or starting afresh if the one there cannot be used. */
    public static LuceneSearchIndex open(Path folder, FieldValues values) {
        return open(folder, values, 256, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public static LuceneSearchIndex open(Path folder, FieldValues values, double ramBufferMb, int indexingThreads) {
        // The system property lets benchmarks compare searching on one thread with searching on several.
        return open(folder, values, ramBufferMb, indexingThreads, Long.getLong("troika.search.parallelFrom", SharedSearchers.PARALLEL_FROM));
    }

    /** With searches shared between threads in an index of this many docs or more (tests make them share always). */
    static LuceneSearchIndex open(Path folder, FieldValues values, double ramBufferMb, int indexingThreads, long parallelFrom) {
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            boolean usable;
            // Only the holder of the write lock may throw a damaged index away; without it, this process reads.
            try (Lock probe = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                usable = usable(directory, folder);
                if (!usable) {
                    // Even in CREATE mode the writer reads the last commit; a damaged one must go first.
                    for (String file : directory.listAll()) {
                        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                            directory.deleteFile(file);
                        }
                    }
                }
            } catch (LockObtainFailedException heldElsewhere) {
                return readOnly(folder, directory, values, ramBufferMb, indexingThreads, parallelFrom);
            }
            try {
                return new LuceneSearchIndex(folder, directory, !usable, false, values, ramBufferMb, indexingThreads, parallelFrom);
            } catch (LockObtainFailedException takenMeanwhile) {
                return readOnly(folder, directory, values, ramBufferMb, indexingThreads, parallelFrom);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Another process (a server) writes this index: search what it has committed, write nothing. */
    private static LuceneSearchIndex readOnly(Path folder, Directory directory, FieldValues values, double ramBufferMb,
                                              int indexingThreads, long parallelFrom) throws IOException {
        if (!usable(directory, folder)) {
            throw new IllegalStateException(inUse(folder) + "; it is being built there, try again when it is done");
        }
        log.info("Search index in {} is written by another process; reading it only", folder);
        return new LuceneSearchIndex(folder, directory, false, true, values, ramBufferMb, indexingThreads, parallelFrom);
    }

    private static String inUse(Path folder) {
        return "The search index in " + folder + " is in use by another Troika process (a server?)";
    }

    private static boolean usable(Directory directory, Path folder) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            log.info("No search index in {} yet", folder);
            return false;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            String schema = reader.getIndexCommit().getUserData().get(IndexSchema.SCHEMA_KEY);
            if (!IndexSchema.VERSION.equals(schema)) {
                log.warn("Search index in {} has schema {}, not {}: it will be rebuilt", folder, schema, IndexSchema.VERSION);
                return false;
            }
            return true;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException
                 | NoSuchFileException e) {
            log.warn("Search index in {} is damaged ({}): it will be rebuilt", folder, e.getMessage());
            return false;
        }
    }

    @Override
    public boolean needsRebuild() {
        return reset;
    }

    @Override
    public boolean writable() {
        return writer != null;
    }

    private void requireWriter() {
        if (writer == null) {
            throw new IllegalStateException(inUse(folder) + ": it can be changed only there");
        }
    }

    @Override
    public void update(List<IndexedRecommendation> changed, List<Long> deleted) {
        requireWriter();
        writes.lock();
        try {
            // Every document of these recommendations deleted in one query, then the changed ones added: a delete
            // reaches only documents added before it. The last of a recommendation's versions counts; a deleted one stays
            // deleted, as replacing each and then deleting did.
            Map<Long, IndexedRecommendation> latest = new LinkedHashMap<>();
            for (IndexedRecommendation r : changed) {
                latest.put(r.id(), r);
            }
            deleted.forEach(latest::remove);
            long[] ids = LongStream.concat(changed.stream().mapToLong(IndexedRecommendation::id),
                    deleted.stream().mapToLong(Long::longValue)).distinct().toArray();
            if (ids.length > 0) {
                writer.deleteDocuments(IndexSchema.ids(ids));
            }
            DocumentFactory documents = new DocumentFactory();
            for (IndexedRecommendation r : latest.values()) {
                writer.addDocument(documents.document(r));
            }
            commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    @Override
    public long rebuild(Consumer<Consumer<IndexedRecommendation>> source) {
        requireWriter();
        writes.lock();
        try {
            writer.deleteAll();
            long start = System.nanoTime();
            // The segments stay as the indexing threads flush them, a few big ones: searches over them are as fast as
            // over one (measured), and merging them into one took as long as adding (on two cores). Later updates
            // are merged as usual.
            MergePolicy merging = writer.getConfig().getMergePolicy();
            long count;
            writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE);
            try {
                count = new ParallelIndexing(writer, indexingThreads).run(source);
            } finally {
                writer.getConfig().setMergePolicy(merging);
            }
            long added = System.nanoTime();
            commit();
            long committed = System.nanoTime();
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                // What facet counting reads of each segment, read now rather than by the first search.
                searching.prepare(searcher);
                log.info("Indexed {} recommendations in {} segments: {} ms adding and writing segments, {} ms committing, {} ms opening for search",
                        count, searcher.getIndexReader().leaves().size(), (added - start) / 1_000_000,
                        (committed - added) / 1_000_000, (System.nanoTime() - committed) / 1_000_000);
            } finally {
                searchers.release(searcher);
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, IndexSchema.VERSION).entrySet());
        writer.commit();
    }

    @Override
    public IndexedVersions versions() {
        return withSearcher(IndexVersionsReader::read);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return withSearcher(s -> searching.search(s, request));
    }

    @Override
    public void forEachHit(SearchRequest request, LongConsumer ids) {
        withSearcher(s -> {
            searching.forEachHit(s, request, ids);
            return null;
        });
    }

    @Override
    public long warmUp(Duration budget) {
        if (budget.isZero() || budget.isNegative()) {
            // No warm-up (tests, or a server told so): not even the walk over the index's words.
            return 0;
        }
        List<String> words = withSearcher(s -> WarmUp.commonWords(s.getIndexReader()));
        return WarmUp.run(words, this::search, budget);
    }

    @Override
    public List<SearchHit> similar(long id, int limit) {
        return withSearcher(s -> searching.similar(s, id, limit));
    }

    /** Size of the index files, in bytes. */
    public long sizeInBytes() {
        try {
            long total = 0;
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withSearcher(IoFunction<IndexSearcher, T> work) {
        try {
            if (writer == null) {
                // The writing process commits after every update: see its latest commit.
                searchers.maybeRefreshBlocking();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface IoFunction<A, B> {
        B apply(A a) throws IOException;
    }

    @Override
    public void close() {
        sharing.shutdownNow();
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
