-- The pejabat penilai and atasan pejabat penilai a running year's SKP named before a mutasi moved
-- the employee (or the appraiser) to new ones. They approved the SKP or rated periods of that year,
-- so they keep reading that year's documents; skp itself names the current people.
CREATE TABLE skp_pejabat_sebelumnya (
  skp_id      BIGINT      NOT NULL REFERENCES skp (id) ON DELETE CASCADE,
  nip         VARCHAR(64) NOT NULL,
  peran       VARCHAR(20) NOT NULL,
  diganti_pada TIMESTAMP  NOT NULL,
  CONSTRAINT pk_skp_pejabat_sebelumnya PRIMARY KEY (skp_id, nip, peran),
  CONSTRAINT ck_skp_pejabat_sebelumnya_peran CHECK (peran IN ('PEJABAT_PENILAI', 'ATASAN'))
);
CREATE INDEX ix_skp_pejabat_sebelumnya_nip ON skp_pejabat_sebelumnya (nip);
