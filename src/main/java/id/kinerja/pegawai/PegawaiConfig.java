package id.kinerja.pegawai;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The desk reconciles its search index on a schedule ({@link PegawaiIndeks#reconcile}), whatever else schedules. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PegawaiConfig {}
