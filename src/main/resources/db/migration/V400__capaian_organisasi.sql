-- Capaian kinerja organisasi: each unit's own result for a year, recorded by BKPSDM. It selects the
-- unit's distribution curve (DMN kurva-distribusi) and becomes the unit head's Hasil Kerja rating.
-- Kept for audit: never touched by history cleanup.
CREATE TABLE capaian_organisasi (
  unit_code     VARCHAR(32)  NOT NULL REFERENCES org_unit (code),
  tahun         INTEGER      NOT NULL,
  capaian       VARCHAR(16)  NOT NULL,
  catatan       VARCHAR(2000),
  ditetapkan_oleh VARCHAR(64) NOT NULL,
  ditetapkan_pada TIMESTAMP   NOT NULL,
  PRIMARY KEY (unit_code, tahun),
  CONSTRAINT ck_capaian_organisasi CHECK (capaian IN ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'))
);
