// Kinerja: configuration of the Camunda Tasklist.
// Served from the application's classpath, it replaces the config.js of the
// Camunda webjar. See src/docs/webapp-bahasa-indonesia.md.
export default {
  // Header and browser title read "<vendor> <name>": "Kinerja Tasklist".
  app: {
    name: 'Tasklist',
    vendor: 'Kinerja'
  },

  // Tasklist 7.24 keeps "Complete" disabled after an edit inside a form-js
  // dynamic list; kinerja-formulir.js fixes that (see the comment there).
  // kinerja-bahasa.js: the locale there before the first controller starts
  // (no raw keys such as CREATION_DATE) and form-js's own words in Indonesian.
  // kinerja-peran.js: "Buat tugas" for admins only (see styles/user-styles.css).
  // kinerja-sesudah.js: after "Selesaikan", who holds the file now (NextStepApi).
  customScripts: ['scripts/kinerja-bahasa.js', 'scripts/kinerja-formulir.js', 'scripts/kinerja-peran.js',
    'scripts/kinerja-sesudah.js'],

  // Indonesian date formats (moment.js tokens). Month and day names come
  // from dateLocales of the active locale file (locales/id.json).
  // 23 November 2026 14.05 / Senin, 23 November 2026 14.05
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY HH.mm',
    normal: 'D MMMM YYYY HH.mm',
    long: 'dddd, D MMMM YYYY HH.mm',
    short: 'D MMMM YYYY'
  },

  // The browser's first preferred language is used when it is listed here;
  // every other browser language gets the fallback, Bahasa Indonesia.
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'mengklaim tugas yang sedang dipilih'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'memindahkan fokus ke filter pertama dalam daftar'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'memindahkan fokus ke tugas pertama dalam daftar'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'memindahkan fokus ke kolom isian pertama pada formulir tugas'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'membuka dialog untuk memulai proses'
    }
  }
};
