/**
 * Never frozen, measured in real headless Chromium on the path this machine
 * takes (WebAssembly; SwiftShader's WebGL is passed over), with training and
 * colorizing in the compute worker: Cancel while the palette is found, in
 * the first epoch and in the second, each answered in words within a
 * second; default training on the harness's six 128 px colour images; and a
 * colorize with its previews. Every main-thread task of the panel's event
 * loop longer than 50 ms is recorded by a PerformanceObserver ('longtask');
 * the longest must stay under 200 ms. Prints what it measures.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { startHarnessServer } from '../../scripts/harness/serve.js';
import type { HarnessCalls, HarnessWindow } from './harnessWindow';

const root = resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve(root, 'test-artifacts');
/** The longest the panel's thread may be blocked while training or colorizing (issue 11). */
const MAX_BLOCK_MS = 200;
/** How soon Cancel must answer, in words. */
const MAX_CANCEL_MS = 1_000;

interface HarnessNode {
  id: string;
  name: string;
  kind: string;
}
interface LongTask {
  duration: number;
  /** Whose script ran: the panel ('self') or the harness page around it. */
  attribution: string;
}

let server: { url: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

const harnessCall = <T>(fn: string, ...args: unknown[]) =>
  page.evaluate(([name, rest]) => ((window as unknown as HarnessWindow).harness as unknown as HarnessCalls)[name as string](...(rest as unknown[])), [
    fn,
    args,
  ] as const) as Promise<T>;
const pluginFrame = (): Frame => page.frames().find((f) => f !== page.mainFrame())!;
const workerTensors = () => pluginFrame().evaluate(() => (window as unknown as HarnessWindow).__hueprint.numTensorsAsync());

/** Starts recording the panel's long tasks afresh. */
const startLongTasks = () =>
  pluginFrame().evaluate(() => {
    const w = window as unknown as { __longTasks: LongTask[]; __longTaskObserver?: PerformanceObserver };
    w.__longTasks = [];
    if (!w.__longTaskObserver) {
      w.__longTaskObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push({ duration: entry.duration, attribution: entry.name });
      });
      w.__longTaskObserver.observe({ type: 'longtask' });
    }
  });
const longTasks = () => pluginFrame().evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks.slice());
const longest = (tasks: LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));
const summary = (tasks: LongTask[]) =>
  `${tasks.length} tasks > 50 ms, longest ${Math.round(longest(tasks))} ms (limit ${MAX_BLOCK_MS} ms)` +
  (tasks.length > 0 ? ` [${tasks.map((t) => `${Math.round(t.duration)} ${t.attribution}`).join(', ')}]` : '');

