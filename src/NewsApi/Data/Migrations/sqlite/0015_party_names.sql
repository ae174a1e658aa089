-- 0015: a party's page reads its roles and aliases (with first and last publication time and article count) from a
-- rollup kept by triggers, and its newest articles from an index in publication order, instead of grouping and
-- sorting every link of the party on each request (a party in 500 articles cost about 1 ms a read; a party in
-- 100,000 articles would cost 100,000 rows).
--
-- Each link carries its article's publication time. Every write that changes an article's publication time replaces
-- its links (PUT and re-analysis delete and insert them), so a link's time is the article's.
ALTER TABLE article_parties ADD COLUMN published_at TEXT NULL;
UPDATE article_parties SET published_at = (SELECT a.published_at FROM articles a WHERE a.id = article_parties.article_id);
-- Covering (the role and mention count ride along), so the newest links are read from the index alone.
CREATE INDEX ix_article_parties_party_dated ON article_parties (party_id, published_at DESC, article_id DESC, role, mention_count);

-- kind 'role' or 'alias'; articles: the links that give the party this role or alias; first_seen/last_seen: their
-- earliest and latest publication time (NULL when none is dated).
CREATE TABLE party_names (
    party_id   INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    first_seen TEXT    NULL,
    last_seen  TEXT    NULL,
    articles   INTEGER NOT NULL,
    PRIMARY KEY (party_id, kind, value)
) WITHOUT ROWID;

INSERT INTO party_names (party_id, kind, value, first_seen, last_seen, articles)
SELECT party_id, 'role', role, min(published_at), max(published_at), count(*)
FROM article_parties WHERE role IS NOT NULL GROUP BY party_id, role;
INSERT INTO party_names (party_id, kind, value, first_seen, last_seen, articles)
SELECT ap.party_id, 'alias', j.value, min(ap.published_at), max(ap.published_at), count(DISTINCT ap.article_id)
FROM article_parties ap, json_each(ap.aliases) j GROUP BY ap.party_id, j.value;

CREATE TRIGGER party_names_insert AFTER INSERT ON article_parties BEGIN
    INSERT INTO party_names (party_id, kind, value, first_seen, last_seen, articles)
    SELECT new.party_id, n.kind, n.value, new.published_at, new.published_at, 1
    FROM (SELECT 'role' AS kind, new.role AS value WHERE new.role IS NOT NULL
          UNION SELECT 'alias', j.value FROM json_each(new.aliases) j) n
    WHERE true
    ON CONFLICT (party_id, kind, value) DO UPDATE SET
        articles = articles + 1,
        first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen THEN excluded.first_seen ELSE first_seen END,
        last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen THEN excluded.last_seen ELSE last_seen END;
END;

-- A removed link lowers its names' counts; a name no link gives any more goes; a name whose first or last time was
-- the removed link's takes them again from the links that remain (in publication order, so the scan stops early).
CREATE TRIGGER party_names_delete AFTER DELETE ON article_parties BEGIN
    UPDATE party_names SET articles = articles - 1
    WHERE party_id = old.party_id
      AND ((kind = 'role' AND value = old.role) OR (kind = 'alias' AND value IN (SELECT j.value FROM json_each(old.aliases) j)));
    DELETE FROM party_names
    WHERE party_id = old.party_id AND articles <= 0
      AND ((kind = 'role' AND value = old.role) OR (kind = 'alias' AND value IN (SELECT j.value FROM json_each(old.aliases) j)));
    UPDATE party_names SET
        first_seen = (SELECT ap.published_at FROM article_parties ap
                      WHERE ap.party_id = party_names.party_id AND ap.published_at IS NOT NULL
                        AND CASE party_names.kind WHEN 'role' THEN ap.role = party_names.value
                            ELSE EXISTS (SELECT 1 FROM json_each(ap.aliases) j WHERE j.value = party_names.value) END
                      ORDER BY ap.published_at LIMIT 1),
        last_seen = (SELECT ap.published_at FROM article_parties ap
                     WHERE ap.party_id = party_names.party_id AND ap.published_at IS NOT NULL
                       AND CASE party_names.kind WHEN 'role' THEN ap.role = party_names.value
                           ELSE EXISTS (SELECT 1 FROM json_each(ap.aliases) j WHERE j.value = party_names.value) END
                     ORDER BY ap.published_at DESC LIMIT 1)
    WHERE party_id = old.party_id AND old.published_at IS NOT NULL
      AND (first_seen = old.published_at OR last_seen = old.published_at)
      AND ((kind = 'role' AND value = old.role) OR (kind = 'alias' AND value IN (SELECT j.value FROM json_each(old.aliases) j)));
END;
