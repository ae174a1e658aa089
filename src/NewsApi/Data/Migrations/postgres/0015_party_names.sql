-- 0015: a party's page reads its roles and aliases (with first and last publication time and article count) from a
-- rollup kept by the article_parties triggers, and its newest articles from an index in publication order, instead
-- of grouping and sorting every link of the party on each request.
--
-- Each link carries its article's publication time; a new publication time moves it (newsapi_articles_updated), as
-- it moves the link's day.
ALTER TABLE article_parties ADD COLUMN published_at text NULL;
ALTER TABLE article_parties DISABLE TRIGGER article_parties_updated;
UPDATE article_parties ap SET published_at = a.published_at FROM articles a WHERE a.id = ap.article_id AND a.published_at IS NOT NULL;
ALTER TABLE article_parties ENABLE TRIGGER article_parties_updated;
CREATE INDEX ix_article_parties_party_dated ON article_parties (party_id, published_at DESC NULLS LAST, article_id DESC) INCLUDE (role, mention_count);

-- kind 'role' or 'alias'; articles: the links that give the party this role or alias; first_seen/last_seen: their
-- earliest and latest publication time (NULL when none is dated).
CREATE TABLE party_names (
    party_id   bigint NOT NULL,
    kind       text   NOT NULL,
    value      text   NOT NULL,
    first_seen text   NULL,
    last_seen  text   NULL,
    articles   bigint NOT NULL,
    PRIMARY KEY (party_id, kind, value)
);

-- The names a set of links gives (a role, and each distinct alias), with the link's time and sign (+1 added, -1 removed).
CREATE FUNCTION newsapi_party_names_of(party_ids bigint[], roles text[], aliases text[], published text[], signs bigint[])
RETURNS TABLE (party_id bigint, kind text, value text, published text, sign bigint)
LANGUAGE sql STABLE AS $$
    SELECT u.party_id, 'role', u.role, u.published, u.sign
    FROM unnest(party_ids, roles, aliases, published, signs) AS u(party_id, role, aliases, published, sign) WHERE u.role IS NOT NULL
    UNION ALL
    SELECT u.party_id, 'alias', a.value, u.published, u.sign
    FROM unnest(party_ids, roles, aliases, published, signs) AS u(party_id, role, aliases, published, sign),
         LATERAL (SELECT DISTINCT e.value FROM jsonb_array_elements_text(u.aliases::jsonb) AS e(value)) a
$$;

INSERT INTO party_names (party_id, kind, value, first_seen, last_seen, articles)
SELECT n.party_id, n.kind, n.value, min(n.published), max(n.published), count(*)
FROM article_parties ap,
     LATERAL newsapi_party_names_of(ARRAY[ap.party_id], ARRAY[ap.role], ARRAY[ap.aliases], ARRAY[ap.published_at], ARRAY[1::bigint]) n
GROUP BY 1, 2, 3;

