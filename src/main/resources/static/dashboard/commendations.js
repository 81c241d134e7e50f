/*
 * Tổng hợp khen thưởng qua các năm: every title, rating and award of a person or a unit from both registers, and the
 * Department's totals per year and kind (GET /api/dashboard/commendations). Values from the API go into the page as
 * text only, never as HTML.
 */
'use strict';

(function () {
  const API = '../api/';
  const KIND_CLASS = { TITLE: 'kind-title', AWARD: 'kind-award', RATING: 'kind-rating' };

  function byId(id) {
    return document.getElementById(id);
  }

  function cell(text, className) {
    const td = document.createElement('td');
    td.textContent = text === null || text === undefined || text === '' ? '—' : String(text);
    if (className) {
      td.className = className;
    }
    return td;
  }

  function row(cells, className) {
    const tr = document.createElement('tr');
    if (className) {
      tr.className = className;
    }
    cells.forEach(function (c) { tr.append(c); });
    return tr;
  }

  function fill(table, rows) {
    const body = table.tBodies[0];
    while (body.firstChild) {
      body.removeChild(body.firstChild);
    }
    rows.forEach(function (r) { body.append(r); });
  }

  function fmtDate(iso) {
    if (!iso) {
      return '—';
    }
    const parts = String(iso).slice(0, 10).split('-');
    return parts.length === 3 ? parts[2] + '/' + parts[1] + '/' + parts[0] : String(iso);
  }

  function fmtNumber(n) {
    return Number(n || 0).toLocaleString('vi-VN');
  }

  async function getJson(path) {
    let response;
    try {
      response = await fetch(API + path, {
        credentials: 'same-origin',
        headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' }
      });
    } catch (e) {
      throw { status: 0, message: 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng rồi thử lại.' };
    }
    if (!response.ok) {
      let message = null;
      try {
        const body = await response.json();
        message = body && typeof body.message === 'string' ? body.message : null;
      } catch (e) {
        message = null;
      }
      throw { status: response.status, message: message };
    }
    return response.json();
  }

  function explain(error) {
    if (error.status === 401) {
      return 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập tại Tasklist rồi tải lại trang.';
    }
    if (error.message) {
      return error.message;
    }
    return 'Máy chủ gặp lỗi khi lấy tổng hợp khen thưởng (mã ' + error.status + '). Vui lòng thử lại sau.';
  }

  /** The query of the form: person=…, unit=… or nothing (the Department), then the years. */
  function query() {
    const kind = byId('commendations-kind').value;
    const key = byId('commendations-key').value.trim();
    const from = byId('commendations-from').value.trim();
    const to = byId('commendations-to').value.trim();
    const params = new URLSearchParams();
    if (kind === 'person' || kind === 'unit') {
      params.set(kind, key);
    }
    if (from) {
      params.set('from', from);
    }
    if (to) {
      params.set('to', to);
    }
    return params.toString();
  }

  function problem(text) {
    const p = byId('commendations-problem');
    p.textContent = text;
    p.hidden = !text;
    if (text) {
      byId('commendations-result').hidden = true;
    }
  }

  async function load() {
    const kind = byId('commendations-kind').value;
    if (kind !== 'department' && !byId('commendations-key').value.trim()) {
      problem(kind === 'unit' ? 'Vui lòng nhập mã đơn vị (ví dụ qldd).' : 'Vui lòng nhập tên đăng nhập.');
      return;
    }
    problem('');
    const q = query();
    let view;
    try {
      view = await getJson('dashboard/commendations' + (q ? '?' + q : ''));
    } catch (error) {
      problem(explain(error));
      return;
    }
    render(view, q);
  }

  function render(view, q) {
    const who = view.scope === 'DEPARTMENT' ? view.name + ' (toàn Sở)'
      : (view.scope === 'UNIT' ? 'Đơn vị ' : '') + view.name
        + (view.scope === 'PERSON' && view.unit ? ' · ' + view.unit : '');
    byId('commendations-subject').textContent = who + ', từ năm ' + view.from + ' đến năm ' + view.to + '.';

    fill(byId('commendations-totals'), view.years.map(function (y) {
      return row([cell(y.year), cell(fmtNumber(y.titles), 'num'), cell(fmtNumber(y.awards), 'num'),
        cell(fmtNumber(y.ratings), 'num'), cell(fmtNumber(y.total), 'num'), cell(fmtNumber(y.revokedAwards), 'num')]);
    }));

    const detail = view.rows.map(function (r) {
      const status = r.revoked ? r.statusLabel + (r.revocation ? ' – ' + r.revocation : '') : r.statusLabel;
      return row([cell(r.year), cell(r.kindLabel, KIND_CLASS[r.kind]), cell(r.label),
        cell(r.nominee + ' (' + r.nomineeTypeLabel + ')'), cell(r.unit), cell(r.decisionNumber),
        cell(fmtDate(r.decisionDate)), cell(r.authority), cell(r.origin), cell(status, 'status')],
        r.revoked ? 'revoked-row' : null);
    });
    if (!detail.length && view.scope !== 'DEPARTMENT') {
      const empty = cell('Chưa có danh hiệu, khen thưởng hay kết quả đánh giá nào trong các năm này.');
      empty.colSpan = 10;
      detail.push(row([empty]));
    }
    fill(byId('commendations-table'), detail);
    byId('commendations-rows-box').hidden = view.scope === 'DEPARTMENT';

    const suffix = q ? '?' + q : '';
    byId('commendations-csv').href = API + 'dashboard/commendations.csv' + suffix;
    byId('commendations-xlsx').href = API + 'dashboard/commendations.xlsx' + suffix;
    byId('commendations-result').hidden = false;
  }

  /**
   * Shown once dashboard.js has found who is logged in (event «tdkt:ready»): the user's own username to start with,
   * and for the Office the units of the dashboard as suggestions.
   */
  function ready(event) {
    const detail = event.detail || {};
    const key = byId('commendations-key');
    if (!key.value && detail.username) {
      key.value = detail.username;
    }
    const list = byId('commendations-units');
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    (detail.units || []).forEach(function (u) {
      const option = document.createElement('option');
      option.value = u.code;
      option.label = u.name;
      list.append(option);
    });
    byId('commendations-section').hidden = false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    byId('commendations-form').addEventListener('submit', function (event) {
      event.preventDefault();
      load();
    });
    byId('commendations-kind').addEventListener('change', function (event) {
      byId('commendations-key').disabled = event.target.value === 'department';
    });
  });
  document.addEventListener('tdkt:ready', ready);
})();
