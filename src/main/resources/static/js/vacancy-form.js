// Optional help for the vacancy form; it works the same without JavaScript.
(function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  var select = document.getElementById('occupation');
  var guide = document.getElementById('wage-guide');
  var line = document.getElementById('wage-selected');
  if (!select || !guide || !line) {
    return;
  }
  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (_, i) { return values[Number(i)]; });
  }
  select.addEventListener('change', function () {
    var option = select.options[select.selectedIndex];
    if (!option || !option.value) {
      line.textContent = '';
      return;
    }
    var floor = option.getAttribute('data-floor');
    var usual = option.getAttribute('data-usual');
    line.textContent = floor
      ? fill(guide.getAttribute('data-floor-text'), [option.text, floor, usual])
      : fill(guide.getAttribute('data-usual-text'), [option.text, usual]);
  });
})();
