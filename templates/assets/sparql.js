// Runs the SPARQL form's query against the endpoint of `newsgraph serve` and shows the results as a table;
// where no endpoint answers (a static host), says so. Example queries can be copied into the form.
(function () {
  'use strict';
  var form = document.getElementById('sparql-form');
  var query = document.getElementById('query');
  var out = document.getElementById('sparql-results');

  function message(text) {
    out.textContent = '';
    var p = document.createElement('p');
    p.className = 'note';
    p.textContent = text;
    out.appendChild(p);
  }

  function table(json) {
    out.textContent = '';
    if (typeof json.boolean === 'boolean') { message('Answer: ' + json.boolean); return; }
    var vars = json.head.vars;
    var rows = json.results.bindings;
    var t = document.createElement('table');
    var head = t.createTHead().insertRow();
    vars.forEach(function (v) { var th = document.createElement('th'); th.scope = 'col'; th.textContent = v; head.appendChild(th); });
    var body = t.createTBody();
    rows.forEach(function (b) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.insertCell().textContent = b[v] ? b[v].value : ''; });
    });
    var caption = t.createCaption();
    caption.textContent = rows.length + (rows.length === 1 ? ' result' : ' results');
    var wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.appendChild(t);
    out.appendChild(wrap);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    message('Running…');
    var url = form.getAttribute('action') + '?query=' + encodeURIComponent(query.value);
    fetch(url, { headers: { Accept: 'application/sparql-results+json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(table)
      .catch(function (e) {
        message('No SPARQL endpoint answered (' + e.message + '). Run `newsgraph serve` to query this site, '
          + 'or load data/graph.trig into any SPARQL store.');
      });
  });

  Array.prototype.forEach.call(document.querySelectorAll('.use-query'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      query.value = button.closest('.example').querySelector('code').textContent;
      query.focus();
      form.scrollIntoView();
    });
  });
}());
