// Kinerja: configuration of the Camunda Cockpit.
// Served from the application's classpath, it replaces the config.js of the
// Camunda webjar. See src/docs/webapp-bahasa-indonesia.md.
export default {
  // Header and browser title read "<vendor> <name>": "Kinerja Cockpit".
  app: {
    name: 'Cockpit',
    vendor: 'Kinerja'
  },

  // The locale there before the first controller starts (no raw keys), and
  // "Actions" of the variables table in Indonesian; shared with Tasklist.
  customScripts: ['../tasklist/scripts/kinerja-bahasa.js'],

  // The browser's first preferred language is used when it is listed here;
  // every other browser language gets the fallback, Bahasa Indonesia.
  // Dates follow dateLocales of the active locale file (locales/id.json).
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  }
};
