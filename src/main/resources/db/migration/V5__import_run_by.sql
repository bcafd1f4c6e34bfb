-- Who gave the importer each file: the signed-in user of the web UI or API, or the command line and its system
-- user. Shared by H2 and PostgreSQL. (V4 is left to the schema change of the bulk-import work.)
ALTER TABLE import_run ADD COLUMN imported_by VARCHAR(200);
