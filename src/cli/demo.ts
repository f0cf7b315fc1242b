import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export interface DemoArgs {
  /** The built extension folder (default: the Chrome production build). */
  extension: string;
  headless: boolean;
  /** Take a screenshot of the oefenchat into this file, then quit (for checks and docs). */
  screenshot: string | undefined;
}

/**
 * Opens Chromium with the built extension loaded on the oefenchat, the offline imitation chatbot:
 * no account, no network. A fresh, temporary profile every time.
 */
export async function demoCommand({ extension, headless, screenshot }: DemoArgs): Promise<number> {
  const dir = path.resolve(extension);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`plakwacht: no built extension in ${dir}. Run \`npm run build\` first (\`npm start\` does both).`);
    return 2;
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(
      `plakwacht: no Chromium at ${executablePath}. On Debian/Ubuntu: sudo apt-get install chromium chromium-l10n; ` +
        'elsewhere set CHROMIUM_PATH to a Chromium or Chrome for Testing binary.',
    );
    return 2;
  }
  if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('plakwacht: no display to open a window on. Use `plakwacht demo --headless --screenshot FILE` to check it without one.');
    return 2;
  }

  const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'plakwacht-demo-')), {
    executablePath,
    headless,
    viewport: null,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = `chrome-extension://${new URL(worker.url()).host}/oefenchat.html`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Plakwacht is loaded. Oefenchat: ${url}`);

  if (screenshot) {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot: ${screenshot}`);
    await context.close();
    return 0;
  }
  console.log('Close the browser window to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  return 0;
}
