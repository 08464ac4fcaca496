// Client-side search: MiniSearch over the site's index (search/index.js), as you type; ?q= in the address is kept
// in step so a search can be bookmarked or shared.
(function () {
  'use strict';
  var main = document.getElementById('main');
  var root = main.getAttribute('data-root') || '';
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var data = window.newsgraphSearchIndex;
  if (!data || !window.MiniSearch) {
    status.textContent = 'The search index could not be loaded.';
    return;
  }
  var search = new MiniSearch({
    fields: ['title', 'names', 'text'],
    storeFields: ['title', 'kind', 'href', 'date'],
    searchOptions: {
      boost: { title: 3, names: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND',
      // A reader who types a name wants the thing's own page before the articles that mention it.
      boostDocument: function (id, term, stored) { return stored.kind === 'Article' || stored.kind === 'Figure' ? 1 : 2; }
    }
  });
  search.addAll(data.documents);

  function show(query) {
    list.textContent = '';
    query = query.trim();
    if (!query) {
      status.textContent = data.documents.length + ' articles, entities and figures to search.';
      return;
    }
    var results = search.search(query).slice(0, 50);
    status.textContent = results.length === 0 ? 'Nothing found for “' + query + '”.'
      : results.length + (results.length === 50 ? '+' : '') + ' results for “' + query + '”.';
    results.forEach(function (r) {
      var item = document.createElement('li');
      var kind = document.createElement('span');
      kind.className = 'kind kind-' + r.kind.toLowerCase();
      kind.textContent = r.kind;
      var link = document.createElement('a');
      link.href = root + r.href;
      link.textContent = r.title;
      item.appendChild(kind);
      item.appendChild(document.createTextNode(' '));
      item.appendChild(link);
      if (r.date) {
        var date = document.createElement('time');
        date.dateTime = r.date;
        date.textContent = ' ' + r.date;
        item.appendChild(date);
      }
      list.appendChild(item);
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = new URL(window.location.href);
      url.searchParams.set('q', input.value);
      window.history.replaceState(null, '', url);
      show(input.value);
    }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
  });
  input.value = new URLSearchParams(window.location.search).get('q') || '';
  show(input.value);
}());
