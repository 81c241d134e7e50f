// The evidence upload page (/minh-chung/{task}): asks the API with the browser's Tasklist session, shows the task's
// files and uploads new ones. A file, so that the page's content security policy needs no inline script.
(function () {
  'use strict';
  var taskId = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop());
  var api = '/api/tasks/' + encodeURIComponent(taskId);
  var maxSizeMb = null;
  var $ = function (id) { return document.getElementById(id); };

  function show(id, visible) { $(id).hidden = !visible; }
  function problem(text) { $('problem').textContent = text || ''; show('problem', !!text); }

  function request(url, options) {
    options = options || {};
    options.credentials = 'same-origin';
    options.headers = { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' };
    if (options.method && options.method !== 'GET') {
      window.tdktWithCsrf(options.headers);
    }
    return fetch(url, options).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (response.ok) { return body; }
        var message = body && body.message ? body.message : 'Máy chủ từ chối yêu cầu (mã ' + response.status + ').';
        if (response.status === 401) {
          message = 'Bạn chưa đăng nhập. Vui lòng đăng nhập Tasklist (/camunda/app/tasklist/) trong trình duyệt này rồi mở lại trang.';
        }
        throw new Error(message);
      });
    });
  }

  function cell(row, content) { var td = document.createElement('td'); td.append(content); row.append(td); }

  function render(page) {
    $('task').textContent = 'Nhiệm vụ: ' + (page.taskName || page.taskId) + (page.open ? '' : ' (đã hoàn thành)');
    document.title = 'Minh chứng: ' + (page.taskName || page.taskId);
    maxSizeMb = page.maxSizeMb;
    $('file-hint').textContent = 'Chỉ nhận ' + page.accepted + '; tối đa ' + page.maxSizeMb
      + ' MB mỗi tệp. Loại tệp được kiểm tra theo nội dung, không theo phần mở rộng.';
    var body = $('files').querySelector('tbody');
    body.replaceChildren();
    page.files.forEach(function (f) {
      var row = document.createElement('tr');
      var link = document.createElement('a');
      link.href = f.downloadUrl;
      link.textContent = f.fileName;
      link.setAttribute('download', f.fileName);
      cell(row, link);
      cell(row, f.sizeText);
      cell(row, f.uploadedBy);
      cell(row, new Date(f.uploadedAt).toLocaleString('vi-VN'));
      cell(row, f.note || '');
      body.append(row);
    });
    show('files-section', true);
    show('files', page.files.length > 0);
    show('no-files', page.files.length === 0);
    show('upload-section', page.canUpload);
    show('closed', !page.canUpload);
  }

  function load() {
    return request(api + '/evidence-page').then(render).catch(function (e) {
      $('task').textContent = 'Không mở được minh chứng của nhiệm vụ.';
      problem(e.message);
    });
  }

  $('upload').addEventListener('submit', function (event) {
    event.preventDefault();
    problem('');
    $('status').textContent = '';
    var file = $('file').files[0];
    if (!file) { problem('Vui lòng chọn tệp minh chứng để tải lên.'); $('file').focus(); return; }
    if (maxSizeMb && file.size > maxSizeMb * 1024 * 1024) {
      problem('Tệp «' + file.name + '» vượt quá giới hạn ' + maxSizeMb + ' MB cho mỗi tệp minh chứng.');
      $('file').focus();
      return;
    }
    var data = new FormData();
    data.append('file', file);
    data.append('note', $('note').value);
    $('send').disabled = true;
    $('status').textContent = 'Đang tải lên…';
    request(api + '/evidence', { method: 'POST', body: data }).then(function (saved) {
      $('upload').reset();
      $('status').textContent = 'Đã tải lên «' + saved.fileName + '».';
      return load();
    }).catch(function (e) {
      $('status').textContent = '';
      problem(e.message);
      $('file').focus();
    }).then(function () { $('send').disabled = false; });
  });

  load();
}());
