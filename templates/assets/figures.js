// The figures explorer: every figure of the site (figures/data.js) filtered, sorted and shown a page at a time, in
// the browser. Without this script each page of the explorer is a plain table with a pager; with it, the filters
// search all figures, not one page. The form's state and the page are kept in the address
// (?kind=amount&sort=value-desc&page=2) so a view can be linked to.
(function () {
  'use strict';
  var PAGE_SIZE = 100;
  var main = document.getElementById('main');
  var root = main.getAttribute('data-root') || '';
  var form = document.getElementById('figure-filters');
  var table = document.getElementById('figure-table');
  var count = document.getElementById('figure-count');
  var pagerBox = document.getElementById('figure-pager');
  var body = table.tBodies[0];
  var source = window.newsgraphFigures;
  var fields = ['kind', 'unit', 'entity', 'period'];
  if (!source) { return; }
  // Each row names its article and entity by place in the lists beside it: look them up once.
  var data = source.rows.map(function (row, i) {
    var article = source.articles[row.article];
    var entity = row.entity === undefined ? null : source.entities[row.entity];
    var candidate = row.candidate === undefined ? null : source.entities[row.candidate];
    row.order = i;
    row.article = article[0];
    row.articleHref = article[1];
    row.href = article[1] + '#' + row.id;
    row.entity = entity ? entity[0] : undefined;
    row.entityHref = entity ? entity[1] : undefined;
    row.candidate = candidate;
    row.others = (row.others || []).map(function (n) { return source.entities[n]; });
    row.unitName = row.unitName || row.unit;
    row.measureLabel = row.measureLabel === undefined ? row.measure : row.measureLabel;
    return row;
  });
  var page = 1;

  function compare(sort) {
    var order = function (a, b) { return a.order - b.order; };
    if (sort === 'value-desc' || sort === 'value-asc') {
      var sign = sort === 'value-desc' ? -1 : 1;
      return function (a, b) {
        var x = a.number, y = b.number;
        if (x === undefined || y === undefined) { return x === y ? order(a, b) : (x === undefined ? 1 : -1); }
        return x === y ? order(a, b) : sign * (x - y);
      };
    }
    if (sort === 'time-desc' || sort === 'time-asc') {
      var flip = sort === 'time-desc' ? -1 : 1;
      return function (a, b) {
        var x = a.time, y = b.time;
        if (!x || !y) { return x === y ? order(a, b) : (x ? -1 : 1); }
        return x === y ? order(a, b) : flip * (x < y ? -1 : 1);
      };
    }
    return order;
  }

  function cell(label, className) {
    var td = document.createElement('td');
    td.setAttribute('data-label', label);
    if (className) { td.className = className; }
    return td;
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = root + href;
    a.textContent = text;
    return a;
  }

  function span(text, title) {
    var s = document.createElement('span');
    s.textContent = text;
    if (title) { s.title = title; }
    return s;
  }

  var PROBABLY = 'probably: the extractor is not sure';
  var ASSUMED = 'currency assumed from the article: the text does not say it';

  /** The element marked as what the extractor only thinks probable. */
  function unsure(element, className) {
    element.className = className;
    return element;
  }

  function render(f) {
    var tr = document.createElement('tr');
    tr.setAttribute('data-order', f.order);
    tr.setAttribute('data-kind', f.kind);
    tr.setAttribute('data-unit', f.unit);
    tr.setAttribute('data-entity', f.entity || '');
    tr.setAttribute('data-period', f.period || '');
    tr.setAttribute('data-measure', f.measure || '');
    tr.setAttribute('data-value', f.number === undefined ? '' : f.number);
    tr.setAttribute('data-time', f.time || '');
    var td = cell('Figure', 'figure-text');
    td.appendChild(link(f.href, f.text));
    tr.appendChild(td);
    td = cell('Value', 'num');
    if (f.qualifier) {
      td.appendChild(span(f.qualifier === 'at_most' ? '≤ ' : f.qualifier === 'at_least' ? '≥ ' : '~ ', f.qualifier));
    }
    if (f.direction === 'increase' || f.direction === 'decrease') {
      td.appendChild(span(f.direction === 'increase' ? '▲ ' : '▼ ', f.direction));
    }
    td.appendChild(span(f.value + (f.per ? ' per ' + f.per : '')));
    if (f.unitAssumed) {
      td.appendChild(unsure(span('currency assumed', ASSUMED), 'sub candidate assumed'));
    }
    tr.appendChild(td);
    [['Kind', f.kind], ['Unit', f.unitName], ['Measure', f.measureLabel]].forEach(function (c) {
      td = cell(c[0]);
      td.textContent = c[1] || '';
      tr.appendChild(td);
    });
    if (f.candidateMeasure) {
      td.appendChild(unsure(span(f.candidateMeasure + '?', PROBABLY), 'candidate'));
    }
    td = cell('About');
    if (f.entity) { td.appendChild(link(f.entityHref, f.entity)); }
    if (f.candidate) {
      var probable = unsure(span('', PROBABLY), 'candidate');
      probable.appendChild(link(f.candidate[1], f.candidate[0]));
      probable.appendChild(document.createTextNode('?'));
      td.appendChild(probable);
    }
    f.others.forEach(function (o) {
      var other = span(', ');
      other.className = f.candidate ? 'other-subject candidate' : 'other-subject';
      other.appendChild(link(o[1], o[0]));
      if (f.candidate) { other.appendChild(document.createTextNode('?')); }
      td.appendChild(other);
    });
    tr.appendChild(td);
    td = cell('Rate');
    td.textContent = f.period || '';
    tr.appendChild(td);
    td = cell('When', 'num');
    td.textContent = f.time || '';
    tr.appendChild(td);
    td = cell('Article', 'article');
    td.appendChild(link(f.articleHref, f.article));
    tr.appendChild(td);
    return tr;
  }

  function pager(pages) {
    pagerBox.textContent = '';
    if (pages < 2) { return; }
    var nav = document.createElement('nav');
    nav.className = 'pager';
    nav.setAttribute('aria-label', 'Pages');
    function add(number, text, label) {
      var a = document.createElement('a');
      a.href = '?page=' + number;
      a.textContent = text;
      if (label) { a.setAttribute('aria-label', label); }
      if (number === page && !label) { a.setAttribute('aria-current', 'page'); }
      a.addEventListener('click', function (event) {
        event.preventDefault();
        page = number;
        apply();
        count.scrollIntoView();
      });
      nav.appendChild(a);
    }
    if (page > 1) { add(page - 1, '← Previous', 'Previous page'); }
    for (var n = 1; n <= pages; n++) {
      // Every page near this one, the first and the last; gaps as an ellipsis.
      if (n === 1 || n === pages || Math.abs(n - page) <= 2) {
        add(n, String(n), null);
      } else if (n === 2 || n === pages - 1) {
        nav.appendChild(span('…'));
      }
    }
    if (page < pages) { add(page + 1, 'Next →', 'Next page'); }
    pagerBox.appendChild(nav);
  }

  function apply() {
    var measure = form.elements.measure.value.trim().toLowerCase();
    var shown = data.filter(function (f) {
      return fields.every(function (field) {
        var want = form.elements[field].value;
        return !want || (f[field] || '') === want;
      }) && (!measure || (f.measure || '').toLowerCase().indexOf(measure) >= 0);
    }).sort(compare(form.elements.sort.value));
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    page = Math.min(Math.max(1, page), pages);
    var first = (page - 1) * PAGE_SIZE;
    var rows = document.createDocumentFragment();
    shown.slice(first, first + PAGE_SIZE).forEach(function (f) { rows.appendChild(render(f)); });
    body.textContent = '';
    body.appendChild(rows);
    var of = shown.length === data.length ? data.length + (data.length === 1 ? ' figure' : ' figures')
      : shown.length + ' of ' + data.length + ' figures';
    count.textContent = shown.length === 0 ? 'No figure matches.' : pages > 1
      ? 'Showing ' + (first + 1) + ' to ' + Math.min(shown.length, first + PAGE_SIZE) + ' of ' + of + '.'
      : 'Showing ' + of + '.';
    pager(pages);
    var params = new URLSearchParams();
    fields.concat(['measure', 'sort']).forEach(function (f) {
      if (form.elements[f].value) { params.set(f, form.elements[f].value); }
    });
    if (page > 1) { params.set('page', page); }
    var query = params.toString();
    window.history.replaceState(null, '', query ? '?' + query : window.location.pathname);
  }

  // The filters' choices, the distinct values over every figure, come from the data here: the pages carry none, so
  // that what one article adds or a merge renames does not change every page of the explorer. Sorted as the build
  // sorted them (ignoring case; equal ones in the data's order).
  function byName(a, b) {
    var x = a.toLowerCase(), y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  function choices(name, values) {   // values: [value, label] pairs
    var select = form.elements[name];
    values.forEach(function (v) {
      var option = document.createElement('option');
      option.value = v[0];
      option.textContent = v[1];
      select.appendChild(option);
    });
  }
  function distinct(field) {
    var seen = new Set(), values = [];
    data.forEach(function (f) {
      var v = f[field];
      if (v !== undefined && v !== null && !seen.has(v)) { seen.add(v); values.push(v); }
    });
    return values.sort(byName).map(function (v) { return [v, v]; });
  }
  choices('kind', distinct('kind'));
  var units = new Map();   // a unit by its name and code, the first of those equal but for case
  data.forEach(function (f) {
    var key = f.unitName + ' ' + f.unit;
    if (!units.has(key.toLowerCase())) { units.set(key.toLowerCase(), [key, f.unit, f.unitName]); }
  });
  choices('unit', Array.from(units.values()).sort(function (a, b) { return byName(a[0], b[0]); })
    .map(function (u) { return [u[1], u[2]]; }));
  choices('entity', distinct('entity'));
  choices('period', distinct('period'));

  var initial = new URLSearchParams(window.location.search);
  fields.concat(['measure', 'sort']).forEach(function (f) {
    if (initial.has(f)) { form.elements[f].value = initial.get(f); }
  });
  // On a numbered page of the plain explorer (counted from the oldest figures: page N holds figures 100(N-1)+1 to
  // 100N), start at the script's page (counted from the newest) that shows its newest figure; the script's own pages
  // live in ?page=.
  var oldestPage = parseInt(main.getAttribute('data-oldest-page') || '0', 10) || 0;
  var newestFirst = oldestPage > 0 ? Math.max(0, data.length - Math.min(data.length, oldestPage * PAGE_SIZE)) : 0;
  page = parseInt(initial.get('page') || '0', 10) || Math.floor(newestFirst / PAGE_SIZE) + 1;
  form.hidden = false;
  function changed() { page = 1; apply(); }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function (event) { event.preventDefault(); changed(); });
  form.addEventListener('reset', function () { setTimeout(changed, 0); });
  apply();
}());
