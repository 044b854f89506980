import { afterEach, describe, expect, it } from 'vitest';
import { createFakeFigma } from '../fakeFigma';
import { only, startPlugin, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

const TRAIN = { effort: 'quick', k: 12, size: 32, epochs: 4, preset: 'fcn', seed: 7 } as const;
const load = async (requestId: string) => only(await running!.send({ type: 'LOAD_SETTINGS', requestId }), 'SETTINGS')[0];

describe('remembered Train settings (clientStorage)', () => {
  it('answers LOAD_SETTINGS with null at first, then with what SAVE_SETTINGS stored; refuses settings out of range', async () => {
    running = await startPlugin();
    expect((await load('s1')).train).toBeNull();
    expect(await running.send({ type: 'SAVE_SETTINGS', train: TRAIN })).toEqual([]);
    expect(await load('s2')).toEqual({ type: 'SETTINGS', requestId: 's2', train: TRAIN, colorize: null });
    const [refused] = await running.send({ type: 'SAVE_SETTINGS', train: { ...TRAIN, k: 9999 } });
    expect(refused).toMatchObject({ type: 'ERROR', message: expect.stringMatching(/^Malformed message from the UI/) });
    // Whatever else sits under the key (an older version, damage) is not handed to the UI.
    await running.fake.clientStorage.setAsync('hueprint.trainSettings', { k: 'lots' });
    expect((await load('s3')).train).toBeNull();
  });
});

describe('remembered Colorize choices (the same clientStorage path as Train)', () => {
  it('keeps New layer beside / Keep shading / Raster / unbound across a reload; a malformed stored value gives the defaults', async () => {
    const fake = createFakeFigma();
    running = await startPlugin(fake);
    expect((await load('c1')).colorize).toBeNull(); // the UI's defaults: Replace fill, Flat palette
    await running.send({ type: 'SAVE_SETTINGS', train: TRAIN });
    const chosen = { mode: 'shading', placement: 'beside', output: 'raster', bind: false } as const;
    expect(await running.send({ type: 'SAVE_SETTINGS', colorize: chosen })).toEqual([]);
    // The plugin reloads (a new sandbox over the same clientStorage).
    running.stop();
    running = await startPlugin(fake);
    expect(await load('c2')).toEqual({ type: 'SETTINGS', requestId: 'c2', train: TRAIN, colorize: chosen });
    const [refused] = await running.send({ type: 'SAVE_SETTINGS', colorize: { ...chosen, placement: 'sideways' } });
    expect(refused).toMatchObject({ type: 'ERROR', message: expect.stringMatching(/^Malformed message from the UI/) });
    for (const damaged of ['beside', { ...chosen, placement: 'sideways' }, { ...chosen, bind: 'yes' }, { mode: 'shading' }, null]) {
      await fake.clientStorage.setAsync('hueprint.colorizeSettings', damaged);
      running.stop();
      running = await startPlugin(fake);
      const { colorize, train } = await load('c3');
      expect(colorize).toBeNull();
      expect(train).toEqual(TRAIN); // one tab's damage does not cost the other its choices
    }
  });
});
