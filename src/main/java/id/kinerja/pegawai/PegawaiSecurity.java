package id.kinerja.pegawai;

/** The desk is BKPSDM's (the group, see README "Security") and the admins'; checked on every controller. */
final class PegawaiSecurity {

  static final String BKPSDM_OR_ADMIN = "hasAnyAuthority('GROUP_bkpsdm', 'GROUP_camunda-admin')";

  private PegawaiSecurity() {}
}
