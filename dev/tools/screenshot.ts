// Takes screenshots of local host pages in headless Chromium, for looking at what a persona sees.
// Usage: npx tsx dev/tools/screenshot.ts <url> <out.png> [<url> <out.png> …]  (the host must be running)
import { launchChromium, findChromium } from '../../test/e2e/support/chromium';

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  const exe = findChromium();
  if (!exe || args.length < 2) throw new Error('usage: screenshot <url> <out.png> … (needs Chromium)');
  const browser = await launchChromium(exe);
  try {
    for (let i = 0; i + 1 < args.length; i += 2) {
      const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH ?? 1280), height: 900 } });
      page.on('pageerror', (e) => console.error(`page error on ${args[i]}: ${e.message}`));
      await page.goto(args[i]!, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1500);
      await page.screenshot({ path: args[i + 1]!, fullPage: true });
      console.log(`saved ${args[i + 1]}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
