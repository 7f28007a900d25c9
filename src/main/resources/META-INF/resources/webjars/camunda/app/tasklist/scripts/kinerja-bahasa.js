// Kinerja: Bahasa Indonesia from the first paint, in Tasklist and Cockpit. Loaded through
// customScripts in both apps' config.js (Cockpit names this file by its path under tasklist/).
// See src/docs/webapp-bahasa-indonesia.md.
//
// 1. No raw translation keys. The webapps load their locale file with angular-translate's
//    asynchronous loader, while some controllers translate once, when they start, with
//    $translate.instant (the task search: SEARCH_PLACEHOLDER, CREATION_DATE, ...). When the
//    file arrives after such a controller started (seen in about one load out of seven), the key
//    stays on the page. The app bootstraps only after the custom scripts are loaded, so this
//    script fetches the locale file first (top-level await) and hands it to angular-translate as
//    a table that exists from the start, and gives moment the file's month and day names and
//    relative times ("dalam 14 hari") at once; forceAsyncReload still lets the app's own loader
//    run as before.
// 2. form-js, which draws the task forms, has no translations: "Select", "Search", "Add new",
//    "Expand all (6)", "Collapse", "No results", the remove buttons' labels and the date
//    picker's months and days are written in its code. They are translated in the page as
//    form-js writes them (a MutationObserver, so a re-render that changes them is translated
//    again). Its validation messages are translated by kinerja-formulir.js.
// 3. Cockpit's variables table writes "Actions" in its template: translated there.
// (4. below: times in the agency's zone.)

const angular = self.angular;
const app = (/\/app\/(tasklist|cockpit|admin|welcome)\//.exec(self.location.pathname) || [])[1] || 'tasklist';
const configuration = (app === 'cockpit' ? self.camCockpitConf : app === 'admin' ? self.camAdminConf
  : app === 'welcome' ? self.camWelcomeConf : self.camTasklistConf) || {};
const locales = configuration.locales || {};
const available = locales.availableLocales || ['id', 'en'];
const fallback = locales.fallbackLocale || 'id';

function chosenLanguage() {
  // the webapps' own rule (determinePreferredLanguage in the app's bootstrap)
  const nav = self.navigator || {};
  const first = ((Array.isArray(nav.languages) && nav.languages.length ? nav.languages[0] : nav.language) || '')
    .split('-')[0].toLowerCase();
  return available.indexOf(first) > -1 ? first : fallback;
}

const language = chosenLanguage();
const indonesian = language === 'id';

async function localeOf(lang) {
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('app-root')) || '/camunda';
  try {
    const answer = await fetch(root + '/app/' + app + '/locales/' + lang + '.json?bust=7.24.0',
      { credentials: 'same-origin' });
    return answer.ok ? await answer.json() : undefined;
  } catch (e) {
    console.warn('Kinerja: locale ' + lang + ' not preloaded', e);
    return undefined;
  }
}

const tables = {};
let dateLocales;
for (const lang of language === fallback ? [language] : [language, fallback]) {
  const locale = await localeOf(lang);
  if (locale && locale.labels) {
    tables[lang] = locale.labels;
    if (lang === language) {
      dateLocales = locale.dateLocales;
    }
  }
}

// moment's names of months and days and its relative times ("dalam 14 hari", "beberapa detik yang
// lalu"), there from the start too: the app's loader sets them only when its file arrives, and a
// "Tenggat" drawn before that stays "in 14 days" until the list is redrawn
const MOMENT_MODULE = 98024; // moment inside Camunda 7.24's lib/deps.js

