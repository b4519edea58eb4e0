// Text at the design system's sizes on every surface: body 14 px, small 12 px, never smaller for words a person
// reads (measured from computed styles, not judged from screenshots: a 14 px root once made small text 10.5 px).
import type { FrameLocator } from 'playwright-core';
import { describeE2E } from './support/session';

/** Each surface's page, the persona who sees most of it, and the module whose frame holds it. */
const SURFACES: { route: string; as: string; module: string; ready: string }[] = [
  { route: '/jira/apps/throughline', as: 'exec', module: 'throughline-strategy', ready: 'h1, h2' },
  { route: '/jira/apps/throughline/alignment', as: 'exec', module: 'throughline-strategy', ready: '[data-testid="tree-row"], .al-row' },
  { route: '/jira/apps/throughline/gaps', as: 'lead', module: 'throughline-strategy', ready: '[data-testid="gap"]' },
  // A goal page with its agreements (the demo's asked, agreed and at-risk ones), and the agreement web (SVG text too).
  { route: '/jira/apps/throughline/goal/g-dashboards-v3', as: 'lead', module: 'throughline-strategy', ready: '[data-testid="agreement"]' },
  { route: '/jira/apps/throughline/agreements/g-grow-arr', as: 'exec', module: 'throughline-strategy', ready: '[data-testid="web-node"]' },
  { route: '/jira/issue/INS-43', as: 'member', module: 'throughline-goal-panel', ready: '[data-testid="panel-headline"]' },
  { route: '/jira/apps/throughline/goal/g-dashboards-v3', as: 'lead', module: 'throughline-strategy', ready: '[data-testid="goal-input-item"]' },
  { route: '/jira/project/INS', as: 'lead', module: 'throughline-project-page', ready: 'h2' },
  { route: '/jira/project/INS/settings', as: 'lead', module: 'throughline-project-settings', ready: 'h2, label' },
  { route: '/jira/settings/apps/throughline', as: 'exec', module: 'throughline-admin', ready: 'h2' },
  { route: '/confluence/page/1001', as: 'exec', module: 'throughline-alignment-tree', ready: '.am-title, [data-testid="macro-row"]' },
  { route: '/confluence/page/1001', as: 'exec', module: 'throughline-scorecard', ready: '[data-testid="kpi-row"], h2, h3' },
];

/** Every element with text of its own that is visible, with its computed font size and line height in px. */
const textSizes = (app: FrameLocator) =>
  app.locator('body').evaluate((body) => {
    const out: { text: string; size: number; tag: string; cls: string }[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || text === '' || !/[\p{L}\p{N}]/u.test(text)) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || rect.width === 0 || rect.height === 0) continue;
      if (el.closest('[aria-hidden="true"]')) continue;
      out.push({ text: text.slice(0, 40), size: Number.parseFloat(style.fontSize), tag: el.tagName.toLowerCase(), cls: el.className.toString() });
    }
    return {
      rootPx: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      bodyPx: Number.parseFloat(getComputedStyle(body).fontSize),
      texts: out,
    };
  });

describeE2E('type sizes on every surface', { shots: 'typography', timeout: 120_000 }, (e2e) => {
  it.each(SURFACES.map((s) => [`${s.module} on ${s.route}`, s] as const))('%s reads at 14 px body and no text below 12 px', async (_name, s) => {
    const page = await e2e.open(s.route, s.as);
    const app = e2e.frame(page, s.module);
    await app.locator(s.ready).first().waitFor();
    const { rootPx, bodyPx, texts } = await textSizes(app);
    expect({ rootPx, bodyPx }).toEqual({ rootPx: 16, bodyPx: 14 });
    expect(texts.length).toBeGreaterThan(3);
    expect(texts.filter((t) => t.size < 12)).toEqual([]);
    expect(e2e.problems).toEqual([]);
  });
});
