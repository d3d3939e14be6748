/** A province, city, county or development zone whose bodies implement matters. */
import { z } from 'zod';
import { JURISDICTION_LEVELS, codeEnum } from './codes.ts';
import { jurisdictionId, nonEmpty } from './common.ts';

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
  })
  .meta({ title: '行政区划', description: '一个省、市、县（市、区）或开发区' });

export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
