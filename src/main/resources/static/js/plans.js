// A cohort plan's page: the chart of clients placed over the seconds of the run (ECharts, served by
// the service from its webjar; axes named in the page's language), and, while the plan solves, its
// summary and rows refreshed together from /plans/{id}/live, which reads them from one stored
// solution. When solving ends the page reloads with the explanation.
(function () {
  var section = document.getElementById('plan-progress');
  var chartElement = document.getElementById('progress-chart');
  var chart = null;

  function points() {
    var live = document.getElementById('plan-live');
    try {
      return live ? JSON.parse(live.getAttribute('data-points') || '[]') : [];
    } catch (e) {
      return [];
    }
  }

  function draw() {
    if (!chartElement || typeof echarts === 'undefined') {
      return;
    }
    if (!chart) {
      // SVG, not canvas: the axis names are text a screen reader (and a test) can read
      chart = echarts.init(chartElement, null, {renderer: 'svg'});
      window.addEventListener('resize', function () { chart.resize(); });
    }
    var data = points();
    chart.setOption({
      animation: false,
      grid: {left: 56, right: 16, top: 16, bottom: 56},
      tooltip: {trigger: 'axis'},
      xAxis: {
        type: 'value', min: 0, name: chartElement.getAttribute('data-x-name'),
        nameLocation: 'middle', nameGap: 30
      },
      yAxis: {
        type: 'value', min: 0, minInterval: 1, name: chartElement.getAttribute('data-y-name'),
        nameLocation: 'middle', nameGap: 40
      },
      series: [{type: 'line', step: 'end', showSymbol: data.length < 30, data: data}]
    });
  }

  function refresh(url) {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var holder = document.createElement('div');
        holder.innerHTML = html;
        var fresh = holder.querySelector('#plan-live');
        var old = document.getElementById('plan-live');
        if (!fresh || !old) {
          return;
        }
        // the summary and the rows of one stored solution replace the old ones at once
        old.parentNode.replaceChild(fresh, old);
        draw();
        if (fresh.getAttribute('data-status') !== 'SOLVING') {
          window.location.reload();
        } else {
          setTimeout(function () { refresh(url); }, 1000);
        }
      })
      .catch(function () { setTimeout(function () { refresh(url); }, 3000); });
  }

  // ECharts is a third of a megabyte: on a phone or a slow link (issue 11) the chart comes when
  // asked for, elsewhere at once; draw() waits for it either way.
  function loadChart() {
    if (typeof echarts !== 'undefined') {
      draw();
      return;
    }
    var script = document.createElement('script');
    script.src = chartElement.getAttribute('data-echarts');
    script.onload = draw;
    document.head.appendChild(script);
  }
  if (chartElement) {
    var connection = navigator.connection;
    var slow = connection && (connection.saveData || /^(slow-2g|2g|3g)$/.test(connection.effectiveType || ''));
    if (slow || window.matchMedia('(max-width: 40rem)').matches) {
      chartElement.hidden = true;
      var button = document.createElement('button');
      button.type = 'button';
      button.id = 'show-chart';
      button.className = 'secondary';
      button.textContent = chartElement.getAttribute('data-text-show');
      button.addEventListener('click', function () {
        button.remove();
        chartElement.hidden = false;
        loadChart();
      });
      chartElement.parentNode.insertBefore(button, chartElement);
    } else {
      loadChart();
    }
  }
  if (section && section.getAttribute('data-status') === 'SOLVING') {
    setTimeout(function () { refresh(section.getAttribute('data-live-url')); }, 1000);
  }
})();
