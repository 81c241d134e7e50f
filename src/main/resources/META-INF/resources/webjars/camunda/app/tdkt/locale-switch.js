// Language of the Camunda webapps (Welcome, Tasklist, Cockpit, Admin).
//
// Out of the box the webapps take the browser's first language when it is one of
// `locales.availableLocales`, so an English browser would get English even though the Department works in
// Vietnamese. This script, loaded by each app's config.js through `customScripts`, makes the app start in
// `locales.fallbackLocale` (Vietnamese) for every browser unless the user picked another language. The choice
// is offered in the user menu and in the footer (the footer also shows on the login page) and is kept in
// localStorage, so it holds for all four apps on this server.
//
// It also applies config.js `dateFormat` in every app: only Tasklist reads it by itself.

const STORAGE_KEY = 'tdkt.locale';
const LANGUAGE_NAMES = {vi: 'Tiếng Việt', en: 'English'};

const appName = (document.querySelector('base') || document.documentElement).getAttribute('app-name');
const conf = appName ? window['cam' + appName[0].toUpperCase() + appName.slice(1) + 'Conf'] || {} : {};
const locales = conf.locales || {};
const available = locales.availableLocales || ['vi'];
const defaultLocale = locales.fallbackLocale || available[0];

function storedLocale() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null;
  }
}

const chosen = storedLocale();
const locale = available.indexOf(chosen) >= 0 ? chosen : defaultLocale;
const others = available.filter(function(key) {
  return key !== locale;
});

document.documentElement.setAttribute('lang', locale);

function switchLink(key, withIcon) {
  return (
    '<a href data-tdkt-locale="' + key + '" lang="' + key + '">' +
    (withIcon ? '<span class="glyphicon glyphicon-globe"></span> ' : '') +
    (LANGUAGE_NAMES[key] || key) +
    '</a>'
  );
}

// Entries placed above "Log out" in the user menu.
const menuEntries = others
  .map(function(key) {
    return '<li class="tdkt-locale">' + switchLink(key, true) + '</li>';
  })
  .join('');

// Links appended to the footer line "Powered by Camunda / version".
const footerLinks = others
  .map(function(key) {
    return ' · ' + switchLink(key, false);
  })
  .join('');

function decorateTemplate($provide, $injector, directive, marker, insertion, before) {
  if (!insertion || !$injector.has(directive + 'DirectiveProvider')) {
    return;
  }
  $provide.decorator(directive + 'Directive', [
    '$delegate',
    function($delegate) {
      const definition = $delegate[0];
      if (typeof definition.template === 'string' && definition.template.indexOf(marker) >= 0) {
        definition.template = definition.template.replace(
          marker,
          before ? insertion + marker : marker + insertion
        );
      }
      return $delegate;
    }
  ]);
}

function configure($injector, $provide) {
  if ($injector.has('$translateProvider')) {
    // Runs after the app's own configuration, which chose the language from the browser.
    // The fallback language is the chosen one too: only one locale file is loaded, so the date
    // locale (defined from the loaded file) always matches the labels.
    $injector.get('$translateProvider').preferredLanguage(locale).fallbackLanguage(locale);
  }

  const formats = conf.dateFormat || {};
  if ($injector.has('camDateFormatProvider')) {
    const camDateFormat = $injector.get('camDateFormatProvider');
    Object.keys(formats).forEach(function(kind) {
      camDateFormat.setDateFormat(formats[kind], kind);
    });
  }

  decorateTemplate($provide, $injector, 'camWidgetHeader', '<li class="logout">',
    menuEntries && menuEntries + '<li class="divider"></li>', true);
  decorateTemplate($provide, $injector, 'camWidgetFooter', '<span class="version">{{version}}</span>',
    footerLinks, false);
}

let customModule = null;
try {
  customModule = window.angular.module('cam.' + appName + '.custom');
} catch (e) {
  // The app did not create its custom module: keep the browser-based language.
  console.warn('tdkt locale-switch: no module cam.' + appName + '.custom, language not forced', e);
}

if (customModule) {
  // cam.<app>.custom is bootstrapped after the app module, so this runs after the app's own configuration.
  customModule.config(['$injector', '$provide', configure]);

  document.addEventListener('click', function(event) {
    const link = event.target && event.target.closest ? event.target.closest('[data-tdkt-locale]') : null;
    if (!link) {
      return;
    }
    event.preventDefault();
    try {
      window.localStorage.setItem(STORAGE_KEY, link.getAttribute('data-tdkt-locale'));
    } catch (e) {
      // Storage disabled: the language cannot be remembered.
    }
    window.location.reload();
  });
}
