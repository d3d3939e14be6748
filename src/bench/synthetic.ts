/**
 * A synthetic province-scale catalogue for measuring the checker and the build at sizes the demo
 * never reaches (see docs/ARCHITECTURE.md, Benchmarks). `generateSyntheticCatalogue({ guides, seed })`
 * writes into a new temporary folder a catalogue that passes every error rule: a province, its
 * cities and counties with distinct division codes; per county an approval bureau and the line
 * departments, each with a GB 32100 credit code whose check character is right; a shared basic
 * catalogue of matters; 200 guides per county whose implementation codes are the department's
 * credit code + the county level digit + the basic code; a responsibility division per guide; and
 * per county a first transfer list that moves most matters to the bureau and an adjustment that
 * moves a few back, so the guides' departments are the holders the lists give.
 *
 * Text fields have the shape and size of the demo's guides and vary with the seed; the same seed
 * and size always give the same bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CREDIT_CHARSET, IMPLEMENTATION_LEVEL_DIGIT, creditCheckChar } from '../domain/code-formats.ts';
import { fastCanonical } from '../io/fast-canonical.ts';

export interface SyntheticOptions {
  /** How many guides (办事指南); counties of GUIDES_PER_COUNTY guides are added until there are this many. */
  readonly guides: number;
  readonly seed?: number;
  /** The folder to write into (created if missing); default a new temporary folder. */
  readonly dir?: string;
}

export interface SyntheticCatalogue {
  /** The catalogue root: it holds data/ (and an empty src/content/notices/). */
  readonly dir: string;
  /** Record files written, by collection folder. */
  readonly counts: Readonly<Record<string, number>>;
  /** Every record file written. */
  readonly files: number;
  /** A "today" at which no guide's review is older than a year (pass it as --today). */
  readonly today: string;
  /** Removes the folder. */
  cleanup(): void;
}

/** Guides (and responsibility divisions) per county: one per matter the county implements. */
export const GUIDES_PER_COUNTY = 200;
/** Counties per city. */
const COUNTIES_PER_CITY = 10;
/** The synthetic province's division code prefix (no real province uses 99). */
const PROVINCE = '99';
/** Reviews fall in the first half of this year; TODAY is just after. */
const REVIEW_YEAR = 2026;
const TODAY = `${REVIEW_YEAR}-07-01`;

/** mulberry32: a small, fast, seedable generator; the output only has to be repeatable. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  /** `n` distinct items of `xs`, in the order of xs. */
  const sample = <T>(xs: readonly T[], n: number): T[] => {
    const idx = xs.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx
      .slice(0, Math.min(n, xs.length))
      .sort((x, y) => x - y)
      .map((i) => xs[i]!);
  };
  return { next, int, pick, sample };
}
type Rng = ReturnType<typeof rng>;

