// The newsgraph report page: draws the laid-out graph on a canvas and
// shows the evidence behind links. It reads the JSON data embedded in the
// page and makes no request of any kind.
(function () {
  'use strict';

  const raw = JSON.parse(document.getElementById('newsgraph-data').textContent);
  const $ = (id) => document.getElementById(id);
  const KIND_COLOURS = {
    person: '#d9485f', country: '#3b6fb6', region: '#2a9d8f',
    place: '#5a9e3a', organisation: '#e08a1e', theme: '#8e5bb5',
  };

  // ---- Data -------------------------------------------------------------

  const kinds = raw.kinds;
  const themes = raw.themes.map(([id, name]) => ({ id, name }));
  const nodes = raw.nodes.map((r, i) => ({
    i, id: r[0], label: r[1], kind: kinds[r[2]], mentions: r[3],
    documents: r[4], x: r[5], y: r[6], discovered: r[7] === 1,
    aliases: raw.aliases[i] || [], edges: [],
  }));
  const edges = raw.edges.map((r, i) => {
    const themeCounts = new Map();
    for (let k = 0; k < r[5].length; k += 2) themeCounts.set(r[5][k], r[5][k + 1]);
    return {
      i, a: r[0], b: r[1], weight: r[2], npmi: r[3], documents: r[4],
      themes: themeCounts, first: r[6], last: r[7], evidence: r[8],
    };
  });
  for (const e of edges) {
    nodes[e.a].edges.push(e.i);
    nodes[e.b].edges.push(e.i);
  }
  // Embedded document texts by index into document_ids.
  const texts = new Map();
  for (const [doc, date, text, mentions] of raw.texts) texts.set(doc, { doc, date, text, mentions });

  const maxMentions = nodes.reduce((m, n) => Math.max(m, n.mentions), 1);
  const maxWeight = edges.reduce((m, e) => Math.max(m, e.weight), 1);
  // Node radius in world units: area grows with mentions.
  for (const n of nodes) n.r = 4 + 22 * Math.sqrt(n.mentions / maxMentions);
  // Labels of the largest nodes are always drawn.
  const bySize = nodes.slice().sort((p, q) => q.mentions - p.mentions || (p.id < q.id ? -1 : 1));
  const alwaysLabelled = new Set(bySize.slice(0, Math.min(25, nodes.length)).map((n) => n.i));

  // ---- Search -------------------------------------------------------------

  // Case and diacritics folded, as the extractor matches.
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim();
  const searchIndex = nodes.map((n) => [fold(n.label), ...n.aliases.map(fold)]);

  // Nodes matching `query`, best first: a name or alias equal to the query,
  // then one starting with it, then one with a word starting with it, then
  // one containing it; within each, the most mentioned.
  function search(query) {
    const q = fold(query);
    if (!q) return [];
    const found = [];
    for (let i = 0; i < nodes.length; i++) {
      let best = 4;
      let via = null;
      for (const [k, name] of searchIndex[i].entries()) {
        let score = 4;
        if (name === q) score = 0;
        else if (name.startsWith(q)) score = 1;
        else if (name.includes(' ' + q) || name.includes('-' + q)) score = 2;
        else if (name.includes(q)) score = 3;
        if (score < best) { best = score; via = k === 0 ? null : nodes[i].aliases[k - 1]; }
      }
      if (best < 4) found.push({ node: nodes[i], score: best, via });
    }
    found.sort((p, q2) => p.score - q2.score || q2.node.mentions - p.node.mentions
      || (p.node.id < q2.node.id ? -1 : 1));
    return found;
  }

  // ---- Filters ------------------------------------------------------------

  const filter = { kinds: new Set(kinds), theme: -1, minWeight: 1, from: '', to: '' };
  const edgeVisible = new Uint8Array(edges.length);
  const nodeVisible = new Uint8Array(nodes.length);
  let visibleEdgeCount = 0;
  let visibleNodeCount = 0;

  function applyFilters() {
    const degree = new Uint32Array(nodes.length);
    visibleEdgeCount = 0;
    for (const e of edges) {
      const ok = filter.kinds.has(nodes[e.a].kind) && filter.kinds.has(nodes[e.b].kind)
        && e.weight >= filter.minWeight
        && (filter.theme < 0 || e.themes.has(filter.theme))
        && (!filter.from || !e.last || e.last.slice(0, 10) >= filter.from)
        && (!filter.to || !e.first || e.first.slice(0, 10) <= filter.to);
      edgeVisible[e.i] = ok ? 1 : 0;
      if (ok) { visibleEdgeCount++; degree[e.a]++; degree[e.b]++; }
    }
    visibleNodeCount = 0;
    for (const n of nodes) {
      const ok = filter.kinds.has(n.kind) && (degree[n.i] > 0 || n.edges.length === 0);
      nodeVisible[n.i] = ok ? 1 : 0;
      if (ok) visibleNodeCount++;
    }
    $('shown').textContent = `Showing ${visibleNodeCount.toLocaleString('en')} of ${nodes.length.toLocaleString('en')} nodes, `
      + `${visibleEdgeCount.toLocaleString('en')} of ${edges.length.toLocaleString('en')} edges.`;
    buildEdgeBuckets();
    if (selection) showDetails();
    requestDraw();
  }

  // ---- View -------------------------------------------------------------

  const canvas = $('graph');
  const ctx = canvas.getContext('2d', { alpha: false });
  const view = { scale: 1, tx: 0, ty: 0, width: 0, height: 0, fitScale: 1 };
  let selection = null; // { type: 'node' | 'edge', index }
  let hover = -1;
  let drawPending = false;
  const stats = { firstFrameAt: 0, frames: 0, lastFrameMs: 0, frameMs: [], nodesDrawn: 0, edgesDrawn: 0, labelsDrawn: 0, searchMs: 0 };

  function resize() {
    const rect = canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    view.width = rect.width;
    view.height = rect.height;
    canvas.width = Math.max(1, Math.round(rect.width * dpr));
    canvas.height = Math.max(1, Math.round(rect.height * dpr));
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    requestDraw();
  }

  function fit() {
    let x0 = Infinity; let x1 = -Infinity; let y0 = Infinity; let y1 = -Infinity;
    for (const n of nodes) {
      x0 = Math.min(x0, n.x - n.r); x1 = Math.max(x1, n.x + n.r);
      y0 = Math.min(y0, n.y - n.r); y1 = Math.max(y1, n.y + n.r);
    }
    if (!nodes.length) { x0 = y0 = -1; x1 = y1 = 1; }
    // Room on the right for the labels.
    const margin = 30; const labelRoom = 110;
    view.scale = Math.min((view.width - 2 * margin - labelRoom) / (x1 - x0 || 1), (view.height - 2 * margin) / (y1 - y0 || 1));
    view.fitScale = view.scale;
    view.tx = (view.width - labelRoom) / 2 - view.scale * (x0 + x1) / 2;
    view.ty = view.height / 2 - view.scale * (y0 + y1) / 2;
    requestDraw();
  }

  // Nodes grow slower than the zoom, so a dense graph stays readable.
  const radius = (n) => Math.max(1.5, n.r * view.fitScale * Math.sqrt(view.scale / view.fitScale));
  const sx = (x) => x * view.scale + view.tx;
  const sy = (y) => y * view.scale + view.ty;

  // Edges drawn in a few strokes, by weight, instead of one stroke each.
  // While the view moves, only the heaviest MOVING_EDGES are drawn, so
  // that panning and zooming stay smooth on large graphs; all of them
  // once the view rests for REST_MS.
  const BUCKETS = 4;
  const MOVING_EDGES = 4000;
  const REST_MS = 160;
  let edgeBuckets = [];
  let movingCut = [];
  function buildEdgeBuckets() {
    edgeBuckets = Array.from({ length: BUCKETS }, () => []);
    const top = Math.log(maxWeight + 1);
    for (const e of edges) {
      if (!edgeVisible[e.i]) continue;
      const b = Math.min(BUCKETS - 1, Math.floor(BUCKETS * Math.log(e.weight + 1) / (top + 1e-9)));
      edgeBuckets[b].push(e);
    }
    // Per bucket, how many edges a moving view draws: the heaviest
    // buckets first.
    for (const bucket of edgeBuckets) bucket.sort((p, q) => q.weight - p.weight || p.i - q.i);
    movingCut = new Array(BUCKETS).fill(0);
    let left = MOVING_EDGES;
    for (let b = BUCKETS - 1; b >= 0; b--) {
      movingCut[b] = Math.min(left, edgeBuckets[b].length);
      left -= movingCut[b];
    }
  }

  let moving = false;
  let restTimer = 0;
  // The view moves: draw the light frame now and the full one at rest.
  function moved() {
    moving = true;
    clearTimeout(restTimer);
    restTimer = setTimeout(() => { moving = false; requestDraw(); }, REST_MS);
    requestDraw();
  }

  function requestDraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(draw);
  }

  function draw() {
    drawPending = false;
    const t0 = performance.now();
    const w = view.width; const h = view.height;
    ctx.fillStyle = '#fbfbfa';
    ctx.fillRect(0, 0, w, h);
    const px = new Float32Array(nodes.length);
    const py = new Float32Array(nodes.length);
    for (const n of nodes) { px[n.i] = sx(n.x); py[n.i] = sy(n.y); }
    const focus = selectedNeighbourhood();
    let edgesDrawn = 0;
    // Butt caps: round caps on one path of many lines make Chromium's
    // software rasteriser 60 times slower.
    ctx.lineCap = 'butt';
    for (let b = 0; b < BUCKETS; b++) {
      ctx.beginPath();
      const bucket = edgeBuckets[b];
      const count = moving ? movingCut[b] : bucket.length;
      for (let k = 0; k < count; k++) {
        const e = bucket[k];
        const x1 = px[e.a]; const y1 = py[e.a]; const x2 = px[e.b]; const y2 = py[e.b];
        if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 > w && x2 > w) || (y1 > h && y2 > h)) continue;
        ctx.moveTo(x1, y1);
        ctx.lineTo(x2, y2);
        edgesDrawn++;
      }
      // Weight shows as darkness: lines wider than one pixel cost Chromium's
      // software rasteriser ten times as much, so only the heaviest
      // bucket (few edges) is wider.
      ctx.lineWidth = b === BUCKETS - 1 ? 2 : 1;
      ctx.strokeStyle = focus ? 'rgba(120,120,120,0.12)' : `rgba(100,100,115,${0.2 + 0.2 * b})`;
      ctx.stroke();
    }
    if (focus) {
      ctx.beginPath();
      for (const i of focus.edges) {
        if (!edgeVisible[i]) continue;
        const e = edges[i];
        ctx.moveTo(px[e.a], py[e.a]);
        ctx.lineTo(px[e.b], py[e.b]);
      }
      ctx.lineWidth = 2;
      ctx.strokeStyle = 'rgba(31,95,191,0.75)';
      ctx.stroke();
    }
    let nodesDrawn = 0;
    for (const kind of kinds) {
      ctx.beginPath();
      for (const n of nodes) {
        if (n.kind !== kind || !nodeVisible[n.i]) continue;
        const r = radius(n);
        const x = px[n.i]; const y = py[n.i];
        if (x < -r || y < -r || x > w + r || y > h + r) continue;
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
        nodesDrawn++;
      }
      ctx.fillStyle = KIND_COLOURS[kind] || '#888';
      ctx.globalAlpha = focus ? 0.35 : 0.9;
      ctx.fill();
    }
    ctx.globalAlpha = 1;
    if (focus) {
      for (const i of focus.nodes) {
        const n = nodes[i];
        if (!nodeVisible[i]) continue;
        ctx.beginPath();
        ctx.arc(px[i], py[i], radius(n), 0, 2 * Math.PI);
        ctx.fillStyle = KIND_COLOURS[n.kind];
        ctx.fill();
      }
      for (const i of focus.ring) {
        ctx.beginPath();
        ctx.arc(px[i], py[i], radius(nodes[i]) + 3, 0, 2 * Math.PI);
        ctx.lineWidth = 2.5;
        ctx.strokeStyle = '#1f5fbf';
        ctx.stroke();
      }
    }
    stats.labelsDrawn = drawLabels(px, py, focus);
    stats.nodesDrawn = nodesDrawn;
    stats.edgesDrawn = edgesDrawn;
    stats.moving = moving;
    stats.frames++;
    stats.lastFrameMs = performance.now() - t0;
    if (stats.frames === 1) stats.firstFrameAt = performance.now();
    stats.frameMs.push(stats.lastFrameMs);
    if (stats.frameMs.length > 1000) stats.frameMs.shift();
  }

  // Labels: the selection and its neighbours, the hovered node, the
  // largest nodes, then any node drawn large enough, skipping labels that
  // would overlap one already drawn.
  function drawLabels(px, py, focus) {
    const wanted = [];
    if (hover >= 0) wanted.push(hover);
    if (focus) for (const i of focus.nodes) wanted.push(i);
    for (const n of bySize) {
      if (wanted.length > 400) break;
      if (alwaysLabelled.has(n.i) || radius(n) >= 9) wanted.push(n.i);
    }
    ctx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    ctx.textBaseline = 'middle';
    const boxes = [];
    const seen = new Set();
    let drawn = 0;
    for (const i of wanted) {
      if (seen.has(i) || !nodeVisible[i]) continue;
      seen.add(i);
      const n = nodes[i];
      // Clear of the selection ring, which is 3 pixels out.
      const x = px[i] + radius(n) + 7; const y = py[i];
      if (x > view.width || y < 0 || y > view.height || x < -200) continue;
      const tw = ctx.measureText(n.label).width;
      const box = [x - 2, y - 8, x + tw + 2, y + 8];
      const forced = i === hover || (focus && focus.ring.includes(i));
      if (!forced && boxes.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
      boxes.push(box);
      ctx.fillStyle = 'rgba(251,251,250,0.8)';
      ctx.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
      ctx.fillStyle = forced ? '#000' : '#333';
      ctx.fillText(n.label, x, y);
      drawn++;
    }
    return drawn;
  }

  function selectedNeighbourhood() {
    if (!selection) return null;
    if (selection.type === 'edge') {
      const e = edges[selection.index];
      return { nodes: [e.a, e.b], edges: [e.i], ring: [e.a, e.b] };
    }
    const n = nodes[selection.index];
    const near = [n.i];
    for (const i of n.edges) if (edgeVisible[i]) near.push(edges[i].a === n.i ? edges[i].b : edges[i].a);
    return { nodes: near, edges: n.edges, ring: [n.i] };
  }

  // ---- Hit testing --------------------------------------------------------

  // A grid over world coordinates: the nodes near a point in a few cells.
  const CELL = 40;
  const grid = new Map();
  for (const n of nodes) {
    const key = `${Math.floor(n.x / CELL)},${Math.floor(n.y / CELL)}`;
    if (!grid.has(key)) grid.set(key, []);
    grid.get(key).push(n.i);
  }

  function nodeAt(mx, my) {
    const wx = (mx - view.tx) / view.scale; const wy = (my - view.ty) / view.scale;
    const reach = (30 * view.fitScale * Math.sqrt(view.scale / view.fitScale) + 4) / view.scale;
    const cells = Math.ceil(reach / CELL);
    const cx = Math.floor(wx / CELL); const cy = Math.floor(wy / CELL);
    let best = -1; let bestD = Infinity;
    for (let gx = cx - cells; gx <= cx + cells; gx++) {
      for (let gy = cy - cells; gy <= cy + cells; gy++) {
        const list = grid.get(`${gx},${gy}`);
        if (!list) continue;
        for (const i of list) {
          if (!nodeVisible[i]) continue;
          const d = Math.hypot(sx(nodes[i].x) - mx, sy(nodes[i].y) - my);
          if (d <= radius(nodes[i]) + 4 && d < bestD) { best = i; bestD = d; }
        }
      }
    }
    return best;
  }

  function edgeAt(mx, my) {
    let best = -1; let bestD = 5;
    for (const e of edges) {
      if (!edgeVisible[e.i]) continue;
      const x1 = sx(nodes[e.a].x); const y1 = sy(nodes[e.a].y);
      const x2 = sx(nodes[e.b].x); const y2 = sy(nodes[e.b].y);
      const dx = x2 - x1; const dy = y2 - y1;
      const len2 = dx * dx + dy * dy || 1;
      const t = Math.max(0, Math.min(1, ((mx - x1) * dx + (my - y1) * dy) / len2));
      const d = Math.hypot(x1 + t * dx - mx, y1 + t * dy - my);
      if (d < bestD) { best = e.i; bestD = d; }
    }
    return best;
  }

  // ---- Pan and zoom -------------------------------------------------------

  let drag = null;
  canvas.addEventListener('mousedown', (ev) => {
    drag = { x: ev.offsetX, y: ev.offsetY, tx: view.tx, ty: view.ty, moved: false };
    canvas.classList.add('dragging');
  });
  window.addEventListener('mouseup', (ev) => {
    if (!drag) return;
    canvas.classList.remove('dragging');
    const click = !drag.moved && ev.target === canvas;
    drag = null;
    if (!click) return;
    const n = nodeAt(ev.offsetX, ev.offsetY);
    if (n >= 0) { select({ type: 'node', index: n }, false); return; }
    const e = edgeAt(ev.offsetX, ev.offsetY);
    if (e >= 0) select({ type: 'edge', index: e }, false);
  });
  canvas.addEventListener('mousemove', (ev) => {
    if (drag) {
      const dx = ev.offsetX - drag.x; const dy = ev.offsetY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      view.tx = drag.tx + dx; view.ty = drag.ty + dy;
      moved();
      return;
    }
    const n = nodeAt(ev.offsetX, ev.offsetY);
    const tip = $('tip');
    if (n !== hover) { hover = n; requestDraw(); }
    if (n >= 0) {
      const node = nodes[n];
      tip.textContent = `${node.label} · ${node.kind} · ${node.mentions.toLocaleString('en')} mentions`;
      tip.style.left = `${ev.offsetX + 14}px`;
      tip.style.top = `${ev.offsetY + 10}px`;
      tip.hidden = false;
    } else {
      tip.hidden = true;
    }
  });
  canvas.addEventListener('mouseleave', () => { hover = -1; $('tip').hidden = true; requestDraw(); });
  canvas.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    zoomAt(ev.offsetX, ev.offsetY, Math.exp(-ev.deltaY * 0.0015));
  }, { passive: false });

  function zoomAt(x, y, factor) {
    const scale = Math.min(view.fitScale * 200, Math.max(view.fitScale * 0.3, view.scale * factor));
    const f = scale / view.scale;
    view.tx = x - (x - view.tx) * f;
    view.ty = y - (y - view.ty) * f;
    view.scale = scale;
    moved();
  }
  $('zoom-in').addEventListener('click', () => zoomAt(view.width / 2, view.height / 2, 1.5));
  $('zoom-out').addEventListener('click', () => zoomAt(view.width / 2, view.height / 2, 1 / 1.5));
  $('zoom-fit').addEventListener('click', fit);

  // Brings world point (x, y) to the middle of the view, zoomed in at
  // least to `minScale` times the whole-graph scale.
  function centre(x, y, minScale) {
    view.scale = Math.max(view.scale, view.fitScale * minScale);
    view.tx = view.width / 2 - x * view.scale;
    view.ty = view.height / 2 - y * view.scale;
    requestDraw();
  }

  // ---- Selection and details ----------------------------------------------

  let rankBy = 'weight';

  function select(sel, move) {
    selection = sel;
    if (move && sel) {
      if (sel.type === 'node') centre(nodes[sel.index].x, nodes[sel.index].y, 2);
      else {
        const e = edges[sel.index];
        centre((nodes[e.a].x + nodes[e.b].x) / 2, (nodes[e.a].y + nodes[e.b].y) / 2, 1);
      }
    }
    showDetails();
    requestDraw();
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (v !== null && v !== undefined) node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }

  const kindChip = (kind) => el('span', { class: 'chip', style: `background:${KIND_COLOURS[kind]}` }, kind);
  const fmt = (x) => x.toLocaleString('en');
  const dates = (e) => (e.first ? (e.first === e.last ? e.first : `${e.first} – ${e.last}`) : 'no dates');

  function idLink(id) {
    if (/^Q[0-9]+$/.test(id)) {
      return el('a', { href: `https://www.wikidata.org/wiki/${id}`, target: '_blank', rel: 'noopener noreferrer' }, id);
    }
    return el('code', {}, id);
  }

  function showDetails() {
    const box = $('details');
    box.replaceChildren();
    if (!selection) {
      box.append(el('p', { class: 'note' }, 'Select a node or an edge: click it, or search.'));
      return;
    }
    if (selection.type === 'node') showNode(box, nodes[selection.index]);
    else showEdge(box, edges[selection.index]);
  }

  function showNode(box, n) {
    box.append(
      el('h2', {}, n.label),
      el('div', {}, kindChip(n.kind), n.discovered ? el('span', { class: 'chip', style: 'background:#777' }, 'discovered') : null),
      el('dl', {},
        el('dt', {}, 'id'), el('dd', {}, idLink(n.id)),
        el('dt', {}, 'mentions'), el('dd', {}, fmt(n.mentions)),
        el('dt', {}, 'documents'), el('dd', {}, fmt(n.documents)),
        el('dt', {}, 'links'), el('dd', {}, fmt(n.edges.length))),
    );
    if (n.aliases.length) box.append(el('h3', {}, 'Also named'), el('p', {}, n.aliases.join(' · ')));
    const byWeight = el('button', { type: 'button', class: rankBy === 'weight' ? 'active' : '', onclick: () => { rankBy = 'weight'; showDetails(); } }, 'weight');
    const byNpmi = el('button', { type: 'button', class: rankBy === 'npmi' ? 'active' : '', onclick: () => { rankBy = 'npmi'; showDetails(); } }, 'NPMI');
    box.append(el('h3', {}, 'Neighbours'), el('div', { class: 'rank' }, 'ranked by ', byWeight, byNpmi));
    const list = n.edges.map((i) => edges[i]).sort((p, q) => (rankBy === 'npmi'
      ? q.npmi - p.npmi || q.weight - p.weight : q.weight - p.weight || q.npmi - p.npmi)
      || (nodes[other(p, n)].label < nodes[other(q, n)].label ? -1 : 1));
    const table = el('table', { class: 'neighbours' },
      el('tr', {}, el('td', {}, ''), el('td', {}, el('b', {}, 'neighbour')), el('td', { class: 'num' }, el('b', {}, 'weight')), el('td', { class: 'num' }, el('b', {}, 'NPMI'))));
    const limit = 100;
    for (const e of list.slice(0, limit)) {
      const m = nodes[other(e, n)];
      table.append(el('tr', {
        class: edgeVisible[e.i] ? '' : 'hidden-edge',
        'data-edge': e.i,
        title: edgeVisible[e.i] ? 'show the evidence' : 'hidden by the filters; show the evidence',
        onclick: () => select({ type: 'edge', index: e.i }, true),
      },
      el('td', {}, el('span', { class: 'swatch', style: `background:${KIND_COLOURS[m.kind]}` })),
      el('td', {}, m.label), el('td', { class: 'num' }, fmt(e.weight)), el('td', { class: 'num' }, e.npmi.toFixed(3))));
    }
    box.append(table);
    if (list.length > limit) box.append(el('p', { class: 'note' }, `and ${fmt(list.length - limit)} more`));
  }

  const other = (e, n) => (e.a === n.i ? e.b : e.a);

  function showEdge(box, e) {
    const a = nodes[e.a]; const b = nodes[e.b];
    const nodeLink = (n, side) => el('a', { href: '#', class: `side-${side}`, onclick: (ev) => { ev.preventDefault(); select({ type: 'node', index: n.i }, true); } }, n.label);
    box.append(
      el('h2', {}, el('mark', { class: 'side-a' }, nodeLink(a, 'a')), ' – ', el('mark', { class: 'side-b' }, nodeLink(b, 'b'))),
      el('dl', {},
        el('dt', {}, 'weight'), el('dd', {}, `${fmt(e.weight)} shared windows`),
        el('dt', {}, 'NPMI'), el('dd', {}, e.npmi.toFixed(3)),
        el('dt', {}, 'documents'), el('dd', {}, fmt(e.documents)),
        el('dt', {}, 'dates'), el('dd', {}, dates(e)),
        el('dt', {}, 'themes'), el('dd', { id: 'edge-themes' }, ...(e.themes.size
          ? [...e.themes].map(([t, c]) => el('span', { class: 'chip theme-chip' }, `${themes[t].name} ${c}`))
          : ['none']))),
      el('h3', {}, `Evidence (${e.evidence.length} of ${fmt(e.weight)})`),
    );
    for (const [doc, snippet, start, end, marks] of e.evidence) {
      const text = texts.get(doc);
      const open = text
        ? el('button', { type: 'button', class: 'open-document', onclick: () => showDocument(doc, start, end) }, 'open document')
        : el('span', { class: 'note' }, '(text not embedded)');
      box.append(el('div', { class: 'evidence' },
        el('p', { class: 'snippet' }, ...marked(raw.snippets[snippet], marks)),
        el('div', { class: 'source' }, raw.document_ids[doc], text && text.date ? ` · ${text.date}` : '', ' ', open)));
    }
  }

  // A snippet as text and <mark>s, from flat (start, end, side) triples.
  function marked(s, marks) {
    const out = [];
    let at = 0;
    for (let k = 0; k < marks.length; k += 3) {
      const [start, end, side] = [marks[k], marks[k + 1], marks[k + 2]];
      if (start < at) continue;
      out.push(s.slice(at, start), el('mark', { class: side === 0 ? 'side-a' : 'side-b' }, s.slice(start, end)));
      at = end;
    }
    out.push(s.slice(at));
    return out;
  }

  // ---- Document view (displaCy style) ------------------------------------

  let documentShown = null;

  function showDocument(doc, evStart, evEnd) {
    const t = texts.get(doc);
    if (!t) return;
    documentShown = { id: raw.document_ids[doc], start: evStart, end: evEnd };
    $('document-title').textContent = raw.document_ids[doc] + (t.date ? ` · ${t.date}` : '');
    const body = $('document-text');
    body.replaceChildren();
    const text = t.text;
    const inEvidence = (s, e) => evEnd > evStart && s >= evStart && e <= evEnd;
    const plain = (s, e) => {
      // Plain text, cut where the evidence span starts and ends.
      const cuts = [s, e];
      if (evStart > s && evStart < e) cuts.push(evStart);
      if (evEnd > s && evEnd < e) cuts.push(evEnd);
      cuts.sort((p, q) => p - q);
      for (let k = 0; k + 1 < cuts.length; k++) {
        if (cuts[k] === cuts[k + 1]) continue;
        const piece = text.slice(cuts[k], cuts[k + 1]);
        body.append(inEvidence(cuts[k], cuts[k + 1]) ? el('span', { class: 'ev' }, piece) : piece);
      }
    };
    let at = 0;
    const m = t.mentions;
    for (let k = 0; k < m.length; k += 3) {
      const [start, end, ent] = [m[k], m[k + 1], m[k + 2]];
      if (start < at) continue;
      plain(at, start);
      const [id, name, kind, node] = raw.entities[ent];
      const kindName = kinds[kind];
      const mark = el('mark', {
        class: `ent k-${kindName}${inEvidence(start, end) ? ' ev' : ''}`,
        'data-tip': `${name} · ${id}`,
        'data-id': id,
        'data-node': node >= 0 ? node : null,
        title: `${name} (${id})`,
      }, text.slice(start, end), el('span', { class: 'label' }, kindName));
      if (node >= 0) mark.addEventListener('click', () => select({ type: 'node', index: node }, true));
      body.append(mark);
      at = end;
    }
    plain(at, text.length);
    $('document').hidden = false;
    const first = body.querySelector('.ev');
    if (first) first.scrollIntoView({ block: 'center' });
    else body.scrollTop = 0;
  }
  function closeDocument() { $('document').hidden = true; documentShown = null; }
  $('document-close').addEventListener('click', closeDocument);
  document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape' && documentShown) closeDocument(); });

  // ---- Controls -----------------------------------------------------------

  $('title').textContent = raw.title;
  $('counts').textContent = `${fmt(nodes.length)} nodes · ${fmt(edges.length)} edges · ${fmt(raw.documents)} documents`;
  $('embedded').textContent = `Full text embedded for ${fmt(raw.embedded)} of the ${fmt(raw.cited)} documents cited by evidence.`;

  const kindBox = $('kinds');
  for (const kind of kinds) {
    const count = nodes.filter((n) => n.kind === kind).length;
    if (!count) continue;
    const box = el('input', { type: 'checkbox', value: kind, 'data-kind': kind });
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) filter.kinds.add(kind); else filter.kinds.delete(kind);
      applyFilters();
    });
    kindBox.append(el('label', { class: 'kind-row' }, box,
      el('span', { class: 'swatch', style: `background:${KIND_COLOURS[kind]}` }), kind, el('span', { class: 'count' }, fmt(count))));
  }

  const themeSelect = $('theme');
  themes.forEach((t, i) => {
    const count = edges.filter((e) => e.themes.has(i)).length;
    themeSelect.append(el('option', { value: t.name }, `${t.name} (${fmt(count)})`));
  });
  themeSelect.addEventListener('change', () => {
    filter.theme = themes.findIndex((t) => t.name === themeSelect.value);
    applyFilters();
  });

  const weightInput = $('min-weight');
  // The slider moves over distinct weights, so that rare heavy edges are
  // reachable in a few steps.
  const weights = [...new Set(edges.map((e) => e.weight))].sort((p, q) => p - q);
  if (!weights.length) weights.push(1);
  weightInput.max = String(weights.length - 1);
  weightInput.min = '0';
  weightInput.value = '0';
  weightInput.addEventListener('input', () => {
    filter.minWeight = weights[Number(weightInput.value)];
    $('min-weight-value').textContent = String(filter.minWeight);
    applyFilters();
  });
  $('min-weight-value').textContent = String(weights[0]);
  filter.minWeight = weights[0];

  const allDates = edges.flatMap((e) => (e.first ? [e.first.slice(0, 10), e.last.slice(0, 10)] : [])).sort();
  if (allDates.length) {
    $('dates').hidden = false;
    for (const id of ['date-from', 'date-to']) {
      const input = $(id);
      input.min = allDates[0];
      input.max = allDates[allDates.length - 1];
      for (const event of ['input', 'change']) {
        input.addEventListener(event, () => {
          filter.from = $('date-from').value;
          filter.to = $('date-to').value;
          applyFilters();
        });
      }
    }
    $('date-from').value = allDates[0];
    $('date-to').value = allDates[allDates.length - 1];
  }

  const searchInput = $('search');
  const resultList = $('results');
  let results = [];
  searchInput.addEventListener('input', () => {
    const t0 = performance.now();
    results = search(searchInput.value);
    resultList.replaceChildren(...results.slice(0, 12).map((r, k) => el('li', {
      class: k === 0 ? 'current' : '',
      onclick: () => select({ type: 'node', index: r.node.i }, true),
    }, el('span', { class: 'swatch', style: `background:${KIND_COLOURS[r.node.kind]}` }), r.node.label,
    r.via ? el('span', { class: 'alias' }, `(${r.via})`) : null)));
    // A name or alias typed in full selects its node at once.
    if (results.length && results[0].score === 0) select({ type: 'node', index: results[0].node.i }, true);
    stats.searchMs = performance.now() - t0;
  });
  searchInput.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && results.length) select({ type: 'node', index: results[0].node.i }, true);
  });

  // ---- Start --------------------------------------------------------------

  window.addEventListener('resize', () => { resize(); fit(); });
  resize();
  fit();
  applyFilters();

  // A read-only view of the page's state, for tests and measurements.
  const hook = {
    get ready() { return stats.frames > 0; },
    get nodes() { return nodes.length; },
    get edges() { return edges.length; },
    get nodesDrawn() { return stats.nodesDrawn; },
    get edgesDrawn() { return stats.edgesDrawn; },
    // Whether the last frame was drawn while the view moved (lighter).
    get moving() { return stats.moving; },
    get labelsDrawn() { return stats.labelsDrawn; },
    get visibleEdges() { return visibleEdgeCount; },
    get visibleNodes() { return visibleNodeCount; },
    get frames() { return stats.frames; },
    get frameMs() { return stats.frameMs.slice(); },
    get searchMs() { return stats.searchMs; },
    // Milliseconds from the start of navigation to the end of the first
    // drawn frame.
    get firstFrameAt() { return stats.firstFrameAt; },
    get selected() {
      if (!selection) return null;
      if (selection.type === 'node') {
        const n = nodes[selection.index];
        return { type: 'node', id: n.id, label: n.label };
      }
      const e = edges[selection.index];
      return { type: 'edge', ids: [nodes[e.a].id, nodes[e.b].id], labels: [nodes[e.a].label, nodes[e.b].label] };
    },
    get document() { return documentShown ? { ...documentShown } : null; },
    // The edges the filters let through: labels, theme names and dates.
    visibleEdgeList() {
      const out = [];
      for (const e of edges) {
        if (!edgeVisible[e.i]) continue;
        out.push({
          labels: [nodes[e.a].label, nodes[e.b].label],
          themes: [...e.themes.keys()].map((t) => themes[t].name),
          first: e.first,
          last: e.last,
        });
      }
      return out;
    },
    screenPosition(label) {
      const n = nodes.find((m) => m.label === label);
      return n ? { x: sx(n.x), y: sy(n.y) } : null;
    },
  };
  Object.freeze(hook);
  Object.defineProperty(window, 'newsgraphReport', { value: hook, writable: false });
}());
