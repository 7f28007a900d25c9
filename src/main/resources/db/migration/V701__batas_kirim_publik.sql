-- The public submission budget (kinerja.publik.batas-kirim) of each client address, shared by every
-- node on this database: a token bucket per client, so behind N replicas a client still gets one
-- budget for surveys and reports, not N. Rows of idle clients are deleted again.
CREATE TABLE batas_kirim_publik (
  klien      VARCHAR(64)      NOT NULL PRIMARY KEY,
  -- tokens left at diisi_pada
  token      DOUBLE PRECISION NOT NULL,
  -- epoch milliseconds of the last refill
  diisi_pada BIGINT           NOT NULL
);
CREATE INDEX ix_batas_kirim_publik_diisi ON batas_kirim_publik (diisi_pada);
