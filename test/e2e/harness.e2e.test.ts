/**
 * End to end in real headless Chromium: the built dist/ui.html in the harness
 * (real plugin/ code on the fake figma). Chromium's WebGL here is SwiftShader,
 * a software renderer, so the plugin runs on WebAssembly as it would on a
 * designer's machine without a GPU. Trains a tiny style on colour art,
 * colorizes a gray image in place, checks the written pixels, then undoes.
 * Only the lost-context test asks for WebGL (`?webgl=software`), kept tiny
 * because SwiftShader is a CPU emulating a GPU.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessWindow } from './harnessWindow';
import { type OpenHarness, openHarnessAsync, openHarnessPageAsync } from './openHarnessAsync';

const root = resolve(import.meta.dirname, '../..');
const ARTIFACTS = resolve(root, 'test-artifacts');

interface HarnessNode {
  id: string;
  name: string;
  kind: 'colour' | 'gray' | 'broken';
  width: number;
  height: number;
}

let harness: OpenHarness | undefined;
let page: Page;
let pageErrors: string[] = [];

const nodes = () => harness!.call<HarnessNode[]>('nodes');
const fillHash = (id: string) => harness!.call<string | null>('fillHash', id);
const uiFrame = () => harness!.uiFrame();
const harnessCall = <T>(fn: string, ...args: unknown[]) => harness!.call<T>(fn, ...args);
const byName = async (name: string) => (await nodes()).find((n) => n.name === name)!;
/** Clears the UI's error callouts with the keyboard (Dismiss is a real button). */
const dismissErrors = async () => {
  const ui = page.frameLocator('#plugin');
  while ((await ui.locator('.callout.error').count()) > 0) {
    await ui.locator('.callout.error').first().getByRole('button', { name: 'Dismiss this error' }).focus();
    await page.keyboard.press('Enter');
  }
};
const imagePng = (hash: string) => harness!.imagePngAsync(hash);

