// Kinerja: the welcome page's links to the product's own pages, per role.
// The list comes from /api/navigasi (id.kinerja.navigation.Navigation, the same list as the
// navigation bar of the product's pages), so each person sees exactly the pages they may open.
// The Camunda webapps (Tasklist, Cockpit, Admin) are left out here: the welcome page shows their
// tiles itself, by the person's application authorizations. Loaded through customScripts in config.js.

const ID = 'kinerja-navigasi';
let menu = null;

function render() {
  if (!menu || document.getElementById(ID)) {
    return;
  }
  const view = document.querySelector('[ng-view]');
  // only once Angular has rendered the page (the login form or the dashboard) and somebody is signed in
  if (!view || view.querySelector('.app-splash') || view.querySelector('form[name="signinForm"]')) {
    return;
  }
  const links = menu.links.filter(function (link) { return link.href.indexOf('/camunda/') !== 0; });
  if (!links.length) {
    return;
  }
  const section = document.createElement('div');
  section.id = ID;
  section.className = 'custom-links kinerja-navigasi';
  const title = document.createElement('h3');
  title.className = 'section-title';
  title.textContent = 'Kinerja';
  section.appendChild(title);
  const row = document.createElement('div');
  row.className = 'row';
  links.forEach(function (link) {
    const cell = document.createElement('div');
    cell.className = 'col-xs-6 col-md-4 custom-link-wrapper';
    cell.setAttribute('data-grup', link.grup);
    const a = document.createElement('a');
    a.href = link.href;
    const label = document.createElement('span');
    label.className = 'h4';
    label.textContent = link.label;
    a.appendChild(label);
    cell.appendChild(a);
    const description = document.createElement('span');
    description.className = 'custom-link-description';
    description.textContent = link.deskripsi;
    cell.appendChild(description);
    row.appendChild(cell);
  });
  section.appendChild(row);
  view.insertBefore(section, view.firstChild);
}

function load(attempt) {
  const tries = attempt || 0;
  fetch('/api/navigasi', { credentials: 'same-origin', headers: { 'X-Requested-With': 'XMLHttpRequest' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('navigasi ' + response.status);
      }
      return response.json();
    })
    .then(function (answer) {
      menu = answer;
      // Camunda's own "Ubah profil" / "Ubah kata sandi" are for admins only (styles/user-styles.css):
      // everybody else's name comes from the organisation and the password is changed on the
      // product's "Kata sandi" page; the REST API refuses those identity writes anyway
      document.body.classList.toggle('kinerja-admin', !!(answer && answer.admin));
    }, function () {
      // a busy server or a session still being written: ask again a few times, 1, 2, 4, 8 s apart,
      // rather than leave the person without their links until the next page load
      menu = null;
      if (tries < 4) {
        setTimeout(function () { load(tries + 1); }, 1000 * Math.pow(2, tries));
      }
    })
    .then(render);
}

load();
// Angular re-renders the view (after a login, a route change): put the links back, and read the
// list again when the person changed (login/logout without a page load)
let lastUser = null;
new MutationObserver(function () {
  const user = document.querySelector('[cam-widget-header] .account, [cam-widget-header] .user-name');
  const name = user ? user.textContent : null;
  // the header showing the name for the first time, with the links already read for that person,
  // is no change of person: keep the links (rebuilding them would pull them from under the reader)
  const firstName = lastUser === null && menu !== null;
  if (name !== lastUser && !firstName) {
    lastUser = name;
    menu = null;
    const old = document.getElementById(ID);
    if (old) {
      old.remove();
    }
    load();
    return;
  }
  lastUser = name;
  render();
}).observe(document.body, { childList: true, subtree: true });
