import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/site/safe-href.ts';

describe('safeHref', () => {
  it('keeps http(s), tel and mailto URLs as they are written', () => {
    for (const url of ['https://zwfw.example.gov.cn/item?id=1', 'http://www.example.gov.cn/', 'tel:0356-3021234', 'mailto:spj@example.gov.cn', 'HTTPS://EXAMPLE.ORG/'])
      expect(safeHref(url)).toBe(url);
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ])
      expect(safeHref(url), url).toBeUndefined();
  });

  it('refuses what is not an absolute URL, and nothing', () => {
    for (const url of ['www.example.gov.cn', '/guides/', '//evil.example/x', '', undefined]) expect(safeHref(url), String(url)).toBeUndefined();
  });
});
