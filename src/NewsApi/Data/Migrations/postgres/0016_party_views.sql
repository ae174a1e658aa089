-- 0016: a party's page as stored bytes (party_views), valid while the party's version is the one it was built at
-- (the same design as SQLite's 0016: the version moves with every change to the party's links, in the changing
-- transaction; a page is built on the first read after a change and stored in the background).
ALTER TABLE parties ADD COLUMN version bigint NOT NULL DEFAULT 0;

CREATE TABLE party_views (
    party_id bigint  PRIMARY KEY REFERENCES parties(id) ON DELETE CASCADE,
    version  bigint  NOT NULL,
    format   integer NOT NULL,
    body     bytea   NOT NULL
);

-- Moves the versions of the parties whose links changed. Called after newsapi_party_deltas, which has locked their
-- rows in id order, so this takes no lock of its own.
CREATE FUNCTION newsapi_party_versions(party_ids bigint[]) RETURNS void
LANGUAGE sql AS $$
    UPDATE parties SET version = version + 1 WHERE id = ANY(party_ids);
$$;

-- As in 0015, and the versions move.
CREATE OR REPLACE FUNCTION newsapi_article_parties_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM newsapi_party_deltas(array_agg(party_id), array_agg(day), array_agg(1::bigint), array_agg(mention_count)) FROM new_rows;
    PERFORM newsapi_party_name_deltas(array_agg(party_id), array_agg(role), array_agg(aliases), array_agg(published_at), array_agg(1::bigint)) FROM new_rows;
    PERFORM newsapi_party_versions(array_agg(party_id)) FROM new_rows;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION newsapi_article_parties_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM newsapi_party_deltas(array_agg(party_id), array_agg(day), array_agg(-1::bigint), array_agg(-mention_count)) FROM old_rows;
    PERFORM newsapi_party_name_deltas(array_agg(party_id), array_agg(role), array_agg(aliases), array_agg(published_at), array_agg(-1::bigint)) FROM old_rows;
    PERFORM newsapi_party_versions(array_agg(party_id)) FROM old_rows;
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
    PERFORM newsapi_party_versions(array_agg(c.party_id)) FROM (SELECT party_id FROM old_rows UNION SELECT party_id FROM new_rows) c;
    RETURN NULL;
END $$;
