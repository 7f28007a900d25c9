package id.kinerja.organisation;

/**
 * One problem in an organisation file: the line (1 is the header), the column, and why, in Bahasa
 * Indonesia for the BKPSDM operator who has to fix the file.
 */
public record ImportError(int row, String column, String reason) {}
