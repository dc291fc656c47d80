// Rasd dashboard: a single-page app over /api/* (read), /alerts/stream (live) and
// /subscriptions (the alerts API). Plain JavaScript, no build step, no remote resources.
//
// Article text is untrusted: every piece of it reaches the page through textContent or a
// text node, never as markup, and links are followed only when they are http(s).
'use strict';

(() => {
  const TOKEN_KEY = 'rasd.apiToken';
  const MAX_CARDS = 500;
  const FEEDS_REFRESH_MS = 30000;
  const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  const state = {
    meta: null,
    filters: { type: '', entity: '', lang: '', severity: '' },
    listed: [],          // alerts of the last /api/alerts answer, newest first
    live: new Map(),     // alerts received on the stream since the list was fetched, by id
    latest: new Map(),   // the newest revision seen of every alert, by id (for the detail page)
    route: null,
    feedsTimer: null,
    streamWasDown: false,
    arabicNames: new Map(), // entity key -> Arabic name, learnt from the API
  };

  // ---------------------------------------------------------------- DOM helpers

  // h('p', {class: 'x', lang: 'ar'}, 'text', node, [more]) — children are text or nodes.
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    appendAll(el, children);
    return el;
  }

  function svg(tag, attrs, ...children) {
    const el = document.createElementNS(SVG_NS, tag);
    setAttrs(el, attrs);
    appendAll(el, children);
    return el;
  }

  function setAttrs(el, attrs) {
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
      else if (name === 'text') el.textContent = value;
      else el.setAttribute(name, value === true ? '' : String(value));
    }
  }

  function appendAll(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }

  function main() { return document.getElementById('main'); }

  function safeHref(url) {
    try {
      const parsed = new URL(url, window.location.href);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch (_err) {
      return null;
    }
  }

  // lang and dir attributes for a piece of text: Arabic right-to-left, English
  // left-to-right, anything else (or unknown) left to the browser's first-strong rule.
  function langAttrs(lang, text) {
    if (lang === 'ar') return { lang: 'ar', dir: 'rtl' };
    if (lang === 'en') return { lang: 'en', dir: 'ltr' };
    if (!lang && text && ARABIC.test(text) && !/[A-Za-z]/.test(text)) return { lang: 'ar', dir: 'rtl' };
    return { dir: 'auto' };
  }

  function alertLang(alert) {
    if (alert.lang) return alert.lang;
    const first = (alert.sources || []).find((s) => s && s.lang);
    return first ? first.lang : '';
  }

  function formatTime(iso) {
    const when = new Date(iso);
    if (!iso || Number.isNaN(when.getTime())) return h('span', { text: 'time unknown' });
    return h('time', {
      datetime: iso, title: iso,
      text: when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    });
  }

  function label(code) {
    if (!code) return '';
    const text = String(code).replace(/[._]/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function entityKey(ref) {
    if (ref.id) return ref.id;
    return 'name:' + String(ref.name || '').trim().split(/\s+/).join(' ').toLowerCase();
  }

  function entityLink(ref) {
    const name = ref.name || ref.id || '?';
    return h('a', { href: '#/entities/' + encodeURIComponent(entityKey(ref)), ...langAttrs('', name) }, name);
  }

  function announce(message) {
    const region = document.getElementById('announcer');
    region.textContent = '';
    // A fresh text node after clearing makes screen readers speak repeated messages too.
    window.setTimeout(() => { region.textContent = message; }, 50);
  }

  async function getJSON(url, options) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, ...options });
    } catch (err) {
      return { ok: false, status: 0, body: { error: 'The server cannot be reached (' + err.message + ').' } };
    }
    let body = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try { body = await response.json(); } catch (_err) { body = null; }
    }
    return { ok: response.ok, status: response.status, body };
  }

  function problem(result, what) {
    const detail = result.body && (result.body.error || result.body.message || result.body.detail);
    return h('p', { class: 'problem', role: 'alert' },
      what + ': ' + (detail || (result.status ? 'the server answered ' + result.status : 'no answer')) + '.');
  }

  function pageHeading(en, ar) {
    return h('h1', { tabindex: '-1' }, en, ' ', ar ? h('span', { lang: 'ar', dir: 'rtl', class: 'h-ar' }, ar) : null);
  }

  // ---------------------------------------------------------------- evidence highlighting

  // [start, end) ranges, in UTF-16 units of the evidence text, of the entities it names.
  // Mention offsets (code points into the article) are used when they fall inside the
  // evidence span and agree with its text; otherwise the participants' names are searched.
  function highlightRanges(alert, evidence) {
    if (!evidence || typeof evidence.text !== 'string') return [];
    const text = evidence.text;
    const units = [0]; // code point index -> UTF-16 index
    for (const ch of text) units.push(units[units.length - 1] + ch.length);
    const ranges = [];
    for (const ent of alert.entities || []) {
      for (const m of (ent && ent.mentions) || []) {
        if (typeof m.start !== 'number' || typeof m.end !== 'number') continue;
        const a = m.start - evidence.start;
        const b = m.end - evidence.start;
        if (a < 0 || b <= a || b >= units.length) continue;
        if (text.slice(units[a], units[b]) !== m.text) continue;
        ranges.push({ start: units[a], end: units[b], name: ent.name });
      }
    }
    if (ranges.length === 0) {
      const event = alert.event || {};
      const refs = [...(event.actors || []), ...(event.targets || [])];
      if (event.instrument) refs.push(event.instrument);
      if (alert.entity) refs.push(alert.entity);
      const names = [];
      for (const ref of refs) {
        if (!ref) continue;
        if (ref.name) names.push([ref.name, ref.name]);
        const full = (alert.entities || []).find((e) => e && entityKey(e) === entityKey(ref));
        const arabic = (full && full.name_ar) || ref.name_ar || state.arabicNames.get(entityKey(ref));
        if (arabic) names.push([arabic, ref.name]);
      }
      for (const [needle, name] of names) {
        const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        for (const match of text.matchAll(new RegExp(escaped, 'giu'))) {
          ranges.push({ start: match.index, end: match.index + match[0].length, name });
        }
      }
    }
    // Longest first at each position; drop ranges overlapping one already kept.
    ranges.sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
    const kept = [];
    for (const r of ranges) {
      if (kept.length === 0 || r.start >= kept[kept.length - 1].end) kept.push(r);
    }
    return kept;
  }

  function evidenceBlock(alert, evidence, lang) {
    evidence = evidence || (alert.event && alert.event.evidence);
    if (!evidence || !evidence.text) return null;
    const text = evidence.text;
    const parts = [];
    let at = 0;
    for (const r of highlightRanges(alert, evidence)) {
      if (r.start > at) parts.push(text.slice(at, r.start));
      parts.push(h('mark', { title: r.name || null }, text.slice(r.start, r.end)));
      at = r.end;
    }
    if (at < text.length) parts.push(text.slice(at));
    return h('blockquote', { class: 'evidence', ...langAttrs(lang === undefined ? alertLang(alert) : lang, text) }, parts);
  }

  // ---------------------------------------------------------------- alert cards

  function severityBadge(severity) {
    return h('span', { class: 'badge sev-' + (severity || 'unknown') }, label(severity || 'unknown'));
  }

  function parties(alert) {
    if (alert.kind === 'surge' && alert.entity) {
      return h('p', { class: 'parties' }, h('span', { class: 'role' }, 'Entity: '), entityLink(alert.entity));
    }
    const event = alert.event || {};
    const actors = (event.actors || []).filter(Boolean);
    const targets = (event.targets || []).filter(Boolean);
    if (!actors.length && !targets.length) return null;
    const list = (refs) => refs.length
      ? refs.map((ref, i) => [i ? ', ' : '', entityLink(ref)])
      : h('span', { class: 'muted' }, 'none');
    return h('p', { class: 'parties' },
      h('span', { class: 'role' }, 'Actors: '), list(actors),
      h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → '),
      h('span', { class: 'role' }, ' Targets: '), list(targets));
  }

  function alertCard(alert) {
    const event = alert.event || {};
    const summary = alert.summary || {};
    const sources = (alert.sources || []).length;
    const headingId = 'alert-' + alert.id.replace(/[^A-Za-z0-9_-]/g, '_');
    return h('li', { class: 'alert-card sev-edge-' + (alert.severity || 'unknown'), 'data-alert-id': alert.id,
      'data-story': storyOf(alert) },
      h('article', { 'aria-labelledby': headingId },
        h('p', { class: 'alert-head' },
          severityBadge(alert.severity),
          h('span', { class: 'event-type' }, alert.kind === 'surge' ? 'Surge' : label(event.type)),
          event.status ? h('span', { class: 'status status-' + event.status }, event.status) : null,
          formatTime(alert.updated_at || alert.created_at)),
        h('h2', { id: headingId, class: 'alert-title' },
          h('a', { href: '#/alerts/' + encodeURIComponent(alert.id), lang: 'en', dir: 'ltr' }, summary.en || alert.id)),
        summary.ar ? h('p', { class: 'summary-ar', lang: 'ar', dir: 'rtl' }, summary.ar) : null,
        parties(alert),
        evidenceBlock(alert),
        h('p', { class: 'alert-foot muted' },
          sources === 1 ? '1 source' : sources + ' sources',
          alert.revision > 1 ? ' · revision ' + alert.revision : '')));
  }

  // Several subscribers' alerts about one story are shown once, like /api/alerts does.
  function storyOf(alert) { return String(alert.cluster_id || alert.id); }

  function matchesFilters(alert) {
    const f = state.filters;
    const event = alert.event || {};
    const type = alert.kind === 'surge' ? 'surge' : event.type;
    if (f.type && type !== f.type) return false;
    if (f.severity) {
      const order = (state.meta && state.meta.severities) || ['info', 'low', 'medium', 'high', 'critical'];
      if (order.indexOf(alert.severity) < order.indexOf(f.severity)) return false;
    }
    if (f.lang) {
      const langs = new Set([alert.lang, ...(alert.sources || []).map((s) => s && s.lang)]);
      if (!langs.has(f.lang)) return false;
    }
    if (f.entity) {
      const wanted = f.entity.trim().split(/\s+/).join(' ').toLowerCase();
      const refs = [...(event.actors || []), ...(event.targets || []), ...(alert.entities || [])];
      if (event.instrument) refs.push(event.instrument);
      const hit = refs.some((ref) => ref && [ref.id, ref.name, ref.name_ar, entityKey(ref)]
        .some((n) => n && String(n).trim().split(/\s+/).join(' ').toLowerCase() === wanted));
      if (!hit) return false;
    }
    return true;
  }

  // ---------------------------------------------------------------- page: live alerts

  function filtersForm() {
    const meta = state.meta || { event_types: [], severities: [] };
    const f = state.filters;
    const option = (value, text, selected) => h('option', { value, selected: selected || null }, text);
    const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter alerts' },
      h('div', { class: 'field' },
        h('label', { for: 'filter-type' }, 'Event type'),
        h('select', { id: 'filter-type', name: 'type' },
          option('', 'All types', !f.type),
          meta.event_types.map((t) => option(t, t === 'surge' ? 'Surge' : label(t), f.type === t)))),
      h('div', { class: 'field' },
        h('label', { for: 'filter-entity' }, 'Entity'),
        h('input', { id: 'filter-entity', name: 'entity', type: 'search', value: f.entity,
          placeholder: 'Q858, Syria or سوريا', dir: 'auto', autocomplete: 'off' })),
      h('div', { class: 'field' },
        h('label', { for: 'filter-lang' }, 'Language'),
        h('select', { id: 'filter-lang', name: 'lang' },
          option('', 'Any language', !f.lang), option('ar', 'Arabic', f.lang === 'ar'),
          option('en', 'English', f.lang === 'en'), option('other', 'Other', f.lang === 'other'))),
      h('div', { class: 'field' },
        h('label', { for: 'filter-severity' }, 'Severity'),
        h('select', { id: 'filter-severity', name: 'severity' },
          option('', 'Any severity', !f.severity),
          meta.severities.map((s) => option(s, label(s) + ' or above', f.severity === s)))),
      h('div', { class: 'field actions' },
        h('button', { type: 'submit' }, 'Apply'),
        h('button', { type: 'reset', class: 'secondary' }, 'Clear')));
    const apply = () => {
      const data = new FormData(form);
      const params = new URLSearchParams();
      for (const name of Object.keys(state.filters)) {
        state.filters[name] = String(data.get(name) || '').trim();
        if (state.filters[name]) params.set(name, state.filters[name]);
      }
      const query = params.toString();
      window.history.replaceState(null, '', '#/alerts' + (query ? '?' + query : '')); // no hashchange
      loadAlertList();
    };
    form.addEventListener('submit', (e) => { e.preventDefault(); apply(); });
    form.addEventListener('change', (e) => { if (e.target.tagName === 'SELECT') apply(); });
    form.addEventListener('reset', () => window.setTimeout(apply, 0));
    return form;
  }

  function renderAlertsPage() {
    document.title = 'Live alerts — Rasd';
    main().replaceChildren(
      pageHeading('Live alerts', 'التنبيهات المباشرة'),
      h('p', { class: 'lede muted' }, 'New alerts appear at the top as they are raised; nothing needs reloading.'),
      filtersForm(),
      h('div', { id: 'alerts-status', class: 'muted' }, 'Loading alerts…'),
      h('ol', { id: 'alert-list', class: 'alert-list', 'aria-label': 'Alerts, newest first' }));
    loadAlertList();
  }

  async function loadAlertList() {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
    const result = await getJSON('/api/alerts?' + params.toString());
    const status = document.getElementById('alerts-status');
    if (!status) return; // the user has moved to another page meanwhile
    if (!result.ok) {
      status.replaceChildren(problem(result, 'Alerts could not be loaded'));
      return;
    }
    state.listed = result.body.alerts || [];
    for (const alert of state.listed) remember(alert);
    // Alerts that arrived on the stream while the list was loading stay on top.
    for (const id of [...state.live.keys()]) {
      if (state.listed.some((a) => a.id === id && a.revision >= state.live.get(id).revision)) state.live.delete(id);
    }
    drawAlertList();
  }

  function drawAlertList() {
    const list = document.getElementById('alert-list');
    const status = document.getElementById('alerts-status');
    if (!list) return;
    const stories = new Set();
    const alerts = [...[...state.live.values()].reverse().filter(matchesFilters), ...state.listed]
      .filter((a) => !stories.has(storyOf(a)) && stories.add(storyOf(a)))
      .slice(0, MAX_CARDS);
    list.replaceChildren(...alerts.map(alertCard));
    status.textContent = alerts.length ? alerts.length + ' alert' + (alerts.length === 1 ? '' : 's') + ' shown.'
      : 'No alerts match yet. This page updates itself when one arrives.';
  }

  function learnNames(alert) {
    for (const ent of alert.entities || []) {
      if (ent && ent.name_ar) state.arabicNames.set(entityKey(ent), ent.name_ar);
    }
  }

  // A live alert may name its participants in English only; when its evidence is Arabic,
  // ask the server for their Arabic names and draw the card again with them highlighted.
  async function completeNames(alert) {
    const evidence = alert.event && alert.event.evidence;
    if (!evidence || !ARABIC.test(evidence.text || '') || highlightRanges(alert, evidence).length) return;
    const event = alert.event || {};
    const keys = [...(event.actors || []), ...(event.targets || [])].filter(Boolean).map(entityKey)
      .filter((key) => !state.arabicNames.has(key)).slice(0, 6);
    if (!keys.length) return;
    const answers = await Promise.all(keys.map((key) => getJSON('/api/entities/' + encodeURIComponent(key))));
    let learnt = false;
    answers.forEach((answer, i) => {
      if (answer.ok && answer.body && answer.body.name_ar) { state.arabicNames.set(keys[i], answer.body.name_ar); learnt = true; }
    });
    const list = document.getElementById('alert-list');
    const card = list && list.querySelector('[data-alert-id="' + CSS.escape(alert.id) + '"]');
    if (learnt && card && state.latest.get(alert.id) === alert) card.replaceWith(alertCard(alert));
  }

  function remember(alert) {
    learnNames(alert);
    const known = state.latest.get(alert.id);
    if (!known || (alert.revision || 1) >= (known.revision || 1)) state.latest.set(alert.id, alert);
  }

  function onLiveAlert(alert) {
    if (!alert || typeof alert.id !== 'string') return;
    const known = state.latest.get(alert.id);
    if (known && (alert.revision || 1) < (known.revision || 1)) return; // an older revision, late
    remember(alert);
    state.live.delete(alert.id); // re-insert: an update moves the alert to the top
    state.live.set(alert.id, alert);
    while (state.live.size > MAX_CARDS) state.live.delete(state.live.keys().next().value);
    const route = state.route || {};
    if (route.page === 'alerts' && matchesFilters(alert)) {
      const list = document.getElementById('alert-list');
      if (list) {
        const old = list.querySelector('[data-story="' + CSS.escape(storyOf(alert)) + '"]');
        if (old) old.remove();
        list.prepend(alertCard(alert));
        while (list.children.length > MAX_CARDS) list.lastElementChild.remove();
        const status = document.getElementById('alerts-status');
        if (status) status.textContent = list.children.length + ' alert' + (list.children.length === 1 ? '' : 's') + ' shown.';
      }
    }
    if (route.page === 'alert' && route.id === alert.id) renderAlertPage(alert.id);
    completeNames(alert);
    const event = alert.event || {};
    announce('New ' + (alert.severity || '') + ' alert: ' + ((alert.summary && alert.summary.en) || label(event.type)));
  }

  // ---------------------------------------------------------------- live stream

  // The alerts API guards /alerts/stream with the same bearer token as /subscriptions, and
  // EventSource cannot send an Authorization header: the text/event-stream is read with
  // fetch instead, and reconnects after the server's `retry:` delay like EventSource would.
  const stream = { controller: null, timer: null, generation: 0, retryMs: 5000 };

  function showConnection(name, ...content) {
    const connection = document.getElementById('connection');
    connection.dataset.state = name;
    connection.replaceChildren(...content);
  }

  function connectStream() {
    if (stream.controller) stream.controller.abort();
    window.clearTimeout(stream.timer);
    const generation = ++stream.generation;
    stream.controller = new AbortController();
    showConnection('connecting', 'Connecting…');
    readStream(stream.controller.signal).then((outcome) => {
      if (generation !== stream.generation) return; // replaced by a newer connection
      state.streamWasDown = true;
      if (outcome === 'unauthorized') {
        // Trying again cannot help until somebody types the token.
        showConnection('down', 'Live updates need the API token: ',
          h('a', { href: '#/subscriptions' }, 'enter it'));
        return;
      }
      if (outcome.startsWith('HTTP')) showConnection('down', 'Live updates unavailable (' + outcome + '); retrying');
      else showConnection('connecting', 'Reconnecting…');
      stream.timer = window.setTimeout(connectStream, stream.retryMs);
    });
  }

  async function readStream(signal) {
    let response;
    try {
      response = await fetch('/alerts/stream', {
        headers: { Accept: 'text/event-stream', ...authHeaders() }, signal, cache: 'no-store',
      });
    } catch (_err) {
      return 'network';
    }
    if (response.status === 401 || response.status === 403) return 'unauthorized';
    if (!response.ok || !response.body) return 'HTTP ' + response.status;
    showConnection('live', 'Live');
    // The stream does not replay what was missed while it was down: fetch the list again.
    if (state.streamWasDown && state.route && state.route.page === 'alerts') loadAlertList();
    state.streamWasDown = false;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return 'ended';
        buffer = (buffer + value).replace(/\r\n/g, '\n');
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          dispatchServerEvent(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
        }
      }
    } catch (_err) {
      return 'network';
    }
  }

  // One server-sent event: `event:`, `data:` (maybe several), `retry:`; `:` starts a comment.
  function dispatchServerEvent(block) {
    let name = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
      else if (field === 'retry' && /^\d+$/.test(value)) stream.retryMs = Math.max(1000, Number(value));
    }
    if (!data.length || (name !== 'alert' && name !== 'message')) return;
    let alert;
    try { alert = JSON.parse(data.join('\n')); } catch (_err) { return; } // not an alert
    onLiveAlert(alert);
  }

  // ---------------------------------------------------------------- page: one alert

  function definitionList(rows) {
    return h('dl', { class: 'facts' }, rows.filter((r) => r && r[1] !== null && r[1] !== undefined && r[1] !== '')
      .map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
  }

  function refList(refs) {
    const list = (refs || []).filter(Boolean);
    return list.length ? list.map((ref, i) => [i ? ', ' : '', entityLink(ref)]) : null;
  }

  async function renderAlertPage(id) {
    const result = await getJSON('/api/alerts/' + encodeURIComponent(id));
    if (!state.route || state.route.page !== 'alert' || state.route.id !== id) return;
    let detail = result.ok ? result.body : null;
    if (!detail && state.latest.has(id)) {
      // Seen on the stream but not (yet) kept by the server: show what we have.
      const alert = state.latest.get(id);
      detail = { alert, revisions: [alert], sources: alert.sources || [], codes: alert.event || {} };
    }
    if (!detail) {
      document.title = 'Alert not found — Rasd';
      main().replaceChildren(pageHeading('Alert'), problem(result, 'This alert could not be shown'),
        h('p', {}, h('a', { href: '#/alerts' }, '← Back to live alerts')));
      return;
    }
    const alert = detail.alert;
    learnNames(alert);
    const event = alert.event || {};
    const summary = alert.summary || {};
    document.title = (summary.en || 'Alert') + ' — Rasd';
    const sanction = event.sanction && typeof event.sanction === 'object' ? event.sanction : null;
    main().replaceChildren(
      h('p', {}, h('a', { href: '#/alerts' }, '← Back to live alerts')),
      h('h1', { tabindex: '-1', lang: 'en', dir: 'ltr' }, summary.en || alert.id),
      summary.ar ? h('p', { class: 'summary-ar big', lang: 'ar', dir: 'rtl' }, summary.ar) : null,
      definitionList([
        ['Severity', severityBadge(alert.severity)],
        ['Event', alert.kind === 'surge' ? 'Surge' : label(event.type)],
        ['Status', event.status],
        ['Confidence', typeof event.confidence === 'number' ? Math.round(event.confidence * 100) + '%' : null],
        ['Actors', refList(event.actors)],
        ['Targets', refList(event.targets)],
        ['Instrument', event.instrument ? entityLink(event.instrument) : null],
        ['Duration', event.duration],
        ['Dates', (event.dates || []).join(', ')],
        ['Subscription', alert.subscription_id],
        ['First raised', formatTime(alert.created_at)],
        ['Last updated', formatTime(alert.updated_at || alert.created_at)],
      ]),
      h('section', { 'aria-labelledby': 'codes-h' },
        h('h2', { id: 'codes-h' }, 'Codes'),
        definitionList([
          ['CAMEO', detail.codes && detail.codes.cameo ? h('code', {}, detail.codes.cameo) : '—'],
          ['PLOVER', detail.codes && detail.codes.plover ? h('code', {}, detail.codes.plover) : '—'],
          ...(sanction ? Object.entries(sanction).map(([k, v]) => [
            'Sanction ' + label(k), typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)]) : []),
        ])),
      evidenceBlock(alert) ? h('section', { 'aria-labelledby': 'evidence-h' },
        h('h2', { id: 'evidence-h' }, 'Evidence'), evidenceBlock(alert),
        (alert.evidence || []).length > 1 ? [
          h('h3', {}, 'As reported by each source'),
          alert.evidence.map((ev) => [
            h('p', { class: 'muted small' }, h('span', langAttrs('', ev.source || ''), ev.source || 'unknown outlet'),
              ev.lang ? ' · ' + ev.lang : ''),
            evidenceBlock(alert, ev, ev.lang || ''),
          ]),
        ] : null) : null,
      h('section', { 'aria-labelledby': 'sources-h' },
        h('h2', { id: 'sources-h' }, 'Sources (' + detail.sources.length + ')'),
        detail.sources.length ? h('ul', { class: 'sources' }, detail.sources.map(sourceItem))
          : h('p', { class: 'muted' }, 'No source is recorded for this alert.')),
      h('section', { 'aria-labelledby': 'revisions-h' },
        h('h2', { id: 'revisions-h' }, 'Revisions (' + detail.revisions.length + ')'),
        h('ol', { class: 'revisions', reversed: true }, detail.revisions.map((rev) => h('li', {},
          h('strong', {}, 'Revision ' + rev.revision), ' · ', formatTime(rev.updated_at || rev.created_at), ' · ',
          severityBadge(rev.severity), ' · ', (rev.source_count != null ? rev.source_count : (rev.sources || []).length) + ' source(s)',
          h('br'), h('span', { lang: 'en', dir: 'ltr' }, (rev.summary && rev.summary.en) || ''),
          rev.summary && rev.summary.ar ? [h('br'), h('span', { lang: 'ar', dir: 'rtl' }, rev.summary.ar)] : null)))));
  }

  function sourceItem(src) {
    const href = safeHref(src.url);
    const title = src.title || src.url || src.article_id || 'untitled';
    const titleNode = href
      ? h('a', { href, rel: 'noopener noreferrer', target: '_blank', ...langAttrs(src.lang, title) }, title)
      : h('span', langAttrs(src.lang, title), title);
    return h('li', {}, titleNode, ' ',
      h('span', { class: 'muted' }, '— ', h('span', langAttrs('', src.source || ''), src.source || 'unknown outlet'),
        src.lang ? ' · ' + src.lang : ''));
  }

  // ---------------------------------------------------------------- page: entity

  function mentionsChart(hourly) {
    const width = 720, height = 220, left = 40, right = 10, top = 14, bottom = 34;
    const plotW = width - left - right, plotH = height - top - bottom;
    const max = Math.max(1, ...hourly.map((b) => b.count));
    const total = hourly.reduce((sum, b) => sum + b.count, 0);
    const peak = hourly.reduce((best, b) => (b.count > best.count ? b : best), hourly[0] || { count: 0 });
    const slot = plotW / Math.max(1, hourly.length);
    const hourText = (iso) => iso.slice(11, 16);
    const description = total
      ? total + ' mentions in the last ' + hourly.length + ' hours; the busiest hour, ' + hourText(peak.hour) +
        ' UTC, had ' + peak.count + '.'
      : 'No mentions in the last ' + hourly.length + ' hours.';
    const chart = svg('svg', {
      viewBox: '0 0 ' + width + ' ' + height, role: 'img', class: 'chart', 'aria-labelledby': 'chart-title chart-desc',
      preserveAspectRatio: 'xMidYMid meet',
    },
    svg('title', { id: 'chart-title' }, 'Mentions per hour'),
    svg('desc', { id: 'chart-desc' }, description),
    svg('line', { x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH, class: 'axis' }),
    svg('line', { x1: left, y1: top, x2: left, y2: top + plotH, class: 'axis' }),
    svg('text', { x: left - 6, y: top + plotH, class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, '0'),
    svg('text', { x: left - 6, y: top, class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, String(max)),
    hourly.map((bucket, i) => {
      const barH = (bucket.count / max) * plotH;
      return svg('rect', {
        class: 'bar', x: (left + i * slot + 1).toFixed(1), y: (top + plotH - barH).toFixed(1),
        width: Math.max(1, slot - 2).toFixed(1), height: barH.toFixed(1), 'data-count': bucket.count,
      }, svg('title', {}, hourText(bucket.hour) + ' UTC: ' + bucket.count + ' mention' + (bucket.count === 1 ? '' : 's')));
    }),
    hourly.map((bucket, i) => (i % 6 === 0 || i === hourly.length - 1
      ? svg('text', { x: (left + i * slot + slot / 2).toFixed(1), y: height - 12, class: 'tick', 'text-anchor': 'middle' },
        hourText(bucket.hour))
      : null)));
    return h('figure', { class: 'chart-figure' }, chart,
      h('figcaption', {}, 'Mentions per hour over the last ' + hourly.length + ' hours (UTC). ' + description));
  }

  async function renderEntityPage(key) {
    const result = await getJSON('/api/entities/' + encodeURIComponent(key));
    if (!state.route || state.route.page !== 'entity' || state.route.id !== key) return;
    if (!result.ok) {
      document.title = 'Entity not found — Rasd';
      main().replaceChildren(pageHeading('Entity'), problem(result, 'This entity could not be shown'),
        h('p', {}, h('a', { href: '#/alerts' }, '← Back to live alerts')));
      return;
    }
    const ent = result.body;
    document.title = (ent.name || key) + ' — Rasd';
    const sanctioned = ent.sanctioned
      ? h('p', { class: 'sanction-flag sanctioned' }, h('strong', {}, 'Sanctioned'),
        ent.sanction_lists.length ? ' — listed on ' + ent.sanction_lists.join(', ') : '')
      : h('p', { class: 'sanction-flag not-sanctioned' }, 'Not on a loaded sanctions list');
    main().replaceChildren(
      h('p', {}, h('a', { href: '#/alerts' }, '← Back to live alerts')),
      h('h1', { tabindex: '-1' },
        h('span', { lang: 'en', dir: 'ltr' }, ent.name || key),
        ent.name_ar ? [' ', h('span', { lang: 'ar', dir: 'rtl', class: 'h-ar' }, ent.name_ar)] : null),
      definitionList([
        ['English name', ent.name ? h('span', { lang: 'en', dir: 'ltr' }, ent.name) : '—'],
        ['Arabic name', ent.name_ar ? h('span', { lang: 'ar', dir: 'rtl' }, ent.name_ar) : '—'],
        ['Type', ent.type || 'unknown'],
        ['Identifier', ent.id ? h('code', {}, ent.id) : 'not linked to the knowledge base'],
      ]),
      sanctioned,
      h('section', { 'aria-labelledby': 'mentions-h' },
        h('h2', { id: 'mentions-h' }, 'Mentions over time'), mentionsChart(ent.hourly || [])),
      h('section', { 'aria-labelledby': 'events-h' },
        h('h2', { id: 'events-h' }, 'Recent events'),
        (ent.recent_events || []).length
          ? h('ul', { class: 'events' }, ent.recent_events.map((ev) => h('li', {},
            h('a', { href: '#/alerts/' + encodeURIComponent(ev.alert_id) }, label(ev.type)),
            ' · ', ev.status || '', ' · as ', (ev.roles || []).join(', '), ' · ', formatTime(ev.at),
            ev.evidence && ev.evidence.text ? h('div', { class: 'evidence small', ...langAttrs('', ev.evidence.text) },
              ev.evidence.text) : null)))
          : h('p', { class: 'muted' }, 'No recent event names this entity.')),
      h('section', { 'aria-labelledby': 'ent-alerts-h' },
        h('h2', { id: 'ent-alerts-h' }, 'Recent alerts'),
        h('p', {}, h('a', { href: '#/alerts?entity=' + encodeURIComponent(ent.id || ent.name || key) },
          'Follow this entity’s alerts live')),
        (ent.recent_alerts || []).length
          ? h('ol', { class: 'alert-list compact' }, ent.recent_alerts.map(alertCard))
          : h('p', { class: 'muted' }, 'No recent alert names this entity.')));
  }

  // ---------------------------------------------------------------- page: subscriptions

  function token() { return window.sessionStorage.getItem(TOKEN_KEY) || ''; }

  function authHeaders() {
    const value = token();
    return value ? { Authorization: 'Bearer ' + value } : {};
  }

  // Form field id -> the API's field path; an API error goes to the field whose path is
  // the longest prefix of the error's path ("filters/entities/2" -> filters/entities).
  const FIELD_PATHS = {
    'sub-name': 'name', 'sub-id': 'id', 'sub-entities': 'filters/entities', 'sub-countries': 'filters/countries',
    'sub-sources': 'filters/sources', 'sub-event-types': 'filters/event_types', 'sub-statuses': 'filters/statuses',
    'sub-languages': 'filters/languages', 'sub-confidence': 'filters/min_confidence',
    'sub-sanctioned': 'filters/sanctioned_entity', 'sub-query': 'filters/query', 'sub-mode': 'delivery/mode',
    'sub-webhook-url': 'delivery/webhook/url', 'sub-webhook-secret': 'delivery/webhook/secret',
  };

  function fieldFor(path) {
    let best = null;
    for (const [id, fieldPath] of Object.entries(FIELD_PATHS)) {
      if ((path === fieldPath || path.startsWith(fieldPath + '/')) && (!best || fieldPath.length > FIELD_PATHS[best].length)) best = id;
    }
    if (!best && (path === 'delivery/webhook' || path === 'delivery')) best = 'sub-webhook-url';
    return best;
  }

  function textField(id, text, attrs, hint) {
    return h('div', { class: 'field', 'data-field': id },
      h('label', { for: id }, text),
      hint ? h('p', { class: 'hint', id: id + '-hint' }, hint) : null,
      h(attrs.rows ? 'textarea' : 'input', { id, 'aria-describedby': (hint ? id + '-hint ' : '') + id + '-error', ...attrs }),
      h('p', { class: 'field-error', id: id + '-error' }));
  }

  function checkboxGroup(id, legend, values, checked, text) {
    return h('fieldset', { class: 'field checks', id, 'data-field': id, 'aria-describedby': id + '-error' },
      h('legend', {}, legend),
      values.map((v) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', name: id, value: v, checked: checked.includes(v) || null }), ' ', text ? text(v) : v)),
      h('p', { class: 'field-error', id: id + '-error' }));
  }

  function splitList(value) {
    return String(value || '').split(/[\n,،]/).map((s) => s.trim()).filter(Boolean);
  }

  function subscriptionBody(form) {
    const data = new FormData(form);
    const body = { name: String(data.get('name') || '').trim() };
    const id = String(data.get('id') || '').trim();
    if (id) body.id = id;
    const filters = {};
    for (const [field, name] of [['entities', 'entities'], ['countries', 'countries'], ['sources', 'sources']]) {
      const items = splitList(data.get(name));
      if (items.length) filters[field] = items;
    }
    for (const [field, name] of [['event_types', 'sub-event-types'], ['statuses', 'sub-statuses'], ['languages', 'sub-languages']]) {
      const items = data.getAll(name).map(String);
      if (items.length || field === 'statuses') filters[field] = items;
    }
    const confidence = String(data.get('min_confidence') || '').trim();
    if (confidence) filters.min_confidence = Number(confidence.replace(',', '.'));
    if (data.get('sanctioned_entity')) filters.sanctioned_entity = true;
    const query = String(data.get('query') || '').trim();
    if (query) filters.query = query;
    body.filters = filters;
    const delivery = { mode: String(data.get('mode') || 'immediate') };
    const url = String(data.get('webhook_url') || '').trim();
    const secret = String(data.get('webhook_secret') || '');
    if (url || secret) delivery.webhook = { url, secret };
    body.delivery = delivery;
    return body;
  }

  function clearErrors(form) {
    for (const el of form.querySelectorAll('.field-error')) el.textContent = '';
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    form.querySelector('.form-errors').replaceChildren();
  }

  function showErrors(form, errors) {
    const summary = form.querySelector('.form-errors');
    const items = [];
    let first = null;
    // In the order of the form, not of the API's answer, so that the focus lands on the first.
    const fieldIds = Object.keys(FIELD_PATHS);
    const place = (err) => {
      const id = fieldFor(String(err.field || err.path || ''));
      return id ? fieldIds.indexOf(id) : -1;
    };
    errors = [...errors].sort((a, b) => place(a) - place(b));
    for (const err of errors) {
      const path = String(err.field || err.path || '').replace(/^\(body\)$/, '');
      const message = String(err.message || err.error || 'is not valid');
      const id = fieldFor(path);
      if (id) {
        const slot = document.getElementById(id + '-error');
        slot.textContent = slot.textContent ? slot.textContent + ' ' + message : message;
        const control = document.getElementById(id);
        control.setAttribute('aria-invalid', 'true');
        first = first || control;
      }
      items.push(h('li', {}, id ? h('a', { href: '#', 'data-focus': id }, (path || 'form') + ': ' + message)
        : (path ? path + ': ' : '') + message));
    }
    summary.replaceChildren(h('div', { role: 'alert', class: 'problem' },
      h('p', {}, errors.length === 1 ? 'The subscription was not saved: 1 problem.' : 'The subscription was not saved: ' + errors.length + ' problems.'),
      h('ul', {}, items)));
    summary.querySelectorAll('a[data-focus]').forEach((a) => a.addEventListener('click', (e) => {
      e.preventDefault();
      const target = document.getElementById(a.dataset.focus);
      (target.matches('fieldset') ? target.querySelector('input') : target).focus();
    }));
    if (first) (first.matches('fieldset') ? first.querySelector('input') : first).focus();
  }

  function apiErrors(result) {
    const body = result.body || {};
    if (Array.isArray(body.errors) && body.errors.length) return body.errors;
    if (Array.isArray(body.detail)) return body.detail;
    if (result.status === 401 || result.status === 403) {
      return [{ field: '', message: 'the API refused the token: type the RASD_API_TOKEN value in the API token field above' }];
    }
    return [{ field: '', message: body.error || body.message || 'the API answered ' + (result.status || 'nothing') }];
  }

  function subscriptionForm() {
    const meta = state.meta || { event_types: [], statuses: [], languages: [], delivery_modes: ['immediate'], default_statuses: [] };
    const form = h('form', { id: 'subscription-form', class: 'sub-form', novalidate: true, 'aria-labelledby': 'new-sub-h' },
      h('div', { class: 'form-errors' }),
      textField('sub-name', 'Name (required)', { name: 'name', type: 'text', required: true, maxlength: 200, dir: 'auto' }),
      textField('sub-id', 'Identifier (optional)', { name: 'id', type: 'text', maxlength: 128, autocomplete: 'off' },
        'Letters, digits, - and _. Left empty, the server chooses one.'),
      textField('sub-entities', 'Entities', { name: 'entities', rows: 2, dir: 'auto' },
        'Ids or names, English or Arabic, one per line or separated by commas: Q858, سوريا'),
      textField('sub-countries', 'Countries', { name: 'countries', type: 'text', dir: 'auto' }, 'Separated by commas.'),
      textField('sub-sources', 'Sources', { name: 'sources', type: 'text' }, 'Outlet names or web domains, separated by commas.'),
      checkboxGroup('sub-event-types', 'Event types (none ticked: all)', meta.event_types, [], (t) => (t === 'surge' ? 'Surge' : label(t))),
      checkboxGroup('sub-statuses', 'Statuses that alert', meta.statuses, meta.default_statuses),
      checkboxGroup('sub-languages', 'Languages (none ticked: all)', meta.languages, [],
        (l) => ({ ar: 'Arabic', en: 'English', other: 'Other' }[l] || l)),
      textField('sub-confidence', 'Minimum confidence (0 to 1)', { name: 'min_confidence', type: 'text', inputmode: 'decimal' }),
      h('div', { class: 'field', 'data-field': 'sub-sanctioned' },
        h('label', { class: 'check' }, h('input', { id: 'sub-sanctioned', name: 'sanctioned_entity', type: 'checkbox',
          'aria-describedby': 'sub-sanctioned-error' }), ' Only when a sanctioned entity is mentioned'),
        h('p', { class: 'field-error', id: 'sub-sanctioned-error' })),
      textField('sub-query', 'Keyword query', { name: 'query', type: 'text', dir: 'auto' },
        'AND, OR, NOT, parentheses and "quoted phrases"; Arabic or English.'),
      h('div', { class: 'field', 'data-field': 'sub-mode' },
        h('label', { for: 'sub-mode' }, 'Delivery'),
        h('select', { id: 'sub-mode', name: 'mode', 'aria-describedby': 'sub-mode-error' },
          meta.delivery_modes.map((m) => h('option', { value: m }, label(m)))),
        h('p', { class: 'field-error', id: 'sub-mode-error' })),
      textField('sub-webhook-url', 'Webhook URL (optional)', { name: 'webhook_url', type: 'url', dir: 'ltr' }),
      textField('sub-webhook-secret', 'Webhook secret', { name: 'webhook_secret', type: 'password', autocomplete: 'new-password' },
        'At least 16 characters; used to sign deliveries, never shown again.'),
      h('div', { class: 'field actions' }, h('button', { type: 'submit' }, 'Create subscription')),
      h('p', { class: 'form-done', role: 'status' }));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(form);
      form.querySelector('.form-done').textContent = '';
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      const result = await getJSON('/subscriptions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...authHeaders() },
        body: JSON.stringify(subscriptionBody(form)),
      });
      button.disabled = false;
      if (result.ok) {
        const created = (result.body && (result.body.subscription || result.body)) || {};
        form.reset();
        form.querySelector('.form-done').textContent = 'Subscription ' + (created.name || '') + ' (' + (created.id || '?') + ') created.';
        loadSubscriptions();
      } else {
        showErrors(form, apiErrors(result));
      }
    });
    return form;
  }

  function tokenForm() {
    const form = h('form', { class: 'token-form', 'aria-labelledby': 'token-h' },
      h('h2', { id: 'token-h' }, 'API token'),
      h('div', { class: 'field' },
        h('label', { for: 'api-token' }, 'Bearer token (RASD_API_TOKEN)'),
        h('p', { class: 'hint', id: 'api-token-hint' }, 'Kept in this browser tab only (session storage) and sent to the subscriptions API.'),
        h('input', { id: 'api-token', type: 'password', autocomplete: 'off', value: token(), 'aria-describedby': 'api-token-hint' })),
      h('div', { class: 'field actions' },
        h('button', { type: 'submit' }, 'Use token'),
        h('button', { type: 'button', class: 'secondary', id: 'forget-token' }, 'Forget token')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      window.sessionStorage.setItem(TOKEN_KEY, form.querySelector('#api-token').value.trim());
      loadSubscriptions();
      connectStream();
    });
    form.querySelector('#forget-token').addEventListener('click', () => {
      window.sessionStorage.removeItem(TOKEN_KEY);
      form.querySelector('#api-token').value = '';
      loadSubscriptions();
      connectStream();
    });
    return form;
  }

  function renderSubscriptionsPage() {
    document.title = 'Subscriptions — Rasd';
    main().replaceChildren(
      pageHeading('Subscriptions', 'الاشتراكات'),
      tokenForm(),
      h('section', { 'aria-labelledby': 'subs-h' },
        h('h2', { id: 'subs-h' }, 'Current subscriptions'),
        h('div', { id: 'subs-list', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Loading…'))),
      h('section', { 'aria-labelledby': 'new-sub-h' },
        h('h2', { id: 'new-sub-h' }, 'New subscription'),
        subscriptionForm()));
    loadSubscriptions();
  }

  // Each value in its own <bdi>: an Arabic name or query inside an English line keeps its
  // own direction and does not drag the punctuation around it.
  function filtersSummary(filters) {
    const entries = Object.entries(filters || {});
    if (!entries.length) return 'everything';
    return h('ul', { class: 'filter-summary' }, entries.map(([name, value]) => h('li', {},
      label(name) + ': ',
      (Array.isArray(value) ? value : [value]).map((v, i) => [i ? ', ' : '', h('bdi', {}, String(v))]))));
  }

  async function loadSubscriptions() {
    const result = await getJSON('/subscriptions', { headers: { Accept: 'application/json', ...authHeaders() } });
    const slot = document.getElementById('subs-list');
    if (!slot) return;
    if (!result.ok) {
      const tokenHelp = result.status === 401 || result.status === 403
        ? 'The API needs a valid token: type it in the API token field above' : null;
      slot.replaceChildren(tokenHelp ? h('p', { class: 'problem', role: 'alert' }, tokenHelp + '.')
        : problem(result, 'Subscriptions could not be loaded'));
      return;
    }
    const subs = Array.isArray(result.body) ? result.body : (result.body.subscriptions || result.body.items || []);
    if (!subs.length) {
      slot.replaceChildren(h('p', { class: 'muted' }, 'No subscription yet.'));
      return;
    }
    slot.replaceChildren(h('table', { class: 'data' },
      h('caption', { class: 'visually-hidden' }, 'Subscriptions'),
      h('thead', {}, h('tr', {}, ['Name', 'Identifier', 'Filters', 'Delivery', ''].map((t, i) =>
        h('th', { scope: 'col' }, i === 4 ? h('span', { class: 'visually-hidden' }, 'Actions') : t)))),
      h('tbody', {}, subs.map((sub) => h('tr', { 'data-sub-id': sub.id },
        h('th', { scope: 'row', dir: 'auto' }, sub.name),
        h('td', {}, h('code', {}, sub.id)),
        h('td', {}, filtersSummary(sub.filters)),
        h('td', {}, label((sub.delivery && sub.delivery.mode) || 'immediate'),
          sub.delivery && sub.delivery.webhook ? ' + webhook' : ''),
        h('td', {}, h('button', { type: 'button', class: 'danger', 'aria-label': 'Delete subscription ' + sub.name,
          onclick: () => deleteSubscription(sub) }, 'Delete')))))));
  }

  async function deleteSubscription(sub) {
    if (!window.confirm('Delete the subscription "' + sub.name + '"? Its alerts stop at once.')) return;
    const result = await getJSON('/subscriptions/' + encodeURIComponent(sub.id), { method: 'DELETE', headers: authHeaders() });
    if (result.ok || result.status === 404) {
      announce('Subscription ' + sub.name + ' deleted.');
      loadSubscriptions();
    } else {
      const slot = document.getElementById('subs-list');
      if (slot) slot.prepend(problem(result, 'The subscription could not be deleted'));
    }
  }

  // ---------------------------------------------------------------- page: feeds

  function renderFeedsPage() {
    document.title = 'Feeds — Rasd';
    main().replaceChildren(
      pageHeading('Feeds', 'المصادر'),
      h('p', { id: 'feeds-summary', class: 'muted', 'aria-live': 'polite' }, 'Loading…'),
      h('div', { id: 'feeds-table' }));
    loadFeeds();
    state.feedsTimer = window.setInterval(loadFeeds, FEEDS_REFRESH_MS);
  }

  async function loadFeeds() {
    const result = await getJSON('/api/feeds');
    const summary = document.getElementById('feeds-summary');
    const slot = document.getElementById('feeds-table');
    if (!summary || !slot) return;
    if (!result.ok) {
      summary.replaceChildren(problem(result, 'Feeds could not be loaded'));
      return;
    }
    const feeds = result.body.feeds || [];
    const counts = {};
    for (const feed of feeds) counts[feed.health] = (counts[feed.health] || 0) + 1;
    summary.textContent = feeds.length
      ? feeds.length + ' feed' + (feeds.length === 1 ? '' : 's') + ': ' +
        Object.entries(counts).map(([health, n]) => n + ' ' + health).join(', ') + '.'
      : 'No feed has reported yet.';
    if (!feeds.length) { slot.replaceChildren(); return; }
    slot.replaceChildren(h('table', { class: 'data feeds' },
      h('caption', { class: 'visually-hidden' }, 'Feed health'),
      h('thead', {}, h('tr', {}, ['Feed', 'Health', 'Last success', 'Last error', 'Items per poll'].map((t, i) =>
        h('th', { scope: 'col', class: i === 4 ? 'num' : null }, t)))),
      h('tbody', {}, feeds.map((feed) => {
        const href = safeHref(feed.url);
        return h('tr', { 'data-feed-id': feed.feed_id, class: 'health-row-' + feed.health },
          h('th', { scope: 'row' },
            h('span', { dir: 'auto' }, feed.name || feed.feed_id),
            feed.url ? [h('br'), href ? h('a', { href, rel: 'noopener noreferrer', class: 'feed-url', dir: 'ltr' }, feed.url)
              : h('span', { class: 'feed-url' }, feed.url)] : null),
          h('td', {}, h('span', { class: 'health health-' + feed.health }, feed.health),
            feed.enabled === false ? h('span', { class: 'muted' }, ' (disabled)') : null,
            feed.consecutive_failures ? h('div', { class: 'muted small' }, feed.consecutive_failures + ' failure(s) in a row') : null),
          h('td', {}, feed.last_success ? formatTime(feed.last_success) : h('span', { class: 'muted' }, 'never')),
          h('td', {}, feed.last_error ? [h('span', { dir: 'auto' }, feed.last_error),
            feed.last_error_at ? [h('br'), formatTime(feed.last_error_at)] : null] : h('span', { class: 'muted' }, 'none'),
          (feed.warnings || []).length ? h('div', { class: 'muted small' }, 'Warnings: ' + feed.warnings.join('; ')) : null),
          h('td', { class: 'num' }, String(feed.items_last_poll ?? '—')));
      }))));
  }

  // ---------------------------------------------------------------- routing

  function parseRoute() {
    const [path, query] = window.location.hash.replace(/^#\/?/, '').split('?');
    const [page, ...rest] = path.split('/');
    const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
    if (page === 'alerts' && id) return { page: 'alert', id };
    if (page === 'entities' && id) return { page: 'entity', id };
    if (page === 'subscriptions') return { page: 'subscriptions' };
    if (page === 'feeds') return { page: 'feeds' };
    return { page: 'alerts', query: new URLSearchParams(query || '') };
  }

  function route(initial) {
    if (state.feedsTimer) { window.clearInterval(state.feedsTimer); state.feedsTimer = null; }
    state.route = parseRoute();
    const section = { alert: 'alerts', entity: 'alerts' }[state.route.page] || state.route.page;
    for (const link of document.querySelectorAll('[data-nav]')) {
      if (link.dataset.nav === section) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    if (state.route.page === 'alerts') {
      // The filters live in the address (#/alerts?lang=ar&severity=high): a view can be
      // bookmarked and shared, and the entity page links to its alerts.
      for (const name of Object.keys(state.filters)) state.filters[name] = state.route.query.get(name) || '';
    }
    const pages = {
      alerts: renderAlertsPage,
      alert: () => renderAlertPage(state.route.id),
      entity: () => renderEntityPage(state.route.id),
      subscriptions: renderSubscriptionsPage,
      feeds: renderFeedsPage,
    };
    const done = pages[state.route.page]();
    // Move the focus to the new page's heading so keyboard and screen reader users follow.
    if (!initial) Promise.resolve(done).then(() => { const h1 = main().querySelector('h1'); if (h1) h1.focus(); });
  }

  async function start() {
    const meta = await getJSON('/api/meta');
    state.meta = meta.ok ? meta.body : null;
    window.addEventListener('hashchange', () => route(false));
    route(true);
    connectStream();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
