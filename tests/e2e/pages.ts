/** One page of every type the site has, for the accessibility, layout and isolation tests. */
export const PAGE_TYPES: readonly { type: string; path: string }[] = [
  { type: '首页', path: '/' },
  { type: '事项目录', path: '/matters/' },
  { type: '事项', path: '/matters/140121001000/' },
  { type: '子项', path: '/matters/140121001003/' },
  { type: '办事指南目录', path: '/guides/' },
  { type: '办事指南', path: '/guides/140525/11140525MB195120394140121001003/' },
  { type: '划转清单目录', path: '/transfers/' },
  { type: '划转清单', path: '/transfers/140525/first-batch/' },
  { type: '职责边界', path: '/responsibilities/140525/140121001003/' },
  { type: '部门', path: '/departments/140525/xzspj/' },
  { type: '政策文件', path: '/notices/shanxi-2020-99/' },
  { type: '通办', path: '/tongban/' },
  { type: '查找', path: '/search/' },
  { type: '查找（有结果）', path: '/search/?q=%E4%BA%BA%E9%98%B2%E5%B7%A5%E7%A8%8B' },
  { type: '表格目录', path: '/forms/' },
  { type: '表格', path: '/forms/passenger-line-application/' },
  { type: '表格样表', path: '/forms/passenger-line-application/sample/' },
  { type: '版本历史', path: '/versions/' },
  { type: '开放数据', path: '/open-data/' },
];

export const VIEWPORTS = [
  { width: 375, height: 800 },
  { width: 1280, height: 900 },
] as const;
