// The desk's search as the operator types (BKPSDM): asks /api/pegawai/cari 250 ms after the last
// key, drops answers to older queries, and either lists employees as links (the search page) or
// lets the operator pick one, which fills the NIP field named by data-isi (mutasi, new employee).
(function () {
  'use strict';
  var script = document.querySelector('script[src$="js/cari-pegawai.js"]');
  var api = script ? script.src.replace(/js\/cari-pegawai\.js.*$/, 'api/pegawai/cari') : '/api/pegawai/cari';
  var base = api.replace(/api\/pegawai\/cari$/, '');

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function listAsLinks(target, answer, q) {
    target.textContent = '';
    if (answer.hasil.length === 0) {
      target.appendChild(el('p', q.replace(/\s/g, '').length < 2 ? 'Ketik paling sedikit dua huruf atau angka.' : 'Tidak ada pegawai yang cocok.', 'hint'));
      return;
    }
    var table = el('table');
    table.id = 'hasil';
    var head = el('tr');
    ['Nama', 'NIP', 'Jabatan', 'Unit kerja'].forEach(function (h) { head.appendChild(el('th', h)); });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el('tbody');
    answer.hasil.forEach(function (p) {
      var tr = el('tr');
      tr.setAttribute('data-nip', p.nip);
      var name = el('td');
      var a = el('a', p.nama);
      a.href = base + 'pegawai/' + encodeURIComponent(p.nip);
      name.appendChild(a);
      if (!p.aktif) { name.appendChild(el('span', 'keluar', 'keluar-label')); }
      tr.appendChild(name);
      tr.appendChild(el('td', p.nip));
      tr.appendChild(el('td', p.jabatan));
      tr.appendChild(el('td', p.unit));
      body.appendChild(tr);
    });
    table.appendChild(body);
    target.appendChild(table);
    if (answer.lebih) {
      target.appendChild(el('p', 'Hanya 20 pertama yang ditampilkan: tambahkan kata untuk mempersempit.', 'hint'));
    }
  }

  function listToPick(target, answer, field, input) {
    target.textContent = '';
    var people = answer.hasil.filter(function (p) { return p.aktif; });
    if (people.length === 0) {
      target.appendChild(el('li', 'Tidak ada pegawai aktif yang cocok.', 'hint'));
    }
    people.forEach(function (p) {
      var li = el('li');
      li.setAttribute('role', 'option');
      li.setAttribute('tabindex', '0');
      li.setAttribute('data-nip', p.nip);
      li.appendChild(el('strong', p.nama));
      li.appendChild(el('small', ' ' + p.nip + ' · ' + p.jabatan + ' · ' + p.unit));
      function pick() {
        document.getElementById(field).value = p.nip;
        document.getElementById('terpilih-' + field).textContent = 'Terpilih: ' + p.nama + ' (' + p.jabatan + ', ' + p.unit + ')';
        input.value = p.nama;
        target.hidden = true;
      }
      li.addEventListener('click', pick);
      li.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); pick(); } });
      target.appendChild(li);
    });
    target.hidden = false;
  }

  document.querySelectorAll('input.cari-pegawai').forEach(function (input) {
    var field = input.getAttribute('data-isi');
    var target = document.getElementById(field ? 'hasil-cari-' + field : 'hasil-cari-q');
    var timer = null;
    var latest = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        var mine = ++latest;
        if (q.replace(/\s/g, '').length < 2) {
          if (field) { target.hidden = true; } else { listAsLinks(target, {hasil: [], lebih: false}, q); }
          return;
        }
        fetch(api + '?q=' + encodeURIComponent(q), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
          .then(function (r) {
            return r.json().then(function (body) {
              if (!r.ok) { throw new Error(body.message || body.detail || 'Pencarian gagal.'); }
              return body;
            });
          })
          .then(function (answer) {
            if (mine !== latest) { return; } // an older query answering late
            if (field) { listToPick(target, answer, field, input); } else { listAsLinks(target, answer, q); }
          })
          .catch(function (e) {
            if (mine !== latest) { return; }
            target.textContent = '';
            target.appendChild(el(field ? 'li' : 'p', e.message, 'error'));
            target.hidden = false;
          });
      }, 250);
    });
  });
})();
