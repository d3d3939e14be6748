/** Rule 9: a retained pre-review cites the law that requires it. */
import { LICENCE, rec } from '../../helpers/fixture.ts';
import { ruleTester } from '../../helpers/rule-tester.ts';

const RESP = `data/responsibilities/140525/${LICENCE}.yaml`;

export default ruleTester('prereview-basis', {
  valid: [
    {
      name: 'accepts a retained pre-review that cites its law',
      records: (r) => (rec(r, RESP).preReview = { status: '保留', basis: [{ law: '中华人民共和国渔业船舶检验条例', articles: '第八条' }] }),
    },
  ],
  invalid: [
    {
      name: 'reports a retained pre-review without a legal basis',
      records: (r) => (rec(r, RESP).preReview = { status: '保留' }),
      problems: [{ file: RESP, line: 21, col: 1, path: 'preReview.basis', message: '没有写明要求初审的法律、法规' }],
    },
  ],
});
