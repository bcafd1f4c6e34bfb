package org.troika.ingest.load;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.troika.ingest.ImportProgress;
import org.troika.ingest.table.RowReader;
import org.troika.ingest.table.TableFiles;
import org.troika.ingest.table.TableFormat;
import org.troika.ingest.table.TableRow;
import org.troika.ingest.table.TableSink;

/**
 * Reads and checks a table's rows on a second thread while the file's transaction stores them on this one:
 * parsing and checking cost about as much as a fifth of storing (docs/benchmarks.md, "Bulk import"), and the
 * machine has a second core. The queue between them is bounded, so a large file is never held in memory.
 */
public final class TablePipeline {

    private static final int QUEUE = 4_096;
    private static final Object END = new Object();

    private record Failure(Throwable cause) {
    }

    private TablePipeline() {
    }

    public static void run(Path path, TableFormat format, TableImport table, FileTally tally, ImportProgress progress) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        Thread reader = Thread.ofPlatform().name("import-reader").daemon().start(() -> {
            try {
                TableFiles.read(path, format, new TableSink() {
                    @Override
                    public void header(List<String> columns, String where) {
                        table.header(columns, where);
                    }

                    @Override
                    public void encoding(String charset) {
                        table.encoding(charset);
                    }

                    @Override
                    public void row(TableRow row) {
                        put(queue, table.parse(row));
                    }

                    @Override
                    public void unreadable(String where, String reason) {
                        put(queue, table.refuse(where, reason));
                    }
                }, bytes::set);
                put(queue, END);
            } catch (Throwable e) {
                put(queue, new Failure(e));
            }
        });
        try {
            long taken = 0;
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    break;
                }
                if (next instanceof Failure failure) {
                    throw failure.cause() instanceof RuntimeException r ? r : new IllegalStateException(failure.cause());
                }
                table.accept(next == NONE ? null : (RowReader.Result) next);
                if (++taken % 1000 == 0) {
                    progress.advanced(bytes.get(), tally.handled());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } finally {
            reader.interrupt();
        }
        table.finish();
    }

    /** A blank row: the queue holds no nulls. */
    private static final Object NONE = new Object();

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item == null ? NONE : item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import reader stopped", e);
        }
    }
}
