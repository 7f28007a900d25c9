// Kinerja: lets Tasklist's "Complete" button follow the form's real validity,
// and shows form-js's validation messages in Bahasa Indonesia.
//
// Tasklist 7.24 enables "Complete" only while form-js reports no error entries
// (Object.keys(errors).length === 0). form-js, on every edit of a field inside a
// dynamic list (the RHK and indicators of the SKP), writes the field's result at
// errors[fieldId][row] and, when the field is valid, deletes only that leaf: an
// empty errors[fieldId] stays behind, so "Complete" stays disabled although the
// form is valid. Here form-js's state is cleaned of such empty entries before
// Tasklist sees it. Loaded through customScripts in config.js.
//
// form-js has no translations: its messages ("Field is required.") are English
// whatever Tasklist's language. Where Tasklist itself speaks Bahasa Indonesia
// (the browser's first language is not English: the same rule as Tasklist's,
// see locales in config.js), the messages in that same state are translated.
// A message not listed here is shown as form-js wrote it.

const FORM_JS_MODULE = 57661; // form-js viewer inside Camunda 7.24's lib/deps.js

function withoutEmptyEntries(errors) {
  if (Array.isArray(errors)) {
    // per row (kept in place, rows are positions) or a field's list of messages
    const cleaned = Array.from(errors, function (value) {
      return (value && typeof value === 'object') ? withoutEmptyEntries(value) : value;
    });
    return cleaned.some(function (value) { return value !== undefined && value !== null; }) ? cleaned : undefined;
  }
  if (errors && typeof errors === 'object') {
    const cleaned = {};
    Object.keys(errors).forEach(function (key) {
      const value = errors[key];
      const keep = (value && typeof value === 'object') ? withoutEmptyEntries(value) : value;
      if (keep !== undefined && keep !== null) {
        cleaned[key] = keep;
      }
    });
    return Object.keys(cleaned).length ? cleaned : undefined;
  }
  return errors;
}

const MESSAGES = [
  [/^Field is required\.$/, function () { return 'Wajib diisi.'; }],
  [/^Field must have minimum length of (.+)\.$/, function (m) { return 'Paling sedikit ' + m[1] + ' karakter.'; }],
  [/^Field must have maximum length of (.+)\.$/, function (m) { return 'Paling banyak ' + m[1] + ' karakter.'; }],
  [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Paling kecil ' + m[1] + '.'; }],
  [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Paling besar ' + m[1] + '.'; }],
  [/^Field must match pattern .*$/, function () { return 'Bentuk isian tidak sesuai (lihat keterangan di bawah kolom).'; }],
  [/^Field must be a valid email\.$/, function () { return 'Harus berupa alamat email yang sah.'; }],
  [/^Field must be a valid +international phone number.*$/, function () {
    return 'Harus berupa nomor telepon internasional yang sah (mis. +6281234567890).';
  }]
];

function browserSpeaksIndonesian() {
  const nav = self.navigator || {};
  const first = (Array.isArray(nav.languages) && nav.languages.length ? nav.languages[0] : nav.language) || '';
  return first.split('-')[0].toLowerCase() !== 'en';
}

function translated(message) {
  for (let i = 0; i < MESSAGES.length; i++) {
    const match = MESSAGES[i][0].exec(message);
    if (match) {
      return MESSAGES[i][1](match);
    }
  }
  return message;
}

function inIndonesian(errors) {
  if (typeof errors === 'string') {
    return translated(errors);
  }
  if (Array.isArray(errors)) {
    return Array.from(errors, inIndonesian);
  }
  if (errors && typeof errors === 'object') {
    const result = {};
    Object.keys(errors).forEach(function (key) {
      result[key] = inIndonesian(errors[key]);
    });
    return result;
  }
  return errors;
}

function formOf(require, id) {
  try {
    const exported = require(id);
    const Form = exported && exported.Form;
    return Form && Form.prototype && typeof Form.prototype._setState === 'function' ? Form : undefined;
  } catch (e) {
    return undefined;
  }
}

// form-js's Form class: the module id of this Tasklist build first; in another build (a later
// Camunda 7 patch, or a compatible successor) the webpack module whose code defines form-js's
// state handling, found by its text, so that neither fix is lost silently.
function findForm(require) {
  const known = formOf(require, FORM_JS_MODULE);
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
    if (source.indexOf('_setState(') >= 0 && source.indexOf('fjs-form') >= 0) {
      const found = formOf(require, ids[i]);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}

function patch(require) {
  const Form = findForm(require);
  if (!Form) {
    console.warn('Kinerja: form-js not found in this Tasklist build; "Save" re-validates a form instead');
    return;
  }
  if (Form.prototype._setState.kinerja) {
    return;
  }
  const setState = Form.prototype._setState;
  const indonesian = browserSpeaksIndonesian();
  const cleaningSetState = function (state) {
    if (state && state.errors) {
      const errors = withoutEmptyEntries(state.errors) || {};
      state = Object.assign({}, state, { errors: indonesian ? inIndonesian(errors) : errors });
    }
    return setState.call(this, state);
  };
  cleaningSetState.kinerja = true;
  Form.prototype._setState = cleaningSetState;
}

const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
chunks.push([['kinerja-formulir'], {}, patch]);

export default [];
