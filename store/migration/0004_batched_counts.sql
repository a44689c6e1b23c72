-- The alias and per-video counts of newly inserted mentions are added once
-- per transcript by the store (see countMentions in entity.go) rather than
-- by a trigger per mention row: the triggers were a quarter of ingest time.
-- Deletes and updates of mentions still keep the counts by trigger.
DROP TRIGGER mentions_alias_insert;
DROP TRIGGER mentions_videos_insert;
