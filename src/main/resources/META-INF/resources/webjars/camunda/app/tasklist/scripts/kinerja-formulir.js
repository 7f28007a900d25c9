// Kinerja: lets Tasklist's "Complete" button follow the form's real validity.
//
// Tasklist 7.24 enables "Complete" only while form-js reports no error entries
// (Object.keys(errors).length === 0). form-js, on every edit of a field inside a
// dynamic list (the RHK and indicators of the SKP), writes the field's result at
// errors[fieldId][row] and, when the field is valid, deletes only that leaf: an
// empty errors[fieldId] stays behind, so "Complete" stays disabled although the
// form is valid. Here form-js's state is cleaned of such empty entries before
// Tasklist sees it. Loaded through customScripts in config.js.

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

function patch(require) {
  let Form;
  try {
    Form = require(FORM_JS_MODULE).Form;
  } catch (e) {
    Form = undefined;
  }
  if (!Form || typeof Form.prototype._setState !== 'function') {
    console.warn('Kinerja: form-js not found in this Tasklist build; "Save" re-validates a form instead');
    return;
  }
  if (Form.prototype._setState.kinerja) {
    return;
  }
  const setState = Form.prototype._setState;
  const cleaningSetState = function (state) {
    if (state && state.errors) {
      state = Object.assign({}, state, { errors: withoutEmptyEntries(state.errors) || {} });
    }
    return setState.call(this, state);
  };
  cleaningSetState.kinerja = true;
  Form.prototype._setState = cleaningSetState;
}

const chunks = (self.webpackChunkcamunda_bpm_webapp = self.webpackChunkcamunda_bpm_webapp || []);
chunks.push([['kinerja-formulir'], {}, patch]);

export default [];
