/**
 * A matter of the basic catalogue (基本目录), shared by all jurisdictions. Its ten basic elements
 * (四级十同) are identical at national, provincial, city and county level.
 */
import { z } from 'zod';
import { MATTER_TYPES, SERVICE_OBJECTS, codeEnum } from './codes.ts';
import { basicCode, legalBasis, nonEmpty, searchKeywords, timeLimit } from './common.ts';

/** The ten basic elements, shared by a matter and each of its sub-items. */
const tenElements = {
  name: nonEmpty('事项名称（十同要素之一）'),
  code: basicCode().meta({ description: '基本编码：12 位数字，无子项时末 3 位为 000（十同要素之一）' }),
  legalBasis: z.array(legalBasis).min(1, '至少填写一项设定依据').meta({ description: '设定依据（十同要素之一）' }),
  type: codeEnum(MATTER_TYPES, '事项类型（十同要素之一）'),
  statutoryLimit: timeLimit('法定办结时限及单位（十同要素之一）；法律未规定时限的，填写实际执行的上限'),
  quantityLimit: z.boolean().meta({ description: '有无数量限制（十同要素之一）' }),
  annualInspection: z.boolean().meta({ description: '有无年检（十同要素之一）' }),
  annualReport: z.boolean().meta({ description: '有无年报（十同要素之一）' }),
  serviceObjects: z.array(codeEnum(SERVICE_OBJECTS)).min(1, '至少填写一类服务对象').meta({ description: '服务对象（十同要素之一）' }),
};

export const subItemSchema = z
  .strictObject({
    ...tenElements,
    note: z.string().optional().meta({ description: '说明' }),
  })
  .meta({ description: '子项：一子项一编码，有自己的十同要素' });

export const matterSchema = z
  .strictObject({
    ...tenElements,
    local: z.boolean().default(false).meta({
      description: '是否为本地编码：未找到国家基本目录编码时，按同样格式编制的地方编码须标为 true',
    }),
    aliases: z.array(z.string()).default([]).meta({ description: '公开文件中使用过的其他名称，便于检索和导入' }),
    keywords: searchKeywords(),
    subItems: z.array(subItemSchema).default([]).meta({ description: '子项' }),
    notices: z.array(z.string()).default([]).meta({ description: '相关政策文件（notices 的标识）' }),
    note: z.string().optional().meta({ description: '说明' }),
  })
  .meta({ title: '基本目录事项', description: '基本目录中的一个事项，四级十同' });

export type Matter = z.infer<typeof matterSchema>;
export type SubItem = z.infer<typeof subItemSchema>;

/** Names of the ten basic elements in Chinese, for messages. */
export const TEN_ELEMENT_LABELS = {
  name: '事项名称',
  code: '基本编码',
  legalBasis: '设定依据',
  type: '事项类型',
  statutoryLimit: '法定办结时限',
  quantityLimit: '有无数量限制',
  annualInspection: '有无年检',
  annualReport: '有无年报',
  serviceObjects: '服务对象',
} as const;
