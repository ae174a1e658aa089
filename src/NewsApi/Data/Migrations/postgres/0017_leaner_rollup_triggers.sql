-- 0017: the same counters, rollups and party versions as 0013/0015/0016, with less work per statement. Profiled on an
-- import of 5,000 corpus articles (pg_stat_statements with track = all), the article_parties triggers took most of
-- the server's time; two parts of it did nothing the rest did not do:
-- * the party versions (0016) were a second UPDATE of the same party rows right after the counters' UPDATE: every
--   party row of a batch was rewritten twice (both non-HOT, the counters are indexed). The version now moves in the
--   counters' UPDATE, for every party of the statement's links (as before, also when its counts net to zero).
-- * a statement that only adds (every import, POST and the insert half of a PUT) ran the removal of emptied rows for
--   every rollup and for party_names, each a join of the statement's rows with the table that can find nothing: a row
--   reaches zero only by a negative delta. Those passes now run when the statement has one.
-- Locking is unchanged: the parties' rows first, in id order, then each rollup's rows in key order.

CREATE OR REPLACE FUNCTION newsapi_article_day_deltas(days text[], keys text[], sources text[], deltas bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    removes boolean := EXISTS (SELECT 1 FROM unnest(deltas) AS d(delta) WHERE d.delta < 0);
BEGIN
    INSERT INTO article_days (day, source_key, source, articles)
    SELECT d.day, d.source_key, min(d.source), sum(d.delta)
    FROM unnest(days, keys, sources, deltas) AS d(day, source_key, source, delta)
    GROUP BY d.day, d.source_key
    HAVING sum(d.delta) <> 0
    ORDER BY d.day, d.source_key
    ON CONFLICT (day, source_key) DO UPDATE SET articles = article_days.articles + excluded.articles;
    IF removes THEN
        DELETE FROM article_days a
        USING unnest(days, keys) AS d(day, source_key)
        WHERE a.day = d.day AND a.source_key = d.source_key AND a.articles <= 0;
    END IF;

    INSERT INTO article_months (month, source_key, source, articles)
    SELECT substr(d.day, 1, 7), d.source_key, min(d.source), sum(d.delta)
    FROM unnest(days, keys, sources, deltas) AS d(day, source_key, source, delta)
    GROUP BY 1, 2
    HAVING sum(d.delta) <> 0
    ORDER BY 1, 2
    ON CONFLICT (month, source_key) DO UPDATE SET articles = article_months.articles + excluded.articles;
    IF removes THEN
        DELETE FROM article_months m
        USING unnest(days, keys) AS d(day, source_key)
        WHERE m.month = substr(d.day, 1, 7) AND m.source_key = d.source_key AND m.articles <= 0;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION newsapi_party_deltas(party_ids bigint[], days text[], articles bigint[], mentions bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    removes boolean := EXISTS (SELECT 1 FROM unnest(articles) AS a(delta) WHERE a.delta < 0);
BEGIN
    PERFORM 1 FROM parties WHERE id = ANY(party_ids) ORDER BY id FOR UPDATE;
    UPDATE parties p SET article_count = p.article_count + d.articles, mention_count = p.mention_count + d.mentions, version = p.version + 1
    FROM (SELECT u.party_id, sum(u.articles) AS articles, sum(u.mentions) AS mentions
          FROM unnest(party_ids, articles, mentions) AS u(party_id, articles, mentions) GROUP BY u.party_id) d
    WHERE p.id = d.party_id;

    INSERT INTO party_days (day, party_id, articles, mentions)
    SELECT u.day, u.party_id, sum(u.articles), sum(u.mentions)
    FROM unnest(party_ids, days, articles, mentions) AS u(party_id, day, articles, mentions)
    GROUP BY u.party_id, u.day HAVING sum(u.articles) <> 0 OR sum(u.mentions) <> 0 ORDER BY u.party_id, u.day
    ON CONFLICT (day, party_id) DO UPDATE SET articles = party_days.articles + excluded.articles, mentions = party_days.mentions + excluded.mentions;
    IF removes THEN -- a rollup row reaches zero articles only by a negative delta
        DELETE FROM party_days t USING unnest(party_ids, days) AS u(party_id, day)
        WHERE t.party_id = u.party_id AND t.day = u.day AND t.articles <= 0;
    END IF;

    INSERT INTO party_months (month, party_id, articles, mentions)
    SELECT substr(u.day, 1, 7), u.party_id, sum(u.articles), sum(u.mentions)
    FROM unnest(party_ids, days, articles, mentions) AS u(party_id, day, articles, mentions) WHERE u.day <> ''
    GROUP BY u.party_id, 1 HAVING sum(u.articles) <> 0 OR sum(u.mentions) <> 0 ORDER BY u.party_id, 1
    ON CONFLICT (month, party_id) DO UPDATE SET articles = party_months.articles + excluded.articles, mentions = party_months.mentions + excluded.mentions;
    IF removes THEN
        DELETE FROM party_months t USING unnest(party_ids, days) AS u(party_id, day)
        WHERE t.party_id = u.party_id AND t.month = substr(u.day, 1, 7) AND t.articles <= 0;
    END IF;

    INSERT INTO party_quarters (quarter, party_id, articles, mentions)
    SELECT substr(u.day, 1, 4) || '-Q' || ((substr(u.day, 6, 2)::int + 2) / 3), u.party_id, sum(u.articles), sum(u.mentions)
    FROM unnest(party_ids, days, articles, mentions) AS u(party_id, day, articles, mentions) WHERE u.day <> ''
    GROUP BY u.party_id, 1 HAVING sum(u.articles) <> 0 OR sum(u.mentions) <> 0 ORDER BY u.party_id, 1
    ON CONFLICT (quarter, party_id) DO UPDATE SET articles = party_quarters.articles + excluded.articles, mentions = party_quarters.mentions + excluded.mentions;
    IF removes THEN
        DELETE FROM party_quarters t USING unnest(party_ids, days) AS u(party_id, day)
        WHERE u.day <> '' AND t.party_id = u.party_id AND t.quarter = substr(u.day, 1, 4) || '-Q' || ((substr(u.day, 6, 2)::int + 2) / 3) AND t.articles <= 0;
    END IF;

    INSERT INTO party_years (year, party_id, articles, mentions)
    SELECT substr(u.day, 1, 4), u.party_id, sum(u.articles), sum(u.mentions)
    FROM unnest(party_ids, days, articles, mentions) AS u(party_id, day, articles, mentions) WHERE u.day <> ''
    GROUP BY u.party_id, 1 HAVING sum(u.articles) <> 0 OR sum(u.mentions) <> 0 ORDER BY u.party_id, 1
    ON CONFLICT (year, party_id) DO UPDATE SET articles = party_years.articles + excluded.articles, mentions = party_years.mentions + excluded.mentions;
    IF removes THEN
        DELETE FROM party_years t USING unnest(party_ids, days) AS u(party_id, day)
        WHERE t.party_id = u.party_id AND t.year = substr(u.day, 1, 4) AND t.articles <= 0;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION newsapi_party_name_deltas(party_ids bigint[], roles text[], aliases text[], published text[], signs bigint[]) RETURNS void
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
    IF NOT EXISTS (SELECT 1 FROM unnest(signs) AS s(sign) WHERE s.sign < 0) THEN
        RETURN;
    END IF;

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

-- The versions move in newsapi_party_deltas now.
DROP TRIGGER article_parties_inserted_versions ON article_parties;
DROP TRIGGER article_parties_deleted_versions ON article_parties;
DROP TRIGGER article_parties_updated_versions ON article_parties;
DROP FUNCTION newsapi_article_parties_versions();
