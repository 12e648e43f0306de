import { defineConfig } from '@playwright/test';

// Browser tests use Debian's Chromium (apt-get install -y chromium); never `playwright install`.
// Two runs of the flows: English on a desktop screen, German on a 390 px phone.
export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? '/tmp/cohesion-playwright/test-results',
  reporter: [['list']],
  timeout: 240_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  use: {
    baseURL: process.env.COHESION_WEB_URL ?? 'http://127.0.0.1:3000',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'en-desktop', use: { locale: 'en-GB', viewport: { width: 1280, height: 800 } } },
    {
      name: 'de-phone',
      use: { locale: 'de-DE', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    },
  ],
});
