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
//
// And it translates the few texts of Camunda Forms (form-js, bundled in lib/deps.js) that Tasklist's locale files
// cannot reach: form-js 1.x writes the placeholder "Search" of a searchable select and of a tag list, and the
// dropdown's "No results" / "All values selected", as literals with no translation key (see FORM_JS_TEXTS).

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

// Camunda Forms in Tasklist: the English literals of form-js, by the language they are shown in.
const FORM_JS_TEXTS = {
  vi: {
    // placeholder of the searchable select (input.fjs-input) and of the tag list (input.fjs-taglist-input)
    Search: 'Tìm kiếm…',
    // .fjs-dropdownlist-empty under a searchable select or a tag list
    'No results': 'Không có kết quả',
    'All values selected': 'Đã chọn tất cả giá trị'
  }
};
const FORM_JS_PLACEHOLDERS = 'input.fjs-input[placeholder], input.fjs-taglist-input[placeholder]';
const FORM_JS_EMPTY_LISTS = '.fjs-dropdownlist-empty';

function translateFormJs(texts) {
  document.querySelectorAll(FORM_JS_PLACEHOLDERS).forEach(function(input) {
    const translated = texts[input.getAttribute('placeholder')];
    if (translated) {
      input.setAttribute('placeholder', translated);
    }
  });
  document.querySelectorAll(FORM_JS_EMPTY_LISTS).forEach(function(list) {
    list.childNodes.forEach(function(node) {
      // Change the text node form-js rendered (not replace it), so that its next render still finds it.
      const translated = node.nodeType === Node.TEXT_NODE && texts[node.nodeValue.trim()];
      if (translated) {
        node.nodeValue = translated;
      }
    });
  });
}

if (appName === 'tasklist' && FORM_JS_TEXTS[locale]) {
  const texts = FORM_JS_TEXTS[locale];
  translateFormJs(texts);
  // Forms render after the page (when a task is opened) and form-js sets the tag list's placeholder again when the
  // field turns editable: translate on every change; a translated text is no longer a key, so this settles at once.
  new MutationObserver(function() {
    translateFormJs(texts);
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder']
  });
}