/** Line departments: id, name suffix, the objects of the matters they supervise, and their law. */
const LINE_DEPARTMENTS = [
  { id: 'jtysj', name: '交通运输局', law: '中华人民共和国道路运输条例', objects: ['道路旅客运输经营', '道路货物运输经营', '机动车维修经营', '公路养护工程从业单位资质', '出租汽车经营', '道路运输车辆年度审验'] },
  { id: 'zjj', name: '住房和城乡建设局', law: '建设工程质量管理条例', objects: ['建筑工程施工许可', '房屋建筑工程竣工验收', '商品房预售', '建筑业企业资质', '人防工程监理资质', '城市建筑垃圾处置核准'] },
  { id: 'nyncj', name: '农业农村局', law: '中华人民共和国农产品质量安全法', objects: ['农药经营许可', '兽药经营许可', '种子生产经营许可', '动物防疫条件', '渔业捕捞许可', '农作物种子质量检验机构资格'] },
  { id: 'lyj', name: '林业局', law: '中华人民共和国森林法', objects: ['林木采伐许可', '林草种子生产经营许可', '森林植物检疫', '临时占用林地', '野生植物采集', '木材经营加工'] },
  { id: 'rsj', name: '人力资源和社会保障局', law: '中华人民共和国劳动合同法', objects: ['劳务派遣经营许可', '人力资源服务许可', '民办职业培训学校设立', '特殊工时工作制审批', '职业资格证书核发', '技工学校设立'] },
  { id: 'whlyj', name: '文化和旅游局', law: '娱乐场所管理条例', objects: ['娱乐场所经营许可', '营业性演出许可', '旅行社分社设立', '互联网上网服务营业场所经营', '艺术品经营单位备案', '文物保护单位修缮'] },
  { id: 'wjtyj', name: '卫生健康和体育局', law: '医疗机构管理条例', objects: ['医疗机构执业登记', '公共场所卫生许可', '放射诊疗许可', '母婴保健技术服务执业许可', '高危险性体育项目经营', '饮用水供水单位卫生许可'] },
  { id: 'scjgj', name: '市场监督管理局', law: '中华人民共和国食品安全法', objects: ['食品经营许可', '食品生产许可', '特种设备使用登记', '计量标准器具核准', '药品零售企业许可', '医疗器械经营许可'] },
  { id: 'sthjj', name: '生态环境局', law: '中华人民共和国环境影响评价法', objects: ['建设项目环境影响报告表审批', '排污许可', '危险废物经营许可', '辐射安全许可', '建设项目环境影响登记', '入河排污口设置'] },
  { id: 'slj', name: '水利局', law: '中华人民共和国水法', objects: ['取水许可', '河道管理范围内建设项目', '生产建设项目水土保持方案', '水利工程质量检测单位资质', '占用农业灌溉水源', '洪水影响评价'] },
] as const;
const ACTIONS = ['许可', '变更', '延续', '注销', '补办'] as const;
const MATTER_TYPES = ['行政许可', '行政许可', '行政许可', '行政确认', '其他行政权力', '公共服务'] as const;
const SERVICE_OBJECTS = ['自然人', '企业法人', '事业法人', '社会组织法人', '非法人企业'] as const;
const SHARED_FORMS = 20;

