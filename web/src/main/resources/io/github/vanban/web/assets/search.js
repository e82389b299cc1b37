'use strict';
/* The search page: the URL holds the query, the facet filters and the page, so a search can be shared. */
(() => {
  const PAGE = 10;
  const DIMS = {type: 'Loại văn bản', issuer: 'Cơ quan ban hành', year: 'Năm', format: 'Định dạng'};
  const url = new URLSearchParams(location.search);
  const state = {q: url.get('q') || ''};
  for (const d of Object.keys(DIMS)) state[d] = url.get(d) || '';
  state.offset = Math.max(0, parseInt(url.get('offset') || '0', 10) || 0);

  const $ = id => document.getElementById(id);
  $('q').value = state.q;

  function go(changes) {
    const next = Object.assign({}, state, changes);
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== '' && v !== 0) p.set(k, v);
    location.assign('index.html' + (p.toString() ? '?' + p : ''));
  }

  $('search-form').addEventListener('submit', e => {
    e.preventDefault();
    go({q: $('q').value.trim(), offset: 0});
  });
  $('prev').addEventListener('click', () => go({offset: Math.max(0, state.offset - PAGE)}));
  $('next').addEventListener('click', () => go({offset: state.offset + PAGE}));

  function filters() {
    const box = $('filters');
    for (const d of Object.keys(DIMS)) {
      if (!state[d]) continue;
      const chip = VB.el('a', {class: 'chip', href: '#', 'data-dim': d}, DIMS[d] + ': ' + state[d] + ' ×');
      chip.addEventListener('click', e => { e.preventDefault(); go({[d]: '', offset: 0}); });
      box.append(chip);
    }
  }

  function facets(all) {
    const box = $('facets');
    for (const [dim, label] of Object.entries(DIMS)) {
      const counts = all[dim] || {};
      const entries = Object.entries(counts);
      if (!entries.length) continue;
      if (dim === 'year') entries.sort((a, b) => b[0].localeCompare(a[0]));
      const ul = VB.el('ul', {});
      for (const [value, n] of entries.slice(0, 15)) {
        const a = VB.el('a', {class: 'facet' + (state[dim] === value ? ' on' : ''), href: '#',
          'data-dim': dim, 'data-value': value}, value, ' ', VB.el('span', {class: 'count'}, String(n)));
        a.addEventListener('click', e => {
          e.preventDefault();
          go({[dim]: state[dim] === value ? '' : value, offset: 0});
        });
        ul.append(VB.el('li', {}, a));
      }
      box.append(VB.el('h3', {}, label), ul);
    }
  }

  function hit(h) {
    const meta = [h.number, h.issued, h.type, h.source].filter(Boolean).join(' · ');
    return VB.el('li', {class: 'hit'},
      VB.el('a', {class: 'hit-title', href: VB.docUrl(h.source)}, h.title || h.source),
      VB.el('div', {class: 'meta'}, meta),
      VB.el('p', {class: 'snippet'}, VB.snippet(h.snippet)));
  }

  async function run() {
    try {
      const r = await VB.api('search', {q: state.q, type: state.type, issuer: state.issuer,
        year: state.year, format: state.format, limit: PAGE, offset: state.offset});
      filters();
      facets(r.facets || {});
      $('summary').textContent = r.total + ' văn bản';
      $('results').setAttribute('start', String(state.offset + 1));
      for (const h of r.hits) $('results').append(hit(h));
      const last = state.offset + r.hits.length;
      $('pageinfo').textContent = r.total ? (state.offset + 1) + '–' + last + ' / ' + r.total : '';
      $('prev').disabled = state.offset === 0;
      $('next').disabled = last >= r.total;
    } catch (e) {
      VB.showError($('error'), e);
    }
    document.body.setAttribute('data-ready', 'search');
  }

  async function analyse(file) {
    $('analyse-error').hidden = true;
    $('analysis').replaceChildren(VB.el('p', {class: 'hint'}, 'Đang phân tích ' + file.name + '…'));
    try {
      const r = await fetch('/api/analyse?name=' + encodeURIComponent(file.name),
        {method: 'POST', body: file, headers: {'Content-Type': 'application/octet-stream'}});
      const json = await r.json();
      if (!r.ok && !json.source) throw new Error(json.error || ('HTTP ' + r.status));
      VB.analysis($('analysis'), json, null);
    } catch (e) {
      $('analysis').replaceChildren();
      VB.showError($('analyse-error'), e);
    }
    document.body.setAttribute('data-ready', 'analysis');
  }

  const drop = $('drop');
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer.files.length) analyse(e.dataTransfer.files[0]);
  });
  $('file').addEventListener('change', e => { if (e.target.files.length) analyse(e.target.files[0]); });

  run();
})();
