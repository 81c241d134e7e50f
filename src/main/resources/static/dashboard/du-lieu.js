/*
 * Phong trào, tên cơ quan, tên đơn vị và căn cứ pháp lý theo thời gian: everyone logged in reads the movements; the
 * administrator reads the rest and records changes, each from its own date. Values go into the page as text only.
 */
'use strict';

(function () {
  const API = '../api/';
  const HEADERS = { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' };

  function show(message, isError) {
    const box = document.getElementById('message');
    box.textContent = message;
    box.className = isError ? 'error' : 'notice';
    box.hidden = !message;
  }

  async function call(method, path, body) {
    const options = { method: method, credentials: 'same-origin', headers: Object.assign({}, HEADERS) };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    const response = await fetch(API + path, options);
    let json = null;
    try {
      json = await response.json();
    } catch (e) {
      json = null;
    }
    if (!response.ok) {
      const error = new Error(json && json.message ? json.message : 'Không thực hiện được (mã ' + response.status + ').');
      error.status = response.status;
      throw error;
    }
    return json;
  }

  /** dd/MM/yyyy from an ISO date. */
  function vnDate(iso) {
    if (!iso) {
      return '';
    }
    const p = String(iso).substring(0, 10).split('-');
    return p.length === 3 ? p[2] + '/' + p[1] + '/' + p[0] : String(iso);
  }

  function fill(id, rows) {
    const body = document.getElementById(id);
    body.replaceChildren();
    rows.forEach(function (cells) {
      const tr = document.createElement('tr');
      cells.forEach(function (text) {
        const td = document.createElement('td');
        td.textContent = text == null ? '' : String(text);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function values(form) {
    const v = {};
    new FormData(form).forEach(function (value, key) {
      const text = String(value).trim();
      if (text !== '') {
        v[key] = form.elements[key].type === 'number' ? Number(text) : text;
      }
    });
    return v;
  }

  async function load() {
    const body = await call('GET', 'issuing-body');
    document.getElementById('org').textContent = body.name + ' · ' + body.superior;
    const movements = await call('GET', 'movements');
    fill('movements', movements.map(function (m) {
      return [m.code, m.name, m.firstYear + '–' + m.lastYear, m.finalSummaryYear, m.criteriaDecision, m.sourceNote];
    }));
    try {
      const bodies = await call('GET', 'admin/issuing-bodies');
      document.querySelectorAll('.admin-only').forEach(function (e) { e.hidden = false; });
      fill('bodies', bodies.map(function (b) {
        return [vnDate(b.validFrom), b.superior, b.name, b.symbol, b.place, b.directorTitle, b.sourceNote];
      }));
      fill('unit-names', (await call('GET', 'admin/unit-names')).map(function (n) {
        return [n.unitId, vnDate(n.validFrom), n.name, n.shortName, n.sourceNote];
      }));
      fill('bases', (await call('GET', 'admin/legal-bases')).map(function (b) {
        return [b.id, b.documentKind || 'Mọi văn bản', vnDate(b.validFrom) + ' – ' + (b.validTo ? vnDate(b.validTo) : 'nay'),
          b.position, b.text, b.sourceNote];
      }));
    } catch (e) {
      if (e.status !== 403) {
        throw e;
      }
    }
  }

  function onSubmit(id, send) {
    document.getElementById(id).addEventListener('submit', async function (event) {
      event.preventDefault();
      try {
        await send(values(event.target));
        event.target.reset();
        show('Đã ghi nhận.', false);
        await load();
      } catch (e) {
        show(e.message, true);
      }
    });
  }

  onSubmit('movement-form', function (v) { return call('POST', 'admin/movements', v); });
  onSubmit('body-form', function (v) { return call('POST', 'admin/issuing-bodies', v); });
  onSubmit('unit-form', function (v) {
    const code = v.code;
    delete v.code;
    return call('POST', 'admin/units/' + encodeURIComponent(code || '') + '/names', v);
  });
  onSubmit('basis-form', function (v) { return call('POST', 'admin/legal-bases', v); });
  onSubmit('end-form', function (v) { return call('PUT', 'admin/legal-bases/' + encodeURIComponent(v.id) + '/end', { lastDay: v.lastDay }); });

  load().catch(function (e) {
    show(e.status === 401 ? 'Vui lòng đăng nhập Tasklist trước, rồi tải lại trang này.' : e.message, true);
  });
}());
