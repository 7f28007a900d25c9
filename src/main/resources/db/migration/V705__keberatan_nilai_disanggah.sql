-- The ratings an objection (keberatan) is filed against, kept when it is filed: the atasan's decision
-- "nilai diubah" must name ratings that differ from them (ObjectionDecisionRule), and the process's own
-- variables hold the decided ratings by then, not the appealed ones.
ALTER TABLE keberatan ADD COLUMN hasil_kerja_disanggah VARCHAR(10);
ALTER TABLE keberatan ADD COLUMN perilaku_kerja_disanggah VARCHAR(10);

-- objections still waiting for their decision were filed against what the unit's calibration released
UPDATE keberatan SET
    hasil_kerja_disanggah = (SELECT k.hasil_kerja FROM kalibrasi_usulan k JOIN skp s ON s.nip = k.nip AND s.tahun = k.tahun
                             WHERE s.id = keberatan.skp_id AND k.dilepas_pada IS NOT NULL),
    perilaku_kerja_disanggah = (SELECT k.perilaku_kerja FROM kalibrasi_usulan k JOIN skp s ON s.nip = k.nip AND s.tahun = k.tahun
                                WHERE s.id = keberatan.skp_id AND k.dilepas_pada IS NOT NULL)
WHERE keputusan IS NULL;
