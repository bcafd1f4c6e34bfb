-- A recommendation's recommending States and labels move onto its own row, and their tables go.
-- Why (docs/benchmarks.md, "Bulk import"): a recommendation was on average 3.5 rows in three tables, each row
-- with its foreign-key checks and two to four index entries; importing was mostly that bookkeeping. Nothing
-- looks labels up by value, and the one query by recommending State (the list filter) reads the column.
-- The States a column names are checked by the application against the reference data (JdbcRecommendationRepository),
-- which is what the foreign key to state did.
--   recommending_states: ISO3 codes in the document's order, comma-separated ("FRA,DEU"); '' for none
--   labels:              TAXONOMY:value, sorted, separated by the unit separator (CHR(31)); '' for none

ALTER TABLE recommendation ADD COLUMN recommending_states VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE recommendation ADD COLUMN labels VARCHAR(1000000) DEFAULT '' NOT NULL;

UPDATE recommendation SET recommending_states = COALESCE((
    SELECT STRING_AGG(TRIM(x.state_iso3), ',' ORDER BY x.position)
    FROM recommendation_state x WHERE x.recommendation_id = recommendation.id), '');

UPDATE recommendation SET labels = COALESCE((
    SELECT STRING_AGG(x.taxonomy || ':' || x.label, CHR(31) ORDER BY x.taxonomy, x.label)
    FROM recommendation_label x WHERE x.recommendation_id = recommendation.id), '');

DROP TABLE recommendation_label;
DROP TABLE recommendation_state;

