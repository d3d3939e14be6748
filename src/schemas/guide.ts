/**
 * One jurisdiction's implementation of a matter or sub-item: its implementation-list entry
 * (实施清单) and its standardized service guide (办事指南).
 */
import { z } from 'zod';
import {
  EXERCISE_LEVELS,
  HANDLING_FORMS,
  HANDLING_TYPES,
  IMPLEMENTER_NATURES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  MATTER_TYPES,
  POWER_SOURCES,
  RESULT_TYPES,
  SERVICE_OBJECTS,
  TONGBAN_SCOPES,
  codeEnum,
} from './codes.ts';
import { basicCode, implementationCode, isoDate, jurisdictionId, legalBasis, nonEmpty, phone, searchKeywords, slug, timeLimit, urlField } from './common.ts';

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
    standard: nonEmpty('收费标准'),
    basis: nonEmpty('收费依据'),
  })
  .meta({ description: '收费项目' });

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
    place: nonEmpty('办理地点'),
    hours: nonEmpty('办理时间'),
    phones: z
      .strictObject({
        consultation: phone('咨询电话'),
        complaint: phone('监督投诉电话'),
      })
      .meta({ description: '咨询和投诉电话' }),
    result: z
      .strictObject({
        name: nonEmpty('审批结果名称，如 道路运输经营许可证'),
        type: codeEnum(RESULT_TYPES, '审批结果类型'),
        sample: slug('审批结果样本：forms 的标识').optional(),
        delivery: z.array(z.string()).default([]).meta({ description: '送达方式，如 窗口领取、邮寄送达' }),
      })
      .meta({ description: '审批结果' }),
    handlingForms: z.array(codeEnum(HANDLING_FORMS)).min(1).meta({ description: '办理形式' }),
    visits: z.number().int().min(0).max(5).meta({ description: '到办事现场次数' }),
    onlineUrl: urlField('网上办理地址应以 https:// 开头').optional().meta({ description: '网上办理地址' }),
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
