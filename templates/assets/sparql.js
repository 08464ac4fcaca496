// The SPARQL page: runs the query in this browser (Oxigraph compiled to WebAssembly, in a Web Worker, over the site's
// own graph) or, under `newsgraph serve`, at its endpoint; shows the answer as a table in the site's layout, with CSV
// and JSON downloads. Everything it loads is in site/, through <script> tags, so it also works from file://, where a
// page may neither fetch files nor start a worker from one: the worker is built from a data: URL of Oxigraph's web.js and
// sparql-worker.js (assets/sparql-engine.js carries both, with the gzip'd .wasm), and the graph is gzip'd N-Quads in
// data/graph-nq-gz.js.
(function () {
  "use strict";
  const box = document.getElementById("sparql");
  if (!box) {
    return;
  }
  const root = box.dataset.root;
  const base = box.dataset.base;
  const form = document.getElementById("sparql-form");
  const editor = document.getElementById("query");
  const examples = document.getElementById("example");
  const status = document.getElementById("sparql-status");
  const problem = document.getElementById("query-error");
  const summary = document.getElementById("result-summary");
  const table = document.getElementById("result-table");
  const downloads = document.getElementById("downloads");
  const browserChoice = document.getElementById("engine-browser");
  const endpointChoice = document.getElementById("engine-endpoint");
  const PERIODS = {P1M: "a month", P1Y: "a year", P3M: "a quarter", P7D: "a week", P1D: "a day", PT1H: "an hour"};
  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const NUMBERS = ["decimal", "integer", "double", "float", "long", "int", "short", "nonNegativeInteger"].map((t) => XSD + t);
  document.querySelectorAll("#sparql .js-only").forEach((e) => { e.hidden = false; });
  document.querySelectorAll("#sparql .no-js").forEach((e) => { e.hidden = true; });
  let worker = null;
  let engine = null; // resolves when the graph is loaded in the worker
  let asked = 0;
  const pending = new Map();
  let last = null;

  function say(text) {
    status.textContent = text;
  }

  function script(src) {
    return new Promise((resolve, reject) => {
      const tag = document.createElement("script");
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = () => reject(new Error("could not load " + src));
      document.head.appendChild(tag);
    });
  }

  function bytes(base64) {
    const text = atob(base64);
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      out[i] = text.charCodeAt(i);
    }
    return out.buffer;
  }

  // The engine and the graph: loaded once, when the page opens (nothing is loaded on other pages).
  function startEngine() {
    if (engine) {
      return engine;
    }
    if (!box.dataset.graph) {
      engine = Promise.reject(new Error(box.dataset.tooLarge));
      engine.catch(() => {});
      return engine;
    }
    let source = null;
    let wasm = null;
    let graph = null;
    window.newsgraphSparqlEngine = (code, gzip) => { source = code; wasm = bytes(gzip); };
    window.newsgraphSparqlGraph = (gzip) => { graph = bytes(gzip); };
    say("Loading the SPARQL engine and the graph…");
    engine = Promise.all([script(box.dataset.engine), script(box.dataset.graph)]).then(() => new Promise((resolve, reject) => {
      // A data: URL, not a Blob: Chromium refuses a Blob's URL as a worker's script on a page opened from file://.
      worker = new Worker("data:text/javascript;charset=utf-8," + encodeURIComponent(source), {type: "module"});
      worker.onerror = (e) => reject(new Error("the SPARQL engine failed to start: " + (e.message || "unknown error")));
      worker.onmessage = (event) => {
        const m = event.data;
        if (m.type === "ready") {
          worker.postMessage({type: "load", wasm, graph}, [wasm, graph]);
        } else if (m.type === "loaded") {
          box.dataset.loadedMs = String(Math.round(performance.now()));
          box.dataset.memory = String(m.memory);
          say("Ready: " + m.quads.toLocaleString("en") + " statements loaded in this browser in "
            + (m.ms / 1000).toFixed(1) + " s.");
          resolve();
        } else if (m.type === "failed") {
          reject(new Error("the graph could not be loaded: " + m.message));
        } else if (pending.has(m.id)) {
          pending.get(m.id)(m);
          pending.delete(m.id);
        }
      };
    }));
    engine.catch((e) => say(e.message));
    return engine;
  }

  function inBrowser(query) {
    return startEngine().then(() => new Promise((resolve) => {
      const id = ++asked;
      pending.set(id, resolve);
      worker.postMessage({type: "query", id, query});
    }));
  }

  // serve's endpoint answers SPARQL results JSON; a CONSTRUCT answers N-Triples, shown as ?subject ?predicate ?object.
  function atEndpoint(query) {
    const started = performance.now();
    return fetch(box.dataset.endpoint, {method: "POST", body: new URLSearchParams({query}),
      headers: {Accept: "application/sparql-results+json, application/n-triples;q=0.9"}})
      .then((response) => response.text().then((text) => {
        const ms = Math.round(performance.now() - started);
        if (!response.ok) {
          const at = /line (\d+), column (\d+)/.exec(text);
          return {type: "error", message: text.trim(), line: at ? Number(at[1]) : null, column: at ? Number(at[2]) : null};
        }
        if ((response.headers.get("Content-Type") || "").includes("json")) {
          const json = JSON.parse(text);
          return {type: "answer", kind: "boolean" in json ? "boolean" : "bindings", json, ms};
        }
        return {type: "answer", kind: "graph", json: nTriples(text), ms};
      }));
  }

  function nTriples(text) {
    const node = /\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[\w-]+|\^\^<[^>]*>)?)/y;
    const bindings = [];
    for (const line of text.split("\n")) {
      node.lastIndex = 0;
      const terms = [];
      let m;
      while (terms.length < 3 && (m = node.exec(line))) {
        terms.push(ntTerm(m[1]));
      }
      if (terms.length === 3) {
        bindings.push({subject: terms[0], predicate: terms[1], object: terms[2]});
      }
    }
    return {head: {vars: ["subject", "predicate", "object"]}, results: {bindings}};
  }

  function ntTerm(text) {
    if (text.startsWith("<")) {
      return {type: "uri", value: text.slice(1, -1)};
    }
    if (text.startsWith("_:")) {
      return {type: "bnode", value: text.slice(2)};
    }
    const end = text.lastIndexOf("\"");
    const term = {type: "literal", value: JSON.parse(text.slice(0, end + 1))};
    const rest = text.slice(end + 1);
    if (rest.startsWith("@")) {
      term["xml:lang"] = rest.slice(1);
    } else if (rest.startsWith("^^")) {
      term.datatype = rest.slice(3, -1);
    }
    return term;
  }

  // An IRI of this site links to its page, relative to this page, so the link works from file:// and any sub-path.
  function pageOf(iri) {
    if (!iri.startsWith(base)) {
      return null;
    }
    const rest = iri.slice(base.length);
    const m = /^(article|entity)\/([^/#?]+)\/?(#.*)?$/.exec(rest);
    if (m) {
      return root + m[1] + "/" + m[2] + "/index.html" + (m[3] || "");
    }
    return rest.startsWith("ontology#") ? root + "ontology.ttl" : null;
  }

  // Numbers as the site writes them: 20000000 -> "20 million", 1234.5 -> "1,234.5".
  function human(value) {
    const abs = Math.abs(value);
    const scales = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]];
    for (const [scale, name] of scales) {
      if (abs >= scale && abs < 1e15) {
        return String(Math.round(value / scale * 1000) / 1000) + " " + name;
      }
    }
    if (abs >= 1e15 || !isFinite(value)) {
      return value.toPrecision(3);
    }
    return value.toLocaleString("en", {maximumFractionDigits: 2});
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) {
      return td;
    }
    if (term.type === "uri") {
      const href = pageOf(term.value);
      const shown = document.createElement(href ? "a" : "code");
      if (href) {
        shown.href = href;
      }
      shown.textContent = term.value;
      td.appendChild(shown);
    } else if (term.type === "triple") {
      const t = term.value;
      td.append("<<( ");
      for (const part of [t.subject, t.predicate, t.object]) {
        td.append(...cell(part).childNodes, " ");
      }
      td.append(")>>");
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      const type = term.datatype || "";
      td.dataset.value = term.value;
      td.title = type ? type.replace(XSD, "xsd:") : term["xml:lang"] ? "@" + term["xml:lang"] : "";
      if (NUMBERS.includes(type) && isFinite(Number(term.value))) {
        td.className = "num";
        td.textContent = human(Number(term.value));
        td.title = term.value + " (" + td.title + ")";
      } else if (type === XSD + "date" || type === XSD + "dateTime" || type === XSD + "gYearMonth") {
        const time = document.createElement("time");
        time.dateTime = term.value;
        time.textContent = term.value;
        td.appendChild(time);
      } else if (type === XSD + "duration" && PERIODS[term.value]) {
        td.textContent = PERIODS[term.value];
        td.title = term.value + " (xsd:duration)";
      } else {
        td.textContent = term.value;
      }
    }
    return td;
  }

  function plural(n, one, many) {
    return n.toLocaleString("en") + " " + (n === 1 ? one : many);
  }

  function show(answer, where) {
    // For benchmarks and tests: when the answer came, counted from the page's opening.
    box.dataset.answeredMs = String(Math.round(performance.now()));
    table.replaceChildren();
    downloads.hidden = true;
    problem.hidden = true;
    if (answer.type === "error") {
      problem.hidden = false;
      const at = answer.line ? "Line " + answer.line + ", column " + answer.column + ": " : "";
      problem.textContent = at + answer.message;
      problem.dataset.line = answer.line || "";
      problem.dataset.column = answer.column || "";
      summary.textContent = "The query was not run.";
      if (answer.line) {
        select(answer.line, answer.column);
      }
      return;
    }
    last = answer;
    const json = answer.json;
    if (answer.kind === "boolean") {
      summary.textContent = "Answer: " + (json.boolean ? "yes (true)" : "no (false)") + " · " + where + ", "
        + answer.ms + " ms";
    } else {
      const vars = json.head.vars;
      const rows = json.results.bindings;
      summary.textContent = (answer.kind === "graph" ? plural(rows.length, "statement", "statements")
        : plural(rows.length, "row", "rows")) + " · " + where + ", " + answer.ms + " ms";
      const head = document.createElement("thead");
      const tr = document.createElement("tr");
      for (const v of vars) {
        const th = document.createElement("th");
        th.scope = "col";
        th.textContent = "?" + v;
        tr.appendChild(th);
      }
      head.appendChild(tr);
      const body = document.createElement("tbody");
      for (const row of rows) {
        const line = document.createElement("tr");
        for (const v of vars) {
          line.appendChild(cell(row[v]));
        }
        body.appendChild(line);
      }
      table.append(head, body);
    }
    downloads.hidden = false;
  }

  // Puts the editor's caret at a line and column (1-based), where the error is.
  function select(line, column) {
    const lines = editor.value.split("\n");
    let at = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) {
      at += lines[i].length + 1;
    }
    at += Math.max(0, column - 1);
    editor.setSelectionRange(at, at);
  }

  // SPARQL 1.1 Query Results CSV: IRIs and literals as their plain strings.
  function csv(json) {
    const quote = (s) => /[",\r\n]/.test(s) ? "\"" + s.replace(/"/g, "\"\"") + "\"" : s;
    const text = (t) => !t ? "" : t.type === "bnode" ? "_:" + t.value : t.type === "triple"
      ? "<<( " + [t.value.subject, t.value.predicate, t.value.object].map(text).join(" ") + " )>>" : t.value;
    if ("boolean" in json) {
      return "_askResult\r\n" + json.boolean + "\r\n";
    }
    const vars = json.head.vars;
    return [vars.join(",")].concat(json.results.bindings.map((row) => vars.map((v) => quote(text(row[v]))).join(",")))
      .join("\r\n") + "\r\n";
  }

  function download(name, type, text) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], {type}));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  function run() {
    const query = editor.value;
    const useEndpoint = endpointChoice.checked;
    const where = useEndpoint ? "answered by serve's endpoint" : "answered in this browser";
    summary.textContent = "Running…";
    box.setAttribute("aria-busy", "true");
    (useEndpoint ? atEndpoint(query) : inBrowser(query))
      .then((answer) => show(answer, where))
      .catch((e) => show({type: "error", message: e.message}, where))
      .finally(() => box.removeAttribute("aria-busy"));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  examples.addEventListener("change", () => {
    const chosen = document.getElementById("example-" + examples.value);
    if (chosen) {
      editor.value = chosen.textContent;
    }
  });
  document.querySelectorAll("form.example-run").forEach((f) => f.addEventListener("submit", (event) => {
    event.preventDefault();
    examples.value = f.dataset.example;
    editor.value = document.getElementById("example-" + f.dataset.example).textContent;
    editor.scrollIntoView({block: "start"});
    run();
  }));
  document.getElementById("download-csv").addEventListener("click", () => last && download("results.csv", "text/csv", csv(last.json)));
  document.getElementById("download-json").addEventListener("click", () => last && download("results.srj",
    "application/sparql-results+json", JSON.stringify(last.json, null, 1)));

  // Under `newsgraph serve` the endpoint answers too: offer it (and use it, it holds the whole graph). A static host
  // has no endpoint (its "sparql/" is the redirect page, or nothing), so the choice stays with this browser.
  if (location.protocol !== "file:") {
    fetch(box.dataset.endpoint + "?query=" + encodeURIComponent("ASK {}"), {headers: {Accept: "application/sparql-results+json"}})
      .then((r) => {
        if (r.ok && (r.headers.get("Content-Type") || "").includes("sparql-results+json")) {
          endpointChoice.disabled = false;
          endpointChoice.checked = true;
          document.getElementById("engine-endpoint-note").textContent = "(available: this page is served by newsgraph serve)";
        }
      }).catch(() => {});
  }
  browserChoice.addEventListener("change", startEngine);
  startEngine();
})();