const CONDITIONS: ((c: Ctx) => string)[] = [
  (c: Ctx) => `申请人是在${c.county}依法登记的${c.object}相关单位或者个人，具有与申请事项相适应的民事行为能力。`,
  (c: Ctx) => `申请人具有与${c.object}相适应的固定场所、设施设备和管理制度，并符合国家和本省规定的安全条件。`,
  (c: Ctx) => `申请人的主要负责人和专业技术人员经培训考核合格，人数和资格符合《${c.law}》及配套规定的要求。`,
  (c: Ctx) => `申请人近三年内未因${c.object}相关违法行为受到吊销许可证件的行政处罚。`,
  (c: Ctx) => `申请的${c.object}事项符合${c.county}国土空间规划和行业发展规划，不在禁止或者限制的区域内。`,
  () => `申请人已建立质量安全责任制度和应急预案，配备了专职安全管理人员。`,
  () => `申请材料齐全、符合法定形式，填报的内容与申请人实际情况一致。`,
];
const PROHIBITIONS = [
  () => '隐瞒有关情况或者提供虚假材料申请的，不予受理或者不予许可，申请人在一年内不得再次申请。',
  (c: Ctx) => `以欺骗、贿赂等不正当手段取得${c.object}许可的，依法撤销，申请人在三年内不得再次申请。`,
  (c: Ctx) => `申请人不在${c.county}登记注册的，不予受理，告知其向登记地主管部门申请。`,
  () => '申请人被列入严重失信主体名单且尚未修复信用的，不予受理。',
];
const MATERIALS = [
  (c: Ctx) => ({ name: `${c.object}申请书`, required: true, form: '原件', copies: 1, source: '申请人自备', formRef: c.form, notes: '加盖申请单位公章，个人申请的由本人签字。' }),
  () => ({ name: '营业执照', required: true, form: '复印件', copies: 1, source: '政府部门核发', issuer: '市场监督管理部门', notes: '可通过数据共享核验，核验通过的免交。', shared: true }),
  () => ({ name: '法定代表人身份证明', required: true, form: '复印件', copies: 1, source: '申请人自备', notes: '复印件须注明“与原件一致”并签字。' }),
  (c: Ctx) => ({ name: `${c.object}场所的产权证明或者租赁合同`, required: true, form: '复印件', copies: 1, source: '申请人自备', notes: '租赁的，租赁期限应不少于一年。' }),
  () => ({ name: '专业技术人员的资格证书和劳动合同', required: true, form: '复印件', copies: 1, source: '申请人自备', notes: '复印件加盖申请单位公章，原件备查。' }),
  () => ({ name: '主要设施设备清单及购置发票', required: true, form: '复印件', copies: 1, source: '申请人自备' }),
  () => ({ name: '安全管理制度和应急预案', required: true, form: '原件', copies: 1, source: '申请人自备', notes: '包括岗位责任、操作规程、隐患排查和事故报告制度。' }),
  () => ({ name: '检测机构出具的检验检测报告', required: '申请事项涉及设施设备检测的', form: '原件', copies: 1, source: '中介机构出具', issuer: '具有相应资质的检验检测机构' }),
  () => ({ name: '授权委托书', required: '委托他人办理的', form: '原件', copies: 1, source: '申请人自备', formRef: 'authorization-letter' }),
];
const STEPS = [
  (c: Ctx) => ({ name: '受理', actor: `${c.county}政务服务中心综合受理窗口工作人员`, limit: { value: 1, unit: '工作日' }, description: '查验材料是否齐全、符合法定形式；不齐全的一次性告知需补正的全部内容。' }),
  (c: Ctx) => ({ name: '审查', actor: `${c.deptName}审批人员`, limit: { value: 2, unit: '工作日' }, description: `对申请材料进行书面审查，核实申请人的${c.object}条件；需要现场核查的，组织两名以上工作人员进行现场核查。` }),
  (c: Ctx) => ({ name: '决定', actor: `${c.deptName}分管负责人`, limit: { value: 1, unit: '工作日' }, description: '作出准予或者不予许可的书面决定；不予许可的说明理由，并告知申请人享有的权利。' }),
  () => ({ name: '制证送达', actor: '综合出件窗口工作人员', limit: { value: 1, unit: '工作日' }, description: '制作许可证件，通过窗口领取或者邮寄送达申请人；结果同时推送监管部门。' }),
];
const FAQ = [
  (c: Ctx) => ({ q: `${c.object}可以全程网上办理吗？`, a: '可以。申请人登录一体化在线政务服务平台提交电子材料，审查通过后可选择邮寄送达，无需到现场。' }),
  () => ({ q: '材料不齐全怎么办？', a: '受理窗口会一次性告知需要补正的全部材料，申请人补齐后即可受理，不需要重新排队取号。' }),
  (c: Ctx) => ({ q: '办理需要多长时间？', a: `承诺在 ${c.promised} 个工作日内办结，比法定时限缩短了 ${c.statutory - c.promised} 个工作日；需要现场核查、专家评审的时间不计算在内。` }),
  () => ({ q: '对审批结果不服怎么办？', a: '可以自收到决定之日起 60 日内申请行政复议，或者自知道之日起 6 个月内提起行政诉讼。' }),
  (c: Ctx) => ({ q: '证件到期后如何延续？', a: `应当在有效期届满 30 日前向${c.deptName}提出延续申请，逾期未申请的，需重新申请。` }),
];

interface Ctx {
  readonly county: string;
  readonly object: string;
  readonly law: string;
  readonly form: string;
  readonly deptName: string;
  readonly promised: number;
  readonly statutory: number;
}

interface MatterSpec {
  readonly code: string;
  readonly name: string;
  readonly object: string;
  readonly dept: (typeof LINE_DEPARTMENTS)[number];
  readonly type: string;
  readonly statutory: number;
  readonly law: string;
  readonly form: string;
}

/** A credit code of a government body (机关 11) in `division`, with the right check character. */
function creditCode(r: Rng, division: string): string {
  let body = '11' + division;
  for (let i = 0; i < 9; i++) body += CREDIT_CHARSET[r.int(0, 29)];
  return body + creditCheckChar(body);
}

/**
 * A record's file text in the canonical form `npm run fmt` writes, by the fast canonical writer
 * (the yaml library's Document takes milliseconds a record, which at 200k records is minutes), so
 * that rule canonical-form has nothing to say about the synthetic catalogue;
 * tests/bench/synthetic.test.ts checks it loads clean, tests/fast-canonical.test.ts that the full
 * formatter agrees.
 */
/** Where a guide's unpublished element can be asked about. */
const ask = (county: string) => `拨打 0399-12345 政务服务便民热线，或到${county}政务服务中心咨询台询问`;

function canonicalText(file: string, record: unknown): string {
  const text = fastCanonical(record, file);
  if (text === undefined) throw new Error(`the fast canonical writer declines the synthetic record ${file}`);
  return text;
}

