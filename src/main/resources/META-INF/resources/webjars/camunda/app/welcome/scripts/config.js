// Welcome (start page) configuration for the Department's emulation-and-commendation system.
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
  // Path relative to app/welcome/, ".js" is appended.
  customScripts: ['../tdkt/locale-switch'],
  // The application's own pages, shown under "Liên kết".
  links: [
    {
      label: 'Bảng điều hành thi đua',
      href: '/dashboard/',
      description: 'Tiến độ chu trình thi đua năm: đăng ký, báo cáo của các đơn vị, đề nghị khen thưởng'
    },
    {
      label: 'Công bố khen thưởng (công khai)',
      href: '/cong-bo',
      description: 'Danh sách đề nghị và kết quả khen thưởng được công khai'
    },
    {
      label: 'Tài liệu API',
      href: '/swagger-ui/index.html',
      description: 'Mô tả các dịch vụ REST của hệ thống, dành cho cán bộ kỹ thuật'
    }
  ]
};
