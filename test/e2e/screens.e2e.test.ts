/**
 * Screenshots of the screens a designer decides from, at the plugin's own
 * 360×600, in the light and the dark theme: the train result (top, and
 * scrolled to the held-out before/after), the original study's model beside
 * the recommended one, Colorize for an image, a frame and a vector drawing, the settings
 * before training and the Styles tab; then colorizes the image and undoes. Saved to
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
      // The harness page itself does not scroll: the canvas scrolls in its own pane (the panel's 1 px border made it scroll sideways).
      const overflow = () => page.evaluate(() => [document.documentElement.scrollWidth - innerWidth, document.documentElement.scrollHeight - innerHeight]);
      await expect(overflow()).resolves.toEqual([0, 0]);
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
      // The palette as the result screen groups it (neutrals, then hue families): the Colorize picker and Styles show this order too.
      const grouped = await ui.locator('[data-testid="train-result"] [data-hex]').evaluateAll((els) => els.map((el) => el.getAttribute('data-hex')));
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
      const panel = ui.locator('#panel-colorize');
      // Two images first, then one, then a shorter panel: the lone preview follows the panel's size. (This run passes without the
      // callback ref of useSideAboveFooter too, measured: the strip is apparently drawn afresh when the selection changes here.)
      const grays = nodes.filter((n) => n.kind === 'gray').slice(0, 2);
      await harness.selectAsync(
        'colorize',
        grays.map((n) => n.id),
      );
      await expect.poll(() => panel.getByTestId('preview-item').count(), { timeout: 60_000 }).toBe(2);
      await call('select', [gray.id]);
      await expect.poll(() => panel.getByTestId('preview-item').count(), { timeout: 60_000 }).toBe(1);
      const fitsAboveRow = async () => {
        const [item, row] = [await panel.getByTestId('preview-item').boundingBox(), await panel.locator('.row.sticky').boundingBox()];
        return item!.y + item!.height <= row!.y;
      };
      // The plugin window made 80 px shorter (no render of the strip follows): the preview is redrawn smaller (measured 270 → 190 px),
      // still above the row. At 480 px it would need less than its 160 px minimum.
      await page.locator('#plugin').evaluate((el) => {
        (el as HTMLElement).style.height = '520px';
      });
      await expect.poll(fitsAboveRow, { timeout: 10_000 }).toBe(true);
      await page.locator('#plugin').evaluate((el) => {
        (el as HTMLElement).style.height = '';
      });
      await expect
        .poll(() =>
          panel
            .getByTestId('preview-item')
            .locator('img')
            .first()
            .evaluate((img) => img.getBoundingClientRect().width),
        )
        .toBeGreaterThan(260);
      // One preview alone nearly fills the panel's width, and the designer sees all of it without scrolling: inside the
      // 600 px panel, above the Colorize button that stays at its foot, with the before/after toggle over it.
      const single = await panel.getByTestId('preview-item').locator('img').first().boundingBox();
      expect(single!.width).toBeGreaterThan(260);
      expect(single!.y).toBeGreaterThanOrEqual(box!.y);
      expect(single!.y + single!.height).toBeLessThanOrEqual(box!.y + box!.height);
      const colorizeButton = await panel.getByRole('button', { name: 'Colorize', exact: true }).boundingBox();
      expect(single!.y + single!.height).toBeLessThanOrEqual(colorizeButton!.y);
      // Flat palette / Keep shading sits beside the button, in view without scrolling.
      const shading = await panel.getByText('Keep shading', { exact: true }).boundingBox();
      expect(shading!.y).toBeGreaterThanOrEqual(box!.y);
      expect(shading!.y + shading!.height).toBeLessThanOrEqual(box!.y + box!.height);
      const beforeToggle = await panel.getByText('Before (your gray art)').boundingBox();
      expect(beforeToggle!.y).toBeGreaterThanOrEqual(box!.y);
      const toggle = panel.getByTestId('uncertainty-toggle');
      const [boxOfToggle, words] = [await toggle.boundingBox(), await panel.getByText('Show where Hueprint is unsure').boundingBox()];
      expect(Math.abs(boxOfToggle!.y - words!.y)).toBeLessThan(8);
      // Art without hints says how to give some, in a designer's words, centred under the centred preview and above the button.
      const caption = panel.getByTestId('preview-note');
      await expect(caption.textContent()).resolves.toMatch(/^No colour hints — .*steer it$/);
      const [captionMiddle, imageMiddle, captionBottom] = await panel.getByTestId('preview-item').evaluate((item) => {
        const words = document.createRange();
        words.selectNodeContents(item.querySelector('[data-testid="preview-note"]')!);
        const [text, image] = [words.getBoundingClientRect(), item.querySelector('img')!.getBoundingClientRect()];
        return [text.x + text.width / 2, image.x + image.width / 2, text.bottom];
      });
      expect(Math.abs(captionMiddle - imageMiddle)).toBeLessThan(2);
      expect(box!.y + captionBottom).toBeLessThanOrEqual(colorizeButton!.y);
      // The picker shows the chosen style's palette in the result screen's order.
      await expect(panel.locator('ul.swatches [data-hex]').evaluateAll((els) => els.map((el) => el.getAttribute('data-hex')))).resolves.toEqual(grouped);
      await shot('colorize-image');

      // Colorize: the report of what was done comes into view (it lies below the preview), then one undo.
      await panel.getByRole('button', { name: 'Colorize', exact: true }).click();
      const report = panel.getByTestId('colorize-report');
      await report.waitFor({ timeout: 60_000 });
      await expect(report.textContent()).resolves.toMatch(/^Colorized 1 of 1 layer\./);
      // The image is now the result: no preview of it being colorized again, nor a button to; the run's before/after stays.
      await panel.getByTestId('result-note').waitFor();
      expect(await panel.getByRole('button', { name: 'Colorize', exact: true }).isDisabled()).toBe(true);
      expect(await panel.getByTestId('preview-note').textContent()).toBe('');
      await expect
        .poll(async () => {
          const seen = await report.boundingBox();
          return seen!.y >= box!.y && seen!.y + seen!.height <= box!.y + box!.height;
        })
        .toBe(true);
      await shot('colorize-image-done');
      await page.click('#undo');
      // The report then says it was undone, not what was done.
      await report.filter({ hasText: 'Undone — the layers are back as they were.' }).waitFor({ timeout: 10_000 });
      await shot('colorize-image-undone');

      // A frame: its result always goes beside it, so Replace is not offered.
      const frame = nodes.find((n) => n.kind === 'marked')!;
      await call('select', [frame.id]);
      await panel.getByTestId('raster-note').filter({ hasText: 'beside it' }).waitFor({ timeout: 10_000 });
      await expect(panel.getByLabel('Replace fill').count()).resolves.toBe(0);
      await panel.getByTestId('preview-item').first().waitFor({ timeout: 60_000 });
      // Where the frame's result goes is said beside the Colorize button, in view without scrolling.
      const note = await panel.getByTestId('raster-note').boundingBox();
      expect(note!.y).toBeGreaterThanOrEqual(box!.y);
      expect(note!.y + note!.height).toBeLessThanOrEqual(box!.y + box!.height);
      // That note makes the Colorize row a line taller, which covered the bottom 20 px of the frame's preview: the preview
      // is drawn smaller instead, so all of it and its caption stay in view above the row.
      const actionRow = panel.locator('.row.sticky');
      await expect
        .poll(async () => {
          const [preview, top] = [await panel.getByTestId('preview-item').boundingBox(), (await actionRow.boundingBox())!.y];
          return preview!.y >= box!.y && preview!.y + preview!.height <= top;
        })
        .toBe(true);
      expect((await panel.getByTestId('preview-item').locator('img').first().boundingBox())!.width).toBeGreaterThan(200);
      await shot('colorize-frame');

      // A gray vector drawing: its recoloured preview as large as a lone image's, centred, its caption above the button.
      const drawing = nodes.find((n) => n.kind === 'vector-gray')!;
      await call('select', [drawing.id]);
      const vector = panel.getByTestId('vector-preview');
      await vector.locator('img').waitFor({ timeout: 60_000 });
      // Taken before the layout checks, so a failing one can be looked at.
      await shot('colorize-vector');
      const [drawn, vectorCaption] = [await vector.locator('img').boundingBox(), await vector.locator('figcaption').boundingBox()];
      expect(drawn!.width).toBeGreaterThan(260);
      expect(Math.abs(drawn!.x + drawn!.width / 2 - (box!.x + box!.width / 2))).toBeLessThan(8);
      const vectorButton = await panel.getByRole('button', { name: 'Colorize', exact: true }).boundingBox();
      expect(vectorCaption!.y + vectorCaption!.height).toBeLessThanOrEqual(vectorButton!.y);
      // Its before/after toggle is in view above it.
      const vectorToggle = await vector.getByTestId('preview-before').boundingBox();
      expect(vectorToggle!.y).toBeGreaterThanOrEqual(box!.y);

      // Nothing selected: what to select, vector drawings included.
      await call('select', []);
      await panel.getByTestId('selection').filter({ hasText: 'images, frames or vector drawings' }).waitFor({ timeout: 10_000 });

      // The saved styles, with the storage they take.
      await ui.getByRole('tab', { name: 'Styles' }).click();
      await ui.locator('#panel-styles').getByText(`Screens ${theme}`).first().waitFor({ timeout: 10_000 });
      const row = ui.getByTestId('style-row').filter({ hasText: `Screens ${theme}` });
      await expect(row.locator('[data-hex]').evaluateAll((els) => els.map((el) => el.getAttribute('data-hex')))).resolves.toEqual(grouped);
      await shot('styles');
      expect(harness.errors.filter((e) => !/favicon/i.test(e))).toEqual([]);
    }, 400_000);
  }
});
