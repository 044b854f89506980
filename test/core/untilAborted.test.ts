import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '../../core/tf/tf';
import { untilAborted } from '../../core/tf/untilAborted';
import { readWeightsAsync } from '../../core/train/readWeightsAsync';
import { useWasmBackend } from '../helpers/useWasmBackend';

beforeAll(async () => {
  await useWasmBackend();
});

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

  it('leaves no unhandled rejection when the host had already aborted: the read it was given fails once training disposes its weights (Cancel)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const controller = new AbortController();
      controller.abort('cancel');
      const weights = new Map([
        ['a', tf.tensor([1, 2])],
        ['b', tf.tensor([3])],
      ]);
      const raced = untilAborted(readWeightsAsync(weights), controller.signal);
      // What trainStyle's `finally` does as the cancel unwinds, while the read is between its awaits.
      for (const weight of weights.values()) weight.dispose();
      await expect(raced).rejects.toThrow('aborted');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled.map(String)).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
