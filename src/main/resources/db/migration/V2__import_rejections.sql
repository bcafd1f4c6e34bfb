-- What the importer refused, row by row, so that an import can be audited after the terminal is closed.
-- Shared by H2 and PostgreSQL.

ALTER TABLE import_run ADD COLUMN file_kind VARCHAR(60);

CREATE TABLE import_rejection (
    import_run_id   BIGINT        NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    location        VARCHAR(1000) NOT NULL,
    field           VARCHAR(200),
    reason          VARCHAR(4000) NOT NULL,
    PRIMARY KEY (import_run_id, position)
);
