// The query page's SPARQL engine, run in a Web Worker. The page builds the worker from Oxigraph's web.js (vendor/oxigraph)
// followed by this file, so initSync and Store below are Oxigraph's. Messages in:
//   {type: "load", wasm: ArrayBuffer, graph: ArrayBuffer (gzip'd N-Quads)}  -> {type: "loaded", quads, ms, memory}
//   {type: "query", id, query}  -> {type: "answer", id, kind: "bindings" | "boolean" | "graph", json, ms}
//                                  or {type: "error", id, message, line, column}
// Answers are SPARQL 1.1 query results JSON (a graph is given as bindings of ?subject ?predicate ?object), so the page
// shows them and offers them for download the same way as the answers of serve's endpoint.
let store = null;
let exports = null;

async function gunzip(buffer) {
  const stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function term(t) {
  switch (t.termType) {
    case "NamedNode": return {type: "uri", value: t.value};
    case "BlankNode": return {type: "bnode", value: t.value};
    case "Literal": {
      const json = {type: "literal", value: t.value};
      if (t.language) {
        json["xml:lang"] = t.language;
      } else if (t.datatype && t.datatype.value !== "http://www.w3.org/2001/XMLSchema#string") {
        json.datatype = t.datatype.value;
      }
      return json;
    }
    case "Quad": return {type: "triple", value: {subject: term(t.subject), predicate: term(t.predicate), object: term(t.object)}};
    default: return {type: "literal", value: String(t.value)};
  }
}

// "error at 2:9: expected ..." (Oxigraph's parser) -> line 2, column 9.
function position(message) {
  const at = /(?:at|line) (\d+):(\d+)/.exec(message);
  return at ? {line: Number(at[1]), column: Number(at[2])} : {line: null, column: null};
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === "load") {
    try {
      const started = performance.now();
      exports = initSync({module: await gunzip(message.wasm)});
      store = new Store();
      store.load(await gunzip(message.graph), {format: "application/n-quads", no_transaction: true, lenient: true});
      self.postMessage({type: "loaded", quads: store.size, ms: Math.round(performance.now() - started),
        memory: exports.memory.buffer.byteLength});
    } catch (e) {
      self.postMessage({type: "failed", message: String(e && e.message || e)});
    }
    return;
  }
  if (message.type === "query") {
    const started = performance.now();
    try {
      // The default graph is the union of the named graphs, as for serve's endpoint and newsgraph query.
      const options = {use_default_graph_as_union: true};
      let json;
      let kind;
      try {
        json = JSON.parse(store.query(message.query, Object.assign({results_format: "application/sparql-results+json"}, options)));
        kind = Object.prototype.hasOwnProperty.call(json, "boolean") ? "boolean" : "bindings";
      } catch (e) {
        // CONSTRUCT and DESCRIBE have no results JSON: their triples, as bindings of ?subject ?predicate ?object.
        let quads;
        try {
          quads = store.query(message.query, options);
        } catch (again) {
          throw e;
        }
        if (!Array.isArray(quads) || !quads.every((q) => q.termType === "Quad")) {
          throw e;
        }
        json = {head: {vars: ["subject", "predicate", "object"]}, results: {bindings: quads.map((q) => ({
          subject: term(q.subject), predicate: term(q.predicate), object: term(q.object)}))}};
        kind = "graph";
      }
      self.postMessage({type: "answer", id: message.id, kind, json, ms: Math.round(performance.now() - started),
        memory: exports.memory.buffer.byteLength});
    } catch (e) {
      const text = String(e && e.message || e);
      self.postMessage(Object.assign({type: "error", id: message.id, message: text}, position(text)));
    }
  }
};
self.postMessage({type: "ready"});
