/** Front matter of a policy document (MDX under src/content/notices/). */
import { z } from 'zod';
import { docNumber, isoDate, jurisdictionId, nonEmpty } from './common.ts';

export const noticeSchema = z
  .strictObject({
    title: nonEmpty('文件标题'),
    docNumber: docNumber().optional().meta({ description: '文号；公开文本未载明时不填' }),
    issuer: nonEmpty('发文机关'),
    date: isoDate('成文日期'),
    published: isoDate('发布日期').optional(),
    jurisdiction: jurisdictionId(),
    kind: z.enum(['划转清单', '审管衔接', '协同联动', '通办', '改革方案', '其他']).meta({ description: '文件类别' }),
    basis: z.array(z.string()).default([]).meta({ description: '本文件依据的上级文件（notices 的标识）' }),
  })
  .meta({ title: '政策文件', description: '政策文件的元数据；正文为自己撰写的要点' });

export type Notice = z.infer<typeof noticeSchema>;
