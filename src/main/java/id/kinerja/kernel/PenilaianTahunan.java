package id.kinerja.kernel;

/**
 * One employee's appraisal year: the identity of an appraisal-cycle instance, whose business key
 * is {@code <NIP>-<tahun>} ({@link AppraisalProcess#businessKey}).
 */
public record PenilaianTahunan(Nip nip, Tahun tahun) {

  public PenilaianTahunan {
    if (nip == null || tahun == null) {
      throw new IllegalArgumentException("NIP dan tahun penilaian wajib diisi");
    }
  }

  public static PenilaianTahunan of(String nip, int tahun) {
    return new PenilaianTahunan(Nip.of(nip), Tahun.of(tahun));
  }

  public String businessKey() {
    return AppraisalProcess.businessKey(nip.value(), tahun.value());
  }
}
