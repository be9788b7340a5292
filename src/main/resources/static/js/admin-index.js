// Progress of a rebuild of the search index: while one runs, polls its progress every second,
// moves the bar and the count, and reloads the page (with the new counts) once it has ended.
(function () {
  var section = document.getElementById('index-state');
  if (!section || section.getAttribute('data-rebuilding') !== 'true') {
    return;
  }
  var url = section.getAttribute('data-progress-url');
  var bar = document.getElementById('rebuild-bar');
  var count = document.getElementById('rebuild-count');
  var template = count ? count.getAttribute('data-text') : null;

  function number(n) {
    return Number(n).toLocaleString(document.documentElement.lang || undefined);
  }

  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (p) {
        if (!p.rebuilding) {
          window.location.reload();
          return;
        }
        if (bar) {
          bar.max = Math.max(1, p.total);
          bar.value = p.indexed;
        }
        if (count && template) {
          count.textContent = template.replace('{0}', number(p.indexed)).replace('{1}', number(p.total));
        }
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }

  setTimeout(poll, 500);
})();
