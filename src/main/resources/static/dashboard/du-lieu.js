/*
 * Phong trào, tên cơ quan, tên đơn vị và căn cứ pháp lý theo thời gian: everyone logged in reads the movements; the
 * administrator reads the rest and records changes, each from its own date. The register of titles and awards
 * («Sổ theo dõi danh hiệu, khen thưởng»): everyone looks up a person, a unit or a year; the Office enters, removes
 * and imports rows. Values go into the page as text only.
 */
'use strict';

(function () {
  const API = '../api/';
  const HEADERS = { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' };

  const withCsrf = window.tdktWithCsrf;

  function show(message, isError) {
    const box = document.getElementById('message');
    box.textContent = message;
    box.className = isError ? 'error' : 'notice';
    box.hidden = !message;
  }

  async function call(method, path, body) {
    const options = { method: method, credentials: 'same-origin', headers: withCsrf(Object.assign({}, HEADERS)) };
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
      error.messages = json && Array.isArray(json.messages) ? json.messages : [];
      throw error;
    }
    return json;
  }

  /** Multipart/form-data (the browser sets the boundary); a File alone goes as the field «file». */
  async function upload(path, fileOrData) {
    let data = fileOrData;
    if (!(fileOrData instanceof FormData)) {
      data = new FormData();
      data.append('file', fileOrData);
    }
    const response = await fetch(API + path, { method: 'POST', credentials: 'same-origin', headers: withCsrf(Object.assign({}, HEADERS)), body: data });
    let json = null;
    try {
      json = await response.json();
    } catch (e) {
      json = null;
    }
    if (!response.ok) {
      const error = new Error(json && json.message ? json.message : 'Không tải lên được tệp (mã ' + response.status + ').');
      error.status = response.status;
      error.messages = json && Array.isArray(json.messages) ? json.messages : [];
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
      fill('wordings', (await call('GET', 'admin/document-wordings')).map(function (w) {
        return [w.id, w.key, w.variant || 'Mọi loại', vnDate(w.validFrom) + ' – ' + (w.validTo ? vnDate(w.validTo) : 'nay'),
          w.wording, w.sourceNote, w.toConfirm ? 'Cần đối chiếu' : 'Đã đối chiếu'];
      }));
      await showTemplates();
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

  // Mẫu văn bản (tệp Word): the administrator downloads, edits in Word and uploads with the date it applies from.

  function link(href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  async function showTemplates() {
    const kinds = await call('GET', 'admin/document-templates');
    const body = document.getElementById('template-rows');
    body.replaceChildren();
    const select = document.getElementById('template-kinds');
    const chosen = select.value;
    select.replaceChildren();
    kinds.forEach(function (k) {
      const tr = document.createElement('tr');
      const uploads = k.uploads.map(function (u) {
        return 'Từ ' + vnDate(u.effectiveFrom) + ': ' + u.fileName + ' (' + u.uploadedBy + (u.note ? '; ' + u.note : '') + ')';
      }).join('\n') || 'Chưa tải lên mẫu nào';
      [k.label, k.inForceTodayText, uploads].forEach(function (text) {
        const td = document.createElement('td');
        td.textContent = text;
        td.style.whiteSpace = 'pre-line';
        tr.appendChild(td);
      });
      const td = document.createElement('td');
      td.appendChild(link(API + 'admin/document-templates/' + k.kind + '/docx', 'Mẫu đang áp dụng (.docx)'));
      tr.appendChild(td);
      body.appendChild(tr);
      const option = document.createElement('option');
      option.value = k.kind;
      option.textContent = k.label;
      select.appendChild(option);
    });
    if (chosen) {
      select.value = chosen;
    }
    const date = document.getElementById('template-form').elements.effectiveFrom;
    if (!date.value) {
      // Today on the user's calendar (toISOString would give the UTC date, a day behind before 7 a.m. in Vietnam).
      const now = new Date();
      date.value = now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0') + '-'
        + String(now.getDate()).padStart(2, '0');
    }
    await showFields();
  }

  async function showFields() {
    const kind = document.getElementById('template-kinds').value;
    if (!kind) {
      return;
    }
    const info = await call('GET', 'admin/document-templates/' + encodeURIComponent(kind) + '/fields');
    fill('template-fields', Object.keys(info.fields).map(function (name) { return [name, info.fields[name]]; }));
    const rules = document.getElementById('template-rules');
    rules.replaceChildren();
    info.rules.forEach(function (r) {
      const li = document.createElement('li');
      li.textContent = r;
      rules.appendChild(li);
    });
  }

  document.getElementById('template-kinds').addEventListener('change', function () {
    showFields().catch(function (e) { show(e.message, true); });
  });

  document.getElementById('template-form').addEventListener('submit', async function (event) {
    event.preventDefault();
    const form = event.target;
    const list = document.getElementById('template-problems');
    list.replaceChildren();
    list.hidden = true;
    const file = form.elements.file.files[0];
    const data = new FormData();
    if (file) {
      data.append('file', file);
    }
    data.append('effectiveFrom', form.elements.effectiveFrom.value);
    data.append('note', form.elements.note.value);
    let json;
    try {
      json = await upload('admin/document-templates/' + encodeURIComponent(form.elements.kind.value), data);
    } catch (e) {
      (e.messages && e.messages.length > 0 ? e.messages : [e.message]).forEach(function (m) {
        const li = document.createElement('li');
        li.textContent = m;
        list.appendChild(li);
      });
      list.hidden = false;
      show('', false);
      return;
    }
    form.elements.file.value = '';
    form.elements.note.value = '';
    show('Đã tải lên mẫu “' + json.fileName + '”, áp dụng từ ngày ' + vnDate(json.effectiveFrom) + '.', false);
    await showTemplates();
  });

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

  // Sổ theo dõi danh hiệu, khen thưởng.

  let meritQuery = null;

  function problems(list) {
    const box = document.getElementById('merit-problems');
    box.replaceChildren();
    (list || []).forEach(function (text) {
      const li = document.createElement('li');
      li.textContent = text;
      box.appendChild(li);
    });
    box.hidden = !list || list.length === 0;
  }

  async function showMerits() {
    if (!meritQuery) {
      fill('merit-rows', []);
      return;
    }
    const rows = await call('GET', 'merit-records?' + meritQuery);
    fill('merit-rows', rows.length === 0 ? [['', '', 'Sổ chưa có dòng nào.']] : rows.map(function (r) {
      return [r.id, r.year, r.nominee, r.kindLabel, r.label, [r.decisionNumber, r.decisionDateText].filter(Boolean).join(' ngày '),
        r.authority, r.sourceLabel, r.note];
    }));
  }

  async function loadMerit() {
    const me = await call('GET', 'me');
    const office = (me.groups || []).indexOf('vanphongso') >= 0;
    document.querySelectorAll('.office-only').forEach(function (e) { e.hidden = !office; });
    if (office) {
      const select = document.getElementById('merit-codes');
      select.replaceChildren();
      (await call('GET', 'merit-records/codes')).forEach(function (c) {
        const option = document.createElement('option');
        option.value = c.code;
        option.textContent = c.label + ' (' + c.kindLabel + (c.nominee === 'INDIVIDUAL' ? ', cá nhân' : c.nominee === 'COLLECTIVE' ? ', tập thể' : '') + ')';
        select.appendChild(option);
      });
    }
  }

  document.getElementById('merit-search').addEventListener('submit', async function (event) {
    event.preventDefault();
    const v = values(event.target);
    const query = new URLSearchParams();
    if (v.username) {
      query.set('nominee', v.username);
    } else if (v.unitCode) {
      query.set('nominee', 'unit:' + v.unitCode);
    }
    if (v.year) {
      query.set('year', v.year);
    }
    meritQuery = query.toString();
    try {
      await showMerits();
      show('', false);
    } catch (e) {
      show(e.message, true);
    }
  });

  function onMerit(id, send, done) {
    document.getElementById(id).addEventListener('submit', async function (event) {
      event.preventDefault();
      problems([]);
      try {
        const result = await send(event.target);
        event.target.reset();
        show(done(result), false);
        await showMerits();
      } catch (e) {
        // The reasons go next to the form, one per line (an import names each bad row).
        show('', false);
        problems(e.messages && e.messages.length > 0 ? e.messages : [e.message]);
      }
    });
  }

  onMerit('merit-form', function (form) {
    const v = values(form);
    return call('POST', 'merit-records', v).then(function (row) {
      meritQuery = 'nominee=' + encodeURIComponent(row.nomineeKey);
      return row;
    });
  }, function (row) { return 'Đã ghi vào sổ: ' + row.label + ' năm ' + row.year + ' của ' + row.nominee + ' (dòng số ' + row.id + ').'; });
  onMerit('merit-remove', function (form) {
    const v = values(form);
    return call('DELETE', 'merit-records/' + encodeURIComponent(v.id), { reason: v.reason || '' });
  }, function () { return 'Đã xóa dòng khỏi sổ; nhật ký hệ thống vẫn lưu nội dung và lý do.'; });
  onMerit('merit-import', function (form) {
    const file = form.elements.file.files[0];
    if (!file) {
      return Promise.reject(new Error('Vui lòng chọn tệp CSV hoặc Excel .xlsx.'));
    }
    return upload('merit-records/import', file);
  }, function (result) { return 'Đã nhập ' + result.stored + ' dòng vào sổ.'; });

  onSubmit('movement-form', function (v) { return call('POST', 'admin/movements', v); });
  onSubmit('wording-form', function (v) { return call('POST', 'admin/document-wordings', v); });
  onSubmit('wording-confirm', function (v) {
    return call('PUT', 'admin/document-wordings/' + encodeURIComponent(v.id) + '/confirm', { sourceNote: v.sourceNote || '' });
  });
  onSubmit('body-form', function (v) { return call('POST', 'admin/issuing-bodies', v); });
  onSubmit('unit-form', function (v) {
    const code = v.code;
    delete v.code;
    return call('POST', 'admin/units/' + encodeURIComponent(code || '') + '/names', v);
  });
  onSubmit('basis-form', function (v) { return call('POST', 'admin/legal-bases', v); });
  onSubmit('end-form', function (v) { return call('PUT', 'admin/legal-bases/' + encodeURIComponent(v.id) + '/end', { lastDay: v.lastDay }); });

  load().then(loadMerit).catch(function (e) {
    show(e.status === 401 ? 'Vui lòng đăng nhập Tasklist trước, rồi tải lại trang này.' : e.message, true);
  });
}());
