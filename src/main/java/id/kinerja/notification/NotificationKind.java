package id.kinerja.notification;

/** What a notification is about (column {@code notifikasi_email.jenis}). */
public enum NotificationKind {
  /** A task was given to the recipient (assigned, or offered to their group). */
  TUGAS_BARU("Tugas baru"),
  /** An open task of the recipient is due soon. */
  JATUH_TEMPO("Segera jatuh tempo"),
  /** An escalation task (a deadline missed by somebody else) was given to the recipient. */
  ESKALASI("Eskalasi"),
  /** The recipient did not fill in the previous working day's kegiatan harian (morning digest only). */
  KEGIATAN_HARIAN("Pengingat kegiatan harian"),
  /** BKPSDM reminds the recipient (or, as a copy, their appraiser) of a deadline already missed. */
  PENGINGAT("Pengingat tenggat");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
