/** Rule 1: required elements, types and code lists (the loader applies the zod schemas). */
import { FILING, FORM, GUIDE, LIST, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const NOTICE_FILE = 'src/content/notices/n1.mdx';
const FILING_MATTER = `data/matters/${FILING}.yaml`;
const JURISDICTION = 'data/jurisdictions/140500.yaml';

export default ruleTester('schema', {
  valid: [
    { name: 'accepts the implementation-list elements from their code lists', records: (r) => Object.assign(rec(r, GUIDE), { exerciseLevel: '县级', implementerNature: '法定机关' }) },
    {
      name: 'accepts a list’s handover, filings and the jurisdiction’s filing period',
      records: (r) => {
        Object.assign(rec(r, LIST), {
          handover: {
            checklist: [{ item: '专网审批系统', state: '已移交', department: 'jtysj', handedOverBy: '县交通运输局', receivedBy: '县行政审批服务管理局', date: '2020-12-29', note: '据交接单' }],
            liaisons: [{ department: 'jtysj', role: '审批事项划转移交工作联络员', name: '未公开' }],
            note: '据交接记录',
          },
          filings: [{ to: '晋城市人民政府', by: '泽州县人民政府', date: '2020-12-31', docNumber: '泽政函〔2020〕1号', copies: ['县委编办'] }],
        });
        rec(r, JURISDICTION).transferFiling = { days: 10, applies: '清单调整', to: '晋城市人民政府', basis: 'n1', note: '调整后备案' };
      },
    },
    {
      name: 'accepts facts said to be unpublished, with where to ask, and a hotline with its area code',
      records: (r) => {
        const ask = { unpublished: true, ask: '拨打 0356-12345 询问' };
        Object.assign(rec(r, GUIDE), { address: ask, room: ask, appointment: ask, express: ask });
        rec(r, GUIDE).phones = { consultation: ask, complaint: '0356-12345' };
        rec(r, GUIDE).result.sample = ask;
      },
    },
    {
      name: 'accepts special procedures and intermediaries',
      records: (r) =>
        Object.assign(rec(r, GUIDE), {
          specialProcedures: [
            { name: '专家评审', limit: { value: 10, unit: '工作日' }, basis: '《中华人民共和国行政许可法》第四十五条', counted: false },
            { name: '建造检验', limit: '与制造同时进行，至完工为止', basis: '《中华人民共和国渔业船舶检验条例》', counted: false },
          ],
          intermediaries: [{ name: '车辆检验检测', basis: { unpublished: true, ask: '向窗口询问' }, required: true }],
        }),
    },
  ],
  invalid: [
    {
      name: 'reports a missing required element with its documentation',
      records: (r) => delete rec(r, GUIDE).place,
      problems: [{ file: GUIDE, line: 2, col: 1, path: 'place', message: ['缺少必填要素', '办理地点'] }],
    },
    {
      name: 'reports a wrong type at the value',
      records: (r) => (rec(r, GUIDE).visits = '一次'),
      problems: [{ file: GUIDE, line: 48, col: 9, path: 'visits', message: '应为数字' }],
    },
    {
      name: 'locates the problem on the line and column of the value',
      records: (r) => (rec(r, GUIDE).visits = 'x'),
      problems: [{ file: GUIDE, line: 48, col: 'visits: '.length + 1, path: 'visits', message: '应为数字' }],
    },
    {
      name: 'reports a value outside a code list and lists the options',
      records: (r) => (rec(r, GUIDE).handlingType = '即时件'),
      problems: [{ file: GUIDE, line: 7, col: 15, path: 'handlingType', message: '即办件、承诺件' }],
    },
    {
      name: 'checks the implementation-list elements against their code lists',
      records: (r) => Object.assign(rec(r, GUIDE), { exerciseLevel: '区级', implementerNature: '法定机关' }),
      problems: [{ file: GUIDE, line: 7, col: 16, path: 'exerciseLevel', message: '县级' }],
    },
    {
      name: 'names the field in Chinese and guesses a near miss',
      records: (r) => (rec(r, GUIDE).handlingType = '承诺'),
      problems: [{ file: GUIDE, line: 7, col: 15, path: 'handlingType', message: ['办件类型（handlingType）', '是不是“承诺件”'] }],
    },
    {
      name: 'reports a missing code-list element as missing, with its options',
      records: (r) => delete rec(r, GUIDE).materials[1].form,
      problems: [{ file: GUIDE, line: 18, col: 5, path: 'materials[1].form', message: /^缺少必填要素 材料形式（form），请补上。可选值：原件、/ }],
    },
    {
      name: 'suggests the label for a spelling used in published notices (其他权力)',
      records: (r) => (rec(r, FILING_MATTER).type = '其他权力'),
      problems: [{ file: FILING_MATTER, line: 7, col: 7, path: 'type', message: '应写作“其他行政权力”' }],
    },
    {
      name: 'reports an unknown (misspelt) element by its own key, not its parent',
      records: (r) => (rec(r, GUIDE).palce = '政务服务中心'),
      problems: [{ file: GUIDE, line: 62, col: 8, path: 'palce', message: ['不认识的要素', 'place'] }],
    },
    {
      name: 'reports a missing element that may be unpublished as missing, not as a bad format',
      records: (r) => delete rec(r, GUIDE).phones.consultation,
      problems: [{ file: GUIDE, line: 39, col: 1, path: 'phones.consultation', message: ['缺少必填要素', '咨询电话', 'unpublished: true'] }],
    },
    {
      name: 'reports a malformed phone by the phone’s own message',
      records: (r) => (rec(r, GUIDE).phones.consultation = '3021234'),
      problems: [{ file: GUIDE, line: 40, col: 17, path: 'phones.consultation', message: '电话应写作“区号-号码”' }],
    },
    {
      name: 'reports an “unpublished” statement without where to ask',
      records: (r) => (rec(r, GUIDE).room = { unpublished: true }),
      problems: [{ file: GUIDE, line: 37, col: 1, path: 'room.ask', message: ['缺少必填要素', '可以向哪里询问'] }],
    },
    {
      name: 'checks the online depth and the exercise mode against their code lists',
      records: (r) => Object.assign(rec(r, GUIDE), { onlineDepth: 'Ⅳ', exerciseMode: '依职责' }),
      problems: [
        { file: GUIDE, line: 50, col: 14, path: 'onlineDepth', message: ['网上办理深度', '互联网咨询、互联网收件'] },
        { file: GUIDE, line: 51, col: 15, path: 'exerciseMode', message: ['行使方式（exerciseMode）', '依申请、依职权'] },
      ],
    },
    {
      name: 'reports an empty file',
      files: (f) => (f['data/forms/empty.yaml'] = ''),
      problems: [{ file: 'data/forms/empty.yaml', line: 1, col: 1, path: '', message: '文件是空的' }],
    },
    {
      name: 'checks notice front matter',
      files: (f) => (f[NOTICE_FILE] = (f[NOTICE_FILE] as string).replace('date: 2020-12-24', 'date: 2020年12月24日')),
      problems: [{ file: NOTICE_FILE, line: 4, col: 7, path: 'date', message: 'YYYY-MM-DD' }],
    },
    {
      name: 'reports a notice without front matter',
      files: (f) => (f['src/content/notices/n2.mdx'] = '要点。\n'),
      problems: [{ file: 'src/content/notices/n2.mdx', line: 1, col: 1, path: '', message: '缺少以 --- 包围的元数据' }],
    },
    {
      name: 'reports a handover item outside its code list, with the options',
      records: (r) => (rec(r, LIST).handover = { checklist: [{ item: '印章', state: '已移交' }] }),
      problems: [{ file: LIST, line: 28, col: 13, path: 'handover.checklist[0].item', message: ['移交内容', '审批专用章'] }],
    },
    {
      name: 'reports a handover state outside its code list',
      records: (r) => (rec(r, LIST).handover = { checklist: [{ item: '证照', state: '已完成' }] }),
      problems: [{ file: LIST, line: 29, col: 14, path: 'handover.checklist[0].state', message: ['移交状态', '未见公开记录'] }],
    },
    {
      name: 'reports a liaison without a name: an unpublished one is written 未公开',
      records: (r) => (rec(r, LIST).handover = { checklist: [{ item: '证照', state: '不适用' }], liaisons: [{ department: 'jtysj', role: '联络员' }] }),
      problems: [{ file: LIST, line: 31, col: 7, path: 'handover.liaisons[0].name', message: ['缺少必填要素', '未公开'] }],
    },
    {
      name: 'reports a filing without a date',
      records: (r) => (rec(r, LIST).filings = [{ to: '晋城市人民政府' }]),
      problems: [{ file: LIST, line: 27, col: 5, path: 'filings[0].date', message: ['缺少必填要素', '报送备案的日期'] }],
    },
    {
      name: 'reports a filing period of no days',
      records: (r) => (rec(r, JURISDICTION).transferFiling = { days: 0, to: '晋城市人民政府', basis: 'n1' }),
      problems: [{ file: JURISDICTION, line: 6, col: 9, path: 'transferFiling.days', message: '“days” 不能小于 1' }],
    },
    {
      name: 'reports a wrong type in a form',
      records: (r) => (rec(r, FORM).issuer = 42),
      problems: [{ file: FORM, line: 4, col: 9, path: 'issuer', message: ['应为文字', '现为'] }],
    },
  ],
});
