// Tasklist configuration for the Department's emulation-and-commendation system.
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
  // moment.js tokens
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  // Path relative to app/tasklist/, ".js" is appended.
  customScripts: ['../tdkt/locale-switch', '../tdkt/secret-fields'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Nhận việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Chuyển đến ô nhập liệu đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Mở hộp thoại bắt đầu quy trình'
    }
  }
};
