package id.kinerja.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.kinerja.kernel.Tahun;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's appraisal results of one agency for the national systems, in the format documented in
 * src/docs/ekspor-hasil-penilaian.md. One query, read row by row with a fetch size and written
 * straight to the response, so the heap holds one employee at a time whatever the agency's size.
 */
@Service
class ResultExport {

  /** Format name and version written into the JSON and documented; bump on an incompatible change. */
  static final String FORMAT_VERSION = "kinerja-hasil-penilaian/1";
  static final String[] CSV_COLUMNS = {
      "nip", "nama", "status_kepegawaian", "jabatan", "kode_unit", "nama_unit", "kode_instansi", "tahun",
      "jenis_penilaian", "periode", "hasil_kerja", "perilaku_kerja", "predikat", "status_hasil",
      "melalui_keberatan", "tanggal"};
  private static final int FETCH_SIZE = 500;

  private final DataSource dataSource;

  ResultExport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  enum Format { CSV, JSON }

  record Periodic(int periode, String hasilKerja, String perilakuKerja, String tanggal) {}

  /** One employee's year; the annual result is the final one, else the latest annual rating (draft). */
  record Employee(String nip, String nama, String statusKepegawaian, String jabatan, String kodeUnit,
      String namaUnit, String kodeInstansi, int tahun, List<Periodic> periodik, String hasilKerja,
      String perilakuKerja, String predikat, String statusHasil, Boolean melaluiKeberatan, String tanggal) {}

  boolean agencyExists(String agency) {
    return new JdbcTemplate(dataSource).queryForObject(
        "SELECT COUNT(*) FROM org_agency WHERE code = ?", Long.class, agency) > 0;
  }

