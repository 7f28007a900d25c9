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

  // Shown under "Tautan" on the welcome page. The public pages need no login.
  links: [
    {
      label: 'Layanan publik',
      href: '/publik',
      description: 'Survei kepuasan masyarakat, pengaduan dan apresiasi, hasil per unit (tanpa login)'
    }
  ]
};
