import { cloneValue } from './cloneValue';

type Listener = (pluginMessage: unknown) => void;

/**
 * `figma.ui`: what the plugin posts is recorded in `sent` and handed to
 * `onPluginMessage` listeners (the harness forwards them to the iframe as
 * `{ pluginMessage }`); `deliverFromUi` plays the iframe's
 * `parent.postMessage({ pluginMessage }, '*')` into the plugin's handlers.
 */
export class FakeUi implements UIAPI {
  /** Every message the plugin posted, in order (cloned, as Figma does). */
  readonly sent: unknown[] = [];
  onmessage: MessageEventHandler | undefined = undefined;
  /** Set by showUI. */
  html: string | null = null;
  options: ShowUIOptions | null = null;
  visible = false;
  closed = false;
  private readonly handlers = new Set<MessageEventHandler>();
  private readonly onceHandlers = new Set<MessageEventHandler>();
  private readonly forwards = new Set<Listener>();
  private readonly waiters = new Set<() => void>();

  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  resize(width: number, height: number): void {
    this.options = { ...this.options, width, height };
  }
  reposition(x: number, y: number): void {
    this.options = { ...this.options, position: { x, y } };
  }
  getPosition(): { windowSpace: Vector; canvasSpace: Vector } {
    const p = this.options?.position ?? { x: 0, y: 0 };
    return { windowSpace: p, canvasSpace: p };
  }
  close(): void {
    this.closed = true;
    this.visible = false;
  }

  postMessage(pluginMessage: unknown): void {
    if (this.html === null) throw new Error('figma.ui.postMessage called before figma.showUI');
    const copy = cloneValue(pluginMessage, 'figma.ui.postMessage');
    this.sent.push(copy);
    for (const forward of this.forwards) forward(copy);
    for (const wake of this.waiters) wake();
  }

  on(type: 'message', callback: MessageEventHandler): void {
    if (type === 'message') this.handlers.add(callback);
  }
  once(type: 'message', callback: MessageEventHandler): void {
    if (type === 'message') this.onceHandlers.add(callback);
  }
  off(_type: 'message', callback: MessageEventHandler): void {
    this.handlers.delete(callback);
    this.onceHandlers.delete(callback);
  }

  // ------------------------------------------------------------ test/harness side

  /** Called with every message the plugin posts (harness: forward to the iframe). Returns an unsubscribe. */
  onPluginMessage(listener: Listener): () => void {
    this.forwards.add(listener);
    return () => this.forwards.delete(listener);
  }

  /**
   * The UI sends `pluginMessage` to the plugin. Resolves when every handler
   * has finished (handlers that return a promise are awaited), so tests can
   * await a whole request.
   */
  async deliverFromUi(pluginMessage: unknown): Promise<void> {
    const copy = cloneValue(pluginMessage, 'parent.postMessage');
    const props: OnMessageProperties = { origin: 'null' };
    const handlers = [...(this.onmessage ? [this.onmessage] : []), ...this.handlers, ...this.onceHandlers];
    this.onceHandlers.clear();
    await Promise.all(handlers.map((handler) => Promise.resolve(handler(copy, props) as unknown)));
  }

  /** The first message from index `from` on that matches, waiting up to `timeoutMs` for it. */
  // biome-ignore lint/suspicious/noExplicitAny: tests match on any message shape; the protocol's own checks run in the plugin
  waitFor<T = unknown>(predicate: (message: any) => boolean, from = 0, timeoutMs = 5000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = (): boolean => {
        for (let i = from; i < this.sent.length; i++) {
          if (predicate(this.sent[i])) {
            this.waiters.delete(wake);
            clearTimeout(timer);
            resolve(this.sent[i] as T);
            return true;
          }
        }
        return false;
      };
      const wake = (): void => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(wake);
        reject(new Error(`FakeUi.waitFor: no matching message within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(wake);
      check();
    });
  }
}
