/** One published transfer list (划转清单) or adjustment notice of a jurisdiction. */
import { z } from 'zod';
import { HANDOVER_ITEMS, HANDOVER_STATES, MATTER_TYPES, TRANSFER_DIRECTIONS, codeEnum } from './codes.ts';
import { basicCode, docNumber, isoDate, jurisdictionId, nonEmpty, slug } from './common.ts';

export const transferEntrySchema = z
  .strictObject({
    matter: basicCode().meta({ description: '事项的基本编码' }),
    name: nonEmpty('清单中印发的事项名称（原文）'),
    powerType: codeEnum(MATTER_TYPES, '清单中标注的权力类型；须与基本目录一致'),
    direction: codeEnum(TRANSFER_DIRECTIONS, '方向：划转（至审批局）或划回（原部门）'),
    from: slug('划出部门：本区划 departments 的标识'),
    to: slug('划入部门：本区划 departments 的标识'),
    note: z.string().optional().meta({ description: '备注' }),
  })
  .meta({ description: '清单中的一个事项' });

const declaredCount = z
  .strictObject({
    departments: z.number().int().min(0).optional().meta({ description: '文件写明的部门数' }),
    matters: z.number().int().min(0).meta({ description: '文件写明的事项数' }),
  })
  .meta({ description: '文件中写明的数量，如“3 个部门 14 个事项”' });

/** A 逾期 mark: something done after its deadline (or not yet done), with the reason. */
const overdueMark = (description: string) => z.strictObject({ reason: nonEmpty('逾期原因') }).optional().meta({ description });

/** One row of the handover checklist (移交内容): what, its state, who handed it over to whom, when. */
export const handoverItemSchema = z
  .strictObject({
    item: codeEnum(HANDOVER_ITEMS, '移交内容'),
    state: codeEnum(
      HANDOVER_STATES,
      '移交状态：已废止只用于审批专用章（废止而不移交）；文件要求移交、但没有公开记录表明是否完成的，填“未见公开记录”，不得推定为已移交',
    ),
    department: slug('这一行所指的部门（本区划 departments 的标识）；不填表示清单涉及的全部部门').optional(),
    handedOverBy: nonEmpty('移交人或移交单位').optional(),
    receivedBy: nonEmpty('接收人或接收单位').optional(),
    date: isoDate('移交（或废止）日期').optional(),
    overdue: overdueMark('逾期标注：交接截止日期过后仍未移交（或晚于截止日期才移交）的，写明原因'),
    note: z.string().optional().meta({ description: '说明，如依据哪份记录' }),
  })
  .meta({ description: '一项移交内容' });

/** A department's liaison for the handover (移交工作联络员). */
export const liaisonSchema = z
  .strictObject({
    department: slug('部门：本区划 departments 的标识'),
    role: nonEmpty('联络员的职责，如 审批事项划转移交工作联络员'),
    name: nonEmpty('联络员姓名；文件要求确定联络员、但姓名没有公开的，写“未公开”'),
  })
  .meta({ description: '一个部门的移交工作联络员' });

/**
 * The handover a list orders (移交). Its due date is the list's `handoverBy`, not repeated here;
 * rules handover-due and handover-unrecorded compare the states with it.
 */
export const handoverSchema = z
  .strictObject({
    checklist: z.array(handoverItemSchema).min(1, '至少列出一项移交内容').meta({ description: '移交内容及其状态' }),
    liaisons: z.array(liaisonSchema).default([]).meta({ description: '各部门的移交工作联络员' }),
    note: z.string().optional().meta({ description: '说明' }),
  })
  .meta({ description: '移交：清单要求移交的内容、状态和联络员；截止日期即 handoverBy' });

/** One record of a list being filed with the higher level (备案). */
export const filingSchema = z
  .strictObject({
    to: nonEmpty('报送备案的机关，如 山东省人民政府'),
    by: nonEmpty('报送机关，如 某某市人民政府；不填为发文机关').optional(),
    date: isoDate('报送备案的日期'),
    docNumber: docNumber().optional().meta({ description: '备案报送文件的文号；没有公开的不填，不得编造' }),
    copies: z.array(nonEmpty('抄送单位')).default([]).meta({ description: '抄送单位，如 省委编办、省司法厅、省大数据局' }),
    overdue: overdueMark('逾期标注：晚于区划规定的备案期限才备案的，写明原因'),
    note: z.string().optional().meta({ description: '说明' }),
  })
  .meta({ description: '一次报上级备案' });

export const transferListSchema = z
  .strictObject({
    id: slug('清单标识，在本区划内唯一，如 2020-12-24-adjustment'),
    jurisdiction: jurisdictionId(),
    title: nonEmpty('文件标题'),
    docNumber: docNumber().optional().meta({ description: '文号；公开文本未载明时不填，不得编造' }),
    issuer: nonEmpty('发文机关'),
    date: isoDate('成文日期'),
    dateEstimated: z.boolean().default(false).meta({
      description: '成文日期是否为推定：公开文本未载明日期时填 true，并在 summary 中说明推定依据',
    }),
    handoverBy: isoDate('交接截止日期：此日之后由新部门受理；不得早于成文日期').optional(),
    transitionMonths: z.number().int().min(0).max(24).optional().meta({ description: '过渡期（月）' }),
    notice: z.string().optional().meta({ description: '对应的政策文件（notices 的标识）' }),
    complete: z.boolean().default(true).meta({
      description: '是否收录了文件的全部事项；仅收录部分事项的填 false，此时不核对声明数量',
    }),
    declared: z
      .strictObject({ in: declaredCount.optional(), back: declaredCount.optional() })
      .default({})
      .meta({ description: '文件写明的划转、划回数量，须与 entries 一致' }),
    entries: z.array(transferEntrySchema).min(1, '清单至少包含一个事项').meta({ description: '清单事项' }),
    summary: z.string().optional().meta({ description: '要点（用自己的话概括）' }),
    handover: handoverSchema.optional(),
    filings: z.array(filingSchema).optional().meta({
      description: '报上级备案的记录。不填：未记录备案情况；已核查但未见公开备案记录的，写 filings: []',
    }),
  })
  .meta({ title: '划转清单', description: '一份划转清单或调整通知' });

export type TransferList = z.infer<typeof transferListSchema>;
export type TransferEntry = z.infer<typeof transferEntrySchema>;
export type Handover = z.infer<typeof handoverSchema>;
export type HandoverItem = z.infer<typeof handoverItemSchema>;
export type Liaison = z.infer<typeof liaisonSchema>;
export type Filing = z.infer<typeof filingSchema>;
