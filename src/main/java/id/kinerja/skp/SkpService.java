package id.kinerja.skp;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.kernel.JsonValues;
import id.kinerja.kernel.PenilaianTahunan;
import id.kinerja.kernel.Tahun;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** SKP plans (RHK, indicators, targets) and their realisasi with evidence, per employee and year. */
@Service
@Transactional
public class SkpService {

  private final JdbcClient jdbc;
  private final SimpleJdbcInsert insertSkp;
  private final SimpleJdbcInsert insertRhk;
  private final SimpleJdbcInsert insertRealisasi;

  public SkpService(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.insertSkp = new SimpleJdbcInsert(dataSource).withTableName("skp").usingColumns("nip", "tahun",
        "pejabat_penilai", "atasan_pejabat_penilai", "process_instance_id", "status").usingGeneratedKeyColumns("id");
    this.insertRhk = new SimpleJdbcInsert(dataSource).withTableName("rhk")
        .usingColumns("skp_id", "urutan", "jenis", "uraian", "rhk_atasan", "rhk_atasan_id").usingGeneratedKeyColumns("id");
    this.insertRealisasi = new SimpleJdbcInsert(dataSource).withTableName("realisasi")
        .usingColumns("skp_id", "indikator_id", "periode", "capaian", "catatan").usingGeneratedKeyColumns("id");
  }

  /** An indicator of an approved SKP, as the period forms list it; aspek is the code (KUANTITAS, ...). */
  public record Indikator(long indikatorId, String rhk, String indikator, String aspek, String target) {}

  /** An RHK of an approved SKP, as the feedback form lists it. */
  public record Rhk(long rhkId, String rhk, String jenis) {}

  public record ApprovedSkp(List<Rhk> rhk, List<Indikator> indikator) {}

  /** Opens (or, after BKPSDM named the officials, updates) the SKP of the year. */
  public long openCycle(PenilaianTahunan penilaian, String pejabatPenilai, String atasan, String processInstanceId) {
    Optional<Long> existing = jdbc.sql("SELECT id FROM skp WHERE nip = ? AND tahun = ?")
        .params(penilaian.nip().value(), penilaian.tahun().value()).query(Long.class).optional();
    if (existing.isPresent()) {
      jdbc.sql("UPDATE skp SET pejabat_penilai = ?, atasan_pejabat_penilai = ?, process_instance_id = ? WHERE id = ?")
          .params(pejabatPenilai, atasan, processInstanceId, existing.get()).update();
      return existing.get();
    }
    Map<String, Object> row = new HashMap<>();
    row.put("nip", penilaian.nip().value());
    row.put("tahun", penilaian.tahun().value());
    row.put("pejabat_penilai", pejabatPenilai);
    row.put("atasan_pejabat_penilai", atasan);
    row.put("process_instance_id", processInstanceId);
    row.put("status", "DRAFT");
    return insertSkp.executeAndReturnKey(row).longValue();
  }

  /**
   * After a mutasi: the SKP of the years still running in these instances names the new pejabat
   * (null: that one is unchanged); the ones it named before are kept in {@code skp_pejabat_sebelumnya}
   * (they keep reading that year's documents). SKP of closed years keep the people who appraised them.
   */
  public void changePejabat(List<String> runningInstanceIds, String pejabatPenilai, String atasan) {
    if (runningInstanceIds.isEmpty() || (pejabatPenilai == null && atasan == null)) {
      return;
    }
    if (pejabatPenilai != null) {
      keepFormer("pejabat_penilai", "PEJABAT_PENILAI", pejabatPenilai, runningInstanceIds);
    }
    if (atasan != null) {
      keepFormer("atasan_pejabat_penilai", "ATASAN", atasan, runningInstanceIds);
    }
    jdbc.sql("""
            UPDATE skp SET pejabat_penilai = COALESCE(:pejabat, pejabat_penilai),
                           atasan_pejabat_penilai = COALESCE(:atasan, atasan_pejabat_penilai)
            WHERE process_instance_id IN (:instances)""")
        .param("pejabat", pejabatPenilai).param("atasan", atasan).param("instances", runningInstanceIds).update();
  }

