-- The predikat an employee's year has now: the one answer the dashboard, the Dokumen Evaluasi, the
-- export and the public page read. Final (predikat_kinerja) where set, else the objection's decision,
-- else what the unit's calibration gave, else the latest annual rating; with the ratings of that
-- same source, and which source it is. One row per SKP; predikat NULL while the year is unrated.
CREATE VIEW predikat_terkini AS
SELECT s.id AS skp_id,
       s.nip,
       s.tahun,
       CASE WHEN pk.predikat IS NOT NULL THEN 'FINAL'
            WHEN k.predikat_baru IS NOT NULL THEN 'KEBERATAN'
            WHEN ku.predikat IS NOT NULL THEN 'KALIBRASI'
            WHEN t.predikat IS NOT NULL THEN 'TAHUNAN' END AS sumber,
       COALESCE(pk.predikat, k.predikat_baru, ku.predikat, t.predikat) AS predikat,
       CASE WHEN pk.predikat IS NOT NULL THEN pk.hasil_kerja
            WHEN k.predikat_baru IS NOT NULL THEN k.hasil_kerja_baru
            WHEN ku.predikat IS NOT NULL THEN ku.hasil_kerja
            ELSE t.hasil_kerja END AS hasil_kerja,
       CASE WHEN pk.predikat IS NOT NULL THEN pk.perilaku_kerja
            WHEN k.predikat_baru IS NOT NULL THEN k.perilaku_kerja_baru
            WHEN ku.predikat IS NOT NULL THEN ku.perilaku_kerja
            ELSE t.perilaku_kerja END AS perilaku_kerja
FROM skp s
LEFT JOIN predikat_kinerja pk ON pk.skp_id = s.id
LEFT JOIN keberatan k ON k.skp_id = s.id
LEFT JOIN kalibrasi_usulan ku ON ku.nip = s.nip AND ku.tahun = s.tahun
LEFT JOIN penilaian t ON t.id = (SELECT MAX(p.id) FROM penilaian p WHERE p.skp_id = s.id AND p.jenis = 'TAHUNAN');
