-- 0004: daily counts kept by triggers, so dashboards' aggregates read a few thousand pre-summed rows instead of
-- grouping every article (timeline, overview, totals) or every article-party link (party windows and timelines).
-- A day is the UTC date of published_at ('yyyy-MM-dd'); undated articles count under the day ''.

-- Articles per day and source ('' = no source). Sources compare case-insensitively, as the article filter does.
CREATE TABLE article_days (
    day      TEXT    NOT NULL,
    source   TEXT    NOT NULL COLLATE NOCASE,
    articles INTEGER NOT NULL,
    PRIMARY KEY (day, source)
) WITHOUT ROWID;
CREATE INDEX ix_article_days_source ON article_days(source, day, articles); -- covering: per-source sums read only the index

INSERT INTO article_days (day, source, articles)
SELECT coalesce(substr(published_at, 1, 10), ''), coalesce(source, ''), count(*)
FROM articles
GROUP BY 1, 2 COLLATE NOCASE;

CREATE TRIGGER article_days_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_days (day, source, articles)
    VALUES (coalesce(substr(new.published_at, 1, 10), ''), coalesce(new.source, ''), 1)
    ON CONFLICT (day, source) DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER article_days_delete AFTER DELETE ON articles BEGIN
    UPDATE article_days SET articles = articles - 1
    WHERE day = coalesce(substr(old.published_at, 1, 10), '') AND source = coalesce(old.source, '');
    DELETE FROM article_days
    WHERE day = coalesce(substr(old.published_at, 1, 10), '') AND source = coalesce(old.source, '') AND articles <= 0;
END;

CREATE TRIGGER article_days_update AFTER UPDATE OF published_at, source ON articles
WHEN old.published_at IS NOT new.published_at OR old.source IS NOT new.source BEGIN
    UPDATE article_days SET articles = articles - 1
    WHERE day = coalesce(substr(old.published_at, 1, 10), '') AND source = coalesce(old.source, '');
    DELETE FROM article_days
    WHERE day = coalesce(substr(old.published_at, 1, 10), '') AND source = coalesce(old.source, '') AND articles <= 0;
    INSERT INTO article_days (day, source, articles)
    VALUES (coalesce(substr(new.published_at, 1, 10), ''), coalesce(new.source, ''), 1)
    ON CONFLICT (day, source) DO UPDATE SET articles = articles + 1;
END;

-- Articles and mentions per day and party.
CREATE TABLE party_days (
    day      TEXT    NOT NULL,
    party_id INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (day, party_id)
) WITHOUT ROWID;
CREATE INDEX ix_party_days_party ON party_days(party_id, day);

INSERT INTO party_days (day, party_id, articles, mentions)
SELECT coalesce(substr(a.published_at, 1, 10), ''), ap.party_id, count(*), sum(ap.mention_count)
FROM article_parties ap JOIN articles a ON a.id = ap.article_id
GROUP BY 1, 2;

-- The same per month ('yyyy-MM'), dated articles only, kept by the triggers below: a window of several months reads
-- one row per party and whole month, and party_days only for the partial months at its ends.
CREATE TABLE party_months (
    month    TEXT    NOT NULL,
    party_id INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (month, party_id)
) WITHOUT ROWID;

INSERT INTO party_months (month, party_id, articles, mentions)
SELECT substr(day, 1, 7), party_id, sum(articles), sum(mentions)
FROM party_days
WHERE day > ''
GROUP BY 1, 2;

CREATE TRIGGER party_days_insert AFTER INSERT ON article_parties BEGIN
    INSERT INTO party_days (day, party_id, articles, mentions)
    SELECT coalesce(substr(a.published_at, 1, 10), ''), new.party_id, 1, new.mention_count
    FROM articles a WHERE a.id = new.article_id
    ON CONFLICT (day, party_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions;
    INSERT INTO party_months (month, party_id, articles, mentions)
    SELECT substr(a.published_at, 1, 7), new.party_id, 1, new.mention_count
    FROM articles a WHERE a.id = new.article_id AND a.published_at IS NOT NULL
    ON CONFLICT (month, party_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions;
END;

-- The article row must still exist to know the day: see articles_delete_parties below.
CREATE TRIGGER party_days_delete AFTER DELETE ON article_parties BEGIN
    UPDATE party_days SET articles = articles - 1, mentions = mentions - old.mention_count
    WHERE party_id = old.party_id
      AND day = (SELECT coalesce(substr(a.published_at, 1, 10), '') FROM articles a WHERE a.id = old.article_id);
    DELETE FROM party_days
    WHERE party_id = old.party_id AND articles <= 0
      AND day = (SELECT coalesce(substr(a.published_at, 1, 10), '') FROM articles a WHERE a.id = old.article_id);
    UPDATE party_months SET articles = articles - 1, mentions = mentions - old.mention_count
    WHERE party_id = old.party_id
      AND month = (SELECT substr(a.published_at, 1, 7) FROM articles a WHERE a.id = old.article_id);
    DELETE FROM party_months
    WHERE party_id = old.party_id AND articles <= 0
      AND month = (SELECT substr(a.published_at, 1, 7) FROM articles a WHERE a.id = old.article_id);
END;

-- Removes an article's party links while the article row (and so its day) still exists; the foreign-key cascade
-- that follows finds nothing left to delete.
CREATE TRIGGER articles_delete_parties BEFORE DELETE ON articles BEGIN
    DELETE FROM article_parties WHERE article_id = old.id;
END;

-- A new publication date moves the article's party counts from the old day and month to the new ones.
CREATE TRIGGER party_days_move AFTER UPDATE OF published_at ON articles
WHEN old.published_at IS NOT new.published_at BEGIN
    UPDATE party_days SET
        articles = articles - 1,
        mentions = mentions - (SELECT ap.mention_count FROM article_parties ap WHERE ap.article_id = new.id AND ap.party_id = party_days.party_id)
    WHERE day = coalesce(substr(old.published_at, 1, 10), '')
      AND party_id IN (SELECT ap.party_id FROM article_parties ap WHERE ap.article_id = new.id);
    DELETE FROM party_days
    WHERE day = coalesce(substr(old.published_at, 1, 10), '') AND articles <= 0;
    INSERT INTO party_days (day, party_id, articles, mentions)
    SELECT coalesce(substr(new.published_at, 1, 10), ''), ap.party_id, 1, ap.mention_count
    FROM article_parties ap WHERE ap.article_id = new.id
    ON CONFLICT (day, party_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions;
    UPDATE party_months SET
        articles = articles - 1,
        mentions = mentions - (SELECT ap.mention_count FROM article_parties ap WHERE ap.article_id = new.id AND ap.party_id = party_months.party_id)
    WHERE month = substr(old.published_at, 1, 7)
      AND party_id IN (SELECT ap.party_id FROM article_parties ap WHERE ap.article_id = new.id);
    DELETE FROM party_months
    WHERE month = substr(old.published_at, 1, 7) AND articles <= 0;
    INSERT INTO party_months (month, party_id, articles, mentions)
    SELECT substr(new.published_at, 1, 7), ap.party_id, 1, ap.mention_count
    FROM article_parties ap WHERE ap.article_id = new.id AND new.published_at IS NOT NULL
    ON CONFLICT (month, party_id) DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions;
END;
