/** Rule 0 (hint): a major change of a guide since the last release needs a release that notes it. */
import { FILING_GUIDE_FILE, GUIDE, LICENCE_GUIDE, type baseRecords, rec, releaseRecord } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

type Records = ReturnType<typeof baseRecords>;
const RELEASE = 'data/releases/140525/2020-12-24-a.yaml';
const NEXT = 'data/releases/140525/2021-03-01-b.yaml';

const release = (id: string, date: string, extra: Record<string, unknown> = {}) => releaseRecord(id, date, { publishes: { transfers: ['a'] }, ...extra });

/** The fixture with its release: the catalogue as it stood when the release was committed. */
const released = (r: Records) => {
  r[RELEASE] = release('2020-12-24-a', '2020-12-24');
};
const committed = { files: [RELEASE], records: released };
const moreMaterials = (r: Records) => {
  released(r);
  rec(r, GUIDE).materials.push({ name: '安全生产管理制度文本', required: true, form: '原件', copies: 1, source: '申请人自备' });
};

export default ruleTester('major-change', {
  valid: [
    { name: 'says nothing without history to compare with', records: moreMaterials },
    { name: 'accepts a guide as the last release published it', records: released, addedIn: committed },
    {
      name: 'accepts a change that leaves the major fields alone',
      records: (r) => {
        released(r);
        rec(r, GUIDE).hours = '法定工作日 9:00—17:00';
      },
      addedIn: committed,
    },
    {
      name: 'accepts a major change that a later release notes',
      records: (r) => {
        moreMaterials(r);
        r[NEXT] = release('2021-03-01-b', '2021-03-01', { class: '更正', publishes: { transfers: [] }, majorChanges: [{ guide: LICENCE_GUIDE, note: '增加安全生产管理制度文本。' }] });
      },
      addedIn: committed,
    },
    {
      name: 'accepts a guide the last release did not yet publish',
      records: released,
      addedIn: { files: [RELEASE], records: (r) => { released(r); delete r[FILING_GUIDE_FILE]; } },
    },
  ],
  invalid: [
    {
      name: 'reports materials changed since the last release',
      records: moreMaterials,
      addedIn: committed,
      problems: [{ file: GUIDE, line: 11, col: 1, path: 'materials', message: ['自上次发布（发布 2020-12-24-a，2020年12月24日）以来', '申请材料有变化，属于重大变更', 'majorChanges'] }],
    },
    {
      name: 'names every major field that changed, at the first of them',
      records: (r) => {
        released(r);
        rec(r, GUIDE).conditions.push('有健全的安全生产管理制度');
        rec(r, GUIDE).free = false;
        rec(r, GUIDE).fees = [{ item: '工本费', standard: '10 元', basis: '晋价费字〔2020〕1号' }];
        rec(r, GUIDE).promisedLimit = { value: 10, unit: '工作日' };
      },
      addedIn: committed,
      problems: [{ file: GUIDE, line: 9, col: 1, path: 'conditions', message: '受理条件、承诺办结时限、是否免费、收费项目有变化' }],
    },
    {
      name: 'a note for another guide does not cover this one',
      records: (r) => {
        moreMaterials(r);
        r[NEXT] = release('2021-03-01-b', '2021-03-01', { publishes: { transfers: [] }, majorChanges: [{ guide: rec(r, FILING_GUIDE_FILE).code, note: '说明。' }] });
      },
      addedIn: committed,
      problems: [{ file: GUIDE, line: 11, col: 1, path: 'materials', message: '申请材料有变化' }],
    },
  ],
});
