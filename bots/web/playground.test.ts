// The playground in real Chromium against `npm start`'s entry point on the embedded default:
// welcome, buttons, an upload with in-place progress, and history that survives a restart.
import { sampleResume } from '../../test-helpers/resume-files.ts';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../../test-helpers/browser.ts';
import { freePort } from '../../test-helpers/free-port.ts';
import { startEntry } from '../../test-helpers/processes.ts';
import { createTempDir } from '../../test-helpers/temp-dir.ts';

let browser: Browser;
let dir: { path: string; remove(): Promise<void> };
let env: Record<string, string>;

before(async () => {
  browser = await launchBrowser();
  dir = await createTempDir();
  env = { DATA_DIR: dir.path, PORT: String(await freePort()), MAX_UPLOAD_MB: '1' };
});
after(async () => {
  await browser.close();
  await dir.remove();
});

const startServer = () => startEntry('app/start.ts', env, /Open the playground: (http:\S+)/);
const botMessages = (page: Page) => page.getByTestId('bot-message');

async function expectCount(locator: Locator, count: number) {
  await locator.nth(count - 1).waitFor();
  assert.equal(await locator.count(), count);
}

test('a user chats, presses buttons, uploads a resume, and finds the history after a restart', async () => {
  let server = await startServer();
  const url = server.match[1]!;
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.locator('#name').fill('Alice');
    await page.locator('#name').dispatchEvent('change');
    await page.locator('#text').fill('/start');
    await page.locator('#text').press('Enter');
    await botMessages(page).filter({ hasText: "Hi Alice! I'm IntervAI" }).waitFor();

    await page.getByRole('button', { name: 'How it works' }).first().click();
    await botMessages(page).filter({ hasText: 'What I can do now' }).waitFor();

    // A two-column PDF: the sidebar must not be read into the main column.
    const resume = `${dir.path}/alice-resume.pdf`;
    await writeFile(resume, (await sampleResume('pdf-two-column')).bytes);
    await page.locator('#file').setInputFiles(resume);
    const progress = botMessages(page).filter({ hasText: 'alice-resume.pdf' });
    await progress.filter({ hasText: 'Resume version 1 is ready' }).waitFor();
    assert.equal(await progress.count(), 1, 'progress is one message edited in place');
    const card = await progress.innerText();
    assert.match(card, /Oluwaseun Adebayo · Backend Engineer, Payments/);
    assert.match(card, /3 roles · \d+ years · latest: Backend Engineer II at Ledgerline Ltd \(Apr 2023 – present\)/);
    await progress.getByRole('button', { name: 'Show full resume' }).click();
    await botMessages(page).filter({ hasText: 'Version 1 of 1, from alice-resume.pdf' }).waitFor();

    await page.locator('#text').fill('');
    await page.locator('#text').press('Enter');
    await botMessages(page).filter({ hasText: 'Your message was empty' }).waitFor();

    const big = `${dir.path}/big.pdf`;
    await writeFile(big, Buffer.alloc(1024 * 1024 + 10));
    await page.locator('#file').setInputFiles(big);
    await botMessages(page).filter({ hasText: 'big.pdf is just over the 1 MB limit' }).waitFor();
    await page.screenshot({ path: process.env.PLAYGROUND_SCREENSHOT ?? `${dir.path}/playground.png` });

    assert.equal(await server.stop(), 0, server.output());
    await page.getByText('Reconnecting to the bot').waitFor();
    server = await startServer();
    // The open tab reconnects by itself and can talk again without a reload.
    await page.getByText('Reconnecting to the bot').waitFor({ state: 'detached' });
    await page.locator('#text').fill('/help');
    await page.locator('#text').press('Enter');
    await expectCount(botMessages(page).filter({ hasText: 'What I can do now' }), 2);
    await page.reload();
    await botMessages(page).filter({ hasText: "Hi Alice! I'm IntervAI" }).waitFor();
    await botMessages(page).filter({ hasText: 'Resume version 1 is ready' }).waitFor();
    await page.getByTestId('user-message').filter({ hasText: '📎 alice-resume.pdf' }).waitFor();
  } finally {
    await page.close();
    await server.stop();
  }
});
