/**
 * One release (发布) of the catalogue: a published state, authorised by a notice, with who handled
 * and who reviewed it, the class of change and what it puts into effect. What a release's state
 * consists of is computed from the data (src/domain/releases.ts), never read off a commit.
 */
import { z } from 'zod';
import { implementationCode, isoDate, jurisdictionId, nonEmpty, slug } from './common.ts';

/** The classes of change a release makes. */
export const RELEASE_CLASSES = ['首次发布', '调整', '更正'] as const;
export type ReleaseClass = (typeof RELEASE_CLASSES)[number];

/** The value of a person's name when the public record does not give it: never a guess. */
export const NAME_UNPUBLISHED = '未公开';

const person = (what: string, example: string) =>
  z
    .strictObject({
      role: nonEmpty(`${what}的职务或岗位，如 ${example}`),
      name: z
        .union([z.literal(NAME_UNPUBLISHED), nonEmpty(`${what}的姓名`)])
        .meta({ description: `${what}的姓名；公开文本没有载明姓名时写“${NAME_UNPUBLISHED}”，不得编造` }),
    })
    .meta({ description: what });

export const majorChangeNoteSchema = z
  .strictObject({
    guide: implementationCode().meta({ description: '发生重大变更的办事指南的实施编码' }),
    note: nonEmpty('变更说明：改了什么、为什么改、自何时起执行'),
  })
  .meta({ description: '重大变更说明' });

export const releaseSchema = z
  .strictObject({
    id: slug('发布标识，全目录唯一，以发布日期开头，如 2020-12-24-adjustment').regex(
      /^\d{4}-\d{2}-\d{2}(?:-|$)/u,
      '发布标识以发布日期开头，如 2020-12-24-adjustment',
    ),
    jurisdiction: jurisdictionId(),
    date: isoDate('发布日期'),
    title: nonEmpty('发布名称，如 2020年12月事项调整'),
    notice: slug('授权本次发布的政策文件（notices 的标识）').optional(),
    noticeUnpublished: z
      .string()
      .trim()
      .min(1, '不能为空')
      .optional()
      .meta({ description: '授权文件未公开时的说明（此时不填 notice），写明已知的情况' }),
    handler: person('经办人', '县行政审批服务管理局承办科室'),
    reviewer: person('审核人', '县人民政府'),
    class: z.enum(RELEASE_CLASSES).meta({ description: '变更类别：首次发布、调整或更正' }),
    summary: nonEmpty('发布说明（用自己的话概括本次发布的内容）'),
    publishes: z
      .strictObject({
        transfers: z.array(slug('划转清单：本区划 transfers 的标识')).default([]).meta({ description: '本次发布施行的划转清单' }),
      })
      .default({ transfers: [] })
      .meta({ description: '本次发布施行的内容' }),
    majorChanges: z.array(majorChangeNoteSchema).default([]).meta({
      description: '重大变更说明：申请材料、受理条件、时限、收费或实施部门有变化的办事指南，每份一条',
    }),
  })
  .check((ctx) => {
    const r = ctx.value;
    if (r.notice === undefined && r.noticeUnpublished === undefined) {
      ctx.issues.push({ code: 'custom', input: r, path: ['notice'], message: '缺少授权本次发布的政策文件：请填写 notice（政策文件标识）；文件未公开的，改填 noticeUnpublished 说明情况' });
    } else if (r.notice !== undefined && r.noticeUnpublished !== undefined) {
      ctx.issues.push({ code: 'custom', input: r, path: ['noticeUnpublished'], message: '已填写 notice 时不再填写 noticeUnpublished：请删去其中一个' });
    }
  })
  .meta({ title: '发布', description: '目录的一次发布：授权文件、经办和审核、变更类别、施行的内容' });

export type Release = z.infer<typeof releaseSchema>;
export type MajorChangeNote = z.infer<typeof majorChangeNoteSchema>;
