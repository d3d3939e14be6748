/**
 * One jurisdiction's implementation of a matter or sub-item: its implementation-list entry
 * (实施清单) and its standardized service guide (办事指南).
 */
import { z } from 'zod';
import {
  EXERCISE_LEVELS,
  EXERCISE_MODES,
  HANDLING_FORMS,
  HANDLING_TYPES,
  IMPLEMENTER_NATURES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  MATTER_TYPES,
  ONLINE_DEPTHS,
  POWER_SOURCES,
  RESULT_TYPES,
  SERVICE_OBJECTS,
  TONGBAN_SCOPES,
  codeEnum,
} from './codes.ts';
import {
  basicCode,
  implementationCode,
  isoDate,
  jurisdictionId,
  legalBasis,
  nonEmpty,
  orUnpublished,
  phone,
  searchKeywords,
  slug,
  timeLimit,
  urlField,
} from './common.ts';

export const materialSchema = z
  .strictObject({
    name: nonEmpty('材料名称'),
    required: z.union([z.literal(true), z.string().min(1)]).meta({
      description: '是否必需：必需填 true；有条件时填写使其必需的情形，如“委托他人办理的”',
    }),
    form: codeEnum(MATERIAL_FORMS, '材料形式'),
    copies: z.number().int().min(0).default(1).meta({ description: '纸质份数；全程网办不需纸质的填 0' }),
    source: codeEnum(MATERIAL_SOURCES, '来源渠道'),
    issuer: z.string().optional().meta({ description: '出具单位，来源为政府部门核发或中介机构出具时填写' }),
    formRef: slug('空表、样表：forms 的标识；材料是需要填写的表格时必填').optional(),
    notes: z.string().optional().meta({ description: '填写和提交说明' }),
    shared: z.boolean().default(false).meta({ description: '是否可通过共享获取而免于提交' }),
  })
  .meta({ description: '申请材料' });

export const stepSchema = z
  .strictObject({
    name: nonEmpty('环节名称，如 受理、审查、决定、制证'),
    actor: nonEmpty('办理人员或岗位，如 受理窗口工作人员'),
    limit: timeLimit('本环节时限').optional(),
    description: z.string().optional().meta({ description: '办理标准和要求' }),
  })
  .meta({ description: '办理流程的一个环节' });

export const feeSchema = z
  .strictObject({
    item: nonEmpty('收费项目'),
    standard: orUnpublished(
      nonEmpty('收费标准：写明金额（如 每艘次 200 元），或引用收费标准文件的名称和文号'),
      '收费标准：写明金额，或引用收费标准文件的名称和文号',
    ),
    basis: nonEmpty('收费依据：设定收费的法律、法规或文件及条款'),
  })
  .meta({ description: '收费项目' });

/** A procedure outside the ordinary steps (听证、招标、检验、专家评审…), with its own time limit. */
export const specialProcedureSchema = z
  .strictObject({
    name: nonEmpty('特别程序环节，如 听证、现场检验、专家评审'),
    limit: z
      .union([timeLimit('特别程序时限'), nonEmpty('不能用天数表示的时限，如 与船舶制造同步进行，至完工为止')])
      .meta({ description: '特别程序时限：天数和单位，或不能用天数表示时的说明' }),
    basis: nonEmpty('特别程序的依据：法律、法规或规章及条款'),
    counted: z.boolean().meta({ description: '是否计入办理时限：计入承诺时限的填 true，另行计算的填 false' }),
  })
  .meta({ description: '特别程序' });

/** An intermediary service (中介服务) an applicant may need before applying. */
export const intermediarySchema = z
  .strictObject({
    name: nonEmpty('中介服务名称，如 建设工程施工图审查'),
    basis: orUnpublished(nonEmpty('中介服务的设定依据：法律、法规或规章的名称和条款'), '中介服务的设定依据'),
    required: z.boolean().meta({ description: '是否必须：申请人必须取得该中介服务结果的填 true，可自愿选择的填 false' }),
  })
  .meta({ description: '中介服务' });

