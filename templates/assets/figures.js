// The figures explorer: filters the table's rows by their data-* attributes and sorts them, in the browser.
// A row lacks an attribute (data-value, data-measure...) when the figure lacks that field.
// The form's state is kept in the address (?kind=amount&sort=value-desc) so a view can be linked to.
(function () {
  'use strict';
  var form = document.getElementById('figure-filters');
  var table = document.getElementById('figure-table');
  var count = document.getElementById('figure-count');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var fields = ['kind', 'unit', 'entity', 'period'];

  function number(row) {
    var v = row.getAttribute('data-value');
    return v === null || v === '' ? null : parseFloat(v);
  }

  function compare(sort) {
    var order = function (a, b) { return a.getAttribute('data-order') - b.getAttribute('data-order'); };
    if (sort === 'value-desc' || sort === 'value-asc') {
      var sign = sort === 'value-desc' ? -1 : 1;
      return function (a, b) {
        var x = number(a), y = number(b);
        if (x === null || y === null) { return x === y ? order(a, b) : (x === null ? 1 : -1); }
        return x === y ? order(a, b) : sign * (x - y);
      };
    }
    if (sort === 'time-desc' || sort === 'time-asc') {
      var flip = sort === 'time-desc' ? -1 : 1;
      return function (a, b) {
        var x = a.getAttribute('data-time'), y = b.getAttribute('data-time');
        if (!x || !y) { return x === y ? order(a, b) : (x ? -1 : 1); }
        return x === y ? order(a, b) : flip * (x < y ? -1 : 1);
      };
    }
    return order;
  }

  function apply() {
    var measure = form.elements.measure.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var visible = fields.every(function (f) {
        var want = form.elements[f].value;
        return !want || row.getAttribute('data-' + f) === want;
      }) && (!measure || (row.getAttribute('data-measure') || '').toLowerCase().indexOf(measure) >= 0);
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    rows.slice().sort(compare(form.elements.sort.value)).forEach(function (row) { body.appendChild(row); });
    count.textContent = 'Showing ' + shown + ' of ' + rows.length + ' figures.';
    var params = new URLSearchParams();
    fields.concat(['measure', 'sort']).forEach(function (f) {
      if (form.elements[f].value) { params.set(f, form.elements[f].value); }
    });
    var query = params.toString();
    window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
  }

  var initial = new URLSearchParams(window.location.search);
  fields.concat(['measure', 'sort']).forEach(function (f) {
    if (initial.has(f)) { form.elements[f].value = initial.get(f); }
  });
  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
}());