  private void keepFormer(String column, String peran, String successor, List<String> runningInstanceIds) {
    jdbc.sql("""
            INSERT INTO skp_pejabat_sebelumnya (skp_id, nip, peran, diganti_pada)
            SELECT s.id, s.%1$s, :peran, CURRENT_TIMESTAMP FROM skp s
            WHERE s.process_instance_id IN (:instances) AND s.%1$s <> :penerus
              AND NOT EXISTS (SELECT 1 FROM skp_pejabat_sebelumnya x
                              WHERE x.skp_id = s.id AND x.nip = s.%1$s AND x.peran = :peran)""".formatted(column))
        .param("peran", peran).param("penerus", successor).param("instances", runningInstanceIds).update();
  }

  /**
   * The RHK an employee appraised by {@code pejabatPenilai} may link to in {@code tahun}: those of
   * the appraiser's own SKP of that year once it is submitted or approved (one SKP per person and
   * year, so the approved one when there is one). Empty for an appraiser without such an SKP.
   */
  public List<Rhk> rhkAtasan(String pejabatPenilai, Tahun tahun) {
    // two look-ups by key instead of one join: asked on every draft submission, mostly for an
    // appraiser without a submitted SKP yet, and a join planned while rhk was still empty (the
    // start of a year) would scan all of rhk for each of them until the statistics catch up
    Optional<Long> skpAtasan = jdbc.sql("""
            SELECT id FROM skp WHERE nip = ? AND tahun = ? AND status IN ('DIAJUKAN', 'DISETUJUI')""")
        .params(pejabatPenilai, tahun.value()).query(Long.class).optional();
    if (skpAtasan.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT id, uraian, jenis FROM rhk WHERE skp_id = ? ORDER BY urutan")
        .param(skpAtasan.get())
        .query((rs, n) -> new Rhk(rs.getLong("id"), rs.getString("uraian"), rs.getString("jenis")))
        .list();
  }

  /**
   * Replaces the RHK and indicators with the submitted draft:
   * [{jenis, uraian, rhkAtasan, rhkAtasanUraian, indikator: [{uraian, aspek, target}]}].
   * {@code rhkAtasan} links to one of {@link #rhkAtasan} of the SKP's appraiser; without such an
   * RHK to link to, the free text {@code rhkAtasanUraian} is kept instead.
   *
   * @return per RHK, in order, the wording of its RHK atasan as stored (null when none), and when
   *     the SKP had been returned, what the employee changed since (see {@link SkpChanges})
   */
  public SubmittedDraft submitDraft(PenilaianTahunan penilaian, JsonNode rhkList) {
    long skpId = skpId(penilaian);
    Map<String, Object> skp = jdbc.sql("SELECT pejabat_penilai, status FROM skp WHERE id = ?").param(skpId)
        .query().singleRow();
    String pejabatPenilai = (String) skp.get("pejabat_penilai");
    List<SkpChanges.Rhk> returned = "DIKEMBALIKAN".equals(skp.get("status")) ? storedRhk(skpId) : null;
    Map<Long, String> pilihan = new LinkedHashMap<>();
    rhkAtasan(pejabatPenilai, penilaian.tahun()).forEach(r -> pilihan.put(r.rhkId(), r.rhk()));
    jdbc.sql("DELETE FROM rhk WHERE skp_id = ?").param(skpId).update();
    List<String> rhkAtasanTersimpan = new ArrayList<>();
    int urutanRhk = 0;
    for (JsonNode rhk : rhkList) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("skp_id", skpId);
      row.put("urutan", ++urutanRhk);
      row.put("jenis", JsonValues.field(rhk, "jenis"));
      row.put("uraian", JsonValues.field(rhk, "uraian"));
      // only an RHK of this SKP's own appraiser may be linked, whatever the form sent
      Long linked = JsonValues.id(rhk, "rhkAtasan");
      if (linked != null && pilihan.containsKey(linked)) {
        row.put("rhk_atasan_id", linked);
        row.put("rhk_atasan", pilihan.get(linked));
      } else {
        row.put("rhk_atasan_id", null);
        row.put("rhk_atasan", rhkAtasanUraian(rhk));
      }
      rhkAtasanTersimpan.add((String) row.get("rhk_atasan"));
      long rhkId = insertRhk.executeAndReturnKey(row).longValue();
      int urutanIndikator = 0;
      for (JsonNode indikator : rhk.path("indikator")) {
        jdbc.sql("INSERT INTO indikator (rhk_id, urutan, uraian, aspek, target) VALUES (?, ?, ?, ?, ?)")
            .params(rhkId, ++urutanIndikator, JsonValues.field(indikator, "uraian"),
                JsonValues.field(indikator, "aspek"), JsonValues.field(indikator, "target"))
            .update();
      }
    }
    jdbc.sql("UPDATE skp SET status = 'DIAJUKAN', diajukan_pada = CURRENT_TIMESTAMP WHERE id = ?")
        .param(skpId).update();
    return new SubmittedDraft(rhkAtasanTersimpan,
        returned == null ? null : SkpChanges.between(returned, storedRhk(skpId)));
  }

