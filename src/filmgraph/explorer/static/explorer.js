// filmgraph explorer: search, film and person pages, a neighbourhood graph that grows on click, the
// explained path between two films, and the query library run against the read-only endpoint.
//
// Every string that comes from the graph (titles, names, sentences, file names) is written into the
// page as text (textContent, text nodes, setAttribute), never parsed as markup; links are built
// from page ids the server checked. The Content-Security-Policy allows scripts from this server only.
"use strict";

(() => {
  // name -> {label, colour, films, facts: [[film page field, heading], ...]}: the server's relation
  // table (/api/info), read at start
  let RELATIONS = {};
  const ID_PREFIX = "https://w3id.org/filmgraph/id/";
  const state = {
    info: { node_cap: 500, sparql: "/sparql" },
    cy: null,
    centre: null,
    expanded: new Map(), // node IRI -> {added: Set of IRIs it brought, next: offset of its next page, more}
    lastWithMore: null,
    relations: new Set(),
  };
  const $ = (selector) => document.querySelector(selector);

  // -- small helpers -------------------------------------------------------------------------

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child !== null && child !== undefined && child !== false) node.append(child); // strings become text nodes
    }
    return node;
  }

  const nodeName = (node) => (node.year ? `${node.label} (${node.year})` : node.label);
  const pageLink = (id, text) => (id ? el("a", { href: "/" + id, "data-link": true }, text) : text);
  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

  async function api(path, params = {}) {
    const url = new URL(path, location.origin);
    for (const [name, value] of Object.entries(params)) {
      for (const one of [].concat(value)) if (one !== undefined && one !== null) url.searchParams.append(name, one);
    }
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function go(href) {
    history.pushState(null, "", href);
    route();
  }

  // -- search as you type --------------------------------------------------------------------

  function searchBox(input, list, onPick) {
    let hits = [], active = -1, timer = null, asked = 0;
    const close = () => { hits = []; active = -1; list.hidden = true; list.replaceChildren(); };
    const pick = (index) => { const hit = hits[index]; close(); if (hit) onPick(hit.node); };
    function render() {
      list.replaceChildren(...hits.map((hit, index) => el("li", {
        role: "option", "aria-selected": index === active ? "true" : "false", "data-id": hit.node.id,
        onmousedown: (event) => { event.preventDefault(); pick(index); },
      }, el("span", { class: `kind ${hit.node.kind}` }, hit.node.kind), el("span", { class: "label" }, nodeName(hit.node)),
      hit.how === "alternate title" ? el("span", { class: "matched" }, `also “${hit.matched}”`) : null)));
      list.hidden = hits.length === 0;
    }
    async function run() {
      const text = input.value.trim();
      const mine = ++asked;
      if (!text) { close(); return; }
      const found = await api("/api/search", { q: text, limit: 10 });
      if (mine !== asked) return; // a later keystroke's answer is on its way
      hits = found.filter((hit) => hit.node.id);
      active = hits.length ? 0 : -1;
      render();
    }
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 120); });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!hits.length) return;
        event.preventDefault();
        active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
        render();
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  }

  // -- the neighbourhood graph ---------------------------------------------------------------

  function graphStyle() {
    return [
      { selector: "node", style: {
        label: "data(name)", "font-size": 14, color: "#1d232b", "text-valign": "bottom", "text-margin-y": 4,
        "text-wrap": "ellipsis", "text-max-width": 170, "min-zoomed-font-size": 7,
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 2,
        width: 22, height: 22, "background-color": "#5b8fd9", "border-width": 2, "border-color": "#334455" } },
      { selector: "node[kind = 'person']", style: { shape: "round-rectangle", "background-color": "#f2a65a", width: 18, height: 18 } },
      { selector: "node.expanded", style: { "border-width": 4, "border-style": "double" } },
      { selector: "node.centre", style: { "border-width": 4, "border-color": "#111111", width: 32, height: 32, "font-weight": "bold" } },
      { selector: "edge", style: {
        width: 2, "curve-style": "bezier", "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "arrow-scale": 0.9 } },
      { selector: ".filtered", style: { display: "none" } },
    ];
  }

  function ensureGraph() {
    $("#graph-panel").hidden = false;
    if (state.cy) { state.cy.resize(); return state.cy; }
    const cy = cytoscape({ container: $("#graph"), style: graphStyle(), minZoom: 0.05, maxZoom: 4 });
    cy.on("tap", "node", (event) => toggle(event.target.id()));
    cy.on("dbltap", "node", (event) => { const id = event.target.data("pageId"); if (id) go("/" + id); });
    state.cy = cy;
    return cy;
  }

  function resetGraph(centre) {
    const cy = ensureGraph();
    cy.elements().remove();
    state.centre = centre;
    state.expanded.clear();
    state.lastWithMore = null;
    return cy;
  }

  const nodeData = (node) => ({ id: node.iri, name: nodeName(node), kind: node.kind, pageId: node.id });
  const edgeId = (edge) => `${edge.source} ${edge.relation} ${edge.target}`;

  function addEdge(cy, edge) {
    if (!cy.getElementById(edgeId(edge)).empty()) return;
    cy.add({ group: "edges", data: { id: edgeId(edge), source: edge.source, target: edge.target,
      relation: edge.relation, colour: RELATIONS[edge.relation].colour } });
  }

  function layout(focus) {
    const cy = state.cy;
    // the graph grows from where it was (new nodes start in a ring around the one expanded), so
    // what the reader has already looked at stays about in place
    const count = cy.nodes().length;
    if (count > 150) {
      // a force layout of hundreds of nodes takes seconds without a GPU: rings instead, this
      // page's node in the middle, the expanded ones around it, the rest outside
      cy.layout({ name: "concentric", animate: false, fit: true, padding: 30, minNodeSpacing: 6,
        concentric: (node) => (node.hasClass("centre") ? 3 : node.hasClass("expanded") ? 2 : 1), levelWidth: () => 1 }).run();
    } else {
      // while it is small, the graph is kept to the pane's size (then it fits at zoom 1 or more)
      const box = count <= 60 ? { x1: 0, y1: 0, w: cy.width() - 220, h: cy.height() - 90 } : undefined;
      cy.layout({ name: "cose", animate: false, randomize: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: true,
        boundingBox: box, idealEdgeLength: () => 40, nodeRepulsion: () => 2500, numIter: 1000 }).run();
    }
    // Labels stay readable (14 px at zoom 1): up to 150 nodes the picture fitted to the pane is
    // zoomed no further out than 0.95 (nor in past 1.3), centred on the whole graph while it is
    // small, else on the node just expanded. Past that the whole graph is shown, and labels under
    // 7 px are left out (drawn as a smudge they would be read by no one) until one zooms in.
    const zoom = Math.min(1.3, count > 150 ? cy.zoom() : Math.max(0.95, cy.zoom()));
    if (zoom !== cy.zoom()) {
      cy.zoom(zoom);
      cy.center(focus && count > 40 ? cy.getElementById(focus) : undefined);
    }
  }

  async function expand(iri, offset = 0) {
    const cy = state.cy;
    const cap = state.info.node_cap;
    const room = cap - cy.nodes().length + (cy.getElementById(iri).empty() ? 0 : 1);
    if (room <= 1) {
      showStatus(`The graph holds ${cap} nodes, the most it draws; collapse a node to make room.`);
      return;
    }
    const around = await api("/api/neighbourhood", { node: iri, rel: [...state.relations], offset, limit: room - 1 });
    const entry = state.expanded.get(iri) || { added: new Set(), next: 0, more: 0 };
    const origin = cy.getElementById(iri);
    const at = origin.empty() ? { x: 0, y: 0 } : origin.position();
    const fresh = around.nodes.filter((node) => cy.getElementById(node.iri).empty());
    cy.batch(() => {
      fresh.forEach((node, index) => {
        const angle = (2 * Math.PI * index) / fresh.length;
        cy.add({ group: "nodes", data: nodeData(node), position: { x: at.x + 90 * Math.cos(angle), y: at.y + 90 * Math.sin(angle) } });
        if (node.iri !== iri) entry.added.add(node.iri);
      });
      for (const edge of around.edges) addEdge(cy, edge);
    });
    entry.next = around.total - around.more;
    entry.more = around.more;
    state.expanded.set(iri, entry);
    state.lastWithMore = around.more > 0 ? iri : (state.lastWithMore === iri ? null : state.lastWithMore);
    cy.getElementById(iri).addClass("expanded");
    applyFilters();
    layout(iri);
    showStatus();
  }

  function collapse(iri) {
    const cy = state.cy;
    const entry = state.expanded.get(iri);
    state.expanded.delete(iri);
    cy.batch(() => {
      for (const other of entry.added) {
        const node = cy.getElementById(other);
        if (node.empty() || other === state.centre || state.expanded.has(other)) continue;
        // a node another expanded node also brought stays
        const held = node.neighborhood("node").some((n) => n.id() !== iri && (state.expanded.has(n.id()) || n.id() === state.centre));
        if (!held) node.remove();
      }
    });
    cy.getElementById(iri).removeClass("expanded");
    if (state.lastWithMore === iri) state.lastWithMore = null;
    showStatus();
  }

  function toggle(iri) {
    if (state.expanded.has(iri)) collapse(iri);
    else expand(iri).catch((error) => showStatus(error.message));
  }

  function applyFilters() {
    const cy = state.cy;
    if (!cy) return;
    cy.batch(() => {
      cy.edges().forEach((edge) => edge.toggleClass("filtered", !state.relations.has(edge.data("relation"))));
      cy.nodes().forEach((node) => {
        const shown = node.id() === state.centre || node.connectedEdges().some((edge) => !edge.hasClass("filtered"));
        node.toggleClass("filtered", !shown);
      });
    });
  }

  function showStatus(message) {
    const cy = state.cy;
    const count = cy ? cy.nodes().length : 0;
    $("#graph").dataset.nodes = String(count);
    $("#graph-status").textContent = message || `${plural(count, "node")} (at most ${state.info.node_cap})`;
    const more = $("#more");
    const entry = state.lastWithMore && state.expanded.get(state.lastWithMore);
    more.hidden = !entry || !entry.more;
    if (entry && entry.more) {
      const name = cy.getElementById(state.lastWithMore).data("name");
      more.textContent = `${entry.more} more of ${name}`;
    }
  }

  function buildToolbar() {
    $("#filters").append(...Object.entries(RELATIONS).map(([name, relation]) => el("label", {},
      el("input", { type: "checkbox", checked: true, value: name, onchange: (event) => {
        if (event.target.checked) state.relations.add(name); else state.relations.delete(name);
        applyFilters();
      } }),
      el("span", { class: "swatch", "data-relation": name }), relation.label)));
    for (const swatch of document.querySelectorAll(".swatch")) swatch.style.background = RELATIONS[swatch.dataset.relation].colour;
    $("#legend").append(
      el("span", {}, el("span", { class: "shape film" }), "film"),
      el("span", {}, el("span", { class: "shape person" }), "person"),
      el("span", {}, el("span", { class: "shape centre" }), "this page"));
    $("#more").addEventListener("click", () => {
      const iri = state.lastWithMore;
      if (iri) expand(iri, state.expanded.get(iri).next).catch((error) => showStatus(error.message));
    });
  }

  async function showNeighbourhood(node) {
    const cy = resetGraph(node.iri);
    cy.add({ group: "nodes", data: nodeData(node), position: { x: 0, y: 0 } });
    cy.getElementById(node.iri).addClass("centre");
    await expand(node.iri);
  }

  // -- views ---------------------------------------------------------------------------------

  function view(wide) {
    const section = $("#view");
    section.classList.toggle("wide", wide);
    if (wide) $("#graph-panel").hidden = true;
    return section;
  }

  function support(fact) {
    const parts = [];
    if (fact.reviews) parts.push(plural(fact.reviews, "review"));
    parts.push(...fact.sources);
    return parts.length ? el("span", { class: "support" }, `(${parts.join(" · ")})`) : null;
  }

  function evidence(fact, open) {
    if (!fact.evidence || !fact.evidence.length) return null;
    return el("details", { class: "evidence", open },
      el("summary", {}, `evidence from ${plural(fact.evidence.length, "review")}`),
      fact.evidence.map((said) => [
        el("blockquote", {}, said.sentence || "(no sentence recorded)"),
        el("div", { class: "cite" }, "— ", said.reviewer || "reviewer unknown", ", ", el("code", {}, said.source),
          said.confidence !== null && said.confidence !== undefined ? `, confidence ${said.confidence.toFixed(2)}` : ""),
      ]));
  }

  function factItem(fact, open = false) {
    const name = fact.year ? `${fact.value} (${fact.year})` : fact.value;
    return el("li", { class: "fact" }, pageLink(fact.id, name),
      fact.character ? [" as ", el("em", {}, fact.character)] : null, support(fact), evidence(fact, open));
  }

  function factList(facts, open = false) {
    return facts.length ? el("ul", { class: "plain" }, facts.map((fact) => factItem(fact, open))) : el("p", {}, "none known");
  }

  function wikidata(fact) {
    // the id is shown as text; it becomes a link only when it has the shape of a Wikidata id
    const link = /^Q[0-9]+$/.test(fact.value)
      ? el("a", { href: `https://www.wikidata.org/wiki/${fact.value}`, rel: "noopener noreferrer", target: "_blank" }, fact.value)
      : fact.value;
    return el("span", {}, link, support(fact));
  }

  function plainValues(facts) {
    return facts.length ? facts.map((fact, index) => [index ? "; " : "", fact.value, support(fact)]) : "unknown";
  }

  function family(members, current) {
    if (members.length <= 1) return el("p", {}, "No remakes of this film, or originals it remakes, are known.");
    return el("ul", { class: "tree", id: "family" }, members.map((member) => {
      const item = el("li", { class: member.node.iri === current ? "current" : null, "data-depth": member.depth },
        member.depth ? "↳ " : "", pageLink(member.node.id, nodeName(member.node)),
        el("span", { class: "depth" }, member.depth ? `remake, depth ${member.depth}` : "original"));
      item.style.paddingLeft = `${member.depth * 1.4}rem`;
      return item;
    }));
  }

  async function showFilm(id) {
    const page = await api(`/api/${id}`);
    const film = page.film, facts = page.facts;
    document.title = `${nodeName(film)} – filmgraph`;
    view(false).replaceChildren(
      el("h1", { id: "title" }, film.label, film.year ? [" ", el("span", { class: "year" }, `(${film.year})`)] : null),
      el("dl", { class: "facts" },
        facts.alternate_titles.length ? [el("dt", {}, "Also known as"), el("dd", {}, plainValues(facts.alternate_titles))] : null,
        el("dt", {}, "Year"), el("dd", {}, plainValues(facts.years)),
        el("dt", {}, "Countries"), el("dd", {}, plainValues(facts.countries)),
        facts.genres.length ? [el("dt", {}, "Genres"), el("dd", {}, plainValues(facts.genres))] : null,
        el("dt", {}, "Wikidata"), el("dd", {}, facts.wikidata.length ? facts.wikidata.map(wikidata) : "not linked"),
        el("dt", {}, "Reviews"), el("dd", {}, plural(page.reviews.filter((r) => r.about).length, "review"),
          " of it, ", plural(page.reviews.filter((r) => !r.about).length, "other"), " naming it")),
      el("h2", {}, "Remake family"), family(page.family, film.iri),
      // each film relation both ways, as the relation table names them: "Remake of", "Remade as", ...
      ...Object.values(RELATIONS).filter((relation) => relation.films).flatMap((relation) => relation.facts).flatMap(
        ([name, heading]) => [el("h2", {}, heading.charAt(0).toUpperCase() + heading.slice(1)),
          el("div", { id: name.replaceAll("_", "-") }, factList(facts[name] || [], true))]),
      el("h2", {}, "Directors"), factList(facts.directors),
      el("h2", {}, "Writers"), factList(facts.writers),
      el("h2", {}, "Cast"), factList(facts.cast),
      el("h2", {}, "Reviews"),
      el("ul", { class: "plain", id: "reviews" }, page.reviews.map((review) => el("li", {},
        el("code", {}, review.source), " — ", review.reviewer || "reviewer unknown", review.about ? " (reviews this film)" : " (names it)"))));
    await showNeighbourhood(film);
  }

  async function showPerson(id) {
    const page = await api(`/api/${id}`);
    document.title = `${page.person.label} – filmgraph`;
    const roles = ["director", "writer", "actor"];
    view(false).replaceChildren(
      el("h1", { id: "title" }, page.person.label),
      ...roles.flatMap((role) => {
        const films = page.films.filter((credit) => credit.role === role);
        return films.length ? [el("h2", {}, `As ${role}`), el("ul", { class: "plain", id: `as-${role}` },
          films.map((credit) => el("li", {}, pageLink(credit.film.id, nodeName(credit.film)))))] : [];
      }));
    await showNeighbourhood(page.person);
  }

  function picker(label, id, chosen) {
    const input = el("input", { type: "search", id, autocomplete: "off", placeholder: "a film or a person…" });
    const list = el("ul", { class: "hits", hidden: true });
    if (chosen) { input.value = chosen.name; input.dataset.id = chosen.id; }
    searchBox(input, list, (node) => { input.value = nodeName(node); input.dataset.id = node.id; });
    return el("label", {}, label, input, list);
  }

  async function showPath() {
    const params = new URLSearchParams(location.search);
    const from = params.get("from"), to = params.get("to");
    const section = view(false);
    document.title = "Path – filmgraph";
    const found = from && to ? await api("/api/path", { from, to }) : null;
    const named = (node) => (node ? { id: node.id, name: nodeName(node) } : null);
    const form = el("div", { class: "picker" },
      picker("From", "path-from", found && named(found.start)), picker("To", "path-to", found && named(found.end)),
      el("button", { class: "primary", type: "button", id: "find-path", onclick: () => {
        const a = $("#path-from").dataset.id, b = $("#path-to").dataset.id;
        if (a && b) go(`/path?${new URLSearchParams({ from: a, to: b })}`);
      } }, "Find path"));
    if (!found) {
      $("#graph-panel").hidden = true;
      section.replaceChildren(el("h1", {}, "Path between two films"), form,
        el("p", {}, "The shortest chain of facts joining them, each read from a review."));
      return;
    }
    section.replaceChildren(el("h1", {}, "Path between two films"), form,
      el("h2", {}, `${nodeName(found.start)} → ${nodeName(found.end)}: ${plural(found.hops.length, "step")}`),
      el("ol", { class: "hops", id: "hops" }, found.hops.map((hop) => el("li", {}, hop.sentence,
        hop.evidence ? el("blockquote", {}, hop.evidence) : null,
        el("div", { class: "cite" }, hop.file ? el("code", {}, hop.file) : (hop.review || "no review"),
          hop.confidence !== null && hop.confidence !== undefined ? `, confidence ${hop.confidence.toFixed(2)}` : "")))));
    const cy = resetGraph(found.start.iri);
    cy.batch(() => {
      // the path drawn left to right, alternately a little up and down so long labels do not meet
      found.nodes.forEach((node, index) => cy.add({ group: "nodes", data: nodeData(node),
        position: { x: index * 200, y: index % 2 ? 40 : -40 } }));
      for (const hop of found.hops) addEdge(cy, hop);
    });
    cy.getElementById(found.start.iri).addClass("centre");
    cy.getElementById(found.end.iri).addClass("centre");
    cy.fit(undefined, 40);
    showStatus(`path of ${plural(found.hops.length, "step")}`);
  }

  async function sparql(text, accept) {
    const endpoint = state.info.sparql;
    const response = endpoint
      ? await fetch(endpoint, { method: "POST", headers: { Accept: accept, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ query: text }) })
      : await fetch(`/api/sparql?${new URLSearchParams({ query: text, format: accept === "text/csv" ? "csv" : "json" })}`);
    if (!response.ok) {
      const message = await response.text();
      throw new Error(`${response.status}: ${message}`);
    }
    return response;
  }

  function resultCell(term) {
    if (!term) return el("td", {});
    if (term.type === "uri" && term.value.startsWith(ID_PREFIX)) {
      const id = term.value.slice(ID_PREFIX.length);
      return el("td", {}, /^(film|person)\//.test(id) ? pageLink(id, term.value) : term.value);
    }
    return el("td", {}, term.value);
  }

  function resultTable(results) {
    if ("boolean" in results) return el("p", { id: "results-table" }, `answer: ${results.boolean}`);
    const names = results.head.vars;
    const rows = results.results.bindings;
    return el("div", {}, el("p", {}, plural(rows.length, "row")),
      el("table", { class: "results", id: "results-table" },
        el("thead", {}, el("tr", {}, names.map((name) => el("th", {}, name)))),
        el("tbody", {}, rows.map((row) => el("tr", {}, names.map((name) => resultCell(row[name])))))));
  }

  async function showQueries() {
    const section = view(true);
    document.title = "SPARQL – filmgraph";
    const queries = await api("/api/queries");
    const select = el("select", { id: "query-name" }, queries.map((query) => el("option", { value: query.name }, query.name)));
    const text = el("textarea", { id: "query-text", spellcheck: "false", "aria-label": "SPARQL query" });
    const fields = el("div", { class: "params", id: "query-params" });
    const out = el("div", { id: "results" });
    const choose = (name) => {
      const query = queries.find((one) => one.name === name);
      text.value = query.text;
      fields.replaceChildren(...query.parameters.map((param) => [
        el("label", { for: `param-${param.name}` }, `?${param.name}`),
        el("input", { id: `param-${param.name}`, "data-param": param.name, placeholder: param.optional ? "optional" : "" }),
        el("span", { class: "description" }, param.description)]).flat());
      out.replaceChildren();
    };
    const bound = async () => {
      const params = { name: select.value, query: text.value };
      for (const input of fields.querySelectorAll("input")) params[`param.${input.dataset.param}`] = input.value;
      return (await api("/api/bind", params)).query;
    };
    const guarded = (work) => async () => {
      out.dataset.state = "running";
      try { await work(); out.dataset.state = "done"; } catch (error) {
        out.replaceChildren(el("p", { class: "error" }, error.message));
        out.dataset.state = "error";
      }
    };
    const download = (accept, suffix) => guarded(async () => {
      const blob = await (await sparql(await bound(), accept)).blob();
      const link = el("a", { href: URL.createObjectURL(blob), download: `${select.value}.${suffix}` });
      document.body.append(link);
      link.click();
      link.remove();
    });
    select.addEventListener("change", () => choose(select.value));
    section.replaceChildren(el("h1", {}, "SPARQL"),
      el("p", {}, "The library's queries, run read-only against ",
        state.info.sparql ? el("code", {}, state.info.sparql) : "the store", ". Parameters are bound as RDF terms, never pasted into the text."),
      el("label", {}, "Library query ", select), text, fields,
      el("div", { class: "actions" },
        el("button", { class: "primary", type: "button", id: "run-query", onclick: guarded(async () => {
          const results = await (await sparql(await bound(), "application/sparql-results+json")).json();
          out.replaceChildren(resultTable(results));
        }) }, "Run"),
        el("button", { type: "button", id: "download-csv", onclick: download("text/csv", "csv") }, "Download CSV"),
        el("button", { type: "button", id: "download-json", onclick: download("application/sparql-results+json", "json") }, "Download JSON")),
      out);
    const wanted = new URLSearchParams(location.search).get("name");
    select.value = queries.some((query) => query.name === wanted) ? wanted : (queries.some((q) => q.name === "most_remade") ? "most_remade" : queries[0].name);
    choose(select.value);
  }

  function showHome() {
    document.title = "filmgraph explorer";
    view(true).replaceChildren(el("h1", {}, "filmgraph explorer"),
      el("p", {}, "Search for a film or a person above, then follow its remakes, influences and people in the graph. ",
        "Every fact shows the review sentence it was read from."),
      el("ul", {}, el("li", {}, pageLink("path", "Path"), ": the chain of facts between two films."),
        el("li", {}, pageLink("queries", "SPARQL"), ": the query library, run read-only.")),
      el("p", {}, `Store backend: ${state.info.backend || "unknown"}.`));
  }

  async function route() {
    const section = $("#view");
    section.dataset.state = "loading";
    const path = location.pathname;
    try {
      if (path.startsWith("/film/") || path.startsWith("/person/")) {
        await (path.startsWith("/film/") ? showFilm : showPerson)(decodeURIComponent(path.slice(1)));
      } else if (path === "/path") await showPath();
      else if (path === "/queries") await showQueries();
      else showHome();
      section.dataset.state = "ready";
    } catch (error) {
      section.replaceChildren(el("h1", {}, "Not found"), el("p", { class: "error" }, error.message));
      section.dataset.state = "error";
    }
  }

  async function start() {
    state.info = await api("/api/info");
    RELATIONS = state.info.relation_styles;
    state.relations = new Set(Object.keys(RELATIONS));
    $("#endpoint").hidden = !state.info.sparql;
    buildToolbar();
    searchBox($("#search"), $("#hits"), (node) => { $("#search").value = ""; go("/" + node.id); });
    document.addEventListener("click", (event) => {
      const link = event.target.closest("a[data-link]");
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      go(link.getAttribute("href"));
    });
    window.addEventListener("popstate", route);
    // for the console and the browser tests: the graph as Cytoscape holds it
    window.filmgraphExplorer = { get cy() { return state.cy; } };
    await route();
  }

  start().catch((error) => { $("#view").replaceChildren(el("p", { class: "error" }, error.message)); });
})();
