'use strict';
/*
 * What every page shares. Document strings are hostile: they only ever reach the page as text
 * nodes (never innerHTML), after clean() has made control characters and bidi overrides visible.
 */
const VB = (() => {
  // C0 and C1 controls other than tab and line breaks, bidi embeddings, overrides, isolates and marks.
  const HOSTILE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

  /** Returns s with every hostile character shown as ‹U+XXXX›; null and undefined become ''. */
  function clean(s) {
    if (s === null || s === undefined) return '';
    return String(s).replace(HOSTILE,
      c => '\u2039U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '\u203A');
  }

  /** Builds an element: attrs are set as attributes (strings cleaned), children appended as text or nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) e.setAttribute(k, clean(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(c instanceof Node ? c : document.createTextNode(clean(c)));
    }
    return e;
  }

  function text(s) {
    return document.createTextNode(clean(s));
  }

  /** GETs /api/path with the non-empty params; resolves to the JSON, rejects with its error. */
  async function api(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== '') q.set(k, v);
    }
    const url = '/api/' + path + (q.toString() ? '?' + q : '');
    const r = await fetch(url, {headers: {Accept: 'application/json'}});
    const json = await r.json();
    if (!r.ok) throw new Error(json.error || ('HTTP ' + r.status));
    return json;
  }

  function docUrl(source) {
    return 'document.html?id=' + encodeURIComponent(source);
  }

  const ENTITIES = {'&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&'};

  /** Turns a search snippet (escaped HTML with <b> marks) into text nodes and <mark>s. */
  function snippet(html) {
    const frag = document.createDocumentFragment();
    let bold = false;
    for (const part of String(html || '').split(/(<\/?b>)/)) {
      if (part === '<b>') bold = true;
      else if (part === '</b>') bold = false;
      else if (part) {
        const t = part.replace(/&(lt|gt|quot|#39|amp);/g, m => ENTITIES[m]);
        frag.append(bold ? el('mark', {}, t) : text(t));
      }
    }
    return frag;
  }

  const RELATIONS = {
    BASED_ON: 'căn cứ', CONSIDERING: 'xét', AMENDS: 'sửa đổi, bổ sung', REPLACES: 'thay thế',
    IMPLEMENTS: 'thực hiện', MENTIONS: 'nhắc đến'
  };
  const STATUSES = {TARGET: 'kế hoạch', ESTIMATE: 'ước thực hiện', ACTUAL: 'thực hiện'};

  function number(v) {
    return typeof v === 'number' ? v.toLocaleString('vi-VN', {maximumFractionDigits: 4}) : '';
  }

  /** The header card of a document: its number, type, issuer, dates and signer. */
  function headerCard(h, extra) {
    const rows = [
      ['Số, ký hiệu', h && h.number], ['Loại', h && (h.typeName || h.type)],
      ['Cơ quan ban hành', h && h.issuer], ['Cơ quan cấp trên', h && h.issuerParent],
      ['Nơi ban hành', h && h.place], ['Ngày ban hành', h && h.issued],
      ['Trích yếu', h && h.subject], ['Người ký', h && [h.signerTitle, h.signer].filter(Boolean).join(' ')]
    ].concat(extra || []);
    const dl = el('dl', {class: 'header-card'});
    for (const [k, v] of rows) {
      if (v === null || v === undefined || v === '') continue;
      dl.append(el('dt', {}, k), el('dd', {}, String(v)));
    }
    return dl;
  }

  /** The highlights of an extract --json object; cites maps a cited number to indexed sources. */
  function marks(a, cites) {
    const out = [];
    for (const r of a.references || []) {
      const targets = (cites && r.number && cites[r.number]) || [];
      out.push({start: r.start, end: r.end, cls: 'f-ref rel-' + r.relation,
        href: targets.length ? docUrl(targets[0]) : null,
        title: 'Số: ' + (r.number || '') + ' · ' + (RELATIONS[r.relation] || r.relation)
          + (r.date ? ' · ngày ' + r.date : '') + (targets.length ? '' : ' · chưa có trong chỉ mục')});
    }
    for (const d of a.dates || []) {
      out.push({start: d.start, end: d.end, cls: 'f-date', title: 'Ngày: ' + d.value + ' (' + d.granularity + ')'});
    }
    for (const f of a.figures || []) {
      out.push({start: f.start, end: f.end, cls: 'f-fig', title: 'Số liệu: ' + number(f.value)
        + (f.max !== null && f.max !== undefined ? ' – ' + number(f.max) : '') + ' ' + (f.unit || '')
        + (f.qualifier ? ' (' + f.qualifier + ')' : '')});
    }
    for (const m of a.metrics || []) {
      out.push({start: m.start, end: m.end, cls: 'f-metric st-' + (m.status || 'NONE'),
        title: 'Chỉ tiêu: ' + m.label + ' · ' + (STATUSES[m.status] || 'không rõ') + ' · kỳ '
          + (m.period || '?') + ' · ' + number(m.figure.value) + ' ' + m.figure.unit});
    }
    out.sort((x, y) => x.start - y.start || y.end - x.end);
    return out;
  }

  /** Appends text[from, to) to parent with the marks inside it, nested; crossing marks are dropped. */
  function highlight(parent, text, from, to, list) {
    let pos = from;
    let i = 0;
    while (i < list.length) {
      const m = list[i];
      if (m.start < pos || m.end > to || m.end <= m.start) { i++; continue; }
      parent.append(VB.text(text.slice(pos, m.start)));
      const inner = [];
      let j = i + 1;
      while (j < list.length && list[j].start < m.end) {
        if (list[j].end <= m.end) inner.push(list[j]);
        j++;
      }
      const node = el(m.href ? 'a' : 'span', {class: m.cls, title: m.title, href: m.href});
      highlight(node, text, m.start, m.end, inner);
      parent.append(node);
      pos = m.end;
      i = j;
    }
    parent.append(VB.text(text.slice(pos, to)));
  }

  function legend() {
    return el('p', {class: 'legend'},
      el('span', {class: 'f-ref'}, 'số văn bản'), ' ', el('span', {class: 'f-date'}, 'ngày tháng'), ' ',
      el('span', {class: 'f-fig'}, 'số liệu'), ' ', el('span', {class: 'f-metric st-TARGET'}, 'chỉ tiêu kế hoạch'), ' ',
      el('span', {class: 'f-metric st-ESTIMATE'}, 'ước thực hiện'), ' ',
      el('span', {class: 'f-metric st-ACTUAL'}, 'thực hiện'));
  }

  /** Renders an extract --json object: header card, legend, and the text with its findings. */
  function analysis(container, a, cites) {
    container.replaceChildren();
    if (a.error) {
      container.append(el('p', {class: 'error'}, a.source + ': ' + a.error));
      return;
    }
    container.append(headerCard(a.header, [['Định dạng', a.format], ['Số trang', a.pages || null]]));
    for (const w of a.warnings || []) container.append(el('p', {class: 'hint'}, w));
    container.append(legend());
    const body = el('div', {class: 'doctext'});
    highlight(body, a.text || '', 0, (a.text || '').length, marks(a, cites));
    container.append(body);
  }

  function showError(node, e) {
    node.textContent = clean(e && e.message ? e.message : String(e));
    node.hidden = false;
  }

  return {clean, el, text, api, docUrl, snippet, headerCard, marks, highlight, legend, analysis,
    showError, RELATIONS, STATUSES, number};
})();
