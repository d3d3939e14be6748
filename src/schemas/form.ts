/**
 * A form that a material asks for. The blank (空表) and the sample (样表) come either from one
 * structured definition (so they can never drift apart) or from the department's own files.
 */
import { z } from 'zod';
import { nonEmpty, slug } from './common.ts';

const baseField = {
  label: nonEmpty('栏目名称，如 申请人名称'),
  required: z.boolean().default(false).meta({ description: '是否必填' }),
  help: z.string().optional().meta({ description: '填写说明' }),
  width: z.enum(['full', 'half']).default('full').meta({ description: '在表格中占整行（full）或半行（half）' }),
};

const sampleText = z.string().meta({ description: '样表中的示例值' });

export const columnSchema = z
  .strictObject({
    label: nonEmpty('列名'),
    type: z.enum(['text', 'date', 'number']).default('text').meta({ description: '列的类型' }),
  })
  .meta({ description: '表格的一列' });

export const fieldSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ ...baseField, type: z.literal('text'), sample: sampleText }),
    z.strictObject({ ...baseField, type: z.literal('multiline'), lines: z.number().int().min(2).max(20).default(3), sample: sampleText }),
    z.strictObject({ ...baseField, type: z.literal('date'), sample: z.string().meta({ description: '示例日期，YYYY-MM-DD' }) }),
    z.strictObject({ ...baseField, type: z.literal('number'), unit: z.string().optional(), sample: z.union([z.number(), z.string()]) }),
    z.strictObject({
      ...baseField,
      type: z.literal('choice'),
      options: z.array(nonEmpty('选项')).min(2, '至少两个选项').meta({ description: '选项' }),
      multiple: z.boolean().default(false).meta({ description: '可否多选' }),
      sample: z.union([z.string(), z.array(z.string())]).meta({ description: '示例所选的选项' }),
    }),
    z.strictObject({ ...baseField, type: z.literal('checkbox'), sample: z.boolean().meta({ description: '示例是否勾选' }) }),
    z.strictObject({ ...baseField, type: z.literal('idNumber'), sample: sampleText.meta({ description: '示例公民身份号码（须通过校验）' }) }),
    z.strictObject({ ...baseField, type: z.literal('phone'), sample: sampleText }),
    z.strictObject({
      ...baseField,
      type: z.literal('signature'),
      seal: z.boolean().default(false).meta({ description: '是否需要盖章' }),
      sample: sampleText.meta({ description: '样表中签名处的示例，如 张三（签字）' }),
    }),
    z.strictObject({
      ...baseField,
      type: z.literal('table'),
      columns: z.array(columnSchema).min(1).meta({ description: '列' }),
      rows: z.number().int().min(1).max(30).default(3).meta({ description: '空表的行数' }),
      sample: z.array(z.array(z.union([z.string(), z.number()]))).min(1).meta({ description: '样表中的行，每行的值与列一一对应' }),
    }),
  ])
  .meta({ description: '表格中的一个栏目' });

export const sectionSchema = z
  .strictObject({
    title: z.string().optional().meta({ description: '分区标题，如 申请人信息' }),
    fields: z.array(fieldSchema).min(1).meta({ description: '栏目' }),
  })
  .meta({ description: '表格的一个分区' });

export const formFileSchema = z
  .strictObject({
    file: nonEmpty('文件路径，相对于 data/ 目录，如 forms/files/xxx-blank.pdf'),
    title: z.string().optional().meta({ description: '下载链接显示的标题' }),
  })
  .meta({ description: '部门提供的文件' });

export const formSchema = z
  .strictObject({
    id: slug('表格标识，如 road-passenger-licence-application'),
    title: nonEmpty('表格标题'),
    issuer: nonEmpty('制发单位'),
    description: z.string().optional().meta({ description: '用途说明' }),
    sections: z.array(sectionSchema).optional().meta({ description: '结构化定义：由此同时生成空表和样表' }),
    notes: z.array(z.string()).default([]).meta({ description: '填表须知' }),
    blank: formFileSchema.optional().meta({ description: '空表文件（不用结构化定义时必填）' }),
    sample: formFileSchema.optional().meta({ description: '样表文件（不用结构化定义时必填）' }),
  })
  .meta({ title: '表格', description: '申请材料所需的表格：结构化定义或部门文件，均须有空表和样表' });

export type Form = z.infer<typeof formSchema>;
export type FormField = z.infer<typeof fieldSchema>;
