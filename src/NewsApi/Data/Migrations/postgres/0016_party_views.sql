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

-- Moves the versions of the parties whose links changed. These triggers fire after the link triggers of 0001/0015
-- (triggers on one event fire in name order), whose newsapi_party_deltas has locked the parties' rows in id order,
-- so this takes no lock of its own.
CREATE FUNCTION newsapi_article_parties_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE parties SET version = version + 1 WHERE id IN (SELECT party_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE parties SET version = version + 1 WHERE id IN (SELECT party_id FROM old_rows);
    ELSE
        UPDATE parties SET version = version + 1 WHERE id IN (SELECT party_id FROM old_rows UNION SELECT party_id FROM new_rows);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER article_parties_inserted_versions AFTER INSERT ON article_parties REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsapi_article_parties_versions();
CREATE TRIGGER article_parties_deleted_versions AFTER DELETE ON article_parties REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsapi_article_parties_versions();
CREATE TRIGGER article_parties_updated_versions AFTER UPDATE ON article_parties REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsapi_article_parties_versions();
