/** A government body of one jurisdiction. */
import { z } from 'zod';
import { DEPARTMENT_ROLES, codeEnum } from './codes.ts';
import { creditCode, jurisdictionId, nonEmpty, phone, slug, urlField } from './common.ts';

export const departmentSchema = z
  .strictObject({
    id: slug('部门标识，在本区划内唯一，如 xzspj（行政审批服务管理局）、jtysj（交通运输局）'),
    jurisdiction: jurisdictionId(),
    name: nonEmpty('部门全称，如 泽州县行政审批服务管理局'),
    shortName: z.string().optional().meta({ description: '简称，如 县行政审批服务管理局' }),
    role: codeEnum(DEPARTMENT_ROLES, '部门角色：行政审批服务管理局（集中审批）、行业主管部门、人民政府或其他'),
    creditCode: creditCode().optional().meta({
      description: '统一社会信用代码（GB 32100）；实施编码的前 18 位由此而来，实施事项的部门必填',
    }),
    creditCodeVerified: z.boolean().default(true).meta({
      description: '统一社会信用代码是否已与登记管理机关公示的代码核对；未核对的（如演示数据）填 false，网站上会标明“待核实”',
    }),
    address: z.string().optional().meta({ description: '办公地址' }),
    phone: phone('对外咨询电话').optional(),
    website: urlField('网址应以 http:// 或 https:// 开头').optional().meta({ description: '网站' }),
    formerNames: z.array(z.string()).default([]).meta({ description: '曾用名（机构改革前的名称）' }),
  })
  .meta({ title: '部门', description: '一个区划内的政府部门' });

export type Department = z.infer<typeof departmentSchema>;
