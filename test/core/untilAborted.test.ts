import { describe, expect, it } from 'vitest';
import { untilAborted } from '../../core/tf/untilAborted';

describe('untilAborted', () => {
  it('rejects a read that never settles as soon as the host aborts (a lost WebGL context)', async () => {
    const controller = new AbortController();
    const never = new Promise<number>(() => {});
    const raced = untilAborted(never, controller.signal);
    setTimeout(() => controller.abort('context-lost'), 10);
    await expect(raced).rejects.toThrow('aborted');
  });

  it('passes values and errors through when nothing aborts', async () => {
    const controller = new AbortController();
    await expect(untilAborted(Promise.resolve(7), controller.signal)).resolves.toBe(7);
    await expect(untilAborted(Promise.reject(new Error('boom')), controller.signal)).rejects.toThrow('boom');
    await expect(untilAborted(Promise.resolve(1), undefined)).resolves.toBe(1);
  });
});
