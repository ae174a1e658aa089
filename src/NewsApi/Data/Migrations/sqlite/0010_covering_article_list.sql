-- 0010: the article list's columns in an index in publication order, so a page of the list (newest first, or a date
-- range) reads index entries only. In the table every column after the body sits behind the body's overflow pages,
-- which SQLite walks to reach url, source, dates and counts (500 seed copies: a page of 20 took about half as long
-- from this index). The body, the content hash, the analyser version and updated_at are not in a list item.
CREATE INDEX ix_articles_list ON articles(
    published_at, id, title, url, source, author, language, dateline, word_count, sentence_count, created_at);
