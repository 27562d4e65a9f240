// claimdiff HTML report: filters and links, inline in the page (its hash is in the page's
// Content-Security-Policy). It reads only the page itself and sends nothing anywhere.
(function () {
  'use strict';
  var kind = document.getElementById('filter-kind');
  var outlet = document.getElementById('filter-outlet');
  var count = document.getElementById('filter-count');
  var findings = document.querySelectorAll('details.finding');
  function apply() {
    var k = kind.value, o = outlet.value, shown = 0;
    for (var i = 0; i < findings.length; i++) {
      var f = findings[i];
      var show = (!k || f.getAttribute('data-kind') === k)
        && (!o || (' ' + f.getAttribute('data-outlets') + ' ').indexOf(' ' + o + ' ') >= 0);
      f.hidden = !show;
      if (show) { shown++; }
    }
    count.textContent = String(shown);
  }
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') {
      target.hidden = false;
      target.open = true;
    }
  }
  // a link may carry filters: report.html?kind=DISCREPANCY&outlet=o2
  var query = location.search.replace(/^\?/, '').split('&');
  for (var q = 0; q < query.length; q++) {
    var pair = query[q].split('=');
    var select = pair[0] === 'kind' ? kind : pair[0] === 'outlet' ? outlet : null;
    var value = (pair.length > 1 ? decodeURIComponent(pair[1]) : '').replace(/[^A-Za-z0-9_-]/g, '');
    if (select && select.querySelector('option[value="' + value + '"]')) {
      select.value = value;
    }
  }
  kind.addEventListener('change', apply);
  outlet.addEventListener('change', apply);
  window.addEventListener('hashchange', openTarget);
  document.getElementById('filters').hidden = false;
  apply();
  openTarget();
}());
