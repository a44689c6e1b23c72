-- Transcripts, their segments and sentences, entities and their mentions.
-- Times are seconds from the start of the recording (NULL when the format
-- has none); dates are ISO 8601 text.

CREATE TABLE transcripts (
    id             INTEGER PRIMARY KEY,
    path           TEXT NOT NULL UNIQUE,     -- absolute path of the file read
    content_hash   TEXT NOT NULL,            -- hex SHA-256 of the file's bytes
    format         TEXT NOT NULL,            -- parser that read it: markdown, bbc, vtt, ...
    title          TEXT NOT NULL DEFAULT '',
    channel        TEXT NOT NULL DEFAULT '',
    published      TEXT,                     -- YYYY-MM-DD, NULL when unknown
    url            TEXT NOT NULL DEFAULT '',
    video_id       TEXT NOT NULL DEFAULT '',
    length_seconds REAL,
    model          TEXT NOT NULL DEFAULT '', -- transcription model
    keywords       TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    description    TEXT NOT NULL DEFAULT '',
    meta           TEXT NOT NULL DEFAULT '{}', -- JSON object: other front-matter keys
    ingested_at    TEXT NOT NULL
);
CREATE INDEX transcripts_video ON transcripts(video_id);
CREATE INDEX transcripts_hash ON transcripts(content_hash);
CREATE INDEX transcripts_published ON transcripts(published);

CREATE TABLE segments (
    id            INTEGER PRIMARY KEY,
    transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,          -- 0-based order in the transcript
    start_seconds REAL,
    end_seconds   REAL,
    speaker       TEXT NOT NULL DEFAULT '',
    line          INTEGER,                   -- line in the source file
    text          TEXT NOT NULL,
    UNIQUE (transcript_id, seq)
);

CREATE TABLE sentences (
    id            INTEGER PRIMARY KEY,
    transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    first_segment INTEGER NOT NULL,          -- seq of the segment holding its first character
    last_segment  INTEGER NOT NULL,
    start_seconds REAL,
    end_seconds   REAL,
    text          TEXT NOT NULL,
    UNIQUE (transcript_id, seq)
);

CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                      -- as first seen
    type TEXT NOT NULL CHECK (type IN ('PERSON', 'PLACE', 'ORG')),
    key  TEXT NOT NULL,                      -- lower-cased name: one entity per name and type
    UNIQUE (key, type)
);

CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    sentence_id   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    segment_id    INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    surface       TEXT NOT NULL,             -- the text as it stands in the transcript
    type          TEXT NOT NULL,
    start_seconds REAL,                      -- start of the segment (or word) holding its first character
    char_start    INTEGER NOT NULL,          -- code-point offsets into the sentence text
    char_end      INTEGER NOT NULL,
    speaker       TEXT NOT NULL DEFAULT '',
    url           TEXT NOT NULL DEFAULT ''   -- deep link to the moment, when the video is known
);
CREATE INDEX mentions_entity ON mentions(entity_id, transcript_id, start_seconds);
CREATE INDEX mentions_transcript ON mentions(transcript_id, start_seconds);
CREATE INDEX mentions_sentence ON mentions(sentence_id);
CREATE INDEX mentions_segment ON mentions(segment_id);
