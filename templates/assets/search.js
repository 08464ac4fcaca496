// Client-side search: MiniSearch over the site's index (search/index.js), loaded when the reader starts searching,
// as you type. Results are grouped by kind (articles, entities, figures; the group with the best match first), each
// with a snippet where the matched words are marked. ?q= in the address is kept in step so a search can be
// bookmarked or shared.
(function () {
  'use strict';
  var PER_GROUP = 20;
  var main = document.getElementById('main');
  var root = main.getAttribute('data-root') || '';
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var box = document.getElementById('search-results');
  var search = null;
  var loading = null;
  var GROUPS = { Article: ['articles', 'article', 'articles'], Figure: ['figures', 'figure', 'figures'] };

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error(src)); };
      document.body.appendChild(s);
    });
  }

  /** The index and the engine, fetched once, on the first search. */
  function load() {
    if (!loading) {
      status.textContent = 'Loading the search index…';
      loading = Promise.all([script(main.getAttribute('data-index')), script(main.getAttribute('data-engine'))])
        .then(function () {
          var data = window.newsgraphSearchIndex;
          search = new MiniSearch({
            fields: ['title', 'names', 'text'],
            storeFields: ['title', 'kind', 'href', 'date', 'text', 'names', 'article'],
            searchOptions: {
              boost: { title: 3, names: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND',
              // A reader who types a name wants the thing's own page before the articles that mention it.
              boostDocument: function (id, term, stored) {
                return stored.kind === 'Article' || stored.kind === 'Figure' ? 1 : 2;
              }
            }
          });
          // A figure names its article by id: it takes that article's title, date and address.
          data.documents.forEach(function (doc) {
            if (doc.in !== undefined) {
              var article = data.documents[doc.in];
              doc.article = article.title;
              doc.date = article.date;
              doc.href = article.href + doc.href;
            }
          });
          search.addAll(data.documents);
          search.size = data.documents.length;
          if (!input.value.trim()) { show(''); }
        }, function () {
          status.textContent = 'The search index could not be loaded.';
        });
    }
    return loading;
  }

  function escape(term) { return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

  /** The words of a text that match, as a pattern: whole words only, longest first. */
  function matcher(terms) {
    var sorted = terms.slice().sort(function (a, b) { return b.length - a.length; });
    return new RegExp('(?<![\\p{L}\\p{N}])(' + sorted.map(escape).join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
  }

  /** Up to ~200 characters of text around its first match, with every match in a <mark>. */
  function snippet(text, terms) {
    var p = document.createElement('p');
    p.className = 'snippet';
    if (!text || terms.length === 0) { return null; }
    var pattern = matcher(terms);
    var first = pattern.exec(text);
    if (!first) { return null; }
    var start = Math.max(0, first.index - 80);
    var end = Math.min(text.length, first.index + 120);
    if (start > 0) { start = text.indexOf(' ', start) + 1 || start; }
    if (end < text.length) { end = text.lastIndexOf(' ', end) > first.index ? text.lastIndexOf(' ', end) : end; }
    var piece = text.slice(start, end).replace(/\s*\n\s*/g, ' · ').replace(/\s+/g, ' ');
    if (start > 0) { p.appendChild(document.createTextNode('… ')); }
    var at = 0;
    pattern = matcher(terms);
    var m;
    while ((m = pattern.exec(piece)) !== null) {
      p.appendChild(document.createTextNode(piece.slice(at, m.index)));
      var mark = document.createElement('mark');
      mark.textContent = m[0];
      p.appendChild(mark);
      at = m.index + m[0].length;
    }
    p.appendChild(document.createTextNode(piece.slice(at)));
    if (end < text.length) { p.appendChild(document.createTextNode(' …')); }
    return p;
  }

  function item(r) {
    var li = document.createElement('li');
    var link = document.createElement('a');
    link.href = root + r.href;
    link.textContent = r.title;
    li.appendChild(link);
    if (r.kind !== 'Article' && r.kind !== 'Figure') {
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = ' ' + r.kind;
      li.appendChild(kind);
    }
    if (r.date) {
      var date = document.createElement('time');
      date.dateTime = r.date;
      date.textContent = ' ' + r.date;
      li.appendChild(date);
    }
    var text = r.kind === 'Article' ? r.text : r.kind === 'Figure' ? '“' + r.text + '” in ' + r.article
      : r.names ? 'Also called ' + r.names : '';
    var snip = snippet(text, r.terms) || (r.kind === 'Article' ? null : snippet(r.names || '', r.terms));
    if (!snip && r.kind === 'Figure') {
      snip = document.createElement('p');
      snip.className = 'snippet';
      snip.textContent = text;
    }
    if (snip) { li.appendChild(snip); }
    return li;
  }

  function show(query) {
    box.textContent = '';
    query = query.trim();
    if (!query) {
      status.textContent = search ? plural(search.size, 'article, entity or figure', 'articles, entities and figures')
        + ' to search.' : 'Type to search.';
      return;
    }
    var results = search.search(query);
    if (results.length === 0) {
      status.textContent = 'Nothing found for “' + query + '”.';
      return;
    }
    var groups = {};
    var order = [];
    results.forEach(function (r) {
      var key = GROUPS[r.kind] ? r.kind : 'Entity';
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(r);
    });
    var names = { Entity: ['entities', 'entity', 'entities'] };
    var counts = order.map(function (key) {
      var n = (GROUPS[key] || names[key]);
      return plural(groups[key].length, n[1], n[2]);
    });
    status.textContent = plural(results.length, 'result', 'results') + ' for “' + query + '”: ' + counts.join(', ') + '.';
    order.forEach(function (key, i) {
      var section = document.createElement('section');
      var heading = document.createElement('h2');
      var n = (GROUPS[key] || names[key]);
      heading.textContent = n[0].charAt(0).toUpperCase() + n[0].slice(1) + ' ';
      var c = document.createElement('span');
      c.className = 'count';
      c.textContent = '(' + groups[key].length + ')';
      heading.appendChild(c);
      heading.id = 'results-' + n[0];
      section.setAttribute('aria-labelledby', heading.id);
      section.appendChild(heading);
      var list = document.createElement('ol');
      list.className = 'results results-' + n[0];
      groups[key].slice(0, PER_GROUP).forEach(function (r) { list.appendChild(item(r)); });
      section.appendChild(list);
      if (groups[key].length > PER_GROUP) {
        var more = document.createElement('p');
        more.className = 'note';
        more.textContent = plural(groups[key].length - PER_GROUP, 'more ' + n[1], 'more ' + n[2])
          + ' not shown: add a word to narrow the search.';
        section.appendChild(more);
      }
      box.appendChild(section);
    });
  }

  function run() {
    var value = input.value;
    load().then(function () { if (search) { show(value); } });
  }

  var timer = null;
  input.addEventListener('focus', load);
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      window.history.replaceState(null, '', url);
      run();
    }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
  input.value = new URLSearchParams(window.location.search).get('q') || '';
  if (input.value.trim()) {
    run();
  } else {
    status.textContent = 'Type to search articles, entities and figures.';
  }
}());