  /**
   * @param perubahan what changed since the appraiser returned the SKP, one sentence each (empty:
   *     nothing changed); null for a first submission
   */
  public record SubmittedDraft(List<String> rhkAtasan, List<String> perubahan) {}

  private List<SkpChanges.Rhk> storedRhk(long skpId) {
    Map<Long, List<SkpChanges.Indikator>> indikator = new HashMap<>();
    jdbc.sql("""
            SELECT i.rhk_id, i.uraian, i.aspek, i.target FROM indikator i JOIN rhk r ON r.id = i.rhk_id
            WHERE r.skp_id = ? ORDER BY i.rhk_id, i.urutan""").param(skpId)
        .query(rs -> {
          indikator.computeIfAbsent(rs.getLong("rhk_id"), id -> new ArrayList<>()).add(
              new SkpChanges.Indikator(rs.getString("uraian"), rs.getString("aspek"), rs.getString("target")));
        });
    return jdbc.sql("SELECT id, jenis, uraian, rhk_atasan FROM rhk WHERE skp_id = ? ORDER BY urutan").param(skpId)
        .query((rs, n) -> new SkpChanges.Rhk(rs.getString("jenis"), rs.getString("uraian"), rs.getString("rhk_atasan"),
            indikator.getOrDefault(rs.getLong("id"), List.of())))
        .list();
  }

  /** The free-text fallback; clients from before the link sent that text as "rhkAtasan". */
  private static String rhkAtasanUraian(JsonNode rhk) {
    String uraian = JsonValues.field(rhk, "rhkAtasanUraian");
    if (uraian != null) {
      return uraian;
    }
    String legacy = JsonValues.field(rhk, "rhkAtasan");
    return legacy == null || JsonValues.id(rhk, "rhkAtasan") != null ? null : legacy;
  }

  public void returnDraft(PenilaianTahunan penilaian, String catatan) {
    jdbc.sql("UPDATE skp SET status = 'DIKEMBALIKAN', catatan_review = ? WHERE id = ?")
        .params(catatan, skpId(penilaian)).update();
  }

  /** Approves the SKP with the appraiser's special expectations: [{nilai, ekspektasi}]. */
  public ApprovedSkp approve(PenilaianTahunan penilaian, JsonNode ekspektasiKhusus) {
    long skpId = skpId(penilaian);
    jdbc.sql("DELETE FROM ekspektasi_khusus WHERE skp_id = ?").param(skpId).update();
    if (ekspektasiKhusus != null) {
      for (JsonNode row : ekspektasiKhusus) {
        String nilai = JsonValues.field(row, "nilai");
        String ekspektasi = JsonValues.field(row, "ekspektasi");
        if (nilai != null && ekspektasi != null) {
          jdbc.sql("INSERT INTO ekspektasi_khusus (skp_id, nilai, ekspektasi) VALUES (?, ?, ?)")
              .params(skpId, nilai, ekspektasi).update();
        }
      }
    }
    jdbc.sql("UPDATE skp SET status = 'DISETUJUI', disetujui_pada = CURRENT_TIMESTAMP WHERE id = ?")
        .param(skpId).update();
    List<Rhk> rhk = jdbc.sql("SELECT id, uraian, jenis FROM rhk WHERE skp_id = ? ORDER BY urutan")
        .param(skpId)
        .query((rs, n) -> new Rhk(rs.getLong("id"), rs.getString("uraian"), rs.getString("jenis")))
        .list();
    List<Indikator> indikator = jdbc.sql("""
            SELECT i.id, r.uraian AS rhk, i.uraian AS indikator, i.aspek, i.target
            FROM indikator i JOIN rhk r ON r.id = i.rhk_id
            WHERE r.skp_id = ? ORDER BY r.urutan, i.urutan""")
        .param(skpId)
        .query((rs, n) -> new Indikator(rs.getLong("id"), rs.getString("rhk"), rs.getString("indikator"),
            rs.getString("aspek"), rs.getString("target")))
        .list();
    return new ApprovedSkp(rhk, indikator);
  }

