package org.troika.search.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
 * owner rebuilds it before anything is searched (see {@link #needsRebuild()}).
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = IndexSchema.analyzer();
    private final FacetsConfig facetsConfig = IndexSchema.facetsConfig();
    private final ReentrantLock writes = new ReentrantLock();
    private final Searching searching;
    private final ExecutorService counting;
    private final boolean reset;
    private final int indexingThreads;

    private LuceneSearchIndex(Directory directory, boolean reset, FieldValues values, double ramBufferMb, int indexingThreads,
                              long parallelCountingFrom) throws IOException {
        this.directory = directory;
        this.reset = reset;
        this.indexingThreads = indexingThreads;
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
        this.searchers = new SearcherManager(writer, null);
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.counting = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "troika-facet-counting");
            t.setDaemon(true);
            return t;
        });
        this.searching = new Searching(analyzer, facetsConfig, values, counting, threads, parallelCountingFrom);
    }

    /** Opens the index in this folder, creating it, or starting afresh if the one there cannot be used. */
    public static LuceneSearchIndex open(Path folder, FieldValues values) {
        return open(folder, values, 256, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public static LuceneSearchIndex open(Path folder, FieldValues values, double ramBufferMb, int indexingThreads) {
        return open(folder, values, ramBufferMb, indexingThreads, FacetCounting.PARALLEL_FROM);
    }

    /** With facet counting shared between threads from this many hits on (tests make it share always). */
    static LuceneSearchIndex open(Path folder, FieldValues values, double ramBufferMb, int indexingThreads, long parallelCountingFrom) {
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            boolean usable = usable(directory, folder);
            if (!usable) {
                // Even in CREATE mode the writer reads the last commit; a damaged one must go first.
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
            }
            return new LuceneSearchIndex(directory, !usable, values, ramBufferMb, indexingThreads, parallelCountingFrom);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("The search index in " + folder + " is in use by another Troika process (a server?): "
                    + "search through its API, or stop it first (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
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
    public void update(List<IndexedRecommendation> changed, List<Long> deleted) {
        writes.lock();
        try {
            DocumentFactory documents = new DocumentFactory(facetsConfig);
            for (IndexedRecommendation r : changed) {
                writer.updateDocument(key(r.id()), documents.document(r));
            }
            for (long id : deleted) {
                writer.deleteDocuments(key(id));
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
        writes.lock();
        try {
            writer.deleteAll();
            long start = System.nanoTime();
            long count = new ParallelIndexing(writer, facetsConfig, indexingThreads).run(source);
            long added = System.nanoTime();
            // One segment: facet counting then needs no ordinal map between segments, and searches are faster.
            writer.forceMerge(1);
            commit();
            log.info("Indexed {} recommendations: {} ms adding, {} ms merging into one segment and committing", count,
                    (added - start) / 1_000_000, (System.nanoTime() - added) / 1_000_000);
            searchers.maybeRefreshBlocking();
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

    private static Term key(long id) {
        return new Term(IndexSchema.KEY, Long.toString(id));
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
        counting.shutdownNow();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
