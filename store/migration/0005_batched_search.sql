-- New sentences enter the full-text index with one statement per
-- transcript (see indexSentences in transcript.go) rather than a trigger per
-- sentence row: the per-row trigger cost a sixth of ingest time. Deletes and
-- updates of sentences still keep the index by trigger.
DROP TRIGGER sentences_search_insert;