export const guideSchema = z
  .strictObject({
    code: implementationCode(),
    jurisdiction: jurisdictionId(),
    matter: basicCode().meta({ description: '所实施的基本目录事项或子项的基本编码' }),
    name: nonEmpty('事项名称，须与基本目录一致'),
    keywords: searchKeywords(),
    // Optional restatements of the ten basic elements; when given they must equal the matter's (rule 4).
    type: codeEnum(MATTER_TYPES, '事项类型；填写时须与基本目录一致').optional(),
    legalBasis: z.array(legalBasis).optional().meta({ description: '设定依据；填写时须与基本目录一致' }),
    statutoryLimit: timeLimit('法定办结时限；填写时须与基本目录一致').optional(),
    quantityLimit: z.boolean().optional().meta({ description: '有无数量限制；填写时须与基本目录一致' }),
    annualInspection: z.boolean().optional().meta({ description: '有无年检；填写时须与基本目录一致' }),
    annualReport: z.boolean().optional().meta({ description: '有无年报；填写时须与基本目录一致' }),
    serviceObjects: z.array(codeEnum(SERVICE_OBJECTS)).optional().meta({ description: '服务对象；填写时须与基本目录一致' }),

    department: slug('实施部门：本区划内 departments 的标识'),
    // Elements of the implementation-list entry (实施清单); optional until the bureau confirms them.
    exerciseLevel: codeEnum(EXERCISE_LEVELS, '行使层级').optional(),
    powerSource: codeEnum(POWER_SOURCES, '权力来源').optional(),
    implementerNature: codeEnum(IMPLEMENTER_NATURES, '实施主体性质').optional(),
    handlingType: codeEnum(HANDLING_TYPES, '办件类型'),
    promisedLimit: timeLimit('承诺办结时限，不得超过法定时限'),
    implementationBasis: z.array(legalBasis).default([]).meta({ description: '实施依据（设定依据之外的规章和规范性文件）' }),
    conditions: z.array(nonEmpty('一项受理条件')).min(1, '至少填写一项受理条件').meta({
      description: '受理条件；不得使用“其他条件”等兜底表述',
    }),
    prohibitions: z.array(z.string()).default([]).meta({ description: '禁止性要求（不予受理或不予批准的情形）' }),
    materials: z.array(materialSchema).min(1, '至少填写一项申请材料').meta({ description: '申请材料' }),
    steps: z.array(stepSchema).min(1, '至少填写一个办理环节').meta({ description: '办理流程' }),
    free: z.boolean().meta({ description: '是否免费；收费的填 false 并填写 fees' }),
    fees: z.array(feeSchema).default([]).meta({ description: '收费项目（免费时不填）' }),
    place: nonEmpty('办理地点：服务大厅和窗口的名称，如 泽州县政务服务中心 交通运输审批窗口'),
    // The elements below that end in .optional() are required by rule guide-elements, not here, so that
    // versions of the catalogue written before they existed still load (src/history/versions.ts).
    address: orUnpublished(nonEmpty('办理地点的街道地址，如 泽州县某某路 1 号'), '办理地点的街道地址').optional(),
    room: orUnpublished(nonEmpty('办理地点的楼层、房间号或窗口号，如 二楼 12 号窗口'), '办理地点的楼层、房间号或窗口号').optional(),
    hours: nonEmpty('办理时间'),
    phones: z
      .strictObject({
        consultation: orUnpublished(phone('咨询电话：实施部门的电话，带区号，如 0356-3021234'), '咨询电话：实施部门的电话，带区号'),
        complaint: phone('监督投诉电话：带区号，如 0356-12345；不能与咨询电话相同'),
      })
      .meta({ description: '咨询和投诉电话' }),
    result: z
      .strictObject({
        name: nonEmpty('审批结果名称，如 道路运输经营许可证'),
        type: codeEnum(RESULT_TYPES, '审批结果类型'),
        sample: orUnpublished(slug('审批结果样本：forms 的标识'), '审批结果样本：forms 的标识；结果类型为证照或批文的必填').optional(),
        delivery: z.array(z.string()).default([]).meta({ description: '送达方式，如 窗口领取、邮寄送达' }),
      })
      .meta({ description: '审批结果' }),
    handlingForms: z.array(codeEnum(HANDLING_FORMS)).min(1).meta({ description: '办理形式' }),
    visits: z.number().int().min(0).max(5).meta({ description: '到办事现场次数' }),
    visitsReason: z.string().optional().meta({ description: '必须到现场办理的原因：到办事现场次数不为 0 时必填，如 须当场核验原件并领取证件' }),
    onlineUrl: orUnpublished(urlField('网上办理地址应以 https:// 开头', '网上办理地址'), '网上办理地址：本事项在政务服务网上的办理页面（不是网站首页）')
      .optional()
      .meta({ description: '网上办理地址：本事项在政务服务网上的办理页面（不是网站首页）' }),
    onlineDepth: codeEnum(ONLINE_DEPTHS, '网上办理深度：申请人在网上最远能办到哪一步，每一步包含前面各步').optional(),
    exerciseMode: codeEnum(EXERCISE_MODES, '行使方式').optional(),
    specialProcedures: z.array(specialProcedureSchema).default([]).meta({ description: '特别程序（听证、检验、专家评审等）；没有的不填' }),
    intermediaries: z.array(intermediarySchema).default([]).meta({ description: '中介服务；没有的不填' }),
    appointment: orUnpublished(z.boolean(), '是否支持预约办理').optional(),
    onlinePayment: orUnpublished(z.boolean(), '是否支持网上支付；不收费的填 false').optional(),
    express: orUnpublished(z.boolean(), '是否支持物流快递（邮寄申请材料或送达结果）').optional(),
    tongban: z.array(codeEnum(TONGBAN_SCOPES)).default([]).meta({ description: '通办范围' }),
    remedy: z
      .strictObject({
        reconsideration: z.array(nonEmpty('行政复议机关')).min(1).meta({ description: '行政复议机关' }),
        litigation: nonEmpty('行政诉讼管辖法院'),
        note: z.string().optional().meta({ description: '期限等说明' }),
      })
      .meta({ description: '救济途径：不服审批决定时的行政复议和行政诉讼' }),
    faq: z
      .array(z.strictObject({ q: nonEmpty('问题'), a: nonEmpty('解答') }))
      .default([])
      .meta({ description: '常见问题' }),
    notices: z.array(z.string()).default([]).meta({ description: '引用的政策文件（notices 的标识）' }),
    reviewed: isoDate('最近一次审核日期'),
  })
  .meta({ title: '办事指南', description: '一个区划对基本目录事项（或子项）的实施清单条目和办事指南' });

export type Guide = z.infer<typeof guideSchema>;
export type Material = z.infer<typeof materialSchema>;
export type Fee = z.infer<typeof feeSchema>;
export type SpecialProcedure = z.infer<typeof specialProcedureSchema>;
export type Intermediary = z.infer<typeof intermediarySchema>;