  /**
   * Stores a period's report, replacing an earlier one of the same period:
   * [{indikatorId, capaian, catatan, buktiDukung: [{tautan, keterangan}]}].
   */
  public void recordRealisasi(PenilaianTahunan penilaian, int periode, JsonNode realisasiList) {
    long skpId = skpId(penilaian);
    jdbc.sql("DELETE FROM realisasi WHERE skp_id = ? AND periode = ?").params(skpId, periode).update();
    for (JsonNode realisasi : realisasiList) {
      String capaian = JsonValues.field(realisasi, "capaian");
      if (capaian == null) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("skp_id", skpId);
      row.put("indikator_id", indikatorOf(skpId, JsonValues.id(realisasi, "indikatorId")));
      row.put("periode", periode);
      row.put("capaian", capaian);
      row.put("catatan", JsonValues.field(realisasi, "catatan"));
      long realisasiId = insertRealisasi.executeAndReturnKey(row).longValue();
      for (JsonNode bukti : realisasi.path("buktiDukung")) {
        String tautan = JsonValues.field(bukti, "tautan");
        if (tautan != null) {
          jdbc.sql("INSERT INTO bukti (realisasi_id, tautan, keterangan) VALUES (?, ?, ?)")
              .params(realisasiId, tautan, JsonValues.field(bukti, "keterangan")).update();
        }
      }
    }
  }

  public long skpId(PenilaianTahunan penilaian) {
    return jdbc.sql("SELECT id FROM skp WHERE nip = ? AND tahun = ?")
        .params(penilaian.nip().value(), penilaian.tahun().value())
        .query(Long.class).optional()
        .orElseThrow(() -> new IllegalStateException("Tidak ada SKP " + penilaian.nip() + " tahun " + penilaian.tahun()));
  }

  public String status(PenilaianTahunan penilaian) {
    return jdbc.sql("SELECT status FROM skp WHERE nip = ? AND tahun = ?")
        .params(penilaian.nip().value(), penilaian.tahun().value())
        .query(String.class).single();
  }

  /** The id if it names an RHK of this SKP (a form may send anything), else null. */
  public Long rhkOf(long skpId, Long rhkId) {
    if (rhkId == null) {
      return null;
    }
    return jdbc.sql("SELECT id FROM rhk WHERE id = ? AND skp_id = ?").params(rhkId, skpId)
        .query(Long.class).optional().orElse(null);
  }

  private Long indikatorOf(long skpId, Long indikatorId) {
    if (indikatorId == null) {
      return null;
    }
    return jdbc.sql("SELECT i.id FROM indikator i JOIN rhk r ON r.id = i.rhk_id WHERE i.id = ? AND r.skp_id = ?")
        .params(indikatorId, skpId).query(Long.class).optional().orElse(null);
  }

  /** All realisasi rows of a period with their evidence count (for pages and tests). */
  public List<Map<String, Object>> realisasi(PenilaianTahunan penilaian, int periode) {
    return new ArrayList<>(jdbc.sql("""
            SELECT r.indikator_id, r.capaian, (SELECT COUNT(*) FROM bukti b WHERE b.realisasi_id = r.id) AS bukti
            FROM realisasi r WHERE r.skp_id = ? AND r.periode = ? ORDER BY r.id""")
        .params(skpId(penilaian), periode).query().listOfRows());
  }
}