function momentOf(require) {
  const candidate = function (id) {
    try {
      const exported = require(id);
      const moment = exported && (exported.defineLocale ? exported : exported.default);
      return moment && typeof moment.defineLocale === 'function' && typeof moment.updateLocale === 'function'
        && typeof moment.isMoment === 'function' ? moment : undefined;
    } catch (e) {
      return undefined;
    }
  };
  const known = candidate(MOMENT_MODULE);
  if (known) {
    return known;
  }
  const factories = require.m || {};
  const ids = Object.keys(factories);
  for (let i = 0; i < ids.length; i++) {
    let source = '';
    try {
      source = Function.prototype.toString.call(factories[ids[i]]);
    } catch (e) {
      continue;
    }
    if (source.indexOf('defineLocale') >= 0 && source.indexOf('updateLocale') >= 0 && source.indexOf('isMoment') >= 0) {
      const found = candidate(ids[i]);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}

// 4. Times in the agency's zone (WIB unless the installation says otherwise: kinerja.zona-waktu),
//    whatever zone the browser runs in: a laptop left on UTC or a visitor abroad reads the same
//    "14.05" as the office. Indonesia keeps no daylight saving time, so the zone is a fixed offset,
//    served by /api/publik/zona-waktu; moment's updateOffset hook (the one moment-timezone uses)
//    puts every moment the app makes into that offset, the same instant shown in the agency's time.
async function agencyZone() {
  try {
    const answer = await fetch('/api/publik/zona-waktu', { credentials: 'same-origin', headers: { 'Accept': 'application/json' } });
    const zone = answer.ok ? await answer.json() : undefined;
    return zone && typeof zone.menitDariUtc === 'number' ? zone : undefined;
  } catch (e) {
    return undefined;
  }
}

const zone = await agencyZone();

function inAgencyZone(moment) {
  const minutes = zone.menitDariUtc;
  moment.updateOffset = function (mom, keepTime) {
    if (!mom.isValid() || (mom._isUTC && mom._offset === minutes)) {
      return;
    }
    mom.utcOffset(minutes, keepTime);
  };
}

if ((dateLocales && language !== 'en') || zone) {
  const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
  chunks.push([['kinerja-bahasa'], {}, function (require) {
    const moment = momentOf(require);
    if (!moment) {
      console.warn('Kinerja: moment not found in this build; dates in ' + language + ' once the locale has loaded');
      return;
    }
    if (dateLocales && language !== 'en') {
      // as the app's own loader does; defineLocale also makes it moment's current locale
      if (moment.locales().indexOf(language) > -1) {
        moment.updateLocale(language, dateLocales);
      } else {
        moment.defineLocale(language, dateLocales);
      }
    }
    if (zone) {
      inAgencyZone(moment);
    }
  }]);
}

// the footer names the zone the dates are shown in: the agency's, not the browser's
function zoneInFooter() {
  const shown = document.querySelector('#footer-timezone i');
  if (shown && zone && shown.textContent !== zone.nama) {
    shown.textContent = zone.nama;
  }
}

if (zone) {
  const watchFooter = function () {
    zoneInFooter();
    new MutationObserver(zoneInFooter).observe(document.body, { subtree: true, childList: true, characterData: true });
  };
  if (document.body) {
    watchFooter();
  } else {
    document.addEventListener('DOMContentLoaded', watchFooter);
  }
}

// ---- form-js's own words --------------------------------------------------------------------

const TEXTS = [
  [/^Add new$/, function () { return 'Tambah'; }],
  [/^Expand all \((\d+)\)$/, function (m) { return 'Tampilkan semua (' + m[1] + ')'; }],
  [/^Collapse$/, function () { return 'Ringkas'; }],
  [/^Select$/, function () { return 'Pilih'; }],
  [/^Search$/, function () { return 'Cari'; }],
  [/^No results$/, function () { return 'Tidak ada hasil'; }],
  [/^All values selected$/, function () { return 'Semua pilihan sudah dipilih'; }],
  [/^Nothing to show\.$/, function () { return 'Tidak ada data.'; }],
  [/^Remove list item (\d+)$/, function (m) { return 'Hapus baris ' + m[1]; }],
  [/^Remove tag$/, function () { return 'Hapus pilihan'; }],
  [/^Previous page$/, function () { return 'Halaman sebelumnya'; }],
  [/^Next page$/, function () { return 'Halaman berikutnya'; }],
  [/^Date$/, function () { return 'Tanggal'; }],
  [/^Time$/, function () { return 'Waktu'; }],
  [/^Date and time must both be entered\.$/, function () { return 'Tanggal dan waktu harus diisi keduanya.'; }],
  [/^Actions$/, function () { return 'Aksi'; }]
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September',
  'Oktober', 'November', 'Desember'];
const DAYS = { Sun: 'Min', Mon: 'Sen', Tue: 'Sel', Wed: 'Rab', Thu: 'Kam', Fri: 'Jum', Sat: 'Sab' };

function indonesianText(text, inCalendar) {
  const trimmed = text.trim();
  if (!trimmed) {
    return text;
  }
  let result;
  for (let i = 0; i < TEXTS.length && result === undefined; i++) {
    const match = TEXTS[i][0].exec(trimmed);
    if (match) {
      result = TEXTS[i][1](match);
    }
  }
  if (result === undefined && inCalendar) {
    const month = MONTHS.indexOf(trimmed);
    result = month > -1 ? BULAN[month] : DAYS[trimmed];
  }
  return result === undefined ? text : text.replace(trimmed, result);
}

// only where form-js (and the date picker it opens) writes, and the Cockpit variables table's head
const SCOPES = '.fjs-container, .fjs-form, .flatpickr-calendar, table.cam-table thead';

function translateNode(node) {
  if (node.nodeType === 3) {
    const parent = node.parentElement;
    if (parent && parent.closest(SCOPES)) {
      const changed = indonesianText(node.data, !!parent.closest('.flatpickr-calendar'));
      if (changed !== node.data) {
        node.data = changed;
      }
    }
    return;
  }
  if (node.nodeType !== 1) {
    return;
  }
  const elements = [node].concat(Array.from(node.querySelectorAll('*')));
  elements.forEach(function (element) {
    if (!element.closest(SCOPES)) {
      return;
    }
    ['placeholder', 'aria-label', 'title'].forEach(function (attribute) {
      const value = element.getAttribute(attribute);
      if (value) {
        const changed = indonesianText(value, false);
        if (changed !== value) {
          element.setAttribute(attribute, changed);
        }
      }
    });
    element.childNodes.forEach(function (child) {
      if (child.nodeType === 3) {
        translateNode(child);
      }
    });
  });
}

function watchPage() {
  translateNode(document.body);
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      if (mutation.type === 'characterData') {
        translateNode(mutation.target);
      } else if (mutation.type === 'attributes') {
        translateNode(mutation.target);
      } else {
        mutation.addedNodes.forEach(translateNode);
      }
    });
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder', 'aria-label', 'title']
  });
}

if (indonesian) {
  if (document.body) {
    watchPage();
  } else {
    document.addEventListener('DOMContentLoaded', watchPage);
  }
}

// ---- the app's translations, there from the start ---------------------------------------------

if (angular && typeof angular.bootstrap === 'function' && !angular.bootstrap.kinerja) {
  angular.module('kinerja.bahasa', []).config(['$injector', function ($injector) {
    if (!$injector.has('$translateProvider')) {
      return;
    }
    const translate = $injector.get('$translateProvider');
    Object.keys(tables).forEach(function (lang) {
      translate.translations(lang, tables[lang]);
    });
    // the app's loader still runs: it sets moment's month and day names from the same file
    translate.forceAsyncReload(true);
  }]);
  const bootstrap = angular.bootstrap;
  // last, so that every module of the app (angular-translate too) is loaded before this one
  const withTables = function (element, modules, config) {
    return bootstrap.call(this, element, (modules || []).concat(['kinerja.bahasa']), config);
  };
  withTables.kinerja = true;
  angular.bootstrap = withTables;
}

export default [];
