/** Rule 8: what the bureau holds has a guide and a responsibility division; guides name the current holder. */
import { FILING, FILING_GUIDE_FILE, GUIDE, LICENCE, LINE_CREDIT, LIST, rec } from '../../helpers/fixture.ts';
import { type Records, ruleTester } from '../../helpers/rule-tester.ts';

/** A later list that returns the monitoring-platform filing (FILING) to the transport bureau. */
const returnOfFiling = () => ({
  id: 'b',
  jurisdiction: '140525',
  title: '划回通知',
  issuer: '泽州县人民政府',
  date: '2021-06-01',
  entries: [{ matter: FILING, name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }],
});

const RETURN_LIST = 'data/transfers/140525/b.yaml';

/** Drops the list entry that moved `code` to the bureau (and the count it declared). */
function unlist(r: Records, code: string): void {
  const list = rec(r, LIST);
  list.entries = list.entries.filter((e: { matter: string }) => e.matter !== code);
  list.declared.in.matters = list.entries.length;
}

export default ruleTester('held-coverage', {
  valid: [
    {
      name: 'needs no guide for a matter returned to its department',
      records: (r) => {
        r[RETURN_LIST] = returnOfFiling();
        delete r[FILING_GUIDE_FILE];
        delete r[`data/responsibilities/140525/${FILING}.yaml`];
      },
    },
    {
      name: 'accepts a bureau guide for a sub-item whose parent matter a list moved to the bureau',
      records: (r) => {
        const entry = rec(r, LIST).entries[0];
        entry.matter = '140121001000';
        entry.name = '道路旅客运输经营许可';
        const division = rec(r, `data/responsibilities/140525/${LICENCE}.yaml`);
        delete r[`data/responsibilities/140525/${LICENCE}.yaml`];
        r['data/responsibilities/140525/140121001000.yaml'] = { ...division, matter: '140121001000' };
      },
    },
    {
      name: 'accepts a guide of the line department for a matter no list names',
      records: (r) => {
        unlist(r, FILING);
        const g = rec(r, FILING_GUIDE_FILE);
        g.department = 'jtysj';
        g.code = `${LINE_CREDIT}4${FILING}`;
        delete r[`data/responsibilities/140525/${FILING}.yaml`];
      },
    },
  ],
  invalid: [
    {
      name: 'reports a bureau guide for a matter no list moved to the bureau, naming the missing list',
      records: (r) => unlist(r, FILING),
      problems: [
        {
          file: FILING_GUIDE_FILE,
          line: 6,
          col: 13,
          path: 'department',
          message: ['没有任何已公布的划转清单把“道路运输企业监控平台备案”（141021002000）划转到泽州县行政审批服务管理局', '“xzspj”', 'data/transfers/140525/', '划转清单', '改正实施部门'],
        },
      ],
    },
    {
      name: 'reports a bureau guide for a sub-item when no list moved it or its parent matter',
      records: (r) => unlist(r, LICENCE),
      problems: [
        {
          file: GUIDE,
          line: 6,
          col: 13,
          path: 'department',
          message: ['“新增客运班线经营许可”（140121001003）及其所属事项“道路旅客运输经营许可”（140121001000）', 'data/transfers/140525/'],
        },
      ],
    },
    {
      name: 'reports a held matter without a guide, at the list entry that moved it',
      records: (r) => delete r[FILING_GUIDE_FILE],
      problems: [{ file: LIST, line: 20, col: 13, path: 'entries[1].matter', message: ['“道路运输企业监控平台备案”（141021002000）在 140525 没有办事指南', 'data/guides/140525/'] }],
    },
    {
      name: 'reports a held matter without a responsibility division',
      records: (r) => delete r[`data/responsibilities/140525/${LICENCE}.yaml`],
      problems: [{ file: LIST, line: 14, col: 13, path: 'entries[0].matter', message: ['没有职责边界', 'data/responsibilities/140525/'] }],
    },
    {
      name: 'reports a guide whose department is not the current holder',
      records: (r) =>
        (r[RETURN_LIST] = returnOfFiling()),
      problems: [{ file: FILING_GUIDE_FILE, line: 6, col: 13, path: 'department', message: ['现由泽州县交通运输局实施', '“xzspj”'] }],
    },
  ],
});
