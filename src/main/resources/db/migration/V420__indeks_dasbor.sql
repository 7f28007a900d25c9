-- Indexes the dashboards need to stay fast with tens of thousands of employees: a year's appraisal
-- instances (siklus_penilaian by year and by process instance, to join Camunda's runtime tables),
-- a year's SKP, and ratings by appraiser.
CREATE INDEX ix_siklus_penilaian_tahun ON siklus_penilaian (tahun);
CREATE INDEX ix_siklus_penilaian_instance ON siklus_penilaian (process_instance_id);
CREATE INDEX ix_skp_tahun ON skp (tahun);
CREATE INDEX ix_penilaian_penilai ON penilaian (penilai, jenis);
CREATE INDEX ix_predikat_kinerja_tahun ON predikat_kinerja (tahun);
