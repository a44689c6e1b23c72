-- Claims: attributed statements (who said what) and check-worthy sentences.

CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    transcript_id  INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    sentence_id    INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('attributed', 'checkworthy')),
    speaker        TEXT NOT NULL DEFAULT '', -- the source as written ("Donald Trump", "he")
    speaker_entity INTEGER REFERENCES entities(id), -- resolved source, NULL when unresolved
    cue            TEXT NOT NULL DEFAULT '', -- reporting verb or phrase, tense kept
    content        TEXT NOT NULL DEFAULT '', -- what was said
    content_start  INTEGER,                  -- code-point offsets into the sentence text
    content_end    INTEGER,
    score          REAL NOT NULL,            -- check-worthiness, 0 to 1
    start_seconds  REAL,
    url            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_transcript ON claims(transcript_id, start_seconds);
CREATE INDEX claims_speaker ON claims(speaker_entity);
CREATE INDEX claims_score ON claims(score);
