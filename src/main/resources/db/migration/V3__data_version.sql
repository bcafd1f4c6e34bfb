-- A counter that every write of recommendations raises in its own transaction. A process that keeps a search
-- index (a running server) reads it before each search and so notices, with one cheap query, writes made by
-- another process (an import beside the server) whose index updates never reached it.
CREATE TABLE data_version (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  BIGINT  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
