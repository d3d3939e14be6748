/** A hint: the handover date has passed and what the list orders handed over is still 未见公开记录. */
import { LIST, rec } from '../../helpers/fixture.ts';
import { type Records, ruleTester } from '../../helpers/rule-tester.ts';

const unknownChecklist = (r: Records) =>
  (rec(r, LIST).handover = {
    checklist: [
      { item: '事项名称', state: '未见公开记录' },
      { item: '专网审批系统', state: '未见公开记录' },
      { item: '专网审批系统', state: '未见公开记录', department: 'jtysj' },
      { item: '审批专用章', state: '已废止' },
    ],
  });

export default ruleTester('handover-unrecorded', {
  valid: [
    {
      name: 'says nothing on the due date itself',
      today: '2020-12-30',
      records: (r) => {
        for (const [path, record] of Object.entries(r)) if (path.startsWith('data/guides/')) record.reviewed = '2020-12-01';
        unknownChecklist(r);
      },
    },
    {
      name: 'says nothing when the list has no handover date',
      records: (r) => {
        delete rec(r, LIST).handoverBy;
        unknownChecklist(r);
      },
    },
    {
      name: 'says nothing when every item has a known state',
      records: (r) => (rec(r, LIST).handover = { checklist: [{ item: '证照', state: '已移交', date: '2020-12-29' }, { item: '审批专用章', state: '已废止' }] }),
    },
  ],
  invalid: [
    {
      name: 'gives one hint per list, after the due date, naming the items still unrecorded, without failing',
      records: unknownChecklist,
      problems: [
        {
          file: LIST,
          line: 27,
          col: 3,
          path: 'handover.checklist',
          message: ['交接截止日期 2020-12-30 已过', '仍有 3 项移交内容未见公开记录（事项名称、专网审批系统）', '改为已移交并填写移交人、接收人和日期'],
        },
      ],
    },
  ],
});
