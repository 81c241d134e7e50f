// Cockpit configuration for the Department's emulation-and-commendation system.
// Vietnamese is the default language; English stays selectable from the user menu (see ../tdkt/locale-switch.js).
// Every other Cockpit option (plugins, bpmnJs, batch operations, metrics...) keeps Cockpit's built-in default.
export default {
  app: {
    vendor: '',
    name: 'Thi đua – Khen thưởng'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // moment.js tokens. Cockpit shows seconds by default (it hard-codes an ISO format and ignores this option);
  // locale-switch.js applies these instead, seconds kept.
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm:ss',
    long: 'dddd, DD/MM/YYYY HH:mm:ss',
    short: 'DD/MM/YYYY'
  },
  // Path relative to app/cockpit/, ".js" is appended.
  customScripts: ['../tdkt/locale-switch']
};
