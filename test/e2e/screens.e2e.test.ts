/**
 * Screenshots of the screens a designer decides from, at the plugin's own
 * 360×600, in the light and the dark theme: the train result (top, and
 * scrolled to the held-out before/after), the original study's model beside
 * the recommended one, Colorize for an image and for a frame, the settings
 * before training and the Styles tab. Saved to
 * test-artifacts/screens/ (not committed) for a person to look at; the test
 * checks what the screenshots are meant to show is there.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessNode } from '../../scripts/harness/HarnessApi';
import { type OpenHarness, openHarnessAsync } from './openHarnessAsync';

const SCREENS = resolve(import.meta.dirname, '../../test-artifacts/screens');

let harness: OpenHarness;

beforeAll(async () => {
  harness = await openHarnessAsync({ gpu: 'none' });
  mkdirSync(SCREENS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await harness?.closeAsync();
});

describe('the train result and colorize screens at 360×600', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`in the ${theme} theme`, async () => {
      const { page, ui, call } = harness;
      const shot = (name: string) => page.locator('#plugin').screenshot({ path: resolve(SCREENS, `${theme}-${name}.png`) });
      const box = await page.locator('#plugin').boundingBox();
      // The plugin's own size (the harness draws a 1 px border to its left).
      await expect(page.locator('#plugin').evaluate((el) => [el.clientWidth, el.clientHeight])).resolves.toEqual([360, 600]);
      if (theme === 'dark') {
        const loads = await call<number>('uiLoads');
        await page.check('#dark');
        await expect.poll(() => call<number>('uiLoads'), { timeout: 20_000 }).toBe(loads + 1);
        await expect(harness.uiFrame().evaluate(() => document.documentElement.className)).resolves.toContain('figma-dark');
      }
      await expect.poll(() => ui.getByTestId('backend').getAttribute('data-backend'), { timeout: 60_000 }).toBe('wasm');

      // Six colour images, Quick, as a designer's first try.
      const nodes = await call<HarnessNode[]>('nodes');
      const colour = nodes.filter((n) => n.kind === 'colour' && n.name.startsWith('Colour art'));
      await harness.selectAsync(
        'train',
        colour.map((n) => n.id),
      );
      await ui.getByRole('radio', { name: 'Quick' }).check();
      await shot('train-form');
      await ui.getByRole('button', { name: 'Train', exact: true }).click();
      await ui.getByTestId('train-result').waitFor({ timeout: 120_000 });
      await shot('train-result');
      // Save is in view without scrolling.
      const save = await ui.getByRole('button', { name: 'Save style' }).boundingBox();
      expect(save!.y + save!.height).toBeLessThanOrEqual(box!.y + box!.height);
      const heldOut = ui.getByTestId('held-out');
      for (const part of ['gray', 'colorized', 'original']) await expect(heldOut.getByTestId(`held-out-${part}`).count()).resolves.toBe(1);
      // The picture is the measured model's; the style then learnt from this image too, and the caption says so.
      await expect(heldOut.getByTestId('held-out-then-trained').count()).resolves.toBe(1);
      // Behind the images, a checkerboard of the theme's own greys (dark in the dark theme).
      const checker = await heldOut.getByTestId('held-out-gray').evaluate((el) => getComputedStyle(el).backgroundImage);
      expect(checker).toContain(theme === 'dark' ? 'rgb(68, 68, 68)' : 'rgb(230, 230, 230)');
      await heldOut.scrollIntoViewIfNeeded();
      await shot('train-result-held-out');
      // A dark swatch keeps an outline against the dark panel.
      const outline = await ui
        .locator('[data-testid="train-result"] .swatch')
        .first()
        .evaluate((el) => getComputedStyle(el).boxShadow);
      expect(outline).toMatch(/inset/);
      await ui.getByLabel('Style name').fill(`Screens ${theme}`);
      await ui.getByRole('button', { name: 'Save style' }).click();
      await ui
        .getByTestId('save-status')
        .filter({ hasText: `Screens ${theme}` })
        .waitFor({ timeout: 10_000 });

      if (theme === 'light') {
        // The original study's model on the same art: its held-out colours beside the recommended model's.
        await ui.getByText('Advanced', { exact: true }).click();
        await ui.getByLabel("Original study's (to compare)").check();
        await ui
          .getByTestId('settings-warnings')
          .filter({ hasText: /compare with that study.*of your 5\sMB storage/ })
          .waitFor();
        await ui.getByRole('button', { name: 'Train', exact: true }).click();
        await ui.getByTestId('train-result').filter({ hasText: 'here to compare with that study' }).waitFor({ timeout: 120_000 });
        await expect(ui.getByTestId('study-model-note').textContent()).resolves.toMatch(
          /takes about [\d.]+\sMB of your 5\sMB storage\. The recommended model got \d+%/,
        );
        await expect(heldOut.getByTestId('held-out-compared').count()).resolves.toBe(1);
        // The two models' pictures (and the gray and real colours) on one pixel grid, drawn at one size.
        const grids = await heldOut
          .locator('canvas')
          .evaluateAll((canvases) =>
            canvases.map((c) => `${(c as HTMLCanvasElement).width}×${(c as HTMLCanvasElement).height} at ${Math.round(c.getBoundingClientRect().width)}`),
          );
        expect(grids).toHaveLength(4);
        expect(new Set(grids).size).toBe(1);
        await shot('seed-result');
        await heldOut.scrollIntoViewIfNeeded();
        await shot('seed-result-held-out');
        await ui.getByLabel('Recommended', { exact: true }).check();
      }

      // Colorize a gray image: the preview and the uncertainty checkbox on one line with its words.
      await ui.getByRole('tab', { name: 'Colorize' }).click();
      const gray = nodes.find((n) => n.kind === 'gray')!;
      await harness.selectAsync('colorize', [gray.id]);
      const panel = ui.locator('#panel-colorize');
      await panel.getByTestId('preview-item').first().waitFor({ timeout: 60_000 });
      // One preview alone nearly fills the panel's width, and the designer sees all of it without scrolling: inside the
      // 600 px panel, above the Colorize button that stays at its foot, with the before/after toggle over it.
      const single = await panel.getByTestId('preview-item').locator('img').first().boundingBox();
      expect(single!.width).toBeGreaterThan(260);
      expect(single!.y).toBeGreaterThanOrEqual(box!.y);
      expect(single!.y + single!.height).toBeLessThanOrEqual(box!.y + box!.height);
      const colorizeButton = await panel.getByRole('button', { name: 'Colorize', exact: true }).boundingBox();
      expect(single!.y + single!.height).toBeLessThanOrEqual(colorizeButton!.y);
      const beforeToggle = await panel.getByText('Before (your gray art)').boundingBox();
      expect(beforeToggle!.y).toBeGreaterThanOrEqual(box!.y);
      const toggle = panel.getByTestId('uncertainty-toggle');
      const [boxOfToggle, words] = [await toggle.boundingBox(), await panel.getByText('Show where Hueprint is unsure').boundingBox()];
      expect(Math.abs(boxOfToggle!.y - words!.y)).toBeLessThan(8);
      await shot('colorize-image');

      // A frame: its result always goes beside it, so Replace is not offered.
      const frame = nodes.find((n) => n.kind === 'marked')!;
      await call('select', [frame.id]);
      await panel.getByTestId('raster-note').filter({ hasText: 'beside it' }).waitFor({ timeout: 10_000 });
      await expect(panel.getByLabel('Replace fill').count()).resolves.toBe(0);
      await panel.getByTestId('preview-item').first().waitFor({ timeout: 60_000 });
      await shot('colorize-frame');

      // The saved styles, with the storage they take.
      await ui.getByRole('tab', { name: 'Styles' }).click();
      await ui.locator('#panel-styles').getByText(`Screens ${theme}`).first().waitFor({ timeout: 10_000 });
      await shot('styles');
      expect(harness.errors.filter((e) => !/favicon/i.test(e))).toEqual([]);
    }, 400_000);
  }
});
