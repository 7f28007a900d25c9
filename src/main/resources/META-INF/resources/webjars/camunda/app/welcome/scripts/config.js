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

  // The links to the product's pages come per role from /api/navigasi (the same list as the
  // navigation of the product's own pages): kinerja-navigasi.js shows exactly those a person may open.
  // No "Dokumentasi" link to Camunda's English manual: the Kinerja links above are the person's.
  links: [],

  customScripts: ['../tasklist/scripts/kinerja-bahasa.js', 'scripts/kinerja-navigasi.js']
};
