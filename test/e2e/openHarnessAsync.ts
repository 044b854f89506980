import { existsSync } from 'node:fs';
import { PNG } from 'pngjs';
import { type Browser, chromium, type Frame, type FrameLocator, type Page } from 'playwright-core';
// @ts-expect-error -- plain ESM script without type declarations
import { startHarnessServer } from '../../scripts/harness/serve.js';
import type { HarnessCalls, HarnessWindow } from './harnessWindow';

const CHROMIUM = '/usr/bin/chromium';

/**
 * The GPU a test's Chromium has. `swiftshader` is WebGL on a CPU, as on a
 * designer's machine without a GPU (the plugin passes it over for WebAssembly
 * unless the page asks `?webgl=software`); `none` has no GPU APIs at all.
 */
export type ChromiumGpu = 'swiftshader' | 'none';

const GPU_ARGS: Record<ChromiumGpu, string[]> = {
  swiftshader: ['--use-angle=swiftshader', '--use-gl=angle', '--enable-unsafe-swiftshader'],
  none: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis', '--disable-gpu', '--disable-software-rasterizer'],
};

/** This machine's network is closed: Chromium's own background connections would only be refused, many at a time. */
const QUIET_ARGS = ['--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium, headless (no tool here may download its own browser). */
async function launchChromiumAsync(gpu: ChromiumGpu): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get update && apt-get install -y chromium\`.`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...GPU_ARGS[gpu], ...QUIET_ARGS] });
}

/** One harness page, ready, with what every end-to-end test asks of it. */
export interface HarnessPage {
  page: Page;
  /** Uncaught page errors (and console errors, unless turned off): a passing test expects none. */
  errors: string[];
  /** The plugin UI, in the page's iframe. */
  ui: FrameLocator;
  uiFrame(): Frame;
  /** Calls the harness API (scripts/harness/HarnessApi.ts) by name. */
  call<T>(name: string, ...args: unknown[]): Promise<T>;
  /** An image of the fake document, by its hash, decoded. */
  imagePngAsync(hash: string): Promise<PNG>;
  /** Waits until `panel` says `count` layers are selected: the plugin has heard of the selection. */
  waitForSelectionAsync(panel: PluginPanel, count: number): Promise<void>;
  /** Selects layers through the harness, as clicks on the canvas would, and waits until `panel` has heard of them. */
  selectAsync(panel: PluginPanel, ids: readonly string[]): Promise<void>;
}

/** The plugin's tabs whose panels summarise the selection. */
export type PluginPanel = 'train' | 'colorize';

/** Long enough for a selection of vector drawings, which the plugin renders before it summarises them. */
const SELECTION_TIMEOUT_MS = 20_000;

/** Opens the harness at `url` in `browser` and waits until it says it is ready. */
export async function openHarnessPageAsync(
  browser: Browser,
  url: string,
  options: { consoleErrors?: boolean; readyTimeoutMs?: number } = {},
): Promise<HarnessPage> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.consoleErrors !== false) {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  }
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as HarnessWindow).harness?.ready === true, undefined, { timeout: options.readyTimeoutMs ?? 60_000 });
  const call = <T>(name: string, ...args: unknown[]) =>
    page.evaluate(([fn, rest]) => ((window as unknown as HarnessWindow).harness as unknown as HarnessCalls)[fn as string](...(rest as unknown[])), [
      name,
      args,
    ] as const) as Promise<T>;
  const ui = page.frameLocator('#plugin');
  const waitForSelectionAsync = (panel: PluginPanel, count: number) =>
    ui
      .locator(`#panel-${panel}`)
      .getByTestId('selection')
      .filter({ hasText: `${count} ${count === 1 ? 'layer' : 'layers'} selected` })
      .waitFor({ timeout: SELECTION_TIMEOUT_MS });
  return {
    page,
    errors,
    ui,
    uiFrame: () => page.frames().find((f) => f !== page.mainFrame())!,
    call,
    imagePngAsync: async (hash) => PNG.sync.read(Buffer.from(await call<string>('imageBase64', hash), 'base64')),
    waitForSelectionAsync,
    selectAsync: async (panel, ids) => {
      await call('select', ids);
      await waitForSelectionAsync(panel, ids.length);
    },
  };
}

/** A harness server, a Chromium and a ready page: what a test file opens once in `beforeAll`. */
export interface OpenHarness extends HarnessPage {
  browser: Browser;
  url: string;
  closeAsync(): Promise<void>;
}

/**
 * Serves the harness (building dist/ first, so the test runs what ships;
 * `E2E_SKIP_BUILD=1` reuses an existing dist/), launches Chromium and opens
 * one ready page.
 */
export async function openHarnessAsync(options: { gpu: ChromiumGpu; rebuild?: boolean; readyTimeoutMs?: number }): Promise<OpenHarness> {
  const server: { url: string; close: () => Promise<void> } = await startHarnessServer({
    port: 0,
    rebuild: options.rebuild ?? process.env.E2E_SKIP_BUILD !== '1',
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromiumAsync(options.gpu);
    const harness = await openHarnessPageAsync(browser, server.url, { readyTimeoutMs: options.readyTimeoutMs });
    const opened = browser;
    return {
      ...harness,
      browser: opened,
      url: server.url,
      closeAsync: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
