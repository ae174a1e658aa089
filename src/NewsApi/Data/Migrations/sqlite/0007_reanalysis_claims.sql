-- 0007: claims on stale articles for re-analysis after an analyser upgrade. Each instance claims a few stale articles
-- at a time (a lease that expires, in case the instance dies), analyses only those, and drops each claim in the
-- transaction that stores the new analysis. With one SQLite file there is one writer at a time; the claims make the
-- same code path safe when several processes share the file.
CREATE TABLE reanalysis_claims (
    article_id INTEGER NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    owner      TEXT    NOT NULL,
    expires_at TEXT    NOT NULL   -- ISO 8601 UTC, compares as text
);

-- (PostgreSQL's 0007 also adds rate_limit_windows for a rate limit shared by instances; one SQLite process counts in memory.)
