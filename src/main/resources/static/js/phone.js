// On every page of a signed-in officer or planner (issue 11): the service worker that keeps the
// visit form working without signal (served at /sw.js, its scope the whole service); the search
// page's filters folded on a phone, the results first; the take-home sheet's print button.
(function () {
  if ('serviceWorker' in navigator && document.querySelector('meta[name=offline-app]')) {
    navigator.serviceWorker.register('/sw.js', {scope: '/'}).catch(function () {});
  }
  var filters = document.getElementById('search-filters');
  if (filters && window.matchMedia('(max-width: 40rem)').matches) {
    filters.open = false;
  }
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) {
      window.print();
    }
  });
})();
