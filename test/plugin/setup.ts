import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import type { PluginMessage, UiMessage } from '../../core/protocol/messages';
import { createFakeFigma, installFakeFigma, type FakeFigma } from '../fakeFigma';
import { runPlugin, type RunningPlugin } from '../../plugin/runPlugin';

/** A real emoji PNG from the shared art (128×128, Apache-2.0). */
export function notoPng(name = '000'): Uint8Array {
  const path = fileURLToPath(new URL(`../../../shared/art/noto/${name}.png`, import.meta.url));
  return new Uint8Array(readFileSync(path));
}

/** A real PNG of the given size, filled with one colour. */
export function solidPng(width: number, height: number, rgb: [number, number, number] = [128, 128, 128]): Uint8Array {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([rgb[0], rgb[1], rgb[2], 255], i * 4);
  return new Uint8Array(PNG.sync.write(png));
}

/** A real 1×1 GIF89a. */
export const TINY_GIF = new Uint8Array([
  0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00,
  0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b,
]);

export interface Running {
  readonly fake: FakeFigma;
  readonly plugin: RunningPlugin;
  /** Sends a message as the UI would and returns every message the plugin posted while handling it. */
  send(message: UiMessage | unknown): Promise<PluginMessage[]>;
  stop(): void;
}

/** Installs `fake` as the global figma and runs the plugin against it. */
export async function startPlugin(fake: FakeFigma = createFakeFigma()): Promise<Running> {
  const uninstall = installFakeFigma(fake);
  const plugin = runPlugin();
  // As the UI does once it has loaded: the plugin answers with SELECTION and STYLES.
  await fake.ui.deliverFromUi({ type: 'READY' });
  await plugin.ready;
  return {
    fake,
    plugin,
    async send(message) {
      const from = fake.ui.sent.length;
      await fake.ui.deliverFromUi(message);
      return fake.ui.sent.slice(from) as PluginMessage[];
    },
    stop() {
      plugin.stop();
      uninstall();
    },
  };
}

export function only<T extends PluginMessage['type']>(messages: PluginMessage[], type: T): Extract<PluginMessage, { type: T }>[] {
  return messages.filter((m): m is Extract<PluginMessage, { type: T }> => m.type === type);
}

/** Deterministic, incompressible-looking style bytes (a linear congruential sequence). */
export function styleBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}
