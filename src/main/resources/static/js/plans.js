// Live progress of a cohort plan: polls the plan's progress while it solves, draws the best score
// over time, and reloads the page (with its assignments) once solving has ended.
(function () {
  var section = document.getElementById('plan-progress');
  if (!section || section.getAttribute('data-status') !== 'SOLVING') {
    draw();
    return;
  }
  var url = section.getAttribute('data-progress-url');

  function levels(score) {
    var m = /(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft/.exec(score || '');
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  }

  function chart(points) {
    var line = document.querySelector('#progress-chart polyline');
    if (!line || points.length === 0) {
      return;
    }
    // One number per point that orders like the score: hard first, then medium, then soft.
    var values = points.map(function (p) {
      var l = levels(p.score) || [0, 0, 0];
      return l[0] * 1e12 + l[1] * 1e6 + l[2];
    });
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    var last = points[points.length - 1].elapsedMs || 1;
    line.setAttribute('points', points.map(function (p, i) {
      var x = 400 * (p.elapsedMs / last);
      var y = hi === lo ? 40 : 75 - 70 * (values[i] - lo) / (hi - lo);
      return x.toFixed(1) + ',' + y.toFixed(1);
    }).join(' '));
  }

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = value;
    }
  }

  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (p) {
        text('plan-status', p.status);
        text('plan-score', p.score || '-');
        text('plan-assigned', p.assigned);
        text('plan-unassigned', p.unassigned);
        chart(p.points);
        if (p.status !== 'SOLVING') {
          window.location.reload();
        } else {
          setTimeout(poll, 1000);
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }

  function draw() {
    if (section && section.getAttribute('data-progress-url')) {
      fetch(section.getAttribute('data-progress-url'), {credentials: 'same-origin'})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (p) { if (p) { chart(p.points); } })
        .catch(function () {});
    }
  }

  poll();
})();
