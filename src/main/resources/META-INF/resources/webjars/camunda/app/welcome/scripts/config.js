// Kinerja: configuration of the Camunda Welcome.
// Served from the application's classpath, it replaces the config.js of the
// Camunda webjar. See src/docs/webapp-bahasa-indonesia.md.
export default {
  // Header and browser title read "<vendor> <name>": "Kinerja Beranda".
  app: {
    name: 'Beranda',
    vendor: 'Kinerja'
  },

  // The browser's first preferred language is used when it is listed here;
  // every other browser language gets the fallback, Bahasa Indonesia.
  // Dates follow dateLocales of the active locale file (locales/id.json).
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },

  // Shown under "Tautan" on the welcome page: the public pages (no login) and the product's own
  // dashboards (each checks its own access).
  links: [
    {
      label: 'Layanan publik',
      href: '/publik',
      description: 'Survei kepuasan masyarakat, pengaduan dan apresiasi, hasil per unit (tanpa login)'
    },
    {
      label: 'Dasbor BKPSDM',
      href: '/dasbor/bkpsdm',
      description: 'Progres siklus per unit, sebaran predikat terhadap kurva, beban kerja dan kemurahan penilai (BKPSDM)'
    },
    {
      label: 'Dokumen kinerja',
      href: '/dokumen',
      description: 'SKP dan Dokumen Evaluasi Kinerja Pegawai (PDF) Anda dan pegawai yang Anda nilai'
    },
    {
      label: 'Pegawai yang saya nilai',
      href: '/dasbor/penilai',
      description: 'Fase, tugas terbuka, nilai dan predikat bawahan langsung Anda (pejabat penilai)'
    }
  ]
};
