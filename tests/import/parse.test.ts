/** The structure of a notice from its lines: numbering, wrapping, headings, numerals, foot. */
import { describe, expect, it } from 'vitest';
import { type ParsedNotice, parseNotice, tidy } from '../../src/import/notice/parse.ts';
import { parseNumber } from '../../src/import/notice/numerals.ts';
import { decodeNoticeUtf8 } from '../../src/import/notice/text.ts';
import { firstInvalidUtf8 } from '../../src/io/text.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
const items = (p: ParsedNotice) => p.groups.flatMap((g) => g.items.map((i) => [i.line, i.direction, i.name, i.powerType ?? null, i.department?.value ?? g.department ?? null]));

const HEAD = '某县人民政府\n关于调整审批事项的通知\n各有关单位：\n';
const FOOT = '\n某县人民政府\n二〇二一年十二月三日\n';

describe('parseNotice', () => {
  it('reads a department sub-heading (an item with items below it) and （1） items', () => {
    const p = parseNotice(lines(`${HEAD}一、划转至县行政审批服务管理局的事项（3项）\n（一）县交通运输局（2项）\n（1）包车客运新增运力许可（行政许可）\n（2）旅游客运新增运力许可（行政许可）\n（二）县林业局（1项）\n（1）森林植物产地检疫合格证核发（行政许可）\n二、其他\n（一）做好衔接。${FOOT}`));
    expect(items(p)).toEqual([
      [6, 'in', '包车客运新增运力许可', '行政许可', '县交通运输局'],
      [7, 'in', '旅游客运新增运力许可', '行政许可', '县交通运输局'],
      [9, 'in', '森林植物产地检疫合格证核发', '行政许可', '县林业局'],
    ]);
    expect(p.groups[0]!.approval).toBe('县行政审批服务管理局');
    expect(p.declared).toEqual({ in: { matters: 3, line: 4 } });
    expect(p.date).toEqual({ value: '2021-12-03', line: 13 });
  });

  it('takes a heading paragraph without numbering when numbered items follow', () => {
    const p = parseNotice(lines(`${HEAD}将县交通运输局 2 个事项划转至县行政审批服务管理局：\n①包车客运新增运力许可（行政许可）\n②旅游客运新增运力许可（行政许可）\n各部门须于 2022 年 1 月 1 日之前完成交接。${FOOT}`));
    expect(items(p)).toEqual([
      [5, 'in', '包车客运新增运力许可', '行政许可', '县交通运输局'],
      [6, 'in', '旅游客运新增运力许可', '行政许可', '县交通运输局'],
    ]);
    expect(p.handoverBy?.value).toBe('2022-01-01');
  });

  it('does not join a short heading with the paragraph after it, but joins a full wrapped line', () => {
    const full = '根据工作需要现将有关事项通知如下各部门认';
    const p = parseNotice(lines(`${HEAD}${full}\n${full}\n一、调整事项\n将县林业局 1 个事项划转至县行政审批服务管理局，不适宜的 1 个事项划回县交通运输局。\n（一）将县林业局 1 个事项划转至县行政审批\n\n服务管理局\n1.森林植物产地检疫合格证核发（行政许可）\n（二）将下列事项划回县交通运输局\n1.包车客运新增运力许可（行政许可）${FOOT}`));
    expect(p.groups.map((g) => [g.line, g.direction, g.department, g.approval ?? null])).toEqual([
      [8, 'in', '县林业局', '县行政审批服务管理局'],
      [12, 'back', '县交通运输局', null],
    ]);
    expect(p.declared).toEqual({ in: { matters: 1, line: 7 }, back: { matters: 1, line: 7 } });
    expect(items(p)).toEqual([
      [11, 'in', '森林植物产地检疫合格证核发', '行政许可', '县林业局'],
      [13, 'back', '包车客运新增运力许可', '行政许可', '县交通运输局'],
    ]);
  });

  it('reads a 文号 line, a typo bracket and Chinese numerals of a transition period', () => {
    const p = parseNotice(lines(`某县人民政府文件\n某政发〔2021〕 12 号\n某县人民政府关于划转事项的通知\n各有关单位：\n一、将县林业局 1 个事项划转至县行政审批服务管理局\n1.森林植物产地检疫合格证核发（其他权利）\n二、设置十二个月的过渡期。${FOOT}`));
    expect(p.title?.value).toBe('某县人民政府关于划转事项的通知');
    expect(p.docNumber).toMatchObject({ value: '某政发〔2021〕12号', line: 2 });
    expect(p.transitionMonths).toEqual({ value: 12, line: 7 });
    expect(items(p)).toEqual([[6, 'in', '森林植物产地检疫合格证核发', '其他权利', '县林业局']]);
  });

  it('finds no items in a notice without a transfer heading', () => {
    expect(parseNotice(lines(`${HEAD}一、提高认识\n1.划转事项要做好衔接。${FOOT}`)).groups).toEqual([]);
  });
});

describe('numerals and text', () => {
  it('reads Arabic and Chinese numerals', () => {
    expect([parseNumber('14'), parseNumber('三'), parseNumber('十四'), parseNumber('二十'), parseNumber('一百零八'), parseNumber('两'), parseNumber('二〇二〇')]).toEqual([14, 3, 14, 20, 108, 2, 2020]);
    expect(parseNumber('个')).toBeUndefined();
  });

  it('removes stray spaces next to Chinese text only', () => {
    expect(tidy(' 2020 年 12 月 30 日前，将 14 个 事项 ')).toBe('2020年12月30日前，将14个事项');
    expect(tidy('GB 32100 标准')).toBe('GB 32100标准');
    expect(tidy('１２ 个')).toBe('12个');
  });

  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('泽州县', 'utf8'))).toBeUndefined();
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xcf, 0xd8]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xe6, 0xb3]))).toBe(0); // cut short
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe0, 0x80, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
    expect(decodeNoticeUtf8(Buffer.from('\uFEFF通知', 'utf8'), 'x')).toBe('通知');
    expect(() => decodeNoticeUtf8(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'a.txt')).toThrow('a.txt  文件是 UTF-16 编码');
    // A GBK notice usually starts with a Chinese character: the line is still the first.
    expect(() => decodeNoticeUtf8(Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0x0a, 0x41, 0x0a]), 'b.txt')).toThrow('b.txt:1  文件不是 UTF-8 编码（第 1 行');
  });
});
