'use strict';
/* The document page: header card, derived status, text with findings, relations both ways, graph. */
(() => {
  const $ = id => document.getElementById(id);
  const id = new URLSearchParams(location.search).get('id') || '';

  function statusLine(s) {
    const what = s.relation === 'REPLACES' ? 'Bị thay thế bởi ' : 'Được sửa đổi, bổ sung bởi ';
    return VB.el('p', {class: 'status-' + s.relation},
      what, VB.el('a', {href: VB.docUrl(s.source)}, s.number || s.source),
      s.issued ? ' ngày ' + s.issued : '');
  }

  /** What this document itself replaces or amends, from its own references. */
  function outgoing(a, cited) {
    const out = [];
    const seen = new Set();
    for (const r of a.references || []) {
      if ((r.relation !== 'REPLACES' && r.relation !== 'AMENDS') || !r.number || seen.has(r.number)) continue;
      seen.add(r.number);
      const targets = cited[r.number] || [];
      out.push(VB.el('p', {class: 'status-out'},
        r.relation === 'REPLACES' ? 'Văn bản này thay thế ' : 'Văn bản này sửa đổi, bổ sung ',
        targets.length ? VB.el('a', {href: VB.docUrl(targets[0])}, r.number) : r.number,
        r.date ? ' ngày ' + r.date : ''));
    }
    return out;
  }

  function cites(a, cited) {
    const ul = $('cites');
    const seen = new Map();
    for (const r of a.references || []) {
      if (!r.number) continue;
      const e = seen.get(r.number) || {number: r.number, relations: new Set(), date: r.date};
      e.relations.add(r.relation);
      seen.set(r.number, e);
    }
    for (const e of seen.values()) {
      const targets = cited[e.number] || [];
      const rel = [...e.relations].map(x => VB.RELATIONS[x] || x).join(', ');
      ul.append(VB.el('li', {class: 'cite'},
        VB.el('span', {class: 'rel'}, rel), ' ',
        targets.length ? VB.el('a', {class: 'cite-link', href: VB.docUrl(targets[0])}, e.number)
          : VB.el('span', {class: 'missing', title: 'chưa có trong chỉ mục'}, e.number),
        e.date ? ' (' + e.date + ')' : ''));
    }
    if (!seen.size) ul.append(VB.el('li', {class: 'hint'}, 'không có'));
    return [...seen.values()].map(e => ({number: e.number, rel: [...e.relations][0], targets: cited[e.number] || []}));
  }

  function citedBy(r) {
    const ul = $('citedby');
    const list = r ? r.citedBy : [];
    for (const c of list) {
      ul.append(VB.el('li', {class: 'citing'},
        VB.el('span', {class: 'rel'}, VB.RELATIONS[c.relation] || c.relation), ' ',
        VB.el('a', {class: 'citing-link', href: VB.docUrl(c.source)}, c.number || c.source),
        VB.el('div', {class: 'snippet'}, c.snippet)));
    }
    if (!list.length) ul.append(VB.el('li', {class: 'hint'}, 'không có văn bản nào trong chỉ mục'));
    return list;
  }

  function graph(self, out, incoming) {
    if (typeof cytoscape !== 'function') return;
    const label = s => VB.clean(s).slice(0, 40);
    const nodes = [{data: {id: 'self', label: label(self), kind: 'self'}}];
    const edges = [];
    out.forEach((c, i) => {
      nodes.push({data: {id: 'c' + i, label: label(c.number), kind: c.targets.length ? 'in' : 'out',
        href: c.targets.length ? VB.docUrl(c.targets[0]) : ''}});
      edges.push({data: {source: 'self', target: 'c' + i, label: VB.RELATIONS[c.rel] || c.rel}});
    });
    incoming.forEach((c, i) => {
      nodes.push({data: {id: 'b' + i, label: label(c.number || c.source), kind: 'in', href: VB.docUrl(c.source)}});
      edges.push({data: {source: 'b' + i, target: 'self', label: VB.RELATIONS[c.relation] || c.relation}});
    });
    const cy = cytoscape({
      container: $('graph'), elements: nodes.concat(edges), layout: {name: 'concentric',
        concentric: n => n.data('kind') === 'self' ? 2 : 1, levelWidth: () => 1, minNodeSpacing: 30},
      style: [
        {selector: 'node', style: {label: 'data(label)', 'font-size': 9, 'background-color': '#9aa5b1',
          'text-wrap': 'wrap', 'text-max-width': 90, width: 14, height: 14}},
        {selector: 'node[kind = "self"]', style: {'background-color': '#b5121b', width: 22, height: 22}},
        {selector: 'node[kind = "in"]', style: {'background-color': '#1f5fa8'}},
        {selector: 'edge', style: {width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
          label: 'data(label)', 'font-size': 8, 'line-color': '#c4cbd3', 'target-arrow-color': '#c4cbd3'}}
      ]
    });
    cy.on('tap', 'node', e => { const h = e.target.data('href'); if (h) location.assign(h); });
  }

  async function run() {
    try {
      if (!id) throw new Error('thiếu id văn bản');
      const d = await fetch('/api/documents/' + encodeURIComponent(id)).then(async r => {
        const j = await r.json();
        if (!r.ok) throw new Error(j.error || ('HTTP ' + r.status));
        return j;
      });
      const a = d.analysis;
      const h = a.header || {};
      document.title = 'vanban — ' + VB.clean(h.number || d.source);
      $('title').append(VB.text(d.title || d.source));
      const status = $('status');
      if (d.status.length) d.status.forEach(s => status.append(statusLine(s)));
      else status.append(VB.el('p', {class: 'status-none'}, 'Chỉ mục chưa có văn bản nào thay thế hay sửa đổi văn bản này.'));
      outgoing(a, d.cites).forEach(p => status.append(p));
      $('header').append(VB.headerCard(a.header, [['Định dạng', a.format], ['Số trang', a.pages || null], ['Tệp', d.source]]));
      $('legend').append(VB.legend());
      VB.highlight($('text'), a.text, 0, a.text.length, VB.marks(a, d.cites));
      const out = cites(a, d.cites);
      const incoming = citedBy(d.citedBy);
      graph(h.number || d.source, out, incoming);
    } catch (e) {
      VB.showError($('error'), e);
    }
    document.body.setAttribute('data-ready', 'document');
  }

  run();
})();
