-- Indexes that every stored mention or claim paid for at a random place in
-- a B-tree, which together made a third of the bytes an ingest of the BBC
-- corpus writes (2.7 GB before, 1.7 GB after):
--   * mentions_name and mentions_canonical: corpus resolution now re-points
--     mentions in one pass over the table (see repoint in alias.go) instead
--     of one UPDATE per distinct name;
--   * claims_score: claims are listed by video and time, and a score filter
--     reads the claims table, which is small beside the mentions.
DROP INDEX mentions_name;
DROP INDEX mentions_canonical;
DROP INDEX claims_score;
