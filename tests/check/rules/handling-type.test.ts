/** Rule 14.1: 即办 ⇔ 即办件. */
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

/** Steps without their own limits, so that a promise of 0 days is not shorter than the steps. */
const noStepLimits = (g: Record<string, any>) => g.steps.forEach((s: Record<string, unknown>) => delete s.limit);

export default ruleTester('handling-type', {
  valid: [
    {
      name: 'accepts a 即办件 that finishes on the spot and says so',
      records: (r) => {
        const g = rec(r, GUIDE);
        noStepLimits(g);
        g.handlingType = '即办件';
        g.promisedLimit = { value: 0, unit: '工作日' };
        g.materials[1].notes = '材料齐全的当场办结';
      },
    },
    { name: 'accepts a 承诺件 with a promised limit and no such words', records: (r) => (rec(r, GUIDE).materials[1].notes = '受理后 5 个工作日内办结') },
  ],
  invalid: [
    {
      name: 'reports a 承诺件 promising 0 days, at its handling type',
      records: (r) => {
        const g = rec(r, GUIDE);
        noStepLimits(g);
        g.promisedLimit = { value: 0, unit: '工作日' };
      },
      problems: [{ file: GUIDE, line: 7, col: 15, path: 'handlingType', message: ['承诺时限为 0（当场办结）', '改为即办件'] }],
    },
    {
      name: 'reports a 承诺件 whose text promises handling on the spot',
      records: (r) => (rec(r, GUIDE).materials[1].notes = '材料齐全的即来即办'),
      problems: [{ file: GUIDE, line: 24, col: 12, path: 'materials[1].notes', message: ['“即来即办”', '办件类型却是承诺件'] }],
    },
  ],
});
