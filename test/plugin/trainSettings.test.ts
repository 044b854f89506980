import { afterEach, describe, expect, it } from 'vitest';
import { only, startPlugin, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

describe('remembered Train settings (clientStorage)', () => {
  it('answers LOAD_SETTINGS with null at first, then with what SAVE_SETTINGS stored; refuses settings out of range', async () => {
    running = await startPlugin();
    expect(only(await running.send({ type: 'LOAD_SETTINGS', requestId: 's1' }), 'SETTINGS')[0].settings).toBeNull();
    const settings = { effort: 'quick', k: 12, size: 32, epochs: 4, preset: 'fcn', seed: 7 } as const;
    expect(await running.send({ type: 'SAVE_SETTINGS', settings })).toEqual([]);
    expect(only(await running.send({ type: 'LOAD_SETTINGS', requestId: 's2' }), 'SETTINGS')[0]).toEqual({ type: 'SETTINGS', requestId: 's2', settings });
    const [refused] = await running.send({ type: 'SAVE_SETTINGS', settings: { ...settings, k: 9999 } });
    expect(refused).toMatchObject({ type: 'ERROR', message: expect.stringMatching(/^Malformed message from the UI/) });
    // Whatever else sits under the key (an older version, damage) is not handed to the UI.
    await running.fake.clientStorage.setAsync('hueprint.trainSettings', { k: 'lots' });
    expect(only(await running.send({ type: 'LOAD_SETTINGS', requestId: 's3' }), 'SETTINGS')[0].settings).toBeNull();
  });
});
