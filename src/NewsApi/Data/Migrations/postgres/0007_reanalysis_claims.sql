-- 0007: claims on stale articles for re-analysis after an analyser upgrade. Each instance claims a few stale articles
-- at a time (FOR UPDATE SKIP LOCKED, so two instances never claim the same one; a lease that expires, in case the
-- instance dies), analyses only those, and drops each claim in the transaction that stores the new analysis.
CREATE TABLE reanalysis_claims (
    article_id bigint NOT NULL PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    owner      text COLLATE "C" NOT NULL,
    expires_at text COLLATE "C" NOT NULL   -- ISO 8601 UTC, compares as text
);

-- Request counts per client and fixed window for NewsApi:RateLimit:Store = postgres, shared by every instance.
-- UNLOGGED: a crash may reset the counts, which only forgives a minute of requests, and writes skip the WAL.
CREATE UNLOGGED TABLE rate_limit_windows (
    client       text COLLATE "C" NOT NULL,
    window_start bigint NOT NULL,   -- Unix seconds
    requests     bigint NOT NULL,
    PRIMARY KEY (client, window_start)
);
