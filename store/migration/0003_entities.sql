-- Entities resolved across the corpus, the names they go by, the user's
-- alias rules, full-text search over sentences, and views for tools such as
-- Datasette or DB Browser.
--
-- A mention keeps the name as written (without title or possessive) and the
-- fuller name it resolves to within its transcript, so alias rules can
-- re-point it to another entity without re-reading the transcript. A mention
-- whose name a rule ignores has no entity.

CREATE TABLE mentions_v3 (
    id            INTEGER PRIMARY KEY,
    transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    sentence_id   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    segment_id    INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    entity_id     INTEGER REFERENCES entities(id), -- NULL when an alias rule ignores the name
    name          TEXT NOT NULL,             -- the name as written, without title or possessive: "Trump"
    canonical     TEXT NOT NULL,             -- the fuller name it resolves to in its transcript: "Donald Trump";
                                             -- '' when it fits two fuller names there and is left unresolved
    surface       TEXT NOT NULL,             -- the text as it stands in the transcript: "President Trump's"
    type          TEXT NOT NULL,             -- type the extractor gave: PERSON, PLACE or ORG
    start_seconds REAL,                      -- start of the segment (or word) holding its first character
    char_start    INTEGER NOT NULL,          -- code-point offsets into the sentence text
    char_end      INTEGER NOT NULL,
    speaker       TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT ''   -- deep link to the moment, when the video is known
);
INSERT INTO mentions_v3
    SELECT m.id, m.transcript_id, m.sentence_id, m.segment_id, m.entity_id, e.name, e.name, m.surface, m.type,
           m.start_seconds, m.char_start, m.char_end, m.speaker, m.url
    FROM mentions m JOIN entities e ON e.id = m.entity_id;
DROP TABLE mentions;
ALTER TABLE mentions_v3 RENAME TO mentions;
CREATE INDEX mentions_entity ON mentions(entity_id, transcript_id, start_seconds);
CREATE INDEX mentions_transcript ON mentions(transcript_id, start_seconds, entity_id);
CREATE INDEX mentions_sentence ON mentions(sentence_id, entity_id);
CREATE INDEX mentions_segment ON mentions(segment_id);
CREATE INDEX mentions_name ON mentions(name, type);
CREATE INDEX mentions_canonical ON mentions(canonical, type);

-- aliases: every written name of every entity, with how many mentions use
-- it. Kept up to date by the triggers below.
CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,                 -- as written (mentions.name)
    type      TEXT NOT NULL,                 -- type the extractor gave
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, name, type)
) WITHOUT ROWID;
CREATE INDEX aliases_name ON aliases(name COLLATE NOCASE);
INSERT INTO aliases (entity_id, name, type, mentions)
    SELECT entity_id, name, type, count(*) FROM mentions WHERE entity_id IS NOT NULL GROUP BY entity_id, name, type;

CREATE TRIGGER mentions_alias_insert AFTER INSERT ON mentions WHEN new.entity_id IS NOT NULL BEGIN
    INSERT INTO aliases (entity_id, name, type, mentions) VALUES (new.entity_id, new.name, new.type, 1)
        ON CONFLICT (entity_id, name, type) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER mentions_alias_delete AFTER DELETE ON mentions WHEN old.entity_id IS NOT NULL BEGIN
    UPDATE aliases SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND name = old.name AND type = old.type;
    DELETE FROM aliases WHERE entity_id = old.entity_id AND name = old.name AND type = old.type AND mentions <= 0;
END;
CREATE TRIGGER mentions_alias_update AFTER UPDATE OF entity_id, name, type ON mentions BEGIN
    UPDATE aliases SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND name = old.name AND type = old.type;
    DELETE FROM aliases WHERE entity_id = old.entity_id AND name = old.name AND type = old.type AND mentions <= 0;
    INSERT INTO aliases (entity_id, name, type, mentions) SELECT new.entity_id, new.name, new.type, 1 WHERE new.entity_id IS NOT NULL
        ON CONFLICT (entity_id, name, type) DO UPDATE SET mentions = mentions + 1;
END;

-- entity_videos: mentions per entity per transcript, with the transcript's
-- publication date copied in, so counts by entity, video and date read a
-- small table rather than every mention. Kept up to date by triggers.
CREATE TABLE entity_videos (
    entity_id     INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    published     TEXT,                      -- transcripts.published
    mentions      INTEGER NOT NULL,
    PRIMARY KEY (entity_id, transcript_id)
) WITHOUT ROWID;
CREATE INDEX entity_videos_transcript ON entity_videos(transcript_id);
INSERT INTO entity_videos (entity_id, transcript_id, published, mentions)
    SELECT m.entity_id, m.transcript_id, t.published, count(*) FROM mentions m JOIN transcripts t ON t.id = m.transcript_id
    WHERE m.entity_id IS NOT NULL GROUP BY m.entity_id, m.transcript_id;

CREATE TRIGGER mentions_videos_insert AFTER INSERT ON mentions WHEN new.entity_id IS NOT NULL BEGIN
    INSERT INTO entity_videos (entity_id, transcript_id, published, mentions)
        SELECT new.entity_id, new.transcript_id, t.published, 1 FROM transcripts t WHERE t.id = new.transcript_id
        ON CONFLICT (entity_id, transcript_id) DO UPDATE SET mentions = mentions + 1;
