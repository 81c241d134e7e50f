// Admin configuration for the Department's emulation-and-commendation system.
// Vietnamese is the default language; English stays selectable from the user menu (see ../tdkt/locale-switch.js).
export default {
  app: {
    vendor: '',
    name: 'Thi đua – Khen thưởng'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // moment.js tokens; Admin itself ignores this option, locale-switch.js applies it.
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  // Path relative to app/admin/, ".js" is appended.
  customScripts: ['../tdkt/locale-switch']
};
