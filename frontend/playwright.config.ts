import { defineConfig } from '@playwright/test';

// Browser tests use Debian's Chromium (apt-get install -y chromium); never `playwright install`.
export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR ?? '/tmp/cohesion-playwright/test-results',
  reporter: [['list']],
  timeout: 60_000,
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
});
