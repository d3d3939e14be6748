/**
 * The division of one matter in one jurisdiction between the approval bureau and the supervising
 * departments (职责边界 / 审管衔接): who approves, who supervises, what information is pushed to whom,
 * and who gives technical support.
 */
import { z } from 'zod';
import { APPROVAL_DUTIES, PRE_REVIEW_STATUSES, SUPERVISION_DUTIES, TECHNICAL_TASKS, codeEnum } from './codes.ts';
import { basicCode, jurisdictionId, legalBasis, nonEmpty, slug, timeLimit } from './common.ts';

export const pushSchema = z
  .strictObject({
    what: nonEmpty('推送的信息，如 审批结果信息、监管中形成的政策文件'),
    from: slug('推送方：departments 的标识'),
    to: slug('接收方：departments 的标识'),
    when: nonEmpty('推送时点，如 作出审批决定后'),
    within: timeLimit('推送时限').optional(),
    feedbackWithin: timeLimit('接收方反馈时限').optional(),
    channel: nonEmpty('推送渠道，如 审管联动系统、一体化在线政务服务平台、纸质函件'),
  })
  .meta({ description: '一项信息推送' });

export const technicalSupportSchema = z
  .strictObject({
    task: codeEnum(TECHNICAL_TASKS, '技术支持事项'),
    lead: slug('牵头单位：departments 的标识'),
    cooperating: z.array(slug('配合单位')).default([]).meta({ description: '配合单位' }),
    limit: timeLimit('完成时限').optional(),
    note: z.string().optional().meta({ description: '说明' }),
  })
  .meta({ description: '一项技术支持' });

export const responsibilitySchema = z
  .strictObject({
    jurisdiction: jurisdictionId(),
    matter: basicCode().meta({ description: '事项的基本编码' }),
    approval: z
      .strictObject({
        department: slug('审批部门：departments 的标识'),
        duties: z.array(codeEnum(APPROVAL_DUTIES)).min(1).meta({ description: '审批职责' }),
        note: z.string().optional().meta({ description: '说明' }),
      })
      .meta({ description: '审批一方：谁审批、谁负责' }),
    supervision: z
      .array(
        z.strictObject({
          department: slug('监管部门：departments 的标识'),
          duties: z.array(codeEnum(SUPERVISION_DUTIES)).min(1).meta({ description: '监管职责' }),
          note: z.string().optional().meta({ description: '说明' }),
        }),
      )
      .min(1, '至少填写一个监管部门')
      .meta({ description: '监管一方：谁主管、谁监管' }),
    pushes: z.array(pushSchema).default([]).meta({ description: '审管信息推送' }),
    technicalSupport: z.array(technicalSupportSchema).default([]).meta({ description: '技术支持' }),
    preReview: z
      .strictObject({
        status: codeEnum(PRE_REVIEW_STATUSES, '主管部门初审（转报）意见'),
        basis: z.array(legalBasis).default([]).meta({ description: '保留初审所依据的法律、法规；无明文规定的一律取消' }),
        note: z.string().optional().meta({ description: '说明' }),
      })
      .meta({ description: '主管部门初审意见' }),
    postApprovalInspection: z
      .strictObject({
        within: timeLimit('收到推送后完成证后检查的时限'),
        method: nonEmpty('检查方式，如 “双随机、一公开”'),
      })
      .optional()
      .meta({ description: '告知承诺事项的证后检查' }),
    notices: z.array(z.string()).default([]).meta({ description: '依据的政策文件（notices 的标识）' }),
  })
  .meta({ title: '职责边界', description: '一个事项在一个区划内的审管职责划分' });

export type Responsibility = z.infer<typeof responsibilitySchema>;
