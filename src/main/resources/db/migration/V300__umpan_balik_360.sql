-- 360 feedback (umpan balik 360): peers and subordinates rate an employee on the seven BerAKHLAK
-- values. Anonymous by construction: no column names the rater, there is no timestamp, and keys
-- are random, so a row cannot be matched to a rater's task by its order or time.
-- One answer (jawaban) of one rater = seven rows sharing jawaban_id, one per value.
CREATE TABLE umpan_balik_360 (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  jawaban_id  VARCHAR(36)  NOT NULL,
  nip_dinilai VARCHAR(18)  NOT NULL,
  tahun       INTEGER      NOT NULL,
  nilai       VARCHAR(32)  NOT NULL,
  skor        SMALLINT     NOT NULL,
  CONSTRAINT ck_umpan_balik_360_skor CHECK (skor BETWEEN 1 AND 5),
  CONSTRAINT ck_umpan_balik_360_nilai CHECK (nilai IN ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN',
      'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF')),
  CONSTRAINT uq_umpan_balik_360_jawaban UNIQUE (jawaban_id, nilai)
);
CREATE INDEX ix_umpan_balik_360_dinilai ON umpan_balik_360 (nip_dinilai, tahun);

-- The optional free-text comments, kept apart from the scores so that not even the answer a
-- comment came with can be told; shown to the appraiser sorted, never in the order given.
CREATE TABLE umpan_balik_360_komentar (
  id          VARCHAR(36)   NOT NULL PRIMARY KEY,
  nip_dinilai VARCHAR(18)   NOT NULL,
  tahun       INTEGER       NOT NULL,
  komentar    VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_umpan_balik_360_komentar_dinilai ON umpan_balik_360_komentar (nip_dinilai, tahun);
