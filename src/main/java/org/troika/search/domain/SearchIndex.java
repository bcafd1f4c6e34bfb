package org.troika.search.domain;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Where recommendations are searched: a derived copy of the database, kept in step by {@code SearchFacade}. */
public interface SearchIndex extends AutoCloseable {

    /** Whether the index was opened empty in place of a missing, damaged or outdated one, and so must be rebuilt. */
    boolean needsRebuild();

    /** False where another process writes the index: this one can search it but neither update nor rebuild it. */
    boolean writable();

    /** Adds or replaces these recommendations and removes those ids, in one commit. */
    void update(List<IndexedRecommendation> changed, List<Long> deleted);

    /** Throws everything away and indexes what the source hands over; searches see the old index until it is done. */
    long rebuild(Consumer<Consumer<IndexedRecommendation>> source);

    /** The id and version of every recommendation indexed, in id order. */
    IndexedVersions versions();

    SearchResult search(SearchRequest request);

    /** The ids of every hit of the request, in its order, without a cap. */
    void forEachHit(SearchRequest request, LongConsumer ids);

    /**
     * Runs searches of the index's own common words, of every shape, for about this long; returns how many. The JVM
     * compiles the search code by running it: until then a search takes two to three times as long.
     */
    long warmUp(Duration budget);

    /** Recommendations whose text is most like that of the one given (which is left out); empty if it is not indexed. */
    List<SearchHit> similar(long id, int limit);

    @Override
    void close();
}
