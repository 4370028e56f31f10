-- The words of each document's title and summary alone (weights A and B of its vector), kept by
-- PostgreSQL from the vector itself: a results page ranks first the items whose title or summary
-- has the words, and reading this small vector costs little where the whole one (a library
-- document's text) costs much.
ALTER TABLE search_document
  ADD COLUMN head tsvector GENERATED ALWAYS AS (ts_filter(vector, '{a,b}')) STORED;