  /** Writes every employee of the agency with an SKP of the year, ordered by NIP; returns how many. */
  @Transactional(readOnly = true)
  public int write(Tahun tahun, String agency, Format format, OutputStream out) {
    try {
      Sink sink = format == Format.CSV ? new CsvSink(out) : new JsonSink(out, tahun, agency);
      int[] written = {0};
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      jdbc.setFetchSize(FETCH_SIZE);
      Grouper grouper = new Grouper(employee -> {
        sink.write(employee);
        written[0]++;
      });
      jdbc.query("""
              SELECT e.nip, e.name, e.status AS status_kepegawaian, e.position_name, e.unit_code, u.name AS unit_name,
                     u.agency_code, s.tahun,
                     p.jenis, p.periode, p.hasil_kerja, p.perilaku_kerja, p.predikat, p.dinilai_pada,
                     pt.sumber, pt.hasil_kerja AS hasil_kerja_terkini, pt.perilaku_kerja AS perilaku_kerja_terkini,
                     pt.predikat AS predikat_terkini, pk.melalui_keberatan, pk.ditetapkan_pada
              FROM skp s
              JOIN org_employee e ON e.nip = s.nip
              JOIN org_unit u ON u.code = e.unit_code
              JOIN predikat_terkini pt ON pt.skp_id = s.id
              LEFT JOIN penilaian p ON p.skp_id = s.id AND p.jenis IN ('PERIODIK', 'TAHUNAN')
              LEFT JOIN predikat_kinerja pk ON pk.skp_id = s.id
              WHERE u.agency_code = ? AND s.tahun = ?
              ORDER BY e.nip, CASE WHEN p.jenis = 'PERIODIK' THEN 0 ELSE 1 END, p.periode, p.id""",
          grouper, agency, tahun.value());
      grouper.finish();
      sink.close();
      return written[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface EmployeeConsumer {
    void accept(Employee employee) throws IOException;
  }

  /** Rows arrive ordered by NIP; each NIP's rows become one Employee, handed on when the NIP changes. */
  private static final class Grouper implements RowCallbackHandler {
    private final EmployeeConsumer consumer;
    private String nip;
    private String[] person;
    private int tahun;
    private final List<Periodic> periodik = new ArrayList<>();
    private String annualDate;
    private String[] current;
    private boolean isFinal;
    private String finalDate;
    private Boolean melaluiKeberatan;

    Grouper(EmployeeConsumer consumer) {
      this.consumer = consumer;
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      String rowNip = rs.getString("nip");
      if (!rowNip.equals(nip)) {
        finish();
        nip = rowNip;
        person = new String[] {rs.getString("name"), rs.getString("status_kepegawaian"), rs.getString("position_name"),
            rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("agency_code")};
        tahun = rs.getInt("tahun");
        periodik.clear();
        annualDate = null;
        String sumber = rs.getString("sumber");
        // the predikat the year has now (view predikat_terkini: final, objection, calibration, annual)
        current = sumber == null ? null : new String[] {rs.getString("hasil_kerja_terkini"),
            rs.getString("perilaku_kerja_terkini"), rs.getString("predikat_terkini")};
        isFinal = "FINAL".equals(sumber);
        finalDate = isFinal ? date(rs, "ditetapkan_pada") : null;
        melaluiKeberatan = isFinal ? rs.getBoolean("melalui_keberatan") : null;
      }
      String jenis = rs.getString("jenis");
      if ("PERIODIK".equals(jenis)) {
        periodik.add(new Periodic(rs.getInt("periode"), rs.getString("hasil_kerja"), rs.getString("perilaku_kerja"),
            date(rs, "dinilai_pada")));
      } else if ("TAHUNAN".equals(jenis)) {
        annualDate = date(rs, "dinilai_pada");
      }
    }

    void finish() {
      if (nip == null) {
        return;
      }
      String[] result;
      String status;
      if (current != null && isFinal) {
        result = new String[] {current[0], current[1], current[2], finalDate};
        status = "FINAL";
      } else if (current != null) {
        result = new String[] {current[0], current[1], current[2], annualDate};
        status = "DRAF";
      } else {
        result = new String[4];
        status = "BELUM_DINILAI";
      }
      try {
        consumer.accept(new Employee(nip, person[0], person[1], person[2], person[3], person[4], person[5], tahun,
            List.copyOf(periodik), result[0], result[1], result[2], status, melaluiKeberatan, result[3]));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      nip = null;
    }

    private static String date(ResultSet rs, String column) throws SQLException {
      Timestamp value = rs.getTimestamp(column);
      return value == null ? null : value.toLocalDateTime().toLocalDate().toString();
    }
  }

  private interface Sink {
    void write(Employee employee) throws IOException;

    void close() throws IOException;
  }

  /** RFC 4180: UTF-8 without BOM, comma, CRLF, quotes only where needed; one row per rating. */
  private static final class CsvSink implements Sink {
    private final CSVPrinter printer;

    CsvSink(OutputStream out) throws IOException {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS).get());
    }

    @Override
    public void write(Employee e) throws IOException {
      for (Periodic p : e.periodik()) {
        printer.printRecord(e.nip(), e.nama(), e.statusKepegawaian(), e.jabatan(), e.kodeUnit(), e.namaUnit(),
            e.kodeInstansi(), e.tahun(), "PERIODIK", p.periode(), p.hasilKerja(), p.perilakuKerja(), "",
            "", "", p.tanggal());
      }
      printer.printRecord(e.nip(), e.nama(), e.statusKepegawaian(), e.jabatan(), e.kodeUnit(), e.namaUnit(),
          e.kodeInstansi(), e.tahun(), "TAHUNAN", "", e.hasilKerja(), e.perilakuKerja(), e.predikat(),
          e.statusHasil(), e.melaluiKeberatan() == null ? "" : e.melaluiKeberatan().toString(), e.tanggal());
    }

    @Override
    public void close() throws IOException {
      printer.flush();
    }
  }

  /** {"format", "tahun", "kodeInstansi", "pegawai": [...]}, written as it goes. */
  private static final class JsonSink implements Sink {
    private final JsonGenerator json;

    JsonSink(OutputStream out, Tahun tahun, String agency) throws IOException {
      json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
      json.writeStartObject();
      json.writeStringField("format", FORMAT_VERSION);
      json.writeNumberField("tahun", tahun.value());
      json.writeStringField("kodeInstansi", agency);
      json.writeArrayFieldStart("pegawai");
    }

    @Override
    public void write(Employee e) throws IOException {
      json.writeStartObject();
      json.writeStringField("nip", e.nip());
      json.writeStringField("nama", e.nama());
      json.writeStringField("statusKepegawaian", e.statusKepegawaian());
      json.writeStringField("jabatan", e.jabatan());
      json.writeStringField("kodeUnit", e.kodeUnit());
      json.writeStringField("namaUnit", e.namaUnit());
      json.writeNumberField("tahun", e.tahun());
      json.writeArrayFieldStart("periodik");
      for (Periodic p : e.periodik()) {
        json.writeStartObject();
        json.writeNumberField("periode", p.periode());
        json.writeStringField("hasilKerja", p.hasilKerja());
        json.writeStringField("perilakuKerja", p.perilakuKerja());
        json.writeStringField("tanggal", p.tanggal());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeObjectFieldStart("tahunan");
      json.writeStringField("hasilKerja", e.hasilKerja());
      json.writeStringField("perilakuKerja", e.perilakuKerja());
      json.writeStringField("predikat", e.predikat());
      json.writeStringField("statusHasil", e.statusHasil());
      if (e.melaluiKeberatan() == null) {
        json.writeNullField("melaluiKeberatan");
      } else {
        json.writeBooleanField("melaluiKeberatan", e.melaluiKeberatan());
      }
      json.writeStringField("tanggal", e.tanggal());
      json.writeEndObject();
      json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
    }
  }
}