describe('plugin UI in headless Chromium', () => {
  beforeAll(async () => {
    harness = await openHarnessAsync({ gpu: 'swiftshader', readyTimeoutMs: 30_000 });
    ({ page, errors: pageErrors } = harness);
  }, 120_000);

  afterAll(async () => {
    await harness?.closeAsync();
  });

  it('passes SwiftShader over for WebAssembly, trains, colorizes a gray image in place with palette colours only, and undoes', async () => {
    const ui = page.frameLocator('#plugin');
    const all = await nodes();
    const colour = all.filter((n) => n.kind === 'colour').slice(0, 3);
    const gray = all.find((n) => n.kind === 'gray');
    expect(colour.length).toBe(3);
    expect(gray).toBeDefined();

    // WebGL here is SwiftShader: the badge says WebAssembly was chosen instead, and why.
    const badge = ui.getByTestId('backend');
    await expect.poll(() => badge.getAttribute('data-backend'), { timeout: 60_000 }).toBe('wasm');
    await expect(badge.textContent()).resolves.toMatch(/WebGL here is a software renderer\) — running on WebAssembly/);
    await expect(badge.getAttribute('title')).resolves.toMatch(/SwiftShader/i);

    // Select three colour images on the simulated canvas: click, then shift-click.
    await page.click(`[data-node-id="${colour[0].id}"]`);
    for (const node of colour.slice(1)) await page.click(`[data-node-id="${node.id}"]`, { modifiers: ['Shift'] });
    await harness!.waitForSelectionAsync('train', 3);

    await ui.getByLabel('Palette size').fill('4');
    await ui.getByText('Advanced', { exact: true }).click();
    await ui.getByLabel('Working size (px)').fill('16');
    await ui.getByLabel('Epochs').fill('2');
    await ui.getByRole('button', { name: 'Train', exact: true }).click();
    await ui.getByTestId('training-progress').waitFor({ timeout: 30_000 });
    await ui.getByTestId('train-result').waitFor({ timeout: 100_000 });

    expect(await badge.getAttribute('data-backend')).toBe('wasm');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator('#plugin').screenshot({ path: resolve(ARTIFACTS, 'ui-after-training.png') });

    // Shown grouped by hue; data-index is each colour's place in the style (most frequent first).
    const palette = await ui
      .locator('[data-testid="train-result"] [data-hex]')
      .evaluateAll((els) =>
        els.sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index'))).map((e) => e.getAttribute('data-hex')!),
      );
    expect(palette.length).toBeGreaterThanOrEqual(2);
    expect(palette.length).toBeLessThanOrEqual(4);
    await expect(ui.getByTestId('accuracy').textContent()).resolves.toMatch(/%|not measured/);

    await ui.getByLabel('Style name').fill('E2E style');
    await ui.getByRole('button', { name: 'Save style' }).click();
    await ui.getByTestId('save-status').filter({ hasText: 'E2E style' }).waitFor({ timeout: 10_000 });

    // The palette as paint styles and variables: saving twice updates them in place.
    const savePalette = ui.getByRole('button', { name: 'Save palette as styles' });
    await savePalette.click();
    await ui
      .getByTestId('save-status')
      .filter({ hasText: `${palette.length} new, 0 updated` })
      .waitFor({ timeout: 10_000 });
    const styleNames = await harnessCall<string[]>('paintStyles');
    await savePalette.click();
    await ui
      .getByTestId('save-status')
      .filter({ hasText: `0 new, ${palette.length} updated` })
      .waitFor({ timeout: 10_000 });
    expect(await harnessCall<string[]>('paintStyles')).toEqual(styleNames);
    expect(styleNames).toEqual(palette.map((hex, i) => `Hueprint/E2E style/${String(i + 1).padStart(2, '0')} ${hex.toLowerCase()}`));
    expect(await harnessCall<string[]>('colourVariables')).toEqual(palette.map((_, i) => `Hueprint · E2E style/colour ${String(i + 1).padStart(2, '0')}`));

    // Colorize one gray image, replacing its fill.
    await ui.getByRole('tab', { name: 'Colorize' }).click();
    await page.click(`[data-node-id="${gray!.id}"]`);
    await harness!.waitForSelectionAsync('colorize', 1);
    const originalHash = await fillHash(gray!.id);
    expect(originalHash).toBeTruthy();
    const original = await imagePng(originalHash!);

    await ui.getByLabel('Replace fill').check();
    await ui.getByLabel('Flat palette').check();
    const colorizeButton = ui.getByRole('button', { name: 'Colorize', exact: true });
    await ui.getByTestId('preview-item').waitFor({ timeout: 60_000 });
    await colorizeButton.click({ timeout: 30_000 });
    await ui.getByTestId('colorize-report').filter({ hasText: 'Colorized 1 of 1' }).waitFor({ timeout: 60_000 });
    // Said once: it also said "Colorized “Gray art 1” with E2E style. Undo restores the original."
    await expect(ui.getByTestId('colorize-report').locator('li').allTextContents()).resolves.toEqual([
      'Colorized 1 of 1 layer. One undo (⌘Z / Ctrl+Z) restores the original.',
    ]);
    // The selected layer is the result now, in colour: the panel says so and how to go on, and does not offer to colorize
    // colour art again (it went quiet, Colorize still on: tester2, s16 and s17 finding 8). The preview made before the run
    // stays as the run's before/after: Before shows the gray art the fill replaced.
    const resultNote = ui.getByTestId('result-note');
    await resultNote.filter({ hasText: 'Selected: the result, in colour now. To colorize again, undo (⌘Z / Ctrl+Z) or select gray art.' }).waitFor();
    expect(await colorizeButton.isDisabled()).toBe(true);
    const shown = ui.getByTestId('preview-item').locator('img').first();
    await expect(shown.getAttribute('alt')).resolves.toMatch(/colorized preview$/);
    await ui.getByTestId('preview-before').check();
    await expect.poll(() => shown.getAttribute('alt')).toMatch(/, before$/);
    await expect.poll(() => shown.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.locator('#plugin').screenshot({ path: resolve(ARTIFACTS, 'ui-after-replace-fill.png') });
    await ui.getByTestId('preview-after').check();
    // Other art selected and then the result again: the result is still the result, with no preview of that other art
    // (it kept showing it as the result's: tester3 finding 2).
    const other = all.find((n) => n.kind === 'gray' && n.id !== gray!.id) ?? colour[0];
    await page.click(`[data-node-id="${other.id}"]`);
    await expect.poll(() => shown.getAttribute('alt'), { timeout: 60_000 }).toBe(`${other.name}, colorized preview`);
    await page.click(`[data-node-id="${gray!.id}"]`);
    await resultNote.waitFor();
    await expect.poll(() => ui.getByTestId('preview-item').count()).toBe(0);
    expect(await colorizeButton.isDisabled()).toBe(true);

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
    // The panel no longer reports the run the undo took back, and the gray art gets its preview again.
    const report = ui.getByTestId('colorize-report');
    await report.filter({ hasText: 'Undone — the layers are back as they were.' }).waitFor({ timeout: 10_000 });
    expect(await report.textContent()).not.toMatch(/Colorized|restores the originals/);
    await ui.getByTestId('previews').waitFor({ timeout: 60_000 });
    await expect.poll(() => colorizeButton.isDisabled()).toBe(false);
    expect(await resultNote.count()).toBe(0);
    // Undone, the layer is gray art again, also when the designer selects it again after other art: it counted as the
    // run's result for good, so it said "Selected: the result, in colour now" with Colorize off, and showed the other
    // art's preview (tester3 findings 1 and 2).
    await page.click(`[data-node-id="${other.id}"]`);
    await harness!.waitForSelectionAsync('colorize', 1);
    await expect.poll(() => shown.getAttribute('alt'), { timeout: 60_000 }).toBe(`${other.name}, colorized preview`);
    await page.click(`[data-node-id="${gray!.id}"]`);
    await harness!.waitForSelectionAsync('colorize', 1);
    await expect.poll(() => shown.getAttribute('alt'), { timeout: 60_000 }).toBe(`${gray!.name}, colorized preview`);
    await expect.poll(() => colorizeButton.isDisabled()).toBe(false);
    expect(await resultNote.count()).toBe(0);

    // New layer beside it: same size, beside the original, named "‹name› · ‹style›"; the original keeps its fill.
    await ui.getByLabel('New layer beside it').check();
    await ui.getByRole('button', { name: 'Colorize', exact: true }).click({ timeout: 30_000 });
    await ui.getByTestId('colorize-report').filter({ hasText: 'beside the original' }).waitFor({ timeout: 60_000 });
    const layers = await harnessCall<{ id: string; name: string; x: number; y: number; width: number; height: number }[]>('layers');
    const originalLayer = layers.find((l) => l.name === gray!.name)!;
    const beside = layers.find((l) => l.name === `${gray!.name} · E2E style (flat)`);
    expect(beside).toBeDefined();
    expect([beside!.width, beside!.height]).toEqual([originalLayer.width, originalLayer.height]);
    expect(beside!.x).toBeGreaterThanOrEqual(originalLayer.x + originalLayer.width);
    expect(beside!.y).toBe(originalLayer.y);
    expect(await fillHash(gray!.id)).toBe(originalHash);
    // The new layer is selected, and the report about it stays when the panel hears of that selection.
    await expect.poll(() => harnessCall<string[]>('selection'), { timeout: 10_000 }).toEqual([beside!.id]);
    await harness!.waitForSelectionAsync('colorize', 1);
    await expect
      .poll(() => ui.getByTestId('colorize-report').locator('li').allTextContents())
      .toEqual(['Colorized 1 of 1 layer. One undo (⌘Z / Ctrl+Z) removes the new layer.', `Added “${gray!.name} · E2E style (flat)” beside the original.`]);
    // The choice outlives the plugin reloading (the harness reloads it on a theme change): not back on Replace fill.
    for (const dark of [true, false]) {
      const loads = await harnessCall<number>('uiLoads');
      await page.setChecked('#dark', dark);
      await expect.poll(() => harnessCall<number>('uiLoads'), { timeout: 20_000 }).toBe(loads + 1);
      await ui.getByRole('tab', { name: 'Colorize' }).click();
      await expect.poll(() => ui.getByLabel('New layer beside it').isChecked(), { timeout: 10_000 }).toBe(true);
    }

    expect(await ui.locator('.callout.error').count()).toBe(0);
    expect(pageErrors.filter((e) => !/favicon/i.test(e))).toEqual([]);
  }, 180_000);

  it('refuses empty, skipped and corrupt selections clearly and loses nothing', async () => {
    const ui = page.frameLocator('#plugin');
    await ui.getByRole('tab', { name: 'Train' }).click();
    await page.click('#select-none');
    await ui.locator('#panel-train').getByTestId('selection').filter({ hasText: 'Select frames or images' }).waitFor();
    await expect(ui.getByRole('button', { name: 'Train', exact: true }).isDisabled()).resolves.toBe(true);

    // Only skipped layers: each reason is named, and nothing can start.
    const hidden = await byName('Hidden layer');
    const tiny = await byName('Tiny icon');
    await harnessCall('select', [hidden.id, tiny.id]);
    const summary = ui.locator('#panel-train').getByTestId('selection');
    await summary.filter({ hasText: '2 skipped' }).waitFor({ timeout: 10_000 });
    await expect(summary.textContent()).resolves.toMatch(/1 hidden.*1 smaller than 8 px|1 smaller than 8 px.*1 hidden/);
    await expect(ui.getByRole('button', { name: 'Train', exact: true }).isDisabled()).resolves.toBe(true);

    // A corrupt image fill next to a good one: the corrupt one is named in an error, the other is colorized.
    const corrupt = await byName('Corrupt image');
    const gray2 = (await nodes()).filter((n) => n.kind === 'gray')[1];
    const corruptHash = await fillHash(corrupt.id);
    const gray2Hash = await fillHash(gray2.id);
    await ui.getByRole('tab', { name: 'Colorize' }).click();
    await harness!.selectAsync('colorize', [corrupt.id, gray2.id]);
    await ui.getByLabel('Replace fill').check();
    await ui.getByRole('button', { name: 'Colorize', exact: true }).click({ timeout: 30_000 });
    await ui.getByTestId('colorize-report').filter({ hasText: 'Colorized 1 of 2' }).waitFor({ timeout: 60_000 });
    await expect(ui.locator('.callout.error').filter({ hasText: '“Corrupt image” could not be decoded' }).count()).resolves.toBeGreaterThan(0);
    expect(await fillHash(corrupt.id)).toBe(corruptHash);
    expect(await fillHash(gray2.id)).not.toBe(gray2Hash);
    await dismissErrors();
  }, 120_000);

  it('shows malformed and unknown messages from either side as errors, and keeps working', async () => {
    const ui = page.frameLocator('#plugin');
    const errors = ui.locator('.callout.error');
    // Sandbox → UI: an unknown type, a malformed known one, and an ERROR nobody asked for.
    await harnessCall('postToUi', { type: 'EXPLODE' });
    await harnessCall('postToUi', { type: 'STYLES', styles: 'not a list', bytesUsed: -1, quotaBytes: 5 });
    await harnessCall('postToUi', { type: 'ERROR', message: 'Test: the sandbox could not read the page.' });
    await errors.filter({ hasText: 'Test: the sandbox could not read the page.' }).waitFor({ timeout: 10_000 });
    await expect(errors.filter({ hasText: 'does not understand' }).count()).resolves.toBe(2);
    await dismissErrors();
    // UI → sandbox: a malformed request is answered with an ERROR naming the problem.
    await uiFrame().evaluate(() => parent.postMessage({ pluginMessage: { type: 'DELETE_STYLE', id: 42 } }, '*'));
    await errors.filter({ hasText: /Malformed message from the UI \(DELETE_STYLE\)/ }).waitFor({ timeout: 10_000 });
    await dismissErrors();
    // Still answering: the styles list comes back.
    await ui.getByRole('tab', { name: 'Styles' }).click();
    await ui.getByTestId('style-row').first().waitFor({ timeout: 10_000 });
    expect(pageErrors.filter((e) => !/favicon|Hueprint/i.test(e))).toEqual([]);
  }, 60_000);

  it('manages styles by keyboard: quota, export, import (a corrupt file is refused), rename, delete', async () => {
    const ui = page.frameLocator('#plugin');
    const rows = ui.getByTestId('style-row');
    // Arrow keys move between tabs; the selected tab shows a focus ring.
    await ui.getByRole('tab', { name: 'Train' }).click();
    await page.keyboard.press('ArrowLeft');
    await expect(ui.getByRole('tab', { name: 'Styles' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(uiFrame().evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).resolves.toBe('solid');
    await expect(ui.getByTestId('quota').textContent()).resolves.toMatch(/Space used.*kB of 5\sMB/);
    const before = await rows.count();

    await ui
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'broken.hueprint', mimeType: 'application/octet-stream', buffer: Buffer.from('not a style at all') });
    await ui.locator('.callout.error').filter({ hasText: '“broken.hueprint” is not a Hueprint style file' }).waitFor({ timeout: 10_000 });
    expect(await rows.count()).toBe(before);
    await dismissErrors();

    // Export by keyboard, then import the exported file: it is already saved, so it is updated, not added twice.
    const downloading = page.waitForEvent('download');
    await ui.getByRole('button', { name: 'Export “E2E style” to a file' }).focus();
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('E2E style.hueprint');
    const exported = await download.path();
    await ui.locator('[data-testid="import-file"]').setInputFiles(exported);
    await ui.getByRole('status').filter({ hasText: '“E2E style” was already saved: updated it, not added twice.' }).waitFor({ timeout: 10_000 });
    expect(await rows.count()).toBe(before);

    // Rename it: Enter opens the field, typing and Enter saves; its saved palette is renamed with it.
    await ui.getByRole('button', { name: 'Rename “E2E style”' }).first().focus();
    await page.keyboard.press('Enter');
    // The field takes focus once it has rendered; type only then.
    await expect.poll(() => uiFrame().evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''), { timeout: 10_000 }).toMatch(/^New name for/);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Imported copy');
    await page.keyboard.press('Enter');
    await rows.filter({ hasText: 'Imported copy' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => harnessCall<string[]>('colourVariables').then((names) => names[0])).toBe('Hueprint · Imported copy/colour 01');
    // Delete it: the confirm step takes focus, so Shift+Tab, Enter deletes.
    await ui.getByRole('button', { name: 'Delete “Imported copy”…' }).focus();
    await page.keyboard.press('Space');
    await expect(uiFrame().evaluate(() => document.activeElement?.textContent)).resolves.toBe('Keep');
    // The confirm button is disabled while the rename is still being saved; Shift+Tab would skip it then.
    const confirmDelete = ui.getByRole('button', { name: 'Delete “Imported copy” for good' });
    await expect.poll(() => confirmDelete.isEnabled(), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => uiFrame().evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Delete “Imported copy” for good');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(before - 1);
    expect(await rows.filter({ hasText: 'Imported copy' }).count()).toBe(0);
  }, 60_000);

  it('in the dark theme, a lost WebGL context stops training with a clear message and keeps the last good style', async () => {
    // This test needs WebGL itself, so its page asks for it even on SwiftShader.
    const {
      page: p,
      errors,
      call,
      uiFrame: frame,
      ui,
      selectAsync,
    } = await openHarnessPageAsync(harness!.browser, `${harness!.url}?webgl=software`, {
      consoleErrors: false,
      readyTimeoutMs: 30_000,
    });
    try {
      const loads = await call<number>('uiLoads');
      await p.check('#dark');
      await expect.poll(() => call<number>('uiLoads'), { timeout: 20_000 }).toBe(loads + 1);
      await expect(frame().evaluate(() => document.documentElement.className)).resolves.toContain('figma-dark');
      await ui.getByTestId('backend').filter({ hasText: 'WebGL' }).waitFor({ timeout: 30_000 });
      expect(await ui.getByTestId('backend').getAttribute('data-backend')).toBe('webgl');

      const colour = (await call<HarnessNode[]>('nodes')).filter((n) => n.kind === 'colour').slice(0, 2);
      await selectAsync(
        'train',
        colour.map((n) => n.id),
      );
      await ui.getByLabel('Palette size').fill('4');
      await ui.getByText('Advanced', { exact: true }).click();
      await ui.getByLabel('Working size (px)').fill('16');
      await ui.getByLabel('Epochs').fill('3');
      await ui.getByRole('button', { name: 'Train', exact: true }).click();
      // Once an epoch has finished, the GPU goes away mid-training.
      await ui
        .getByTestId('training-progress')
        .filter({ hasText: /held-out art: \d+%/ })
        .waitFor({ timeout: 100_000 });
      expect(await frame().evaluate(() => (window as unknown as HarnessWindow).__hueprint.loseContextForTest())).toBe(true);

      await ui.getByTestId('train-result').waitFor({ timeout: 15_000 });
      await expect(ui.getByTestId('training-progress').count()).resolves.toBe(0);
      await ui.locator('.callout.error').filter({ hasText: 'The GPU dropped its WebGL context' }).waitFor();
      await expect(ui.getByTestId('train-result').textContent()).resolves.toMatch(/style as it was after epoch [12] of 3 is kept/);
      expect(await ui.getByTestId('backend').getAttribute('data-lost')).toBe('true');
      mkdirSync(ARTIFACTS, { recursive: true });
      await p.locator('#plugin').screenshot({ path: resolve(ARTIFACTS, 'ui-dark-after-context-loss.png') });

      await ui.getByLabel('Style name').fill('Kept after GPU loss');
      await ui.getByRole('button', { name: 'Save style' }).click();
      await ui.getByTestId('save-status').filter({ hasText: 'Kept after GPU loss' }).waitFor({ timeout: 10_000 });
      expect(errors).toEqual([]);
    } finally {
      await p.close();
    }
  }, 150_000);
});

describe('plugin UI without WebGL', () => {
  it('falls back to WebAssembly (inlined, no fetch) and says so', async () => {
    // No GPU APIs at all: the UI must not need WebGL to work.
    const noGpu = await openHarnessAsync({ gpu: 'none', rebuild: false, readyTimeoutMs: 30_000 });
    try {
      const { ui, errors } = noGpu;
      const badge = ui.getByTestId('backend');
      await expect.poll(() => badge.getAttribute('data-backend'), { timeout: 30_000 }).toBe('wasm');
      await expect(badge.textContent()).resolves.toMatch(/WebGL unavailable — running on WebAssembly/);

      expect(errors).toEqual([]);
    } finally {
      await noGpu.closeAsync();
    }
  }, 180_000);
});
