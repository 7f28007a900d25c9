package id.kinerja.security;

import org.camunda.bpm.engine.authorization.Groups;

/** The Camunda groups that carry the product's roles, and their Spring Security authorities. */
public final class Roles {

  /** Every employee (ASN). */
  public static final String ASN = "asn";
  /** Anyone with subordinates: appraiser (Pejabat Penilai Kinerja). */
  public static final String PEJABAT_PENILAI = "pejabat-penilai";
  /** The HR office (BKPSDM). */
  public static final String BKPSDM = "bkpsdm";
  public static final String PROCESS_OWNER = "process-owner";
  public static final String ADMIN = Groups.CAMUNDA_ADMIN;

  private Roles() {}

  public static String authorityOf(String groupId) {
    return "GROUP_" + groupId;
  }
}
