// Kinerja: after a task is completed in Tasklist, says where the file went, in words: "Terkirim.
// Sekarang di tangan Drs. Hendra Gunawan, M.M.: «Periksa SKP · Rudi Hartono · 2026», tenggat
// 14 Desember 2026." Tasklist itself only drops the task from the list. The text comes from
// /api/tugas/{id}/sesudahnya (id.kinerja.tasklist.NextStepApi), which answers only the person the
// task was assigned to. Loaded through customScripts in config.js.

const COMPLETED = /\/task\/([^/?#]+)\/(submit-form|complete)(?:[?#]|$)/;
const BOX = 'kinerja-sesudah';

function box() {
  let element = document.getElementById(BOX);
  if (!element) {
    element = document.createElement('div');
    element.id = BOX;
    element.setAttribute('role', 'status');
    element.setAttribute('aria-live', 'polite');
    const text = document.createElement('span');
    text.className = 'kinerja-sesudah-teks';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'kinerja-sesudah-tutup';
    close.setAttribute('aria-label', 'Tutup pemberitahuan');
    close.textContent = '×';
    close.addEventListener('click', function () { element.hidden = true; });
    element.appendChild(text);
    element.appendChild(close);
    document.body.appendChild(element);
  }
  return element;
}

function show(message) {
  const element = box();
  element.querySelector('.kinerja-sesudah-teks').textContent = message;
  element.hidden = false;
  clearTimeout(show.timer);
  show.timer = setTimeout(function () { element.hidden = true; }, 20000);
}

function tell(taskId, attempt) {
  fetch('/api/tugas/' + encodeURIComponent(taskId) + '/sesudahnya',
    { credentials: 'same-origin', headers: { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (answer) {
      if (!answer) {
        return;
      }
      show(answer.pesan);
      if (answer.masihDiproses && attempt < 5) {
        setTimeout(function () { tell(taskId, attempt + 1); }, 1500);
      }
    })
    .catch(function () { /* the task list shows the rest */ });
}

function watched(url, status) {
  const match = COMPLETED.exec(String(url || ''));
  if (match && status >= 200 && status < 300) {
    tell(decodeURIComponent(match[1]), 0);
  }
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  if (String(method).toUpperCase() === 'POST') {
    this.addEventListener('load', function () { watched(url, this.status); });
  }
  return open.apply(this, arguments);
};

if (typeof window.fetch === 'function') {
  const originalFetch = window.fetch;
  window.fetch = function (resource, init) {
    const method = (init && init.method) || (resource && resource.method) || 'GET';
    const url = typeof resource === 'string' ? resource : (resource && resource.url);
    return originalFetch.apply(this, arguments).then(function (response) {
      if (String(method).toUpperCase() === 'POST') {
        watched(url, response.status);
      }
      return response;
    });
  };
}

export default [];
