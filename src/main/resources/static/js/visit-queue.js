// The phone's queue of follow-up visits saved without signal, in IndexedDB, shared by the placement
// page (offline-visits.js) and the service worker (sw.js). Each visit keeps the form's fields as
// typed and the id the phone made for it, which it is sent with: sent twice, it is stored once.
var VisitQueue = (function () {
  var DATABASE = 'livelihood-match';
  var STORE = 'queued-visits';

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, {keyPath: 'id'});
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var request = work(tx.objectStore(STORE));
        tx.oncomplete = function () { db.close(); resolve(request.result); };
        tx.onerror = function () { db.close(); reject(tx.error); };
      });
    });
  }

  // A version 4 UUID, also where crypto.randomUUID is missing (pages not on HTTPS).
  function newId() {
    if (self.crypto && self.crypto.randomUUID) {
      return self.crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    self.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function field(fields, name) {
    for (var i = 0; i < fields.length; i++) {
      if (fields[i][0] === name) {
        return fields[i][1];
      }
    }
    return '';
  }

  // A queued visit: the form's fields as typed (the CSRF token left out: a fresh one is used).
  function item(placementId, fields) {
    var kept = fields.filter(function (f) { return f[0] !== '_csrf'; });
    var id = field(kept, 'id') || newId();
    return {
      id: id, placementId: placementId, fields: kept, state: 'queued', problem: null,
      month: field(kept, 'month'), visitDate: field(kept, 'visitDate'), savedAt: new Date().toISOString()
    };
  }

  var MONEY = ['monthlyIncome', 'livingCosts.food', 'livingCosts.accommodation', 'livingCosts.transport',
    'livingCosts.other', 'remittance'];

  // The API's body (API.md, "follow-ups") made of the form's fields: numbers that look like numbers
  // become numbers, anything else is sent as typed so the service names the field it refuses.
  function body(queued) {
    var b = {id: queued.id, concerns: []};
    queued.fields.forEach(function (f) {
      var name = f[0];
      var value = f[1];
      if (name === 'id' || value === '') {
        return;
      }
      if (name === 'concerns') {
        b.concerns.push(value);
        return;
      }
      if (name === 'stillInPlacement' || name === 'loanRepaid') {
        value = value === 'true' ? true : (value === 'false' ? false : value);
      } else if (name === 'month' && /^\d+$/.test(value)) {
        value = parseInt(value, 10);
      } else if (MONEY.indexOf(name) >= 0 && /^\s*\d+(\.\d+)?\s*$/.test(value)) {
        value = Number(value);
      }
      var dot = name.indexOf('.');
      if (dot > 0) {
        var group = name.slice(0, dot);
        b[group] = b[group] || {};
        b[group][name.slice(dot + 1)] = value;
      } else {
        b[name] = value;
      }
    });
    return b;
  }

  return {
    newId: newId,
    item: item,
    body: body,
    put: function (queued) { return run('readwrite', function (s) { return s.put(queued); }); },
    all: function () { return run('readonly', function (s) { return s.getAll(); }); },
    remove: function (id) { return run('readwrite', function (s) { return s.delete(id); }); }
  };
})();
