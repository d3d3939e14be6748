/** A province, city, county or development zone whose bodies implement matters. */
import { z } from 'zod';
import { FILING_SCOPES, JURISDICTION_LEVELS, codeEnum } from './codes.ts';
import { jurisdictionId, nonEmpty } from './common.ts';

/**
 * How soon a transfer list must be filed with the higher level (备案), as a document of this
 * jurisdiction sets it. It applies to the lists of this jurisdiction and of every jurisdiction
 * under it, unless a nearer one sets its own; rules filing-period and filing-missing read it
 * through src/domain/filing.ts.
 */
export const transferFilingSchema = z
  .strictObject({
    days: z.number().int().min(1).max(365).meta({
      description: '备案期限：公布之日起多少日内（自然日，公布当日不计）',
    }),
    applies: codeEnum(FILING_SCOPES, '适用于哪些清单：全部清单，或只适用于清单公布后的调整（区划的第一份清单之后的清单）').default('全部清单'),
    to: nonEmpty('向谁备案，如 山东省人民政府'),
    basis: nonEmpty('规定备案期限的政策文件（notices 的标识）'),
    note: z.string().optional().meta({ description: '说明，如抄送要求' }),
  })
  .meta({ description: '划转清单报上级备案的期限；没有公开规定的不填' });

export const jurisdictionSchema = z
  .strictObject({
    id: jurisdictionId().meta({
      description: '区划标识：GB/T 2260 行政区划代码（如 140525）；没有代码的开发区等用英文标识（如 jincheng-etdz），不得编造代码',
    }),
    name: nonEmpty('全称，如 泽州县'),
    fullName: z.string().optional().meta({ description: '带上级的全称，如 山西省晋城市泽州县' }),
    level: codeEnum(JURISDICTION_LEVELS, '层级'),
    parent: jurisdictionId().optional().meta({ description: '上级区划的标识；省级不填' }),
    divisionCode: z.boolean().default(true).meta({
      description: 'id 是否为国家行政区划代码；开发区等无代码的区域填 false',
    }),
    note: z.string().optional().meta({ description: '说明' }),
    transferFiling: transferFilingSchema.optional(),
  })
  .meta({ title: '行政区划', description: '一个省、市、县（市、区）或开发区' });

export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type TransferFiling = z.infer<typeof transferFilingSchema>;
