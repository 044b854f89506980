/**
 * End to end in real headless Chromium: the built dist/ui.html in the harness
 * (real plugin/ code on the fake figma), WebGL on SwiftShader. Trains a tiny
 * style on colour art, colorizes a gray image in place, checks the written
 * pixels, then undoes. Kept tiny because SwiftShader is a CPU emulating a GPU.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { startHarnessServer } from '../../scripts/harness/serve.js';

const root = resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve(root, 'test-artifacts');

interface HarnessNode {
  id: string;
  name: string;
  kind: 'colour' | 'gray';
  width: number;
  height: number;
}

let server: { url: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

const nodes = () => page.evaluate(() => (window as any).harness.nodes() as HarnessNode[]);
const fillHash = (id: string) => page.evaluate((nodeId) => (window as any).harness.fillHash(nodeId) as string | null, id);
const imagePng = async (hash: string) => {
  const base64 = await page.evaluate((h) => (window as any).harness.imageBase64(h) as Promise<string>, hash);
  return PNG.sync.read(Buffer.from(base64, 'base64'));
};

describe('plugin UI in headless Chromium', () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install it with \`apt-get update && apt-get install -y chromium\`.`);
    }
    // Builds dist/ first, so the test runs what ships (E2E_SKIP_BUILD=1 reuses an existing dist/).
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
    await page.waitForFunction(() => (window as any).harness?.ready === true, undefined, { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('trains on WebGL, colorizes a gray image in place with palette colours only, and undoes', async () => {
    const ui = page.frameLocator('#plugin');
    const trainPanel = ui.locator('#panel-train');
    const colorizePanel = ui.locator('#panel-colorize');
    const all = await nodes();
    const colour = all.filter((n) => n.kind === 'colour').slice(0, 3);
    const gray = all.find((n) => n.kind === 'gray');
    expect(colour.length).toBe(3);
    expect(gray).toBeDefined();

    // Select three colour images on the simulated canvas: click, then shift-click.
    await page.click(`[data-node-id="${colour[0].id}"]`);
    for (const node of colour.slice(1)) await page.click(`[data-node-id="${node.id}"]`, { modifiers: ['Shift'] });
    await trainPanel.getByTestId('selection').filter({ hasText: '3 nodes selected' }).waitFor({ timeout: 10_000 });

    await ui.getByLabel('Palette size').fill('4');
    await ui.getByLabel('Working size (px)').fill('16');
    await ui.getByLabel('Epochs').fill('2');
    await ui.getByRole('button', { name: 'Train', exact: true }).click();
    await ui.getByTestId('training-progress').waitFor({ timeout: 30_000 });
    await ui.getByTestId('train-result').waitFor({ timeout: 100_000 });

    expect(await ui.getByTestId('backend').getAttribute('data-backend')).toBe('webgl');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('#plugin').screenshot({ path: resolve(ARTIFACTS, 'ui-after-training.png') });

    const palette = await ui.locator('[data-testid="train-result"] [data-hex]').evaluateAll((els) => els.map((e) => e.getAttribute('data-hex')!));
    expect(palette.length).toBeGreaterThanOrEqual(2);
    expect(palette.length).toBeLessThanOrEqual(4);
    await expect(ui.getByTestId('accuracy').textContent()).resolves.toMatch(/%|not measured/);

    await ui.getByLabel('Style name').fill('E2E style');
    await ui.getByRole('button', { name: 'Save style' }).click();
    await ui.getByTestId('save-status').filter({ hasText: 'E2E style' }).waitFor({ timeout: 10_000 });

    // Colorize one gray image, replacing its fill.
    await ui.getByRole('tab', { name: 'Colorize' }).click();
    await page.click(`[data-node-id="${gray!.id}"]`);
    await colorizePanel.getByTestId('selection').filter({ hasText: '1 node selected' }).waitFor({ timeout: 10_000 });
    const originalHash = await fillHash(gray!.id);
    expect(originalHash).toBeTruthy();
    const original = await imagePng(originalHash!);

    await ui.getByLabel('Replace fill').check();
    await ui.getByLabel('Flat palette').check();
    await ui.getByRole('button', { name: 'Colorize', exact: true }).click({ timeout: 30_000 });
    await ui.getByTestId('colorize-report').filter({ hasText: 'Colorized 1 of 1' }).waitFor({ timeout: 60_000 });

    const newHash = await fillHash(gray!.id);
    expect(newHash).toBeTruthy();
    expect(newHash).not.toBe(originalHash);
    const result = await imagePng(newHash!);
    expect([result.width, result.height]).toEqual([original.width, original.height]);
    const allowed = new Set(palette.map((hex) => hex.toLowerCase()));
    const offPalette = new Map<string, number>();
    let opaque = 0;
    for (let i = 0; i < result.data.length; i += 4) {
      if (result.data[i + 3] !== 255) continue; // straight colour only round-trips exactly where opaque
      opaque += 1;
      const hex = `#${[0, 1, 2].map((c) => result.data[i + c].toString(16).padStart(2, '0')).join('')}`;
      if (!allowed.has(hex)) offPalette.set(hex, (offPalette.get(hex) ?? 0) + 1);
    }
    expect(opaque).toBeGreaterThan(result.width * result.height * 0.5);
    expect([...offPalette]).toEqual([]);

    await page.click('#undo');
    await expect.poll(() => fillHash(gray!.id), { timeout: 10_000 }).toBe(originalHash);

    expect(await ui.locator('.callout.error').count()).toBe(0);
    expect(pageErrors.filter((e) => !/favicon/i.test(e))).toEqual([]);
  }, 180_000);
});
