// The service worker (served at /sw.js by OfflineApp, which puts ASSETS, VERSION, OFFLINE_TEXT and
// the queue's script above this). Styles and scripts are versioned and kept; the caseload and each
// placement page are fetched from the network when there is one and kept, and shown from what was
// kept when there is none, so the visit form opens in a village without signal. A visit posted
// while the link is down waits in the phone's queue (VisitQueue) instead of being lost.
var ASSET_CACHE = 'assets-' + VERSION;
var PAGE_CACHE = 'pages';

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(ASSET_CACHE)
      .then(function (cache) { return cache.addAll(ASSETS); })
      .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (keys) {
        return Promise.all(keys
          .filter(function (key) { return key.indexOf('assets-') === 0 && key !== ASSET_CACHE; })
          .map(function (key) { return caches.delete(key); }));
      })
      .then(function () { return self.clients.claim(); }));
});

function keptPage(path) {
  return path === '/caseload' || /^\/placements\/[0-9a-fA-F-]{36}$/.test(path);
}

function cacheFirst(request) {
  return caches.match(request).then(function (kept) {
    return kept || fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(ASSET_CACHE).then(function (cache) { cache.put(request, copy); });
      }
      return response;
    });
  });
}

function offlineResponse() {
  var body = '<!DOCTYPE html><html><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
    + '<p lang="en">' + OFFLINE_TEXT.en + '</p><p lang="km">' + OFFLINE_TEXT.km + '</p></body></html>';
  return new Response(body, {status: 503, headers: {'Content-Type': 'text/html; charset=utf-8'}});
}

// The network first, so an officer with signal always sees today's page; kept for later.
function networkFirst(request, path) {
  return fetch(request).then(function (response) {
    if (response.ok && response.type === 'basic' && !response.redirected) {
      var copy = response.clone();
      caches.open(PAGE_CACHE).then(function (cache) { cache.put(path, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(path, {cacheName: PAGE_CACHE}).then(function (kept) {
      return kept || offlineResponse();
    });
  });
}

// A visit form posted while the link is down (the phone thought it had signal): kept in the queue,
// and the officer is sent back to the placement page, which lists it as waiting.
function visitPost(request, placementId) {
  var saved = request.clone();
  return fetch(request).catch(function () {
    return saved.formData().then(function (form) {
      var fields = [];
      form.forEach(function (value, name) { fields.push([name, String(value)]); });
      return VisitQueue.put(VisitQueue.item(placementId, fields));
    }).then(function () {
      return Response.redirect('/placements/' + placementId + '?queued', 303);
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  var visit = /^\/placements\/([0-9a-fA-F-]{36})\/visits$/.exec(url.pathname);
  if (request.method === 'POST' && visit) {
    event.respondWith(visitPost(request, visit[1]));
    return;
  }
  if (request.method !== 'GET') {
    return;
  }
  if (/^\/(css|js|img|fonts|webjars)\//.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate' && url.pathname === '/login') {
    // signed out (or the session ended): the pages kept, with clients' names, go too
    event.respondWith(caches.delete(PAGE_CACHE).then(function () { return fetch(request); }));
  } else if (request.mode === 'navigate' && keptPage(url.pathname)) {
    event.respondWith(networkFirst(request, url.pathname));
  }
});
