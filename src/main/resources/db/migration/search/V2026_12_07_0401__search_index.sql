-- The site search: one row per item and language, fed by the modules' change events (never by
-- reading their tables), with the words of the four languages folded of their accents.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One text search configuration per language: the language's own stop words and stemmer, the
-- accents folded before stemming, so that "huracan" and "huracán" give the same lexeme. And one
-- without stemming (sp_simple) for the words as written, whatever the language.
CREATE TEXT SEARCH CONFIGURATION sp_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION sp_en
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION sp_es (COPY = spanish);
ALTER TEXT SEARCH CONFIGURATION sp_es
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION sp_pt (COPY = portuguese);
ALTER TEXT SEARCH CONFIGURATION sp_pt
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem;
CREATE TEXT SEARCH CONFIGURATION sp_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION sp_fr
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION sp_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION sp_simple
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE TABLE search_document (
  id           bigserial PRIMARY KEY,
  source       text        NOT NULL,
  ref          text        NOT NULL,
  language     text        NOT NULL CHECK (language IN ('en', 'es', 'pt', 'fr')),
  title        text        NOT NULL,
  summary      text        NOT NULL,
  body         text        NOT NULL,
  path         text        NOT NULL,
  access       text[]      NOT NULL CHECK (cardinality(access) > 0),
  country      text,
  hazards      text[]      NOT NULL DEFAULT '{}',
  published_at timestamptz,
  -- The words in the document's language (stemmed, weights A title, B summary, D body) followed by
  -- the same words unstemmed (sp_simple), written by SearchIndex on each change.
  vector       tsvector    NOT NULL,
  indexed_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source, ref, language)
);

-- Without the pending list (fastupdate): every change goes into the index at once, so a search
-- never scans a list of recent entries (and the planner never prices one).
CREATE INDEX search_document_vector ON search_document USING gin (vector) WITH (fastupdate = off);
CREATE INDEX search_document_access ON search_document USING gin (access) WITH (fastupdate = off);

-- The portal's own vocabulary, for "did you mean": the unstemmed, unaccented words of what
-- everyone may read, with a trigram index for similarity.
CREATE TABLE search_word (
  word text PRIMARY KEY
);

CREATE INDEX search_word_trigrams ON search_word USING gin (word gin_trgm_ops);

-- Each rebuild of the whole index: when, by whom (null at start-up), how many documents.
CREATE TABLE search_rebuild (
  id          bigserial PRIMARY KEY,
  started_at  timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  documents   integer     NOT NULL,
  started_by  text
);
