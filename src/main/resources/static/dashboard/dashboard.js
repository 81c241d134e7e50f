/*
 * Bảng theo dõi thi đua, khen thưởng.
 * Reads the app's API (/api) with the Tasklist/Cockpit session of the same browser. Every value from the API goes
 * into the page as text (textContent, text nodes, attributes), never as HTML. Charts are SVG drawn here.
 */
'use strict';

(function () {
  const API = '../api/';
  /** Camunda's own answer to "who is logged into the webapps in this browser?" (what Tasklist asks at start). */
  const WEBAPP_SESSION = '../camunda/api/admin/auth/user/default';
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const ZONE = 'Asia/Ho_Chi_Minh';

  const GROUP_COLORS = {
    PROPOSED: '#90a4ae', NOT_MET: '#e57373', MET_HERE: '#42a5f5',
    RAISED: '#ffa726', AWARDED: '#2e7d32', REFUSED: '#8d6e63'
  };
  const AWARD_COLORS = {
    GIAY_KHEN: '#42a5f5', BANG_KHEN_UBND: '#ffa726', BANG_KHEN_TTG: '#ab47bc', HUAN_CHUONG_LD3: '#c62828'
  };
  const SPARE_COLORS = ['#26a69a', '#7e57c2', '#d4e157', '#5c6bc0', '#ec407a'];
  const STEPS = [
    { key: 'registered', label: 'Đăng ký' },
    { key: 'reported', label: 'Nộp báo cáo' },
    { key: 'headApproved', label: 'Trưởng ĐV duyệt' },
    { key: 'accepted', label: 'VP tiếp nhận' }
  ];

  const state = { me: null, years: [], year: null, overview: false, dashboard: null };

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(status, message) {
      super(message || '');
      this.status = status;
    }
  }

  const withCsrf = window.tdktWithCsrf;

  async function getJson(path) {
    let response;
    try {
      response = await fetch(API + path, {
        credentials: 'same-origin',
        headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' }
      });
    } catch (e) {
      throw new ApiError(0, 'Không kết nối được với máy chủ. Vui lòng kiểm tra mạng rồi bấm «Tải lại».');
    }
    if (!response.ok) {
      let message = null;
      try {
        const body = await response.json();
        message = body && typeof body.message === 'string' ? body.message : null;
      } catch (e) {
        message = null;
      }
      throw new ApiError(response.status, message);
    }
    return response.json();
  }

  /**
   * Whether this browser is logged into Tasklist/Cockpit: true, false, or null when it cannot be told (then the API
   * itself answers). Asked first so that a visitor who is not logged in gets the message below rather than the
   * browser's own password dialog, which a 401 from the API's HTTP Basic would open.
   */
  async function webappSession() {
    try {
      const response = await fetch(WEBAPP_SESSION, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } });
      if (response.ok) {
        return true;
      }
      return response.status === 401 || response.status === 403 || response.status === 404 ? false : null;
    } catch (e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- DOM helpers (text only)

  function el(tag, props, children) {
    const node = document.createElement(tag);
    setProps(node, props);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, children) {
    const node = document.createElementNS(SVG_NS, tag);
    setProps(node, attrs);
    append(node, children);
    return node;
  }

  function setProps(node, props) {
    if (!props) {
      return;
    }
    Object.keys(props).forEach(function (name) {
      const value = props[name];
      if (value === null || value === undefined || value === false) {
        return;
      }
      if (name === 'text') {
        node.textContent = String(value);
      } else if (name === 'className') {
        node.setAttribute('class', value);
      } else if (name === 'style') {
        // Through the CSSOM, never the style attribute: the page's content security policy allows no inline style.
        Object.keys(value).forEach(function (property) {
          node.style[property] = value[property];
        });
      } else if (name === 'onclick') {
        node.addEventListener('click', value);
      } else {
        node.setAttribute(name, String(value));
      }
    });
  }

  function append(node, children) {
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) {
        return;
      }
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function fillBody(table, rows) {
    const body = clear(table.tBodies[0]);
    rows.forEach(function (row) {
      body.append(row);
    });
    return body;
  }

  // ---------------------------------------------------------------- formatting

  function fmtDate(iso) {
    if (!iso) {
      return '—';
    }
    const parts = String(iso).slice(0, 10).split('-');
    return parts.length === 3 ? parts[2] + '/' + parts[1] + '/' + parts[0] : String(iso);
  }

  function fmtInstant(iso) {
    if (!iso) {
      return '—';
    }
    const date = new Date(iso);
    return isNaN(date.getTime()) ? String(iso) : date.toLocaleString('vi-VN', { timeZone: ZONE });
  }

  function fmtNumber(n) {
    return Number(n || 0).toLocaleString('vi-VN');
  }

  function tag(yes, yesText, noText) {
    return el('span', { className: 'tag ' + (yes ? 'yes' : 'no'), text: yes ? (yesText || 'Có') : (noText || 'Chưa') });
  }

  function num(value) {
    return el('td', { className: 'num', text: fmtNumber(value) });
  }

  function td(value) {
    return el('td', { text: value === null || value === undefined || value === '' ? '—' : value });
  }

  function colorOf(map, key, index) {
    return map[key] || SPARE_COLORS[index % SPARE_COLORS.length];
  }

  // ---------------------------------------------------------------- notices

  function notice(message, kind, withLogin) {
    const box = byId('notice');
    box.className = 'notice' + (kind === 'info' ? ' info' : '');
    byId('notice-text').textContent = message;
    show(byId('notice-login'), !!withLogin);
    show(box, true);
  }

  function hideNotice() {
    show(byId('notice'), false);
  }

  function explain(error, context) {
    if (error.status === 401) {
      return { text: 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập bằng tài khoản Camunda '
        + '(Tasklist/Cockpit) trên trình duyệt này.', login: true };
    }
    if (error.status === 403) {
      return { text: error.message || ('Bạn không có quyền ' + context + '.'), login: false };
    }
    if (error.status === 404) {
      return { text: error.message || 'Không tìm thấy dữ liệu.', login: false };
    }
    if (error.status === 400) {
      return { text: error.message || 'Yêu cầu không hợp lệ.', login: false };
    }
    if (error.status === 0) {
      return { text: error.message, login: false };
    }
    return { text: 'Máy chủ gặp lỗi khi ' + context + ' (mã ' + error.status + '). Vui lòng thử lại sau.', login: false };
  }

  // ---------------------------------------------------------------- start

  function notLoggedIn(why) {
    notice(why.text, 'error', why.login);
    show(byId('overview'), false);
    show(byId('history-section'), false);
    show(byId('commendations-section'), false);
    show(byId('exports-section'), false);
    byId('who').textContent = '';
    const select = clear(byId('year'));
    select.append(el('option', { value: '', text: '—' }));
    select.disabled = true;
  }

  async function start() {
    hideNotice();
    if (await webappSession() === false) {
      notLoggedIn(explain(new ApiError(401), 'xem trang này'));
      return;
    }
    try {
      state.me = await getJson('me');
    } catch (error) {
      notLoggedIn(explain(error, 'xem trang này'));
      return;
    }
    const me = state.me;
    getJson('issuing-body').then(function (body) {
      byId('org').textContent = body.name + ' · ' + body.superior;
    }).catch(function () { /* the heading stays empty */ });
    byId('who').textContent = 'Đăng nhập: ' + (me.fullName || me.username) + ' (' + me.username + ')'
      + (me.unit ? ' · ' + me.unit : '');
    const key = byId('history-key');
    if (!key.value) {
      key.value = me.username;
    }
    show(byId('history-section'), true);

    // The list of years, asked again once if the first answer fails (a request racing the login that just took
    // place); a failure that stays is said as it is, never shown as "no cycle yet".
    let cycles = null;
    for (let attempt = 0; attempt < 2 && cycles === null; attempt++) {
      try {
        cycles = await getJson('cycles');
      } catch (error) {
        if (attempt === 1) {
          notLoggedIn(explain(error, 'xem danh sách các năm thi đua'));
          return;
        }
        await new Promise(function (resolve) { setTimeout(resolve, 1000); });
      }
    }
    state.years = cycles.map(function (c) { return c.year; }).sort(function (a, b) { return b - a; });
    const wanted = Number(new URLSearchParams(window.location.search).get('year'));
    state.year = state.years.indexOf(wanted) >= 0 ? wanted : (state.years.length ? state.years[0] : null);
    fillYears();
    await loadYear();
    // The section «Tổng hợp khen thưởng qua các năm» (commendations.js) starts from here, once the session is known
    // good: its first requests never race the ones above.
    document.dispatchEvent(new CustomEvent('tdkt:ready', { detail: {
      username: me.username,
      units: state.dashboard ? state.dashboard.units.map(function (u) { return { code: u.code, name: u.name }; }) : []
    } }));
  }

  function fillYears() {
    const select = clear(byId('year'));
    if (!state.years.length) {
      select.append(el('option', { value: '', text: 'Chưa có chu trình' }));
      select.disabled = true;
      return;
    }
    state.years.forEach(function (year) {
      select.append(el('option', { value: year, text: 'Năm ' + year, selected: year === state.year ? 'selected' : null }));
    });
    select.value = String(state.year);
    select.disabled = false;
  }

  async function loadYear() {
    hideNotice();
    if (state.year === null) {
      notice('Chưa có chu trình thi đua nào. Văn phòng Sở bắt đầu chu trình năm trong Tasklist.', 'info', false);
      show(byId('overview'), false);
      renderDownloads();
      loadDocuments();
      return;
    }
    try {
      state.dashboard = await getJson('dashboard?year=' + encodeURIComponent(state.year));
      state.overview = true;
    } catch (error) {
      state.dashboard = null;
      state.overview = false;
      show(byId('overview'), false);
      if (error.status === 403) {
        notice((error.message || 'Bảng theo dõi chỉ dành cho Văn phòng Sở và Lãnh đạo Sở.')
          + ' Bạn vẫn tra cứu được lịch sử khen thưởng của bản thân, của đơn vị mình và tải danh sách đề nghị '
          + 'của đơn vị ở cuối trang.', 'info', false);
      } else {
        const why = explain(error, 'tải bảng theo dõi');
        notice(why.text, 'error', why.login);
      }
      renderDownloads();
      loadDocuments();
      return;
    }
    renderDashboard(state.dashboard);
    show(byId('overview'), true);
    renderDownloads();
    loadDocuments();
    const years = state.years;
    const from = byId('stats-from');
    const to = byId('stats-to');
    if (!from.value) {
      from.value = years[years.length - 1];
    }
    if (!to.value) {
      to.value = years[0];
    }
    await loadStats();
  }

  // ---------------------------------------------------------------- dashboard

  function renderDashboard(d) {
    byId('cycle-title').textContent = 'Chu trình thi đua năm ' + d.year + (d.finalSummary ? ' (năm tổng kết phong trào)' : '');
    const facts = clear(byId('cycle-facts'));
    [
      ['Giai đoạn hiện nay', d.statusLabel],
      ['Ngày bắt đầu', fmtDate(d.dates.openedOn)],
      ['Hạn báo cáo của đơn vị', fmtDate(d.dates.reportDeadline)],
      ['Họp Hội đồng', d.dates.councilMeetingOn ? fmtDate(d.dates.councilMeetingOn) : 'Chưa họp'],
      ['Hết hạn công khai', d.dates.disclosureEndsOn ? fmtDate(d.dates.disclosureEndsOn) : '—'],
      ['Ngày kết thúc', d.dates.finishedOn ? fmtDate(d.dates.finishedOn) : 'Chưa kết thúc']
    ].forEach(function (pair) {
      facts.append(el('dt', { text: pair[0] }), el('dd', { text: pair[1] }));
    });
    byId('generated').textContent = 'Số liệu tính lúc ' + fmtInstant(d.generatedAt) + '.';

    renderCalendarWarnings(d.calendarWarnings || []);
    renderCounters(d.progress);
    byId('progress-chart').replaceChildren(progressChart(d.units));
    renderUnitsTable(d.units);
    renderNominations(d);
    renderPending(d);
  }

  /** Open deadlines in a year whose days off are not announced yet: they may move. */
  function renderCalendarWarnings(warnings) {
    const box = clear(byId('calendar-warnings'));
    warnings.forEach(function (w) {
      box.append(el('p', null, [el('strong', { text: w.message })]), el('p', { className: 'detail', text: w.detail }));
    });
    show(box, warnings.length > 0);
  }

  function renderCounters(p) {
    const list = clear(byId('progress-counters'));
    [
      ['Đơn vị', p.units, false],
      ['Đã đăng ký', p.registered, false],
      ['Đã nộp báo cáo', p.reported, false],
      ['Trưởng đơn vị đã duyệt', p.headApproved, false],
      ['Văn phòng đã tiếp nhận', p.accepted, false],
      ['Không nộp báo cáo', p.notReported, p.notReported > 0],
      ['Trễ hạn', p.late, p.late > 0]
    ].forEach(function (c) {
      list.append(el('li', { className: c[2] ? 'bad' : null }, [el('span', { className: 'n', text: fmtNumber(c[1]) }), c[0]]));
    });
  }

  function progressChart(units) {
    const labelW = 190;
    const stepW = 110;
    const gap = 4;
    const rowH = 24;
    const top = 26;
    const statusX = labelW + STEPS.length * (stepW + gap) + 8;
    const width = statusX + 150;
    const height = top + units.length * rowH + 6;
    const chart = svg('svg', {
      viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img',
      'aria-label': 'Tiến độ báo cáo của ' + units.length + ' đơn vị'
    });
    STEPS.forEach(function (step, i) {
      chart.append(svg('text', { x: labelW + i * (stepW + gap) + stepW / 2, y: 16, 'text-anchor': 'middle', text: step.label }));
    });
    units.forEach(function (u, row) {
      const y = top + row * rowH;
      const name = u.shortName || u.code;
      chart.append(svg('text', { x: labelW - 8, y: y + rowH / 2 + 4, 'text-anchor': 'end' }, [
        svg('title', { text: u.name }), name
      ]));
      STEPS.forEach(function (step, i) {
        const done = !!u[step.key];
        const fill = done ? '#43a047' : (u.notReported ? '#9e9e9e' : '#e0e0e0');
        chart.append(svg('rect', {
          x: labelW + i * (stepW + gap), y: y + 3, width: stepW, height: rowH - 6, rx: 3, fill: fill
        }, [svg('title', { text: u.name + ' · ' + step.label + ': ' + (done ? 'đã xong' : 'chưa') })]));
      });
      if (u.late) {
        chart.append(svg('rect', {
          x: labelW - 2, y: y + 1, width: STEPS.length * (stepW + gap) - gap + 4, height: rowH - 2, rx: 4,
          fill: 'none', stroke: '#b00020', 'stroke-width': 2
        }, [svg('title', { text: u.name + ': quá hạn báo cáo (' + fmtDate(u.dueDate) + ')' })]));
      }
      const status = u.notReported ? 'Không nộp báo cáo' : (u.late ? 'Trễ hạn' : (u.accepted ? 'Hoàn thành' : ''));
      if (status) {
        chart.append(svg('text', {
          x: statusX, y: y + rowH / 2 + 4, fill: u.late || u.notReported ? '#b00020' : '#1b5e20', text: status
        }));
      }
    });
    return chart;
  }

  function renderUnitsTable(units) {
    fillBody(byId('units-table'), units.map(function (u) {
      const nameCell = el('td', null, [
        el('span', { text: u.name, title: 'Mã đơn vị: ' + u.code }), ' ',
        el('button', {
          type: 'button', className: 'linkish', text: 'Lịch sử khen thưởng',
          'aria-label': 'Lịch sử khen thưởng của ' + u.name,
          onclick: function () { lookup('unit', u.code); }
        })
      ]);
      return el('tr', { className: u.late ? 'late' : null }, [
        nameCell,
        el('td', null, [tag(u.registered, 'Đã đăng ký', 'Chưa')]),
        td(u.reportStatusLabel),
        td(fmtDate(u.dueDate)),
        el('td', null, [tag(u.headApproved, 'Đã duyệt', 'Chưa')]),
        el('td', null, [tag(u.accepted, 'Đã tiếp nhận', 'Chưa')]),
        el('td', null, [u.late ? el('span', { className: 'tag bad', text: 'Trễ hạn' }) : '—']),
        num(u.nominations),
        num(u.openTasks),
        el('td', { className: 'num' + (u.overdueTasks ? ' error' : ''), text: fmtNumber(u.overdueTasks) })
      ]);
    }));
  }

  function renderNominations(d) {
    const groups = d.nominations;
    const legend = clear(byId('nominations-legend'));
    groups.forEach(function (g, i) {
      legend.append(el('span', null, [
        el('i', { style: { background: colorOf(GROUP_COLORS, g.group, i) }, 'aria-hidden': 'true' }),
        g.label + ': ' + fmtNumber(g.count)
      ]));
    });
    byId('nominations-chart').replaceChildren(stackedBar(groups.map(function (g, i) {
      return { label: g.label, value: g.count, color: colorOf(GROUP_COLORS, g.group, i) };
    }), 'Tổng số ' + fmtNumber(d.nominationTotal) + ' đề nghị khen thưởng', 'Chưa có đề nghị khen thưởng nào.'));

    fillBody(byId('groups-table'), groups.map(function (g) {
      const parts = g.statuses.filter(function (s) { return s.count > 0; })
        .map(function (s) { return s.label + ': ' + fmtNumber(s.count); });
      return el('tr', null, [td(g.label), num(g.count), td(parts.join('; '))]);
    }).concat([el('tr', null, [el('th', { scope: 'row', text: 'Tổng cộng' }), num(d.nominationTotal), td('')])]));

    const withNominations = d.units.filter(function (u) { return u.nominations > 0; });
    byId('unit-nominations-chart').replaceChildren(unitStacks(withNominations, groups));
  }

  /** One horizontal bar split into segments; an empty total draws a sentence instead. */
  function stackedBar(segments, title, emptyText) {
    const width = 760;
    const barH = 34;
    const total = segments.reduce(function (sum, s) { return sum + s.value; }, 0);
    const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + (barH + 24), width: width, height: barH + 24, role: 'img', 'aria-label': title });
    if (!total) {
      chart.append(svg('text', { x: 0, y: 20, text: emptyText }));
      return chart;
    }
    chart.append(svg('text', { x: 0, y: 14, text: title }));
    let x = 0;
    segments.forEach(function (s) {
      if (!s.value) {
        return;
      }
      const w = s.value / total * width;
      chart.append(svg('rect', { x: x, y: 20, width: w, height: barH, fill: s.color }, [
        svg('title', { text: s.label + ': ' + fmtNumber(s.value) })
      ]));
      if (w > 26) {
        chart.append(svg('text', { x: x + w / 2, y: 20 + barH / 2 + 4, 'text-anchor': 'middle', fill: '#fff', 'font-weight': 'bold', text: fmtNumber(s.value) }));
      }
      x += w;
    });
    return chart;
  }

  function unitStacks(units, groups) {
    const labelW = 190;
    const barW = 520;
    const rowH = 24;
    const width = labelW + barW + 60;
    const height = Math.max(units.length, 1) * rowH + 8;
    const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'aria-label': 'Đề nghị khen thưởng theo đơn vị' });
    if (!units.length) {
      chart.append(svg('text', { x: 0, y: 18, text: 'Chưa đơn vị nào có đề nghị khen thưởng.' }));
      return chart;
    }
    const max = Math.max.apply(null, units.map(function (u) { return u.nominations; }));
    units.forEach(function (u, row) {
      const y = row * rowH + 4;
      chart.append(svg('text', { x: labelW - 8, y: y + rowH / 2 + 2, 'text-anchor': 'end' }, [svg('title', { text: u.name }), u.shortName || u.code]));
      let x = labelW;
      groups.forEach(function (g, i) {
        const count = u.nominationsByGroup[g.group] || 0;
        if (!count) {
          return;
        }
        const w = count / max * barW;
        chart.append(svg('rect', { x: x, y: y, width: w, height: rowH - 6, fill: colorOf(GROUP_COLORS, g.group, i) }, [
          svg('title', { text: u.name + ' · ' + g.label + ': ' + fmtNumber(count) })
        ]));
        x += w;
      });
      chart.append(svg('text', { x: x + 6, y: y + rowH / 2 + 2, text: fmtNumber(u.nominations) }));
    });
    return chart;
  }

  function renderPending(d) {
    const c = d.council;
    const council = clear(byId('council-facts'));
    [
      ['Việc đang chờ', fmtNumber(c.pending)],
      ['Mở phiên họp, điểm danh', fmtNumber(c.openMeeting)],
      ['Phiếu bầu chưa bỏ', fmtNumber(c.openBallots)],
      ['Biên bản chờ xác nhận', fmtNumber(c.minutesToConfirm)],
      ['Ý kiến phản đối chờ xem xét', fmtNumber(c.objectionsToRule)],
      ['Đề nghị đang bị phản đối', fmtNumber(c.heldByObjection)]
    ].forEach(function (pair) {
      council.append(el('dt', { text: pair[0] }), el('dd', { text: pair[1] }));
    });
    const meetings = byId('meetings-table');
    fillBody(meetings, c.meetings.map(function (m) {
      return el('tr', null, [td(fmtDate(m.date)), td(m.presentCount + '/' + m.totalMembers + (m.quorumReached ? '' : ' (không đủ)')), td(m.statusLabel)]);
    }));
    show(meetings, c.meetings.length > 0);

    const p = d.province;
    const province = clear(byId('province-facts'));
    [
      ['Tờ trình', fmtNumber(p.submissions.length)],
      ['Đề nghị đang chờ kết quả', fmtNumber(p.waiting)],
      ['Bị trả lại, cần bổ sung', fmtNumber(p.returned)],
      ['Tờ trình quá hạn trả lời', fmtNumber(p.overdueAnswers)]
    ].forEach(function (pair) {
      province.append(el('dt', { text: pair[0] }), el('dd', { text: pair[1] }));
    });
    const submissions = byId('submissions-table');
    fillBody(submissions, p.submissions.map(function (s) {
      const dispatch = s.dispatchNumber ? s.dispatchNumber + ' ngày ' + fmtDate(s.dispatchDate) : '—';
      const due = el('td', { className: s.answerOverdue ? 'error' : null, text: fmtDate(s.answerDueOn) + (s.answerOverdue ? ' (quá hạn)' : '') });
      return el('tr', null, [td(s.awardLabel), num(s.round), td(s.standing || s.statusLabel), td(s.proposalNumber), td(dispatch), due, num(s.nominations), num(s.waiting)]);
    }));
    show(submissions, p.submissions.length > 0);

    const t = d.tasks;
    byId('tasks-summary').textContent = 'Đang mở ' + fmtNumber(t.open) + ' việc, trong đó ' + fmtNumber(t.overdue)
      + ' việc quá hạn (của Văn phòng, Hội đồng, Lãnh đạo và các bước chung: ' + fmtNumber(t.outsideUnitsOpen)
      + ' việc, ' + fmtNumber(t.outsideUnitsOverdue) + ' quá hạn).';
    const overdue = byId('overdue-table');
    fillBody(overdue, t.overdueTasks.map(function (o) {
      return el('tr', null, [td(o.name), td(o.unit || 'Văn phòng, Hội đồng, Lãnh đạo Sở'), td(fmtDate(o.due))]);
    }));
    show(overdue, t.overdueTasks.length > 0);
  }

  // ---------------------------------------------------------------- statistics

  async function loadStats() {
    const problem = byId('stats-problem');
    show(problem, false);
    const from = byId('stats-from').value;
    const to = byId('stats-to').value;
    const query = [];
    if (from) {
      query.push('from=' + encodeURIComponent(from));
    }
    if (to) {
      query.push('to=' + encodeURIComponent(to));
    }
    try {
      const stats = await getJson('stats' + (query.length ? '?' + query.join('&') : ''));
      renderStats(stats);
      renderDownloads(stats);
    } catch (error) {
      problem.textContent = explain(error, 'tải thống kê').text;
      show(problem, true);
    }
  }

  function renderStats(s) {
    const legend = clear(byId('stats-legend'));
    s.awardTypes.forEach(function (t, i) {
      legend.append(el('span', null, [el('i', { style: { background: colorOf(AWARD_COLORS, t.code, i) }, 'aria-hidden': 'true' }), t.label]));
    });
    byId('stats-chart').replaceChildren(yearChart(s));

    const typesTable = byId('stats-types-table');
    const head = clear(typesTable.tHead);
    head.append(el('tr', null, [el('th', { scope: 'col', text: 'Hình thức khen thưởng' })]
      .concat(s.years.map(function (y) { return el('th', { scope: 'col', className: 'num', text: String(y) }); }))
      .concat([el('th', { scope: 'col', className: 'num', text: 'Cộng' })])));
    const typeRows = s.perAwardType.map(function (t) {
      return el('tr', null, [td(t.label)].concat(t.perYear.map(function (c) { return num(c.count); })).concat([num(t.total)]));
    });
    typeRows.push(el('tr', null, [el('th', { scope: 'row', text: 'Số đề nghị' })]
      .concat(s.perYear.map(function (f) { return f.hasCycle ? num(f.nominations) : td('không có chu trình'); }))
      .concat([num(s.perYear.reduce(function (sum, f) { return sum + f.nominations; }, 0))])));
    fillBody(typesTable, typeRows);

    const unitsTable = byId('stats-units-table');
    const unitHead = clear(unitsTable.tHead);
    unitHead.append(el('tr', null, [
      el('th', { scope: 'col', text: 'Đơn vị' }), el('th', { scope: 'col', className: 'num', text: 'Số đề nghị' }),
      el('th', { scope: 'col', className: 'num', text: 'Đạt tiêu chí' })
    ].concat(s.awardTypes.map(function (t) { return el('th', { scope: 'col', className: 'num', text: t.label }); }))
      .concat([el('th', { scope: 'col', className: 'num', text: 'Tổng khen thưởng' })])));
    fillBody(unitsTable, s.perUnit.map(function (u) {
      return el('tr', null, [td(u.name), num(u.total.nominations), num(u.total.met)]
        .concat(s.awardTypes.map(function (t) { return num(u.total.awardsByType[t.code]); }))
        .concat([num(u.total.awards)]));
    }));
  }

  function yearChart(s) {
    const left = 40;
    const barW = 46;
    const slot = 90;
    const plotH = 200;
    const top = 24;
    const width = left + Math.max(s.years.length, 1) * slot + 10;
    const height = top + plotH + 44;
    const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img', 'aria-label': 'Khen thưởng theo năm, từ ' + s.from + ' đến ' + s.to });
    const max = Math.max(1, Math.max.apply(null, s.perYear.map(function (f) { return f.awards; })));
    const step = niceStep(max);
    const scaleMax = Math.ceil(max / step) * step;
    for (let v = 0; v <= scaleMax; v += step) {
      const y = top + plotH - v / scaleMax * plotH;
      chart.append(svg('line', { x1: left, x2: width - 5, y1: y, y2: y, className: 'grid' }));
      chart.append(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', text: fmtNumber(v) }));
    }
    chart.append(svg('line', { x1: left, x2: width - 5, y1: top + plotH, y2: top + plotH, className: 'axis' }));
    s.perYear.forEach(function (f, i) {
      const x = left + i * slot + (slot - barW) / 2;
      let y = top + plotH;
      s.awardTypes.forEach(function (t, k) {
        const count = f.awardsByType[t.code] || 0;
        if (!count) {
          return;
        }
        const h = count / scaleMax * plotH;
        y -= h;
        chart.append(svg('rect', { x: x, y: y, width: barW, height: h, fill: colorOf(AWARD_COLORS, t.code, k) }, [
          svg('title', { text: f.year + ' · ' + t.label + ': ' + fmtNumber(count) })
        ]));
      });
      chart.append(svg('text', { x: x + barW / 2, y: y - 5, 'text-anchor': 'middle', text: f.hasCycle ? fmtNumber(f.awards) + ' / ' + fmtNumber(f.nominations) : '' }));
      chart.append(svg('text', { x: x + barW / 2, y: top + plotH + 16, 'text-anchor': 'middle', 'font-weight': 'bold', text: String(f.year) }));
      if (!f.hasCycle) {
        chart.append(svg('text', { x: x + barW / 2, y: top + plotH + 32, 'text-anchor': 'middle', fill: '#777', text: 'không có' }));
      }
    });
    return chart;
  }

  function niceStep(max) {
    const raw = max / 5;
    const power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    const candidates = [1, 2, 5, 10].map(function (m) { return m * power; });
    return candidates.find(function (c) { return c >= raw; }) || power * 10;
  }

  // ---------------------------------------------------------------- award history

  function lookup(kind, key) {
    byId('history-kind').value = kind;
    byId('history-key').value = key;
    byId('history-section').scrollIntoView({ behavior: 'smooth', block: 'start' });
    return runLookup();
  }

  async function runLookup() {
    const kind = byId('history-kind').value === 'unit' ? 'unit' : 'person';
    const key = byId('history-key').value.trim();
    const problem = byId('history-problem');
    const result = byId('history-result');
    show(problem, false);
    if (!key) {
      problem.textContent = kind === 'unit' ? 'Vui lòng nhập mã đơn vị (ví dụ qldd).' : 'Vui lòng nhập tên đăng nhập.';
      show(problem, true);
      show(result, false);
      return;
    }
    let history;
    try {
      history = await getJson('awards/history?' + kind + '=' + encodeURIComponent(key));
    } catch (error) {
      const why = explain(error, 'tra cứu khen thưởng này');
      problem.textContent = why.text;
      show(problem, true);
      show(result, false);
      return;
    }
    byId('history-subject').textContent = (history.kind === 'UNIT' ? 'Đơn vị ' : '') + history.name
      + (history.kind === 'PERSON' && history.unit ? ' · ' + history.unit : '') + ': '
      + fmtNumber(history.active) + ' khen thưởng còn hiệu lực'
      + (history.revoked ? ', ' + fmtNumber(history.revoked) + ' đã thu hồi' : '') + '.';
    const rows = history.awards.map(function (a) {
      const status = a.status === 'REVOKED'
        ? el('td', { className: 'revoked', text: a.statusLabel + (a.revokedAt ? ' ngày ' + fmtDate(fmtInstantDate(a.revokedAt)) : '') + (a.revocationReason ? ': ' + a.revocationReason : '') })
        : td(a.statusLabel);
      return el('tr', null, [td(String(a.year)), td(a.nomineeTypeLabel), td(a.nominee), td(a.unit), td(a.award), td(a.authority), td(a.decisionNumber), td(fmtDate(a.decisionDate)), status]);
    });
    if (!rows.length) {
      rows.push(el('tr', null, [el('td', { colspan: 9, text: 'Chưa có khen thưởng nào trong sổ khen thưởng.' })]));
    }
    fillBody(byId('history-table'), rows);
    show(result, true);
  }

  /** The Department's calendar date of an instant, as yyyy-mm-dd. */
  function fmtInstantDate(iso) {
    const date = new Date(iso);
    if (isNaN(date.getTime())) {
      return iso;
    }
    return date.toLocaleDateString('en-CA', { timeZone: ZONE });
  }

  // ---------------------------------------------------------------- documents and their signed copies

  async function loadDocuments() {
    const section = byId('documents-section');
    show(byId('documents-problem'), false);
    if (state.year === null) {
      show(section, false);
      return;
    }
    let list;
    try {
      list = await getJson('cycles/' + encodeURIComponent(state.year) + '/documents');
    } catch (error) {
      show(section, false);
      return;
    }
    renderDocuments(list);
    show(section, true);
  }

  function renderDocuments(list) {
    const rows = list.map(function (d) {
      const kind = /\.pdf$/i.test(d.fileName) ? 'PDF' : '.docx';
      const files = [el('a', { href: '..' + d.download, download: '', text: kind })];
      if (kind !== 'PDF') {
        files.push(' · ');
        files.push(d.pdf && d.pdf.available
          ? el('a', { href: '..' + d.pdf.download, download: '', text: 'PDF để ký số' })
          : el('span', { className: 'hint', text: 'Chưa có PDF: ' + ((d.pdf && d.pdf.unavailableReason) || '') }));
      }
      return el('tr', null, [td(d.title), td(String(d.version)), td(fmtInstant(d.createdAt)), el('td', null, files),
        el('td', null, signedCell(d))]);
    });
    if (!rows.length) {
      rows.push(el('tr', null, [el('td', { colspan: 5, text: 'Năm này chưa có văn bản nào bạn được xem.' })]));
    }
    fillBody(byId('documents-table'), rows);
  }

  function signedCell(d) {
    if (d.signed) {
      return [el('span', { className: 'signed', text: d.signedText + '.' }), ' ',
        el('a', { href: '..' + d.signed.download, download: '', text: 'Tải bản đã ký' }), el('br'),
        el('small', { className: 'hint', title: d.signed.trustNote,
          text: 'Tải lên: ' + d.signed.uploadedBy + ', ' + fmtInstant(d.signed.uploadedAt)
            + '. Tổ chức cấp chứng thư số: ' + d.signed.issuer + ' (chưa kiểm tra chuỗi tin cậy).' })];
    }
    if (!state.overview || !d.pdf || !d.pdf.available) {
      return ['Chưa ký số'];
    }
    const status = el('span', { className: 'hint', 'aria-live': 'polite' });
    const input = el('input', { type: 'file', accept: 'application/pdf,.pdf', 'aria-label': 'Tệp PDF đã ký số của «' + d.title + '»' });
    const button = el('button', { type: 'button', text: 'Tải lên bản đã ký', onclick: function () { uploadSigned(d, input, status, button); } });
    return ['Chưa ký số. ', input, button, el('br'), status];
  }

  async function uploadSigned(d, input, status, button) {
    const file = input.files && input.files[0];
    if (!file) {
      status.textContent = 'Vui lòng chọn tệp PDF đã ký số.';
      return;
    }
    const form = new FormData();
    form.append('file', file);
    status.textContent = 'Đang kiểm tra chữ ký số…';
    button.disabled = true;
    let response;
    try {
      response = await fetch(API + 'documents/' + encodeURIComponent(d.id) + '/signed', {
        method: 'POST', credentials: 'same-origin', body: form,
        headers: withCsrf({ 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' })
      });
    } catch (e) {
      status.textContent = 'Không kết nối được với máy chủ. Vui lòng thử lại.';
      button.disabled = false;
      return;
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    button.disabled = false;
    if (!response.ok) {
      status.textContent = (body && typeof body.message === 'string' ? body.message
        : 'Máy chủ không nhận tệp (mã ' + response.status + ').');
      return;
    }
    await loadDocuments();
  }

  // ---------------------------------------------------------------- downloads

  function renderDownloads(stats) {
    const list = clear(byId('downloads'));
    const pair = function (label, path) {
      list.append(el('li', null, [label + ': ',
        el('a', { href: API + path.replace('{ext}', 'csv'), download: '', text: 'CSV' }), ' · ',
        el('a', { href: API + path.replace('{ext}', 'xlsx'), download: '', text: 'Excel' })]));
    };
    if (state.year !== null) {
      pair('Danh sách đề nghị khen thưởng năm ' + state.year + (state.overview ? '' : ' (của đơn vị bạn)'),
        'cycles/' + encodeURIComponent(state.year) + '/nominations.{ext}');
      pair('Sổ khen thưởng năm ' + state.year, 'awards.{ext}?year=' + encodeURIComponent(state.year));
    }
    pair('Sổ khen thưởng mọi năm', 'awards.{ext}');
    if (state.overview && stats) {
      pair('Thống kê từ năm ' + stats.from + ' đến năm ' + stats.to,
        'stats.{ext}?from=' + encodeURIComponent(stats.from) + '&to=' + encodeURIComponent(stats.to));
    }
    show(byId('exports-section'), true);
  }

  // ---------------------------------------------------------------- events

  document.addEventListener('DOMContentLoaded', function () {
    byId('year').addEventListener('change', function (event) {
      state.year = Number(event.target.value);
      const url = new URL(window.location.href);
      url.searchParams.set('year', String(state.year));
      window.history.replaceState(null, '', url);
      loadYear();
    });
    byId('year-form').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    byId('reload').addEventListener('click', function () {
      start();
    });
    byId('stats-form').addEventListener('submit', function (event) {
      event.preventDefault();
      loadStats();
    });
    byId('history-form').addEventListener('submit', function (event) {
      event.preventDefault();
      runLookup();
    });
    start();
  });
})();
