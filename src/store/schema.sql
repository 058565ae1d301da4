-- kronika database schema (SQLite). The one place the schema is defined;
-- compiled into the binary (src/store/schema_sql.h.in). Every statement is
-- idempotent so opening an existing database applies nothing twice.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');

-- One row per distinct article text. content_hash (XXH3-128 of the original
-- bytes) makes ingesting the same article twice a no-op.
CREATE TABLE IF NOT EXISTS articles (
  rowid           INTEGER PRIMARY KEY,
  id              TEXT NOT NULL,
  content_hash    TEXT NOT NULL UNIQUE,
  source          TEXT,
  lang            TEXT,
  lang_confidence REAL,
  published       TEXT,
  agency          TEXT,
  outlet          TEXT,
  url             TEXT,
  title           TEXT,
  length          INTEGER NOT NULL,
  text            TEXT NOT NULL,
  annotation      TEXT NOT NULL,        -- the full annotate JSON (FORMAT.md)
  ingested_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS articles_id ON articles(id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

-- Entity mentions with their evidence span (code points into articles.text).
CREATE TABLE IF NOT EXISTS mentions (
  article     INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  id          INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  entity      TEXT,
  actor       TEXT,
  country     TEXT,
  resolved_by TEXT,
  lat         REAL,
  lon         REAL,
  geonameid   INTEGER,
  PRIMARY KEY (article, id)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE INDEX IF NOT EXISTS mentions_country ON mentions(country);

-- Coded events (one real-world event per row; its reports are event_mentions).
CREATE TABLE IF NOT EXISTS events (
  article        INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  id             INTEGER NOT NULL,
  source_actor   TEXT,
  source_entity  TEXT,
  target_actor   TEXT,
  target_entity  TEXT,
  cameo          TEXT NOT NULL,
  root           TEXT NOT NULL,
  plover         TEXT,
  goldstein      REAL,
  quad_class     INTEGER,
  modality       TEXT NOT NULL,
  negated        INTEGER NOT NULL DEFAULT 0,
  date           TEXT,
  date_precision TEXT,
  location       TEXT,
  country        TEXT,
  lat            REAL,
  lon            REAL,
  attribution    TEXT,                  -- JSON array of {actor, text, start, end}
  PRIMARY KEY (article, id)
);
CREATE INDEX IF NOT EXISTS events_root ON events(root);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS event_mentions (
  article        INTEGER NOT NULL,
  event          INTEGER NOT NULL,
  n              INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  cue_start      INTEGER,
  cue_end        INTEGER,
  source_mention INTEGER,
  target_mention INTEGER,
  PRIMARY KEY (article, event, n),
  FOREIGN KEY (article, event) REFERENCES events(article, id) ON DELETE CASCADE
);

-- Inputs that could not become articles, so a run's losses can be queried.
CREATE TABLE IF NOT EXISTS rejections (
  source      TEXT NOT NULL,
  code        TEXT NOT NULL,
  message     TEXT NOT NULL,
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  PRIMARY KEY (source, code)
);
