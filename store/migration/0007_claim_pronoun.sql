-- A claim whose source is a pronoun ("he", "they") says so, so that a
-- reader can tell a resolved pronoun (speaker_entity set) from a name, and
-- find the ones left unresolved (speaker_entity NULL). Claims stored
-- before this migration are marked from their source as written: a
-- pronoun source is always the pronoun alone.
ALTER TABLE claims ADD COLUMN pronoun INTEGER NOT NULL DEFAULT 0;
UPDATE claims SET pronoun = 1 WHERE kind = 'attributed' AND lower(speaker) IN ('he', 'she', 'they', 'it');