-- Applies link changes to party_names, in key order. Called after newsapi_party_deltas, which holds the parties' rows:
-- a writer's recount below sees every link that writers before it committed for those parties.
CREATE FUNCTION newsapi_party_name_deltas(party_ids bigint[], roles text[], aliases text[], published text[], signs bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO party_names (party_id, kind, value, first_seen, last_seen, articles)
    SELECT n.party_id, n.kind, n.value, min(n.published) FILTER (WHERE n.sign > 0), max(n.published) FILTER (WHERE n.sign > 0), sum(n.sign)
    FROM newsapi_party_names_of(party_ids, roles, aliases, published, signs) n
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ON CONSTRAINT party_names_pkey DO UPDATE SET
        articles = party_names.articles + excluded.articles,
        first_seen = least(party_names.first_seen, excluded.first_seen),
        last_seen = greatest(party_names.last_seen, excluded.last_seen);
    DELETE FROM party_names t USING newsapi_party_names_of(party_ids, roles, aliases, published, signs) n
    WHERE n.sign < 0 AND t.party_id = n.party_id AND t.kind = n.kind AND t.value = n.value AND t.articles <= 0;
    -- A removed link that held a name's first or last time: take them again from the links that remain.
    UPDATE party_names t SET
        first_seen = (SELECT ap.published_at FROM article_parties ap
                      WHERE ap.party_id = t.party_id AND ap.published_at IS NOT NULL
                        AND CASE t.kind WHEN 'role' THEN ap.role = t.value
                            ELSE EXISTS (SELECT 1 FROM jsonb_array_elements_text(ap.aliases::jsonb) AS e(value) WHERE e.value = t.value) END
                      ORDER BY ap.published_at LIMIT 1),
        last_seen = (SELECT ap.published_at FROM article_parties ap
                     WHERE ap.party_id = t.party_id AND ap.published_at IS NOT NULL
                       AND CASE t.kind WHEN 'role' THEN ap.role = t.value
                           ELSE EXISTS (SELECT 1 FROM jsonb_array_elements_text(ap.aliases::jsonb) AS e(value) WHERE e.value = t.value) END
                     ORDER BY ap.published_at DESC LIMIT 1)
    FROM (SELECT n.party_id, n.kind, n.value, min(n.published) AS lo, max(n.published) AS hi
          FROM newsapi_party_names_of(party_ids, roles, aliases, published, signs) n
          WHERE n.sign < 0 AND n.published IS NOT NULL GROUP BY 1, 2, 3) d
    WHERE t.party_id = d.party_id AND t.kind = d.kind AND t.value = d.value AND (d.lo <= t.first_seen OR d.hi >= t.last_seen);
END $$;

CREATE OR REPLACE FUNCTION newsapi_article_parties_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM newsapi_party_deltas(array_agg(party_id), array_agg(day), array_agg(1::bigint), array_agg(mention_count)) FROM new_rows;
    PERFORM newsapi_party_name_deltas(array_agg(party_id), array_agg(role), array_agg(aliases), array_agg(published_at), array_agg(1::bigint)) FROM new_rows;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION newsapi_article_parties_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM newsapi_party_deltas(array_agg(party_id), array_agg(day), array_agg(-1::bigint), array_agg(-mention_count)) FROM old_rows;
    PERFORM newsapi_party_name_deltas(array_agg(party_id), array_agg(role), array_agg(aliases), array_agg(published_at), array_agg(-1::bigint)) FROM old_rows;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION newsapi_article_parties_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM newsapi_party_deltas(array_agg(c.party_id), array_agg(c.day), array_agg(c.articles), array_agg(c.mentions))
    FROM (SELECT party_id, day, -1::bigint AS articles, -mention_count AS mentions FROM old_rows
          UNION ALL
          SELECT party_id, day, 1, mention_count FROM new_rows) c;
    PERFORM newsapi_party_name_deltas(array_agg(c.party_id), array_agg(c.role), array_agg(c.aliases), array_agg(c.published_at), array_agg(c.sign))
    FROM (SELECT party_id, role, aliases, published_at, -1::bigint AS sign FROM old_rows
          UNION ALL
          SELECT party_id, role, aliases, published_at, 1 FROM new_rows) c;
    RETURN NULL;
END $$;

-- As before (0001), and the links' publication time moves with their day.
CREATE OR REPLACE FUNCTION newsapi_articles_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM newsapi_article_day_deltas(array_agg(c.day), array_agg(c.source_key), array_agg(c.source), array_agg(c.delta))
    FROM (SELECT coalesce(substr(o.published_at, 1, 10), '') AS day, lower(coalesce(o.source, '')) AS source_key, coalesce(o.source, '') AS source, -1::bigint AS delta
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE o.published_at IS DISTINCT FROM n.published_at OR o.source IS DISTINCT FROM n.source
          UNION ALL
          SELECT coalesce(substr(n.published_at, 1, 10), ''), lower(coalesce(n.source, '')), coalesce(n.source, ''), 1
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE o.published_at IS DISTINCT FROM n.published_at OR o.source IS DISTINCT FROM n.source) c;
    UPDATE article_parties ap SET day = coalesce(substr(n.published_at, 1, 10), ''), published_at = n.published_at
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE ap.article_id = n.id AND o.published_at IS DISTINCT FROM n.published_at;
    RETURN NULL;
END $$;
