/*
 * A change made with the browser session carries the session's CSRF token: the server puts it in a cookie that only
 * this site's pages can read, and checks it against the header on every change (security/ApiSecurityConfiguration).
 */
'use strict';

window.tdktWithCsrf = function (headers) {
  const prefix = 'TDKT-XSRF-TOKEN=';
  const cookie = document.cookie.split('; ').find(c => c.startsWith(prefix));
  if (cookie) {
    headers['X-TDKT-XSRF-TOKEN'] = decodeURIComponent(cookie.substring(prefix.length));
  }
  return headers;
};
