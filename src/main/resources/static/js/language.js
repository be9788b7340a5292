// The language switch keeps the page, its query string and whatever was typed: before it leaves, it
// writes the values of the page's forms to this tab's sessionStorage; the same page in the other
// language puts them back (once) and forgets them. Passwords, files and the forms' hidden tokens are
// never written. Without JavaScript the links still keep the page and its query string.
(function () {
  var KEY = 'livelihood-match.typed';

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && !e.disabled && e.type !== 'password' && e.type !== 'file' && e.type !== 'hidden'
        && e.type !== 'submit' && e.type !== 'button' && e.type !== 'reset';
    });
  }

  function save() {
    var forms = [];
    Array.prototype.forEach.call(document.forms, function (form, f) {
      var seen = {};
      fields(form).forEach(function (e) {
        var n = seen[e.name] = (seen[e.name] || 0) + 1;
        forms.push({form: f, name: e.name, n: n, value: e.value,
                    checked: (e.type === 'checkbox' || e.type === 'radio') ? e.checked : null});
      });
    });
    try {
      sessionStorage.setItem(KEY, JSON.stringify({path: location.pathname, fields: forms}));
    } catch (e) { /* private mode: the link alone still keeps the page and query */ }
  }

  function restore() {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
      sessionStorage.removeItem(KEY);
    } catch (e) {
      return;
    }
    if (!saved || saved.path !== location.pathname) {
      return;
    }
    saved.fields.forEach(function (s) {
      var form = document.forms[s.form];
      if (!form) {
        return;
      }
      var same = fields(form).filter(function (e) { return e.name === s.name; });
      var e = same[s.n - 1];
      if (!e) {
        return;
      }
      if (s.checked !== null) {
        // a checkbox or radio button is found by its value, wherever it now is among its group
        same.forEach(function (o) { if (o.value === s.value && o.type === e.type) { o.checked = s.checked; } });
      } else {
        e.value = s.value;
      }
    });
  }

  restore();
  Array.prototype.forEach.call(document.querySelectorAll('a.lang-switch'), function (link) {
    link.addEventListener('click', save);
  });
})();
