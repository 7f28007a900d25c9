// Kinerja: configuration of the Camunda Admin.
// Served from the application's classpath, it replaces the config.js of the
// Camunda webjar. See src/docs/webapp-bahasa-indonesia.md.
export default {
  // Header and browser title read "<vendor> <name>": "Kinerja Admin".
  app: {
    name: 'Admin',
    vendor: 'Kinerja'
  },

  // Indonesian from the first paint and times in the agency's zone (see the script).
  customScripts: ['../tasklist/scripts/kinerja-bahasa.js'],

  // The browser's first preferred language is used when it is listed here;
  // every other browser language gets the fallback, Bahasa Indonesia.
  // Dates follow dateLocales of the active locale file (locales/id.json).
  locales: {
    availableLocales: ['id', 'en'],
    fallbackLocale: 'id'
  }
};
