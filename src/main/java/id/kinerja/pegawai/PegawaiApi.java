package id.kinerja.pegawai;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search as the operator types (the desk's pages call it; at most 20 results, in name order). */
@RestController
@PreAuthorize(PegawaiSecurity.BKPSDM_OR_ADMIN)
class PegawaiApi {

  record Baris(String nip, String nama, String jabatan, String unit, boolean aktif, String tautan) {}

  record Jawaban(List<Baris> hasil, boolean lebih) {}

  private final MejaPegawai meja;

  PegawaiApi(MejaPegawai meja) {
    this.meja = meja;
  }

  @GetMapping("/api/pegawai/cari")
  Jawaban cari(@RequestParam(name = "q", required = false) String q) {
    MejaPegawai.Hasil hasil = meja.cari(q);
    return new Jawaban(hasil.hasil().stream()
        .map(h -> new Baris(h.nip(), h.nama(), h.jabatan(), h.unit(), h.aktif(), "/pegawai/" + h.nip())).toList(),
        hasil.lebih());
  }

  @ExceptionHandler(MejaPegawai.Ditolak.class)
  ProblemDetail refused(MejaPegawai.Ditolak e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setProperty("message", e.getMessage());
    return problem;
  }
}
