import { launchChromium } from './tests/harness/browser.ts';
import { serveBuilds } from './tests/harness/serve.ts';
const server = await serveBuilds(['dist']);
const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.text()));
await page.goto(new URL('checklists/gesprek-afsluiten/', server.url).href);
await page.evaluate(async () => { await navigator.serviceWorker.ready; });
for (let i = 0; i < 10; i++) {
  console.log(Date.now() % 100000, await page.evaluate(() => { const e = document.querySelector('footer offline-copy') as HTMLElement; const b = e.querySelector('[data-save]') as HTMLButtonElement; return `hidden=${e.hidden} disabled=${b.disabled} bhidden=${b.hidden} count=${e.querySelector('[data-count]')!.textContent} status=${e.querySelector('[data-status]')!.textContent}` }), await page.evaluate(() => caches.keys()));
  await new Promise((r) => setTimeout(r, 1000));
}
await browser.close(); await server.close();
