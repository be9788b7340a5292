// A placement's visit form without signal (issue 11). Online, the form posts as it always did, with
// the id this phone made for the visit, so a double tap stores it once. Offline, the visit is saved
// in the phone's queue (visit-queue.js) and listed below the form; when the phone is back online,
// every queued visit is sent to the API with its id, and the page shows them stored. A visit the
// service refuses stays in the queue with the reason, to be put back in the form and corrected.
(function () {
  var section = document.getElementById('visit-queue');
  if (!section || !window.indexedDB || typeof VisitQueue === 'undefined') {
    return;
  }
  var form = document.getElementById('visit-form');
  var idInput = document.getElementById('visit-id');
  var list = document.getElementById('visit-queue-items');
  var status = document.getElementById('visit-queue-status');
  var placementId = section.getAttribute('data-placement');
  var api = section.getAttribute('data-api');
  var sending = false;

  function text(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    return (section.getAttribute('data-text-' + name) || name).replace(/\{(\d)\}/g, function (m, i) {
      return args[i] === undefined ? '' : args[i];
    });
  }

  function say(message) {
    status.textContent = message;
    status.hidden = !message;
  }

  function freshId() {
    if (idInput) {
      idInput.value = VisitQueue.newId();
    }
  }

  function problemOf(response) {
    return response.json().then(function (problem) {
      if (problem.errors && problem.errors.length) {
        return problem.errors.map(function (e) { return e.field + ': ' + e.message; }).join('; ');
      }
      return problem.detail || problem.title || String(response.status);
    }, function () { return String(response.status); });
  }

  // The queued visit's fields put back in the form, to be corrected and recorded as usual.
  function review(queued) {
    Array.prototype.forEach.call(form.elements, function (input) {
      if (!input.name || input.name === '_csrf') {
        return;
      }
      var values = queued.fields.filter(function (f) { return f[0] === input.name; })
        .map(function (f) { return f[1]; });
      if (input.type === 'checkbox' || input.type === 'radio') {
        input.checked = values.indexOf(input.value) >= 0;
      } else if (values.length) {
        input.value = values[0];
      }
    });
    return VisitQueue.remove(queued.id).then(render).then(function () {
      form.scrollIntoView();
    });
  }

  function button(label, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
  }

  function render() {
    return VisitQueue.all().then(function (items) {
      list.textContent = '';
      items.forEach(function (queued) {
        var li = document.createElement('li');
        li.setAttribute('data-visit', queued.id);
        li.className = queued.state;
        var p = document.createElement('p');
        var here = queued.placementId === placementId;
        p.textContent = queued.state === 'refused'
          ? text('refused', queued.month, queued.visitDate, queued.problem)
          : text(here ? 'waiting' : 'waiting-other', queued.month, queued.visitDate);
        li.appendChild(p);
        if (queued.state === 'refused' && here && form) {
          li.appendChild(button(text('review'), function () { review(queued); }));
        }
        if (queued.state === 'refused') {
          li.appendChild(button(text('discard'), function () {
            if (window.confirm(text('confirm-discard'))) {
              VisitQueue.remove(queued.id).then(render);
            }
          }));
        }
        list.appendChild(li);
      });
      section.hidden = items.length === 0 && status.hidden;
      if (form) {
        var queuedMonths = items.filter(function (q) { return q.placementId === placementId; })
          .map(function (q) { return q.month; });
        Array.prototype.forEach.call(form.querySelectorAll('#visit-month option'), function (o) {
          o.disabled = queuedMonths.indexOf(o.value) >= 0;
        });
      }
      return items;
    });
  }

  function csrf() {
    var token = document.querySelector('meta[name=_csrf]');
    var header = document.querySelector('meta[name=_csrf_header]');
    return token && header ? {header: header.content, token: token.content} : null;
  }

  // A page kept by the service worker may carry an old token: a fresh one from the network, or
  // null when the session has ended (the officer signs in again, and the queue is sent then).
  function freshCsrf() {
    return fetch(window.location.pathname, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (!response.ok || response.redirected || /\/login/.test(response.url)) {
          return null;
        }
        return response.text().then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var token = page.querySelector('meta[name=_csrf]');
          var header = page.querySelector('meta[name=_csrf_header]');
          return token && header ? {header: header.content, token: token.content} : null;
        });
      });
  }

  function post(queued, token) {
    var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
    if (token) {
      headers[token.header] = token.token;
    }
    return fetch(api + queued.placementId + '/follow-ups', {
      method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify(VisitQueue.body(queued))
    });
  }

  // Sends one queued visit; resolves to 'sent', 'refused', 'signin' or 'offline'.
  function send(queued, token, retried) {
    return post(queued, token).then(function (response) {
      if (response.status === 200 || response.status === 201) {
        return VisitQueue.remove(queued.id).then(function () { return 'sent'; });
      }
      if ((response.status === 401 || response.status === 403) && !retried) {
        return freshCsrf().then(function (fresh) {
          return fresh ? send(queued, fresh, true) : 'signin';
        });
      }
      if (response.status === 401 || response.status === 403) {
        return 'signin';
      }
      return problemOf(response).then(function (problem) {
        queued.state = 'refused';
        queued.problem = problem;
        return VisitQueue.put(queued).then(function () { return 'refused'; });
      });
    }, function () { return 'offline'; });
  }

  function sendAll() {
    if (sending || !navigator.onLine) {
      return Promise.resolve();
    }
    sending = true;
    var sent = 0;
    var outcome = '';
    return VisitQueue.all().then(function (items) {
      var waiting = items.filter(function (q) { return q.state !== 'refused'; });
      var token = csrf();
      return waiting.reduce(function (previous, queued) {
        return previous.then(function (stop) {
          if (stop) {
            return stop;
          }
          return send(queued, token).then(function (result) {
            if (result === 'sent') {
              sent++;
            }
            outcome = result;
            return result === 'signin' || result === 'offline' ? result : null;
          });
        });
      }, Promise.resolve(null));
    }).then(function (stopped) {
      sending = false;
      if (stopped === 'signin') {
        say(text('signin'));
      }
      if (sent > 0) {
        // the timeline shows them stored: the page again, from the network
        window.sessionStorage.setItem('visits-sent', String(sent));
        window.location.replace(window.location.pathname);
        return;
      }
      return render();
    }, function () { sending = false; });
  }

  if (form) {
    if (idInput && !idInput.value) {
      freshId();
    }
    form.addEventListener('submit', function (event) {
      if (navigator.onLine) {
        return; // posted as usual; the service worker keeps it if the link drops on the way
      }
      event.preventDefault();
      var fields = [];
      new FormData(form).forEach(function (value, name) { fields.push([name, String(value)]); });
      VisitQueue.put(VisitQueue.item(placementId, fields)).then(function () {
        form.reset();
        freshId();
        say(text('saved'));
        return render();
      });
    });
  }

  var justSent = window.sessionStorage.getItem('visits-sent');
  if (justSent) {
    window.sessionStorage.removeItem('visits-sent');
    say(text('sent', justSent));
  } else if (/[?&]queued/.test(window.location.search)) {
    say(text('saved'));
  }
  window.addEventListener('online', sendAll);
  render().then(sendAll);
})();
