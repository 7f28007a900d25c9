-- The year indexes of V420 held the year alone. Before the first ANALYZE of a fresh year (a new
-- installation, or autovacuum not yet round) PostgreSQL judged "WHERE nip = ? AND tahun = ?" as
-- cheap on the year index as on the (nip, tahun) key and took the year index, then filtered every
-- row of the year by NIP: 1.5 ms per look-up at 5,000 employees, growing with each instance the
-- opening of a year adds. With the NIP in the year index too, both indexes find the row directly;
-- the dashboards' "WHERE tahun = ?" uses its first column as before.
DROP INDEX ix_skp_tahun;
CREATE INDEX ix_skp_tahun_nip ON skp (tahun, nip);
DROP INDEX ix_siklus_penilaian_tahun;
CREATE INDEX ix_siklus_penilaian_tahun_nip ON siklus_penilaian (tahun, nip);