END;
CREATE TRIGGER mentions_videos_delete AFTER DELETE ON mentions WHEN old.entity_id IS NOT NULL BEGIN
    UPDATE entity_videos SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND transcript_id = old.transcript_id;
    DELETE FROM entity_videos WHERE entity_id = old.entity_id AND transcript_id = old.transcript_id AND mentions <= 0;
END;
CREATE TRIGGER mentions_videos_update AFTER UPDATE OF entity_id ON mentions BEGIN
    UPDATE entity_videos SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND transcript_id = old.transcript_id;
    DELETE FROM entity_videos WHERE entity_id = old.entity_id AND transcript_id = old.transcript_id AND mentions <= 0;
    INSERT INTO entity_videos (entity_id, transcript_id, published, mentions)
        SELECT new.entity_id, new.transcript_id, t.published, 1 FROM transcripts t WHERE t.id = new.transcript_id AND new.entity_id IS NOT NULL
        ON CONFLICT (entity_id, transcript_id) DO UPDATE SET mentions = mentions + 1;
END;

-- alias_rules: the user's alias file as last applied. A rule matches a
-- mention whose written or in-transcript name has the rule's key, whatever
-- its type; it sends it to the entity (canonical, type), or, when ignore is
-- 1, to no entity.
CREATE TABLE alias_rules (
    alias_key TEXT PRIMARY KEY,              -- lower-cased alias, single spaces
    alias     TEXT NOT NULL,                 -- as the file writes it
    canonical TEXT NOT NULL DEFAULT '',      -- '' when ignore is 1
    type      TEXT NOT NULL DEFAULT '' CHECK (type IN ('', 'PERSON', 'PLACE', 'ORG')), -- '' keeps the mention's type
    ignore    INTEGER NOT NULL DEFAULT 0 CHECK (ignore IN (0, 1)),
    line      INTEGER NOT NULL DEFAULT 0     -- line in the file it came from
);

-- Full-text search over sentences (FTS4: compiled into go-sqlite3 without
-- build tags), kept in step with the sentences table.
CREATE VIRTUAL TABLE sentence_search USING fts4(content="sentences", text, tokenize=unicode61);
CREATE TRIGGER sentences_search_delete BEFORE DELETE ON sentences BEGIN
    DELETE FROM sentence_search WHERE docid = old.id;
END;
CREATE TRIGGER sentences_search_update_before BEFORE UPDATE ON sentences BEGIN
    DELETE FROM sentence_search WHERE docid = old.id;
END;
CREATE TRIGGER sentences_search_update_after AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentence_search (docid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_search_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentence_search (docid, text) VALUES (new.id, new.text);
END;
INSERT INTO sentence_search (sentence_search) VALUES ('rebuild');

-- Views: the tidy tables researchers open first.

-- mention_details: one row per mention with its entity, time, link,
-- sentence and video.
CREATE VIEW mention_details AS
SELECT m.id AS mention_id,
       e.id AS entity_id, e.name AS entity, e.type AS entity_type,
       m.name AS name_as_written, m.surface, m.type AS tagged_type,
       t.video_id, t.title AS video_title, t.channel, t.published,
       m.start_seconds,
       CASE WHEN m.start_seconds IS NULL THEN NULL
            ELSE printf('%02d:%02d:%02d', CAST(m.start_seconds AS INTEGER) / 3600,
                        CAST(m.start_seconds AS INTEGER) / 60 % 60, CAST(m.start_seconds AS INTEGER) % 60) END AS timestamp,
       m.url AS link, m.speaker, s.text AS sentence, t.path AS transcript_path
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN sentences s ON s.id = m.sentence_id
JOIN transcripts t ON t.id = m.transcript_id;

-- entity_counts: each entity with its mentions, videos and the first and
-- last publication dates it was mentioned on.
CREATE VIEW entity_counts AS
SELECT e.id AS entity_id, e.name AS entity, e.type AS entity_type,
       sum(ev.mentions) AS mentions, count(*) AS videos,
       min(ev.published) AS first_seen, max(ev.published) AS last_seen
FROM entity_videos ev
JOIN entities e ON e.id = ev.entity_id
GROUP BY e.id;

-- mention_timeline: mentions per entity per publication day.
CREATE VIEW mention_timeline AS
SELECT e.id AS entity_id, e.name AS entity, e.type AS entity_type,
       ev.published AS day, sum(ev.mentions) AS mentions, count(*) AS videos
FROM entity_videos ev
JOIN entities e ON e.id = ev.entity_id
GROUP BY e.id, ev.published;

-- video_mentions: each transcript with its metadata and mention counts.
CREATE VIEW video_mentions AS
SELECT t.id AS transcript_id, t.video_id, t.title, t.channel, t.published, t.url, t.length_seconds, t.format, t.path,
       (SELECT count(*) FROM mentions m WHERE m.transcript_id = t.id AND m.entity_id IS NOT NULL) AS mentions,
       (SELECT count(DISTINCT m.entity_id) FROM mentions m WHERE m.transcript_id = t.id) AS entities
FROM transcripts t;