describe('the panel stays responsive (WebAssembly in the compute worker, as on a machine without a GPU)', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get update && apt-get install -y chromium\`.`);
    server = await startHarnessServer({ port: 0, rebuild: process.env.E2E_SKIP_BUILD !== '1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--use-angle=swiftshader', '--use-gl=angle', '--enable-unsafe-swiftshader', '--disable-quic'],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server!.url);
    await page.waitForFunction(() => (window as unknown as HarnessWindow).harness?.ready === true, undefined, { timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Cancel answers within a second, in words, while preparing and mid-epoch; default training on six 128 px images never blocks the panel', async () => {
    const ui = page.frameLocator('#plugin');
    await expect.poll(() => ui.getByTestId('backend').getAttribute('data-backend'), { timeout: 60_000 }).toBe('wasm');
    const colour = (await harnessCall<HarnessNode[]>('nodes')).filter((n) => n.kind === 'colour' && n.name.startsWith('Colour art'));
    expect(colour.length).toBe(6);
    await harnessCall(
      'select',
      colour.map((n) => n.id),
    );
    await ui.locator('#panel-train').getByTestId('selection').filter({ hasText: '6 ' }).waitFor({ timeout: 10_000 });
    await ui.getByRole('radio', { name: 'Standard' }).check();
    const tensorsBefore = await workerTensors();

    const progress = ui.getByTestId('training-progress');
    const status = ui.getByTestId('train-status');
    // Timed inside the panel, from the click's arrival to the words on screen: the test driver's own
    // waits (for the button to be stable, over a starved compositor on this 2-core machine) are printed apart.
    const cancelAndTime = async (when: string, expected: RegExp) => {
      await pluginFrame().evaluate(() => {
        const w = window as unknown as { __cancel: { clicked?: number; answered?: number } };
        w.__cancel = {};
        const onClick = (event: Event) => {
          if ((event.target as HTMLElement).closest('button')?.textContent === 'Cancel') w.__cancel.clicked ??= performance.now();
        };
        document.addEventListener('click', onClick, true);
        const observer = new MutationObserver(() => {
          if (w.__cancel.clicked !== undefined && /cancelled/i.test(document.querySelector('[data-testid="train-status"]')?.textContent ?? '')) {
            w.__cancel.answered = performance.now();
            observer.disconnect();
            document.removeEventListener('click', onClick, true);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      const clicked = Date.now();
      await ui.getByRole('button', { name: 'Cancel' }).click({ timeout: 5_000 });
      await status.filter({ hasText: expected }).waitFor({ timeout: 30_000 });
      const wall = Date.now() - clicked;
      const inPanel = await pluginFrame().evaluate(() => {
        const { clicked, answered } = (window as unknown as { __cancel: { clicked?: number; answered?: number } }).__cancel;
        return clicked !== undefined && answered !== undefined ? answered - clicked : Number.NaN;
      });
      console.log(
        `Cancel (${when}) answered in ${Math.round(inPanel)} ms from the click (limit ${MAX_CANCEL_MS} ms; ${wall} ms as the test driver saw it): “${await status.textContent()}”`,
      );
      expect(inPanel).toBeLessThan(MAX_CANCEL_MS);
      await expect(progress.count()).resolves.toBe(0);
    };

    // While the palette is found and the art prepared (before any step).
    await startLongTasks();
    await ui.getByRole('button', { name: 'Train', exact: true }).click();
    await progress.filter({ hasText: 'Finding the palette' }).waitFor({ timeout: 30_000 });
    await cancelAndTime('finding the palette', /Training cancelled/);
    // In the first epoch: nothing to keep, and it says so.
    await ui.getByRole('button', { name: 'Train', exact: true }).click();
    await progress.filter({ hasText: /Epoch 1 of/ }).waitFor({ timeout: 120_000 });
    await cancelAndTime('in epoch 1', /Training cancelled/);
    await expect(ui.getByTestId('train-result').count()).resolves.toBe(0);
    // In the second epoch: the first epoch's style is kept.
    await ui.getByRole('button', { name: 'Train', exact: true }).click();
    await progress.filter({ hasText: /Epoch 2 of/ }).waitFor({ timeout: 180_000 });
    await cancelAndTime('in epoch 2', /Training cancelled/);
    await ui.getByTestId('train-result').waitFor({ timeout: 5_000 });
    const cancelTasks = await longTasks();
    console.log(`Main thread during the three cancelled runs: ${summary(cancelTasks)}`);
    // Every run, cancelled however, leaves no tensor behind in the worker (a replaced worker starts with none).
    await expect.poll(workerTensors, { timeout: 10_000 }).toBeLessThanOrEqual(tensorsBefore);

    await startLongTasks();
    const started = Date.now();
    await ui.getByRole('button', { name: 'Train', exact: true }).click();
    // Asked every 250 ms rather than with locator waits, which poll the page on every animation frame: on this
    // 2-core machine that cost Chromium and the driver about 5 s of CPU beside the compute worker's 15 s.
    const finished = () =>
      pluginFrame().evaluate(() => {
        const result = document.querySelector('[data-testid="train-result"]');
        return !!result && !/is kept below/.test(result.textContent ?? '') && !document.querySelector('[data-testid="training-progress"]');
      });
    await expect.poll(finished, { interval: 250, timeout: 600_000 }).toBe(true);
    const seconds = (Date.now() - started) / 1000;
    const tasks = await longTasks();
    console.log(`Default training (Standard), six 128 px images, WebAssembly in the compute worker: ${seconds.toFixed(1)} s; main thread: ${summary(tasks)}`);
    expect(await workerTensors()).toBe(tensorsBefore);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('#plugin').screenshot({ path: resolve(ARTIFACTS, 'ui-responsive-train-result.png') });
    expect(longest(cancelTasks)).toBeLessThan(MAX_BLOCK_MS);
    expect(longest(tasks)).toBeLessThan(MAX_BLOCK_MS);
  }, 900_000);

  it('previews and colorizes without blocking the panel, and leaves no tensor behind', async () => {
    const ui = page.frameLocator('#plugin');
    await ui.getByLabel('Style name').fill('Responsive');
    await ui.getByRole('button', { name: 'Save style' }).click();
    await ui.getByTestId('save-status').filter({ hasText: 'Responsive' }).waitFor({ timeout: 10_000 });
    const tensorsBefore = await workerTensors();
    await ui.getByRole('tab', { name: 'Colorize' }).click();
    const gray = (await harnessCall<HarnessNode[]>('nodes')).filter((n) => n.kind === 'gray').slice(0, 2);
    expect(gray.length).toBe(2);
    await startLongTasks();
    const started = Date.now();
    await harnessCall(
      'select',
      gray.map((n) => n.id),
    );
    await ui.locator('#panel-colorize').getByTestId('selection').filter({ hasText: '2 ' }).waitFor({ timeout: 10_000 });
    await ui.getByLabel('New layer beside it').check();
    await ui.getByRole('button', { name: 'Colorize', exact: true }).click({ timeout: 30_000 });
    await ui.getByTestId('colorize-report').filter({ hasText: 'Colorized 2 of 2' }).waitFor({ timeout: 120_000 });
    const tasks = await longTasks();
    console.log(`Preview and colorize two gray images: ${((Date.now() - started) / 1000).toFixed(1)} s; main thread: ${summary(tasks)}`);
    await expect.poll(workerTensors, { timeout: 10_000 }).toBe(tensorsBefore);
    expect(longest(tasks)).toBeLessThan(MAX_BLOCK_MS);
    expect(pageErrors.filter((e) => !/favicon/i.test(e))).toEqual([]);
  }, 300_000);
});
