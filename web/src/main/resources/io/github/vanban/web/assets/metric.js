'use strict';
/* The metric explorer: an indicator by its Vietnamese name, filters, a chart of target, estimate and
   actual by period with one series per issuer, the table of mentions, and the table as CSV. */
(() => {
  const MAX_ROWS = 2000;
  const $ = id => document.getElementById(id);
  const url = new URLSearchParams(location.search);
  const state = {indicator: url.get('indicator') || '', issuer: url.get('issuer') || '',
    period: url.get('period') || '', status: url.get('status') || ''};
  $('issuer').value = state.issuer;
  $('period').value = state.period;
  $('status').value = state.status;

  $('metric-form').addEventListener('submit', e => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const k of ['indicator', 'issuer', 'period', 'status']) {
      const v = $(k).value.trim();
      if (v) p.set(k, v);
    }
    location.assign('metric.html?' + p);
  });
  $('indicator').addEventListener('change', () => $('metric-form').requestSubmit());

  async function issuers() {
    const stats = await VB.api('stats');
    for (const name of Object.keys(stats.issuer || {})) $('issuers').append(VB.el('option', {value: name}));
  }

  async function indicators() {
    const r = await VB.api('indicators');
    const select = $('indicator');
    for (const i of r.indicators) {
      const o = VB.el('option', {value: i.id}, i.label + (i.mentions ? ' (' + i.mentions + ')' : ''));
      if (!i.mentions) o.className = 'none';
      select.append(o);
    }
    if (!state.indicator && r.indicators.length) state.indicator = r.indicators[0].id;
    select.value = state.indicator;
  }

  // Status by line and marker, issuer by colour: target dashed squares, estimate dotted
  // triangles, actual solid circles.
  const LINE = {TARGET: 'dashed', ESTIMATE: 'dotted', ACTUAL: 'solid'};
  const SYMBOL = {TARGET: 'rect', ESTIMATE: 'triangle', ACTUAL: 'circle'};
  const COLOURS = ['#b5121b', '#1f5fa8', '#2e8540', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#c0392b'];

  function tooltip(params) {
    const box = VB.el('div', {class: 'tip'});
    const list = Array.isArray(params) ? params : [params];
    if (list.length) box.append(VB.el('strong', {}, list[0].axisValue || list[0].name || ''));
    for (const p of list) {
      if (p.value === null || p.value === undefined) continue;
      box.append(VB.el('div', {}, p.seriesName + ': ' + VB.number(p.value)));
    }
    return box;
  }

  function chart(s) {
    const names = [];
    const colours = new Map();
    const series = s.series.map(x => {
      if (!colours.has(x.issuer)) colours.set(x.issuer, COLOURS[colours.size % COLOURS.length]);
      const name = VB.clean(x.issuer || 'không rõ cơ quan') + ' · ' + (VB.STATUSES[x.status] || 'không rõ');
      names.push(name);
      const byPeriod = new Map();
      for (const p of x.points) if (!byPeriod.has(p.period)) byPeriod.set(p.period, p.value);
      return {name, type: 'line', connectNulls: true, symbolSize: 9,
        symbol: SYMBOL[x.status] || 'diamond', color: colours.get(x.issuer),
        lineStyle: {type: LINE[x.status] || 'solid', width: 2},
        data: s.periods.map(p => byPeriod.has(p) ? byPeriod.get(p) : null)};
    });
    const c = echarts.init($('chart'), null, {renderer: 'canvas'});
    c.setOption({
      animation: false,
      title: {text: VB.clean(s.label || s.indicator), subtext: s.unit ? 'đơn vị: ' + VB.clean(s.unit) : '',
        left: 'left', textStyle: {fontSize: 14}},
      // A DOM node, not an HTML string: issuer names come from documents.
      tooltip: {trigger: 'axis', formatter: tooltip},
      legend: {type: 'plain', bottom: 0, data: names},
      grid: {left: 70, right: 20, top: 60, bottom: 40 + 22 * Math.ceil(names.length / 3)},
      xAxis: {type: 'category', data: s.periods.map(VB.clean)},
      yAxis: {type: 'value', scale: true},
      series
    });
    $('chart-note').textContent = s.excluded
      ? s.excluded + ' giá trị theo đơn vị khác không được vẽ (xem bảng).' : '';
  }

  function table(rows, issuers) {
    const body = $('rows').tBodies[0];
    for (const r of rows) {
      const value = VB.number(r.value) + (r.max !== null ? ' – ' + VB.number(r.max) : '');
      body.append(VB.el('tr', {},
        VB.el('td', {}, r.period || ''),
        VB.el('td', {class: 'st-' + (r.status || 'NONE')}, VB.STATUSES[r.status] || ''),
        VB.el('td', {class: 'num'}, value),
        VB.el('td', {}, r.unit),
        VB.el('td', {}, issuers[r.source] || ''),
        VB.el('td', {}, VB.el('a', {href: VB.docUrl(r.source)}, r.number || r.source)),
        VB.el('td', {class: 'sentence'}, r.sentence || '')));
    }
  }

  /** The table exactly as shown, as RFC 4180 CSV. */
  function csv() {
    const quote = s => /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    return [...$('rows').rows]
      .map(tr => [...tr.cells].map(td => quote(td.textContent)).join(','))
      .join('\r\n') + '\r\n';
  }

  $('csv').addEventListener('click', () => {
    const blob = new Blob(['\uFEFF' + csv()], {type: 'text/csv;charset=utf-8'});
    const a = VB.el('a', {href: URL.createObjectURL(blob), download: 'vanban-' + state.indicator + '.csv'});
    document.body.append(a);
    a.click();
    a.remove();
  });

  async function run() {
    try {
      await Promise.all([indicators(), issuers()]);
      if (!state.indicator) throw new Error('chỉ mục chưa có chỉ tiêu nào');
      const filters = {indicator: state.indicator, issuer: state.issuer, period: state.period, status: state.status};
      const [s, m] = await Promise.all([
        VB.api('metric/series', filters),
        VB.api('metric', Object.assign({limit: MAX_ROWS}, filters))]);
      $('summary').textContent = m.total + ' giá trị' + (m.total > m.rows.length ? ', ' + m.rows.length + ' đầu tiên trong bảng' : '');
      chart(s);
      table(m.rows, s.issuers);
      $('csv').disabled = m.rows.length === 0;
    } catch (e) {
      VB.showError($('error'), e);
    }
    document.body.setAttribute('data-ready', 'metric');
  }

  run();
})();
