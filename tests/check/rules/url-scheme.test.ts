import { describe, expect, it } from 'vitest';
import { GUIDE, rec } from '../../helpers/fixture.ts';
import { checkFixture, positionOf } from '../../helpers/rule-cases.ts';

const DEPT = 'data/departments/140525/xzspj.yaml';

describe('url-scheme', () => {
  it('accepts https:// and http:// addresses', () => {
    const { result, of } = checkFixture((r) => {
      rec(r, GUIDE).onlineUrl = 'https://zwfw.example.gov.cn/item/140121001003';
      rec(r, DEPT).website = 'http://www.example.gov.cn/';
    });
    expect(of('url-scheme')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('reports a javascript: online address, located at the value', () => {
    const { files, result, of } = checkFixture((r) => (rec(r, GUIDE).onlineUrl = 'javascript:alert(1)'));
    const found = of('url-scheme');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'url-scheme', file: GUIDE, path: 'onlineUrl', ...positionOf(files[GUIDE]!, 'javascript:alert(1)') });
    expect(found[0]!.message).toContain('网上办理地址');
    expect(found[0]!.message).toContain('https://');
    expect(result.ok).toBe(false);
  });

  it('reports a data: website, and a scheme disguised by case and a tab', () => {
    const { files, of } = checkFixture((r) => {
      rec(r, DEPT).website = 'data:text/html,<script>alert(1)</script>';
      rec(r, GUIDE).onlineUrl = 'Java\tScript:alert(1)';
    });
    const found = of('url-scheme');
    expect(found.map((p) => [p.file, p.path])).toEqual([
      [DEPT, 'website'],
      [GUIDE, 'onlineUrl'],
    ]);
    expect(found[0]).toMatchObject(positionOf(files[DEPT]!, 'data:text/html'));
    expect(found[0]!.message).toContain('以 data: 开头');
  });
});
