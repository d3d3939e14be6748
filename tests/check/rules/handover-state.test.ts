/** Rule 7: a list's handover is complete by its handoverBy (2020-12-30 in the fixture), or says why not. */
import { LIST, rec } from '../../helpers/fixture.ts';
import { type Records, ruleTester } from '../../helpers/rule-tester.ts';

type Item = Record<string, unknown>;
const withChecklist = (r: Records, ...checklist: Item[]) => (rec(r, LIST).handover = { checklist });
/** For a "today" in 2020: the fixture's guides, reviewed in 2026, would otherwise be reviewed "in the future". */
const reviewedIn2020 = (r: Records) => {
  for (const [path, record] of Object.entries(r)) if (path.startsWith('data/guides/')) record.reviewed = '2020-12-01';
};
// The fixture list ends with its entries: `handover` follows on line 26, its first item on line 28.
const row = (i: number, field: string, line: number, col: number, message: string | string[]) => ({
  file: LIST,
  line,
  col,
  path: `handover.checklist[${i}].${field}`,
  message,
});

export default ruleTester('handover-state', {
  valid: [
    {
      name: 'accepts a handover completed on the due date, the seal abolished and an item that does not apply',
      records: (r) =>
        withChecklist(
          r,
          { item: '专网审批系统', state: '已移交', handedOverBy: '县交通运输局', receivedBy: '县行政审批服务管理局', date: '2020-12-30' },
          { item: '审批专用章', state: '已废止', date: '2020-12-30' },
          { item: '审批专家库', state: '不适用' },
        ),
    },
    {
      name: 'accepts an item not yet handed over on the due date itself',
      today: '2020-12-30',
      records: (r) => {
        reviewedIn2020(r);
        withChecklist(r, { item: '证照', state: '未移交' });
      },
    },
    {
      name: 'accepts an item still not handed over after the due date when it is marked overdue with a reason',
      records: (r) => withChecklist(r, { item: '专网审批系统', state: '未移交', overdue: { reason: '省级专网账号尚未开通' } }),
    },
    {
      name: 'accepts a late handover marked overdue with a reason',
      records: (r) => withChecklist(r, { item: '文书', state: '已移交', date: '2021-01-08', overdue: { reason: '档案整理延期' } }),
    },
    {
      name: 'judges nothing overdue when the list has no handover date',
      records: (r) => {
        delete rec(r, LIST).handoverBy;
        withChecklist(r, { item: '证照', state: '未移交' }, { item: '文书', state: '已移交', date: '2021-03-01' });
      },
    },
  ],
  invalid: [
    {
      name: 'reports an item still not handed over after the due date, as of today',
      records: (r) => withChecklist(r, { item: '事项名称', state: '已移交', date: '2020-12-28' }, { item: '专网审批系统', state: '未移交', department: 'jtysj' }),
      problems: [row(1, 'state', 32, 14, ['泽州县交通运输局的专网审批系统应于交接截止日期 2020-12-30 前移交', '到 2026-11-23 仍未移交', 'overdue.reason'])],
    },
    {
      name: 'counts the due date from the injected today',
      today: '2020-12-31',
      records: (r) => {
        reviewedIn2020(r);
        withChecklist(r, { item: '证照', state: '未移交' });
      },
      problems: [row(0, 'state', 29, 14, ['证照应于交接截止日期 2020-12-30 前移交', '到 2020-12-31 仍未移交'])],
    },
    {
      name: 'reports a handover dated after the due date without a reason',
      records: (r) => withChecklist(r, { item: '文书', state: '已移交', date: '2021-01-08' }),
      problems: [row(0, 'date', 30, 13, ['文书的移交日期 2021-01-08 晚于交接截止日期 2020-12-30', 'overdue.reason'])],
    },
    {
      name: 'reports an overdue mark on an item handed over on time',
      records: (r) => withChecklist(r, { item: '文书', state: '已移交', date: '2020-12-29', overdue: { reason: '延期' } }),
      problems: [row(0, 'overdue', 31, 7, ['文书标注了逾期', '移交日期 2020-12-29 没有晚于交接截止日期 2020-12-30', '删除 overdue'])],
    },
    {
      name: 'reports an overdue mark before the due date has passed',
      today: '2020-12-28',
      records: (r) => {
        reviewedIn2020(r);
        withChecklist(r, { item: '证照', state: '未移交', overdue: { reason: '延期' } });
      },
      problems: [row(0, 'overdue', 30, 7, ['证照标注了逾期', '交接截止日期 2020-12-30 还没有过（今天是 2020-12-28）'])],
    },
    {
      name: 'reports an overdue mark on a list without a handover date',
      records: (r) => {
        delete rec(r, LIST).handoverBy;
        withChecklist(r, { item: '证照', state: '未移交', overdue: { reason: '延期' } });
      },
      problems: [row(0, 'overdue', 29, 7, '清单没有交接截止日期 handoverBy')],
    },
    {
      name: 'reports an overdue mark on an item whose state is unknown',
      records: (r) => withChecklist(r, { item: '证照', state: '未见公开记录', overdue: { reason: '延期' } }),
      problems: [
        row(0, 'overdue', 30, 7, '状态是“未见公开记录”'),
        { rule: 'handover-unrecorded', file: LIST, line: 27, col: 3, path: 'handover.checklist', message: '未见公开记录（证照）' },
      ],
    },
    {
      name: 'reports the approval seal as handed over: it is abolished',
      records: (r) => withChecklist(r, { item: '审批专用章', state: '已移交', date: '2020-12-28' }),
      problems: [row(0, 'state', 29, 14, ['审批专用章废止而不移交', '已废止'])],
    },
    {
      name: 'reports an item other than the seal as abolished',
      records: (r) => withChecklist(r, { item: '证照', state: '已废止' }),
      problems: [row(0, 'state', 29, 14, '只有审批专用章可以是“已废止”，证照应当移交')],
    },
  ],
});
