// The report page's charts, drawn with ECharts (served by the service from its webjar, no CDN):
// placed and still there at six months per group, the retention curves over the twelve months, and
// each group's median surplus against the threshold. The figures and the labels, in the page's
// language, come from the data attributes of #report-charts; a suppressed count is a gap.
//
// ECharts is a third of a megabyte: on a phone or a slow link (issue 11) the table comes alone and a
// button fetches the charts when asked; elsewhere they are fetched at once.
(function () {
  var section = document.getElementById('report-charts');
  if (!section) {
    return;
  }
  var connection = navigator.connection;
  var slow = connection && (connection.saveData || /^(slow-2g|2g|3g)$/.test(connection.effectiveType || ''));
  var small = window.matchMedia('(max-width: 40rem)').matches;
  function load() {
    section.classList.remove('charts-pending');
    var script = document.createElement('script');
    script.src = section.getAttribute('data-echarts');
    script.onload = drawAll;
    document.head.appendChild(script);
  }
  if (small || slow) {
    section.classList.add('charts-pending');
    var button = document.createElement('button');
    button.type = 'button';
    button.id = 'show-charts';
    button.className = 'secondary';
    button.textContent = section.getAttribute('data-text-show');
    button.addEventListener('click', function () {
      button.remove();
      load();
    });
    section.insertBefore(button, section.firstChild);
  } else {
    load();
  }
})();

function drawAll() {
  var section = document.getElementById('report-charts');
  if (!section || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(section.getAttribute('data-report'));
  function label(name) {
    return section.getAttribute('data-label-' + name) || name;
  }
  var charts = [];
  function draw(id, option) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var chart = echarts.init(element, null, {renderer: 'canvas'});
    chart.setOption(option);
    charts.push(chart);
  }
  var categories = {type: 'category', data: data.groups, axisLabel: {interval: 0, rotate: data.groups.length > 6 ? 30 : 0}};
  var grid = {left: 50, right: 20, top: 40, bottom: data.groups.length > 6 ? 90 : 40};

  draw('chart-groups', {
    animation: false,
    tooltip: {trigger: 'axis'},
    legend: {data: [label('placed'), label('retained6')]},
    grid: grid,
    xAxis: categories,
    yAxis: {type: 'value', minInterval: 1},
    series: [
      {name: label('placed'), type: 'bar', data: data.placed},
      {name: label('retained6'), type: 'bar', data: data.retained6}
    ]
  });

  var months = [];
  for (var m = 1; m <= 12; m++) {
    months.push(String(m));
  }
  draw('chart-retention', {
    animation: false,
    tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '-' : v + '%'; }},
    legend: {type: 'scroll', data: data.curves.map(function (c) { return c.name; })},
    grid: {left: 50, right: 20, top: 40, bottom: 50},
    xAxis: {type: 'category', data: months, name: label('month'), nameLocation: 'middle', nameGap: 28},
    yAxis: {type: 'value', min: 0, max: 100, name: label('rate')},
    series: data.curves.map(function (c, i) {
      return {name: c.name, type: 'line', data: c.rates, connectNulls: false,
              lineStyle: {width: i === 0 ? 4 : 2}, symbolSize: i === 0 ? 7 : 4};
    })
  });

  draw('chart-surplus', {
    animation: false,
    tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '-' : 'US$' + v; }},
    legend: {data: [label('median')]},
    grid: grid,
    xAxis: categories,
    yAxis: {type: 'value', name: 'US$'},
    series: [{
      name: label('median'), type: 'bar',
      data: data.medianSurplus.map(function (v) {
        return v == null ? null : {value: v, itemStyle: {color: v < 0 ? '#b10e1e' : '#1d70b8'}};
      }),
      markLine: {symbol: 'none', lineStyle: {color: '#b10e1e', type: 'dashed', width: 2},
                 label: {formatter: label('threshold'), position: 'insideEndTop'}, data: [{yAxis: 0}]}
    }]
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });
  section.setAttribute('data-drawn', String(charts.length));
}
