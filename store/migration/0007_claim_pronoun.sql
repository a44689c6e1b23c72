-- A claim whose source is a pronoun ("he", "they") says so, so that a
-- reader can tell a resolved pronoun (speaker_entity set) from a name, and
-- find the ones left unresolved (speaker_entity NULL).
ALTER TABLE claims ADD COLUMN pronoun INTEGER NOT NULL DEFAULT 0;
