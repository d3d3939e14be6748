/** A 跨省通办 or 全省通办 list. */
import { z } from 'zod';
import { TONGBAN_MODES, TONGBAN_SCOPES, codeEnum } from './codes.ts';
import { basicCode, isoDate, jurisdictionId, nonEmpty, slug } from './common.ts';

export const tongbanListSchema = z
  .strictObject({
    id: slug('清单标识，如 shanxi-kuasheng-batch-1'),
    title: nonEmpty('清单名称'),
    scope: codeEnum(TONGBAN_SCOPES, '通办范围'),
    jurisdiction: jurisdictionId(),
    notice: z.string().optional().meta({ description: '印发清单的政策文件（notices 的标识）' }),
    declaredCount: z.number().int().min(0).optional().meta({ description: '文件写明的事项总数' }),
    complete: z.boolean().default(true).meta({ description: '是否收录了清单全部事项' }),
    entries: z
      .array(
        z.strictObject({
          matter: basicCode().meta({ description: '事项的基本编码' }),
          name: nonEmpty('清单中的事项名称'),
          modes: z.array(codeEnum(TONGBAN_MODES)).min(1).meta({ description: '通办模式' }),
          targetDate: isoDate('实现通办的时间'),
          scenario: z.string().optional().meta({ description: '适用场景' }),
        }),
      )
      .min(1)
      .meta({ description: '事项' }),
  })
  .meta({ title: '通办清单', description: '跨省通办或全省通办清单' });

export type TongbanList = z.infer<typeof tongbanListSchema>;