export function generateSyntheticCatalogue(options: SyntheticOptions): SyntheticCatalogue {
  const { guides } = options;
  if (!Number.isInteger(guides) || guides < 1) throw new RangeError('guides must be a positive integer');
  const r = rng(options.seed ?? 1);
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-synthetic-'));
  const counts: Record<string, number> = {};
  const write = (collection: string, rel: string, record: unknown) => {
    const file = path.join(dir, 'data', collection, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, canonicalText(`data/${collection}/${rel}`, record));
    counts[collection] = (counts[collection] ?? 0) + 1;
  };
  fs.mkdirSync(path.join(dir, 'src/content/notices'), { recursive: true });

  // The basic catalogue: one matter per (object, action), more than a county implements.
  const matters: MatterSpec[] = [];
  LINE_DEPARTMENTS.forEach((dept, di) =>
    dept.objects.forEach((object, oi) =>
      ACTIONS.forEach((action, ai) => {
        const seq = matters.length + 1;
        const statutory = r.pick([10, 15, 20, 20, 30]);
        matters.push({
          code: `${PROVINCE}${String(di + 10).padStart(2, '0')}${String(oi * ACTIONS.length + ai + 1).padStart(5, '0')}000`,
          name: `${object}${action}`,
          object,
          dept,
          type: r.pick(MATTER_TYPES),
          statutory,
          law: dept.law,
          form: `synthetic-application-${String((seq % SHARED_FORMS) + 1).padStart(2, '0')}`,
        });
      }),
    ),
  );
  for (const m of matters) {
    write('matters', `${m.code}.yaml`, {
      name: m.name,
      code: m.code,
      legalBasis: [
        { law: m.law, articles: `第${r.int(5, 60)}条`, text: `从事${m.object}的，应当依法向县级以上人民政府有关主管部门提出申请，经审查合格后方可从事相关活动。` },
        ...(r.next() < 0.5 ? [{ law: `合成省${m.object}管理办法`, issuer: '合成省人民政府令' }] : []),
      ],
      type: m.type,
      statutoryLimit: { value: m.statutory, unit: '工作日' },
      quantityLimit: false,
      annualInspection: r.next() < 0.2,
      annualReport: false,
      serviceObjects: r.sample(SERVICE_OBJECTS, r.int(1, 2)),
      local: true,
      aliases: [],
      note: `合成数据：用于测量检查和生成网站的耗时，不是真实的${m.name}事项。`,
    });
  }

  write('forms', 'authorization-letter.yaml', {
    id: 'authorization-letter',
    title: '授权委托书',
    issuer: '合成省政务服务管理局',
    sections: [{ title: '委托人', fields: [{ label: '委托人名称', required: true, type: 'text', sample: '某某有限公司' }, { label: '委托日期', type: 'date', sample: '2026-03-02' }] }],
  });
  for (let i = 1; i <= SHARED_FORMS; i++) {
    const id = `synthetic-application-${String(i).padStart(2, '0')}`;
    write('forms', `${id}.yaml`, {
      id,
      title: `行政许可申请书（第 ${i} 式）`,
      issuer: '合成省政务服务管理局',
      description: '申请人申请本省各类行政许可事项时填写。',
      sections: [
        {
          title: '申请人信息',
          fields: [
            { label: '申请人名称', required: true, type: 'text', sample: '某某有限公司' },
            { label: '统一社会信用代码', required: true, type: 'text', sample: '91990101MA0K3Y7R2P' },
            { label: '联系电话', required: true, type: 'phone', sample: '0351-3012345' },
            { label: '申请日期', type: 'date', sample: '2026-03-02' },
          ],
        },
      ],
    });
  }

  const counties = Math.ceil(guides / GUIDES_PER_COUNTY);
  const cities = Math.ceil(counties / COUNTIES_PER_CITY);
  const province = `${PROVINCE}0000`;
  write('jurisdictions', `${province}.yaml`, { id: province, name: '合成省', level: '省级', note: '合成数据' });
  let guidesLeft = guides;
  for (let ci = 0; ci < cities; ci++) {
    const city = `${PROVINCE}${String(ci + 1).padStart(2, '0')}00`;
    const cityName = `第${ci + 1}市`;
    write('jurisdictions', `${city}.yaml`, { id: city, name: cityName, fullName: `合成省${cityName}`, level: '市级', parent: province });
    for (let k = 0; k < COUNTIES_PER_CITY && guidesLeft > 0; k++) {
      const county = `${city.slice(0, 4)}${String(k + 1).padStart(2, '0')}`;
      const countyName = `${cityName}第${k + 1}县`;
      write('jurisdictions', `${county}.yaml`, { id: county, name: countyName, fullName: `合成省${cityName}${countyName}`, level: '县级', parent: city });
      const n = Math.min(GUIDES_PER_COUNTY, guidesLeft);
      guidesLeft -= n;
      writeCounty(r, write, county, countyName, r.sample(matters, n));
    }
  }

  const files = Object.values(counts).reduce((a, b) => a + b, 0);
  return { dir, counts, files, today: TODAY, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

type Write = (collection: string, rel: string, record: unknown) => void;

function writeCounty(r: Rng, write: Write, county: string, countyName: string, matters: readonly MatterSpec[]): void {
  const credit = new Map<string, string>();
  const deptName = new Map<string, string>();
  const dept = (id: string, name: string, role: string) => {
    const code = creditCode(r, county);
    credit.set(id, code);
    deptName.set(id, `${countyName}${name}`);
    write('departments', `${county}/${id}.yaml`, {
      id,
      jurisdiction: county,
      name: `${countyName}${name}`,
      shortName: `县${name}`,
      role,
      creditCode: code,
      creditCodeVerified: false,
      address: `${countyName}政务服务中心`,
      phone: '12345',
    });
  };
  dept('xzspj', '行政审批服务管理局', '行政审批服务管理局');
  for (const d of LINE_DEPARTMENTS) dept(d.id, d.name, '行业主管部门');

  // About four in five matters move to the bureau; a few of those are moved back later.
  const moved = matters.filter(() => r.next() < 0.8);
  const back = new Set(moved.filter(() => r.next() < 0.05).map((m) => m.code));
  const holder = new Map<string, string>();
  for (const m of matters) holder.set(m.code, m.dept.id);
  const entry = (m: MatterSpec, direction: '划转' | '划回') => ({
    matter: m.code,
    name: m.name,
    powerType: m.type,
    direction,
    from: direction === '划转' ? m.dept.id : 'xzspj',
    to: direction === '划转' ? 'xzspj' : m.dept.id,
  });
  if (moved.length) {
    for (const m of moved) holder.set(m.code, 'xzspj');
    write('transfers', `${county}/first-batch.yaml`, {
      id: 'first-batch',
      jurisdiction: county,
      title: `${countyName}人民政府关于相对集中行政许可权改革首批划转事项的通知`,
      docNumber: `合${county.slice(2)}政发〔2019〕${r.int(1, 99)}号`,
      issuer: `${countyName}人民政府`,
      date: '2019-12-01',
      handoverBy: '2019-12-31',
      declared: { in: { departments: new Set(moved.map((m) => m.dept.id)).size, matters: moved.length } },
      entries: moved.map((m) => entry(m, '划转')),
      summary: `${countyName}首批划转至县行政审批服务管理局集中行使的 ${moved.length} 个事项（合成数据）。`,
    });
  }
  if (back.size) {
    const returned = moved.filter((m) => back.has(m.code));
    for (const m of returned) holder.set(m.code, m.dept.id);
    write('transfers', `${county}/2020-adjustment.yaml`, {
      id: '2020-adjustment',
      jurisdiction: county,
      title: `${countyName}人民政府关于调整部分划转事项的通知`,
      issuer: `${countyName}人民政府`,
      date: '2020-12-24',
      declared: { back: { matters: returned.length } },
      entries: returned.map((m) => entry(m, '划回')),
    });
  }

  for (const m of matters) {
    const d = holder.get(m.code)!;
    // At least the sum of the step limits (at most 5 days), at most the statutory limit.
    const promised = Math.max(5, Math.floor(m.statutory / r.int(2, 4)));
    const c: Ctx = { county: countyName, object: m.object, law: m.law, form: m.form, deptName: deptName.get(d)!, promised, statutory: m.statutory };
    const month = String(r.int(1, 6)).padStart(2, '0');
    const day = String(r.int(1, 28)).padStart(2, '0');
    const online = r.next() < 0.6;
    const visits = r.int(0, 1);
    write('guides', `${county}/${m.code}.yaml`, {
      code: `${credit.get(d)}${IMPLEMENTATION_LEVEL_DIGIT['县级']}${m.code}`,
      jurisdiction: county,
      matter: m.code,
      name: m.name,
      type: m.type,
      statutoryLimit: { value: m.statutory, unit: '工作日' },
      department: d,
      exerciseLevel: '县级',
      implementerNature: '法定机关',
      handlingType: '承诺件',
      promisedLimit: { value: promised, unit: '工作日' },
      implementationBasis: [
        { law: `${countyName}人民政府关于深化“放管服”改革的实施意见`, issuer: `${countyName}人民政府，2020年`, text: `对${m.object}实行告知承诺和容缺受理，压缩办理时限，推行“一窗受理、集成服务”。` },
      ],
      conditions: r.sample(CONDITIONS, r.int(2, 5)).map((f) => f(c)),
      prohibitions: r.sample(PROHIBITIONS, r.int(1, 3)).map((f) => f(c)),
      materials: [MATERIALS[0]!(c), ...r.sample(MATERIALS.slice(1), r.int(2, 7)).map((f) => f(c))],
      steps: r.sample(STEPS, r.int(3, 4)).map((f) => f(c)),
      free: true,
      fees: [],
      place: `${countyName}政务服务中心 ${deptName.get(d)} 综合受理窗口`,
      hours: '法定工作日 上午 8:30—12:00，下午 14:30—17:30（法定节假日除外，以政务服务中心公告为准）',
      address: { unpublished: true, ask: ask(countyName) },
      room: { unpublished: true, ask: ask(countyName) },
      phones: { consultation: `0399-${3000000 + r.int(0, 999999)}`, complaint: '0399-12345' },
      result: { name: `${m.object}许可证`, type: '证照', sample: { unpublished: true, ask: `到${countyName}政务服务中心窗口查看证件式样` }, delivery: ['窗口领取', '邮寄送达'] },
      handlingForms: online ? ['窗口办理', '网上办理'] : ['窗口办理'],
      visits,
      ...(visits > 0 ? { visitsReason: '须到窗口出示申请材料原件' } : {}),
      onlineDepth: online ? '互联网办理' : '互联网咨询',
      exerciseMode: '依申请',
      appointment: { unpublished: true, ask: ask(countyName) },
      onlinePayment: false,
      express: true,
      onlineUrl: `https://zwfw.example.gov.cn/${county}/${m.code}`,
      tongban: [],
      remedy: {
        reconsideration: [`${countyName}人民政府`],
        litigation: `${countyName}人民法院（实行集中管辖的以法院公告为准）`,
        note: '自知道该行政行为之日起 60 日内申请行政复议，或自知道之日起 6 个月内提起行政诉讼',
      },
      faq: r.sample(FAQ, r.int(1, 4)).map((f) => f(c)),
      notices: [],
      reviewed: `${REVIEW_YEAR}-${month}-${day}`,
    });
    const byBureau = d === 'xzspj';
    write('responsibilities', `${county}/${m.code}.yaml`, {
      jurisdiction: county,
      matter: m.code,
      approval: { department: d, duties: ['受理', '审查', '决定', '档案管理'], note: `${deptName.get(d)}受理申请并审查，作出审批决定，对审批结果承担责任。` },
      supervision: [
        {
          department: m.dept.id,
          duties: ['事中事后监管', '行业管理', '投诉举报处理', '行政处罚'],
          note: `${deptName.get(m.dept.id)}负责${m.object}的行业管理，对取得许可的单位实施事中事后监管，日常检查按“双随机、一公开”方式进行。`,
        },
      ],
      pushes: byBureau
        ? [
            { what: '审批结果信息', from: 'xzspj', to: m.dept.id, when: '作出审批决定后同步推送', feedbackWithin: { value: 1, unit: '工作日' }, channel: '审管联动系统、一体化在线政务服务平台' },
            { what: '事中事后监管结果', from: m.dept.id, to: 'xzspj', when: '监管结果形成后', channel: '“互联网+监管”系统' },
          ]
        : [],
      technicalSupport: [],
      preReview: { status: byBureau ? '取消' : '不涉及', basis: [] },
      notices: [],
    });
  }
}
