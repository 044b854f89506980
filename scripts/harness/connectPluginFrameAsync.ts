import type { FakeUi } from '../../test/fakeFigma/FakeUi';

/** A subset of the tokens Figma injects with `themeColors: true`, enough to see both themes. */
const THEMES = {
  light: {
    bg: '#ffffff',
    'bg-secondary': '#f5f5f5',
    'bg-tertiary': '#e6e6e6',
    'bg-hover': '#f5f5f5',
    'bg-brand': '#0d99ff',
    'bg-brand-hover': '#007be5',
    'bg-danger': '#f24822',
    'bg-danger-tertiary': '#ffe2e0',
    'bg-warning-tertiary': '#fff1c2',
    text: '#000000e5',
    'text-secondary': '#00000080',
    'text-onbrand': '#ffffff',
    'text-danger': '#dc3412',
    'text-brand': '#007be5',
    border: '#e6e6e6',
    'border-strong': '#2c2c2c',
    'border-selected': '#0d99ff',
    icon: '#000000e5',
  },
  dark: {
    bg: '#2c2c2c',
    'bg-secondary': '#383838',
    'bg-tertiary': '#444444',
    'bg-hover': '#383838',
    'bg-brand': '#0c8ce9',
    'bg-brand-hover': '#0a6dc2',
    'bg-danger': '#e03e1a',
    'bg-danger-tertiary': '#5c2218',
    'bg-warning-tertiary': '#5c4a12',
    text: '#ffffff',
    'text-secondary': '#ffffffb2',
    'text-onbrand': '#ffffff',
    'text-danger': '#fca397',
    'text-brand': '#7cc4f8',
    border: '#444444',
    'border-strong': '#ffffff',
    'border-selected': '#0c8ce9',
    icon: '#ffffff',
  },
} as const;

let connectedUi: FakeUi | null = null;
let frameWindow: Window | null = null;
let loaded = false;
const queue: unknown[] = [];

/** Posts any value to the UI as Figma delivers plugin messages, `{ pluginMessage }`: lets tests send malformed ones. */
export function postRawToUi(pluginMessage: unknown): void {
  frameWindow?.postMessage({ pluginMessage }, '*');
}

/**
 * Loads dist/ui.html into the iframe the way Figma does (HTML as a string in
 * a sandboxed, null-origin frame, theme tokens injected) and wires messages:
 * UI → `parent.postMessage({ pluginMessage }, '*')` → figma.ui.onmessage;
 * figma.ui.postMessage(msg) → the frame receives `{ pluginMessage: msg }`.
 */
export async function connectPluginFrameAsync(
  ui: FakeUi,
  frame: HTMLIFrameElement,
  options: { dark: boolean; onNotify: (text: string) => void },
): Promise<void> {
  if (connectedUi === null) {
    connectedUi = ui;
    ui.onPluginMessage((message) => {
      if (loaded && frameWindow) frameWindow.postMessage({ pluginMessage: message }, '*');
      else queue.push(message);
      // The fake keeps a log for tests; the harness forwards instead, so don't let images pile up.
      ui.sent.length = 0;
    });
    window.addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data as { pluginMessage?: unknown } | null;
      if (!data || typeof data !== 'object' || !('pluginMessage' in data)) return;
      ui.deliverFromUi(data.pluginMessage).catch((error) => console.error('Hueprint harness: plugin handler failed', error));
    });
  }
  const html = await (await fetch('/ui.html', { cache: 'no-store' })).text();
  const theme = options.dark ? 'dark' : 'light';
  const tokens = Object.entries(THEMES[theme])
    .map(([name, value]) => `--figma-color-${name}:${value};`)
    .join('');
  const themed = html
    .replace('<html lang="en">', `<html lang="en" class="figma-${theme}">`)
    // The marker lets the UI install its test hooks (window.__hueprint); Figma never sets it.
    // `?webgl=software` on the harness page keeps WebGL even on a software renderer, for tests that need WebGL.
    .replace(
      '<head>',
      `<head><style>:root{${tokens}}</style><script>window.__hueprintHarness = true;${
        new URLSearchParams(location.search).get('webgl') === 'software' ? 'window.__hueprintAllowSoftwareWebgl = true;' : ''
      }</script>`,
    );
  loaded = false;
  await new Promise<void>((resolve) => {
    frame.addEventListener(
      'load',
      () => {
        loaded = true;
        frameWindow = frame.contentWindow;
        for (const message of queue.splice(0)) frameWindow?.postMessage({ pluginMessage: message }, '*');
        resolve();
      },
      { once: true },
    );
    frame.srcdoc = themed;
  });
  options.onNotify(`UI loaded (${theme} theme).`);
}
