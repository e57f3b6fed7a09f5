/* zhkg viewer: draws the pyvis data and adds search, filters, a neighbourhood
 * toggle and an evidence panel.  Rule: text from the graph is only ever
 * written with textContent (or as vis-network plain-text titles, which it
 * shows with innerText); no innerHTML anywhere. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  window.zhkgErrors = [];
  window.addEventListener("error", function (e) { window.zhkgErrors.push(String(e.message)); });
  window.zhkgStable = null;

  var container = $("mynetwork");
  network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  function markStable() {
    if (window.zhkgStable === null) {
      window.zhkgStable = performance.now();
      document.body.setAttribute("data-zk-ready", "1");
    }
  }
  if (ZHKG.physics) {
    network.once("stabilizationIterationsDone", function () { network.once("afterDrawing", markStable); });
    network.once("stabilized", function () { network.once("afterDrawing", markStable); });
  } else {
    network.once("afterDrawing", markStable);
  }

  // ---- indexes -----------------------------------------------------------
  var nodeById = nodes.get({ returnType: "Object" });
  var edgeById = edges.get({ returnType: "Object" });
  var incident = {};  // node id -> [edge id]
  Object.keys(nodeById).forEach(function (id) { incident[id] = []; });
  Object.keys(edgeById).forEach(function (id) {
    var e = edgeById[id];
    if (incident[e.from]) incident[e.from].push(id);
    if (incident[e.to] && e.to !== e.from) incident[e.to].push(id);
  });

  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) x.textContent = String(text);
    if (cls) x.className = cls;
    return x;
  }
  function typeZh(t) { return (ZHKG.types[t] || ZHKG.default_type).zh; }
  function relZh(r) { return (ZHKG.relations[r] || ZHKG.default_relation).zh; }
  function namesOf(id) {
    var n = nodeById[id];
    if (!n) return [];
    return [n.label].concat(n.al || []).filter(function (s) { return s; });
  }

  // ---- filters -----------------------------------------------------------
  var state = { hood: false, centre: null, hops: 1, article: "", from: "", to: "" };

  function checkedValues(cls) {
    var on = {};
    document.querySelectorAll("input." + cls).forEach(function (c) { if (c.checked) on[c.value] = true; });
    return on;
  }
  function evidencePasses(e) {
    if (!state.article && !state.from && !state.to) return true;
    return (e.ev || []).some(function (v) {
      if (state.article && v.i !== state.article) return false;
      var d = (v.d || "").slice(0, 10);
      if (state.from && (!d || d < state.from)) return false;
      if (state.to && (!d || d > state.to)) return false;
      return true;
    });
  }

  function apply() {
    var types = checkedValues("zk-type"), rels = checkedValues("zk-rel");
    var edgeOk = {}, nodeOk = {};
    Object.keys(nodeById).forEach(function (id) { nodeOk[id] = !!types[nodeById[id].t]; });
    Object.keys(edgeById).forEach(function (id) {
      var e = edgeById[id];
      edgeOk[id] = !!rels[e.rel] && nodeOk[e.from] && nodeOk[e.to] && evidencePasses(e);
    });
    // a node whose every relation is filtered out goes too (unless it had none)
    Object.keys(nodeById).forEach(function (id) {
      var inc = incident[id];
      if (nodeOk[id] && inc.length && !inc.some(function (eid) { return edgeOk[eid]; })) nodeOk[id] = false;
    });
    if (state.hood && state.centre !== null && nodeById[state.centre]) {
      var seen = {}, frontier = [state.centre];
      seen[state.centre] = true;
      nodeOk[state.centre] = true;
      for (var h = 0; h < state.hops; h++) {
        var next = [];
        frontier.forEach(function (id) {
          incident[id].forEach(function (eid) {
            var e = edgeById[eid], other = e.from === id ? e.to : e.from;
            if (!rels[e.rel] || !evidencePasses(e) || !types[nodeById[other].t]) return;
            if (!seen[other]) { seen[other] = true; next.push(other); }
          });
        });
        frontier = next;
      }
      Object.keys(nodeOk).forEach(function (id) { nodeOk[id] = !!seen[id]; });
      Object.keys(edgeOk).forEach(function (eid) {
        var e = edgeById[eid];
        edgeOk[eid] = !!(seen[e.from] && seen[e.to] && rels[e.rel] && evidencePasses(e));
      });
    }
    Object.keys(edgeOk).forEach(function (eid) {
      var e = edgeById[eid];
      if (!nodeOk[e.from] || !nodeOk[e.to]) edgeOk[eid] = false;
    });
    var nChanges = [], eChanges = [], nShown = 0, eShown = 0;
    Object.keys(nodeOk).forEach(function (id) {
      var hide = !nodeOk[id];
      if (!hide) nShown++;
      if (!!nodeById[id].hidden !== hide) { nodeById[id].hidden = hide; nChanges.push({ id: id, hidden: hide }); }
    });
    Object.keys(edgeOk).forEach(function (id) {
      var hide = !edgeOk[id];
      if (!hide) eShown++;
      if (!!edgeById[id].hidden !== hide) { edgeById[id].hidden = hide; eChanges.push({ id: id, hidden: hide }); }
    });
    if (nChanges.length) nodes.update(nChanges);
    if (eChanges.length) edges.update(eChanges);
    $("zk-counts").textContent = "显示 " + nShown + " / " + nodes.length + " 个节点 · " +
      eShown + " / " + edges.length + " 条关系";
    return { nodes: nShown, edges: eShown };
  }
  window.zhkgApply = apply;

  document.querySelectorAll("input.zk-type, input.zk-rel").forEach(function (c) {
    c.addEventListener("change", apply);
  });
  var artSel = $("zk-article");
  (ZHKG.articles || []).forEach(function (a) {
    var o = el("option", a[1] + (a[2] ? "（" + a[2] + "）" : ""));
    o.value = a[0];
    artSel.appendChild(o);
  });
  artSel.addEventListener("change", function () { state.article = artSel.value; apply(); });
  $("zk-from").addEventListener("change", function () { state.from = $("zk-from").value; apply(); });
  $("zk-to").addEventListener("change", function () { state.to = $("zk-to").value; apply(); });
  $("zk-hops").addEventListener("change", function () { state.hops = parseInt($("zk-hops").value, 10) || 1; apply(); });

  function setHood(on) {
    var sel = network.getSelectedNodes();
    if (on && sel.length) state.centre = sel[0];
    state.hood = on && state.centre !== null;
    $("zk-hood").setAttribute("aria-pressed", state.hood ? "true" : "false");
    if (on && !state.hood) showHint("先点击或搜索一个节点，再切换到邻域。");
    apply();
    if (state.hood) network.fit({ nodes: nodes.getIds({ filter: function (n) { return !n.hidden; } }), animation: false });
  }
  $("zk-hood").addEventListener("click", function () { setHood(!state.hood); });
  $("zk-fit").addEventListener("click", function () {
    state.hood = false;
    $("zk-hood").setAttribute("aria-pressed", "false");
    document.querySelectorAll("input.zk-type, input.zk-rel").forEach(function (c) { c.checked = true; });
    state.article = state.from = state.to = "";
    artSel.value = ""; $("zk-from").value = ""; $("zk-to").value = "";
    apply();
    network.fit({ animation: false });
  });
  window.zhkgSetHood = setHood;

  // ---- evidence panel ----------------------------------------------------
  var panel = $("zk-panel");
  function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }
  function showHint(text) { clearPanel(); panel.appendChild(el("p", text, "zk-hint")); }

  /* The sentence as text nodes, each occurrence of a name wrapped in <mark>. */
  function highlighted(sentence, names) {
    var frag = document.createDocumentFragment();
    var list = names.filter(function (s) { return s && s.length; })
      .sort(function (a, b) { return b.length - a.length; });
    var buf = "", i = 0;
    while (i < sentence.length) {
      var hit = null;
      for (var k = 0; k < list.length; k++) {
        if (sentence.startsWith(list[k], i)) { hit = list[k]; break; }
      }
      if (hit) {
        if (buf) { frag.appendChild(document.createTextNode(buf)); buf = ""; }
        frag.appendChild(el("mark", hit));
        i += hit.length;
      } else { buf += sentence[i]; i++; }
    }
    if (buf) frag.appendChild(document.createTextNode(buf));
    return frag;
  }

  function relLine(e) {
    var from = nodeById[e.from], to = nodeById[e.to];
    return (from ? from.label : e.from) + " —" + relZh(e.rel) + (e.pt ? "：" + e.pt : "") + "→ " +
      (to ? to.label : e.to);
  }

  function evidenceBlock(e, withRel) {
    var box = el("div", null, "zk-ev");
    if (withRel) box.appendChild(el("div", relLine(e), "zk-rel-line"));
    var names = namesOf(e.from).concat(namesOf(e.to));
    if (e.pt) names.push(e.pt);
    var evs = e.ev || [];
    if (!evs.length) box.appendChild(el("div", "（无证据句）", "zk-meta"));
    evs.forEach(function (v) {
      var q = el("blockquote", null, "zk-sentence");
      q.appendChild(highlighted(String(v.s || ""), names));
      box.appendChild(q);
      var meta = el("div", null, "zk-meta");
      var bits = [];
      if (v.a) bits.push("《" + v.a + "》");
      if (v.d) bits.push(v.d);
      if (v.r) bits.push("规则 " + v.r);
      if (typeof v.c === "number") bits.push("置信度 " + v.c.toFixed(2));
      meta.appendChild(document.createTextNode(bits.join(" · ")));
      if (v.u && /^https?:\/\//i.test(v.u)) {
        meta.appendChild(document.createTextNode(" · "));
        var a = el("a", "原文");
        a.href = v.u;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        meta.appendChild(a);
      }
      box.appendChild(meta);
    });
    return box;
  }

  function showNode(id) {
    var n = nodeById[id];
    if (!n) return;
    clearPanel();
    panel.setAttribute("data-kind", "node");
    panel.setAttribute("data-id", id);
    panel.appendChild(el("h3", n.label, "zk-name"));
    panel.appendChild(el("p", typeZh(n.t), "zk-sub"));
    var dl = el("dl");
    (n.info || []).forEach(function (kv) { dl.appendChild(el("dt", kv[0])); dl.appendChild(el("dd", kv[1])); });
    dl.appendChild(el("dt", "IRI")); dl.appendChild(el("dd", id));
    panel.appendChild(dl);
    var inc = incident[id] || [];
    panel.appendChild(el("h4", "证据（" + inc.length + " 条关系）"));
    inc.slice(0, 40).forEach(function (eid) { panel.appendChild(evidenceBlock(edgeById[eid], true)); });
    if (inc.length > 40) panel.appendChild(el("p", "另有 " + (inc.length - 40) + " 条关系未列出。", "zk-hint"));
  }

  function showEdge(eid) {
    var e = edgeById[eid];
    if (!e) return;
    clearPanel();
    panel.setAttribute("data-kind", "edge");
    panel.setAttribute("data-id", eid);
    panel.appendChild(el("h3", relLine(e), "zk-name"));
    panel.appendChild(el("p", relZh(e.rel) + "（" + e.rel + "）", "zk-sub"));
    panel.appendChild(evidenceBlock(e, false));
  }
  window.zhkgShowNode = showNode;
  window.zhkgShowEdge = showEdge;

  network.on("click", function (p) {
    if (p.nodes.length) {
      showNode(p.nodes[0]);
      if (state.hood) { state.centre = p.nodes[0]; apply(); }
    } else if (p.edges.length) {
      showEdge(p.edges[0]);
    }
  });

  // ---- search ------------------------------------------------------------
  var input = $("zk-search"), results = $("zk-results"), hits = [], active = 0;
  var index = null;
  function buildIndex() {
    index = Object.keys(nodeById).map(function (id) {
      return { id: id, names: namesOf(id).map(function (s) { return String(s).toLowerCase(); }) };
    });
  }
  function search(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    if (!index) buildIndex();
    var found = [];
    index.forEach(function (x) {
      var rank = 9;
      x.names.forEach(function (s) {
        if (s === q) rank = Math.min(rank, 0);
        else if (s.startsWith(q)) rank = Math.min(rank, 1);
        else if (s.indexOf(q) >= 0) rank = Math.min(rank, 2);
      });
      if (rank < 9) found.push({ id: x.id, rank: rank, len: String(nodeById[x.id].label).length });
    });
    found.sort(function (a, b) { return a.rank - b.rank || a.len - b.len; });
    return found.slice(0, 12).map(function (f) { return f.id; });
  }
  window.zhkgSearch = search;
  function renderResults() {
    while (results.firstChild) results.removeChild(results.firstChild);
    hits.forEach(function (id, i) {
      var li = el("li", nodeById[id].label);
      li.appendChild(el("span", typeZh(nodeById[id].t), "zk-type-tag"));
      li.setAttribute("role", "option");
      if (i === active) li.className = "zk-active";
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); focusNode(id); });
      results.appendChild(li);
    });
  }
  function focusNode(id) {
    if (nodeById[id].hidden) {  // make it reachable: drop filters that hide it
      state.hood = false;
      $("zk-hood").setAttribute("aria-pressed", "false");
      document.querySelectorAll("input.zk-type, input.zk-rel").forEach(function (c) { c.checked = true; });
      apply();
    }
    if (state.hood) { state.centre = id; apply(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 300 } });
    showNode(id);
    hits = []; renderResults();
    input.value = nodeById[id].label;
    window.zhkgFocused = id;
  }
  window.zhkgFocus = focusNode;
  input.addEventListener("input", function () { hits = search(input.value); active = 0; renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { active = Math.min(active + 1, hits.length - 1); renderResults(); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { active = Math.max(active - 1, 0); renderResults(); ev.preventDefault(); }
    else if (ev.key === "Enter") {
      if (!hits.length) hits = search(input.value);
      if (hits.length) focusNode(hits[Math.max(0, active)]);
      else showHint("没有找到：" + input.value);
    } else if (ev.key === "Escape") { hits = []; renderResults(); }
  });
  input.addEventListener("blur", function () { hits = []; renderResults(); });

  if (ZHKG.focus && ZHKG.focus.length) {
    network.selectNodes(ZHKG.focus.filter(function (id) { return nodeById[id]; }));
    showNode(ZHKG.focus[0]);
  }
  apply();
})();
