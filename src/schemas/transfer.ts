/** One published transfer list (划转清单) or adjustment notice of a jurisdiction. */
import { z } from 'zod';
import { MATTER_TYPES, TRANSFER_DIRECTIONS, codeEnum } from './codes.ts';
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
  })
  .meta({ title: '划转清单', description: '一份划转清单或调整通知' });

export type TransferList = z.infer<typeof transferListSchema>;
export type TransferEntry = z.infer<typeof transferEntrySchema>;
