/** A hint: guide text that cites another matter's legal basis, not its own (copied from that matter's guide). */
import { GUIDE, MATTER, rec } from '../../helpers/fixture.ts';
import { type Records, ruleTester } from '../../helpers/rule-tester.ts';

const FILING_MATTER = 'data/matters/141021002000.yaml';
const MONITORING = '道路运输车辆动态监督管理办法';

/** The filing matter gets a basis of its own, which the licence's guide does not share. */
function filingHasItsOwnLaw(r: Records): void {
  rec(r, FILING_MATTER).legalBasis = [{ law: MONITORING, articles: '第十条' }];
}

export default ruleTester('copied-basis', {
  valid: [
    {
      name: 'accepts a general law that is no matter’s basis',
      records: (r) => {
        filingHasItsOwnLaw(r);
        rec(r, GUIDE).conditions = ['申请材料真实（《中华人民共和国行政许可法》第三十一条）'];
      },
    },
    {
      name: 'accepts a law that is another matter’s basis and the guide’s own as well',
      records: (r) => (rec(r, GUIDE).conditions = ['有合格的客车（《中华人民共和国道路运输条例》第八条）']),
    },
    {
      name: 'accepts a law of the parent matter in a sub-item’s guide',
      records: (r) => {
        filingHasItsOwnLaw(r);
        rec(r, MATTER).legalBasis.push({ law: MONITORING });
        rec(r, GUIDE).conditions = [`车辆已接入监控平台（《${MONITORING}》）`];
      },
    },
    {
      name: 'accepts a law the guide names in its implementation basis',
      records: (r) => {
        filingHasItsOwnLaw(r);
        const g = rec(r, GUIDE);
        g.implementationBasis = [{ law: MONITORING, articles: '第十条' }];
        g.conditions = [`车辆已接入监控平台（《${MONITORING}》）`];
      },
    },
  ],
  invalid: [
    {
      name: 'warns about a condition citing another matter’s basis, without failing',
      records: (r) => {
        filingHasItsOwnLaw(r);
        rec(r, GUIDE).conditions = [`车辆已接入监控平台（《${MONITORING}》第十条）`];
      },
      problems: [
        {
          file: GUIDE,
          line: 10,
          col: 5,
          path: 'conditions[0]',
          message: [`引用的《${MONITORING}》是“道路运输企业监控平台备案”（141021002000）的设定依据`, '“新增客运班线经营许可”（140121001003）', 'implementationBasis'],
        },
      ],
    },
    {
      name: 'warns about material notes and FAQ answers, once per law and text',
      records: (r) => {
        filingHasItsOwnLaw(r);
        const g = rec(r, GUIDE);
        g.materials[1].notes = `按《${MONITORING}》和《 ${MONITORING} 》提交`;
        g.faq = [{ q: '要接入监控平台吗？', a: `要，见《${MONITORING}》。` }];
      },
      problems: [
        { file: GUIDE, line: 24, col: 12, path: 'materials[1].notes', message: `《${MONITORING}》` },
        { file: GUIDE, line: 62, col: 8, path: 'faq[0].a', message: '141021002000' },
      ],
    },
  ],
});
