-- 0006: sentences.score and sentences.rank were written on every ingest and never read: every summariser's scores
-- live in sentence_scores, and ranks are computed per request for the summariser asked for.
ALTER TABLE sentences DROP COLUMN score;
ALTER TABLE sentences DROP COLUMN rank;
