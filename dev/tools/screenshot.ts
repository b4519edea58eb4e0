// Takes screenshots of local host pages in headless Chromium, for looking at what a persona sees.
// Usage: npx tsx dev/tools/screenshot.ts <url> <out.png> [<url> <out.png> …]  (the host must be running)
//   WIDTH=1024   the window's width (default 1280)
//   FULL=1       the whole length of the app's frame, not only the first 900 px: the window grows to hold it
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
      if (process.env.FULL) {
        // The app scrolls inside its frame, so the page's own length is the window's: grow the window to the frame.
        const frame = page.frames().find((f) => f !== page.mainFrame());
        const inner = frame ? await frame.evaluate(() => document.documentElement.scrollHeight) : 0;
        await page.setViewportSize({ width: Number(process.env.WIDTH ?? 1280), height: Math.min(inner + 250, 12_000) });
        await page.waitForTimeout(500);
      }
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
