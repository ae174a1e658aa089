-- 0008: the party rollups' primary keys carry the counts (INCLUDE), so a party window reads its key ranges with
-- index-only scans. Their rows are stored in insertion order, so a month of party_days was spread over thousands
-- of heap pages (one day range at 100k articles: 30,242 rows on 8,608 pages, 49.8 ms warm; with the covering key
-- 14.4 ms, no heap fetch). SQLite's WITHOUT ROWID tables are stored in key order already.
ALTER TABLE party_days DROP CONSTRAINT party_days_pkey, ADD PRIMARY KEY (day, party_id) INCLUDE (articles, mentions);
ALTER TABLE party_months DROP CONSTRAINT party_months_pkey, ADD PRIMARY KEY (month, party_id) INCLUDE (articles, mentions);
ALTER TABLE party_quarters DROP CONSTRAINT party_quarters_pkey, ADD PRIMARY KEY (quarter, party_id) INCLUDE (articles, mentions);
ALTER TABLE party_years DROP CONSTRAINT party_years_pkey, ADD PRIMARY KEY (year, party_id) INCLUDE (articles, mentions);
