// CSRF: htmx requests carry the token of the page (forms posted normally carry it as a hidden field).
document.addEventListener('htmx:configRequest', function (e) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) e.detail.headers[meta.getAttribute('data-header')] = meta.getAttribute('content');
});
// Jixiao pages: charts (ECharts), keyboard helpers for in-place editing, progress for uploads and exports.
(function () {
  'use strict';

  function numbers(s) { return (s || '').split('|').filter(function (x) { return x !== ''; }).map(Number); }
  function labels(s) { return (s || '').split('|').filter(function (x) { return x !== ''; }); }

  function drawCharts(root) {
    if (!window.echarts) return;
    (root || document).querySelectorAll('.chart').forEach(function (el) {
      var old = echarts.getInstanceByDom(el);
      if (old) old.dispose();
      var chart = echarts.init(el, null, { renderer: 'svg' });
      var names = labels(el.dataset.labels);
      var series = [{ name: el.dataset.name, type: 'bar', data: numbers(el.dataset.values), itemStyle: { color: '#9b1c1c' },
        label: { show: true, position: 'right' }, barMaxWidth: 28 }];
      if (el.dataset.weights) {
        series.unshift({ name: el.dataset.weightName, type: 'bar', data: numbers(el.dataset.weights), itemStyle: { color: '#c9ccd1' },
          label: { show: true, position: 'right' }, barMaxWidth: 28 });
      }
      chart.setOption({
        animation: false,
        textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
        tooltip: { trigger: 'axis' },
        legend: { show: series.length > 1 },
        grid: { left: 8, right: 48, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', max: el.dataset.type === 'units' ? 100 : null },
        yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
        series: series
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSettle', function (e) { drawCharts(e.target); focusEditor(e.target); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('.chart').forEach(function (el) { var c = window.echarts && echarts.getInstanceByDom(el); if (c) c.resize(); });
  });

  // An editor that opens after a swap gets the keyboard focus (autofocus does not fire on swapped content).
  function focusEditor(root) {
    var field = root.querySelector && root.querySelector('.editor textarea, .editor input[type=text]');
    if (field) { field.focus(); if (field.setSelectionRange) field.setSelectionRange(field.value.length, field.value.length); }
  }

  // Escape cancels an edit; Ctrl+Enter saves a multi-line one (Enter saves a single-line one by itself).
  document.addEventListener('keydown', function (e) {
    var editor = e.target.closest && e.target.closest('.editor');
    if (!editor) return;
    if (e.key === 'Escape') { e.preventDefault(); editor.querySelector('.cancel').click(); }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); editor.requestSubmit(); }
  });

  // Upload progress of a form with data-progress (the import page).
  document.addEventListener('htmx:xhr:progress', function (e) {
    var form = e.target.closest && e.target.closest('[data-progress]');
    if (!form || !e.detail.lengthComputable) return;
    var bar = document.getElementById(form.dataset.progress);
    if (bar) bar.value = Math.round(e.detail.loaded / e.detail.total * 100);
  });

  // Exports: fetch with a progress bar, then hand the file to the browser.
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-progress]');
    if (!link || !window.fetch || !window.ReadableStream) return;
    e.preventDefault();
    var bar = document.getElementById(link.dataset.progress);
    bar.hidden = false; bar.removeAttribute('value');
    fetch(link.href).then(function (response) {
      var total = Number(response.headers.get('Content-Length')) || 0;
      var name = (/filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '') || [])[1] || 'export.xlsx';
      var reader = response.body.getReader(), chunks = [], loaded = 0;
      function pump() {
        return reader.read().then(function (r) {
          if (r.done) return new Blob(chunks, { type: response.headers.get('Content-Type') });
          chunks.push(r.value); loaded += r.value.length;
          if (total) bar.value = Math.round(loaded / total * 100);
          return pump();
        });
      }
      return pump().then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob); a.download = name; document.body.appendChild(a); a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); bar.hidden = true; }, 1000);
      });
    }).catch(function () { bar.hidden = true; window.location = link.href; });
  });
})();

// The phone menu, confirmations (公开, 撤回), print, and messages for refused htmx requests.
(function () {
  'use strict';
  document.addEventListener('click', function (e) {
    var toggle = e.target.closest && e.target.closest('#menu-toggle');
    if (toggle) {
      var bar = document.getElementById('topbar');
      var open = bar.classList.toggle('open');
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    if (e.target.closest && e.target.closest('[data-print]')) window.print();
  });
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) e.preventDefault();
  }, true);
  // htmx leaves the page as it was on an error answer: say what happened, in the page language.
  function toast(text) {
    var box = document.getElementById('notices');
    if (!box) return;
    var p = document.createElement('p');
    p.className = 'alert error'; p.setAttribute('role', 'alert'); p.id = 'request-error'; p.textContent = text;
    var old = document.getElementById('request-error'); if (old) old.remove();
    box.appendChild(p); p.scrollIntoView({ block: 'nearest' });
  }
  function messageFor(status, body) {
    var box = document.getElementById('notices');
    var m = /id="error-message"[^>]*>([^<]+)</.exec(body || '');
    if (m) return m[1];
    var key = status === 401 || status === 403 || status === 404 || status === 409 ? status : status === 0 ? 0 : 500;
    return box ? box.getAttribute('data-http-' + key) : String(status);
  }
  document.addEventListener('htmx:responseError', function (e) {
    toast(messageFor(e.detail.xhr.status, e.detail.xhr.responseText));
  });
  document.addEventListener('htmx:sendError', function () { toast(messageFor(0, '')); });
})();
