/**
 * Rule 14.6: an online address that leads to the matter. A guide handled online gives its online
 * address (or says it is not published); the address is the matter's own page, not the home page
 * of a portal — a URL with no path beyond “/”, or a portal's index page (/index.html, #/home …),
 * leaves the citizen to search the portal.
 */
import { isUnpublished } from '../../schemas/index.ts';
import { defineRule } from '../rule.ts';

/** Paths of a portal's front page: /, /index.html, /portal/index.jsp, /home/ … */
const INDEX_PATH = /^\/(?:(?:portal|web|zwfw|home)\/)?(?:(?:index|default|home|main|portal)(?:\.(?:s?html?|jsp|aspx?|php|do))?\/?)?$/iu;
/** Hash routes of a single-page portal's front page. */
const INDEX_HASH = /^(?:#\/?(?:index|home|main)?\/?)?$/iu;

/** Whether `url` is the home page of a site rather than a page of one matter. */
export function isHomePage(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return INDEX_PATH.test(u.pathname) && u.search === '' && INDEX_HASH.test(u.hash);
}

export default defineRule({
  id: 'online-link',
  n: 14,
  sub: 6,
  title: '网上办理的事项没有网上办理地址，或网址只是政务服务网的首页',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      const g = r.data;
      if (g.onlineUrl === undefined) {
        if (g.handlingForms.includes('网上办理')) {
          ctx.report(r, ['handlingForms'], '办理形式有网上办理，却没有网上办理地址：请在 onlineUrl 填写本事项的办理页面；找不到的，写作 { unpublished: true, ask: 询问途径 }');
        }
        continue;
      }
      if (isUnpublished(g.onlineUrl)) continue;
      if (isHomePage(g.onlineUrl)) {
        ctx.report(r, ['onlineUrl'], `“${g.onlineUrl}”是网站首页，申请人还得自己找事项：请填写本事项的办理页面地址；找不到的，写作 { unpublished: true, ask: 询问途径 }`);
      }
    }
  },
});
