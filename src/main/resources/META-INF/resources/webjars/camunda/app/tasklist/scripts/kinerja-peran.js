// Kinerja: marks the page when the person signed in is an admin (from /api/navigasi), so that
// styles/user-styles.css offers "Buat tugas" (a free task outside every process) to admins only.
// The REST API refuses such a task to everybody else anyway (EngineWriteGate). Loaded through
// customScripts in config.js.

function mark() {
  fetch('/api/navigasi', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (menu) {
      document.body.classList.toggle('kinerja-admin', !!(menu && menu.admin));
    })
    .catch(function () { document.body.classList.remove('kinerja-admin'); });
}

mark();
// a login or logout inside Tasklist changes the person without a page load
window.addEventListener('hashchange', mark);
