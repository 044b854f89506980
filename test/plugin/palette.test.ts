import { afterEach, describe, expect, it } from 'vitest';
import { createFakeFigma } from '../fakeFigma';
import { only, startPlugin, type Running } from './setup';

let running: Running | undefined;
afterEach(() => running?.stop());

const savePalette = (colors: string[], styleName = 'Sunset') => ({ type: 'SAVE_PALETTE', requestId: 'p', styleName, colors }) as const;

describe('SAVE_PALETTE', () => {
  it('creates paint styles and a COLOR variable collection once, then updates them in place on re-save', async () => {
    running = await startPlugin();
    const { fake } = running;
    const first = await running.send(savePalette(['#FF0000', '#00ff00', '#0000ff']));
    expect(only(first, 'DONE')[0].message).toBe('Saved 3 colours as paint styles and variables (“Hueprint · Sunset”): 3 new, 0 updated.');
    expect(fake.localPaintStyles.map((s) => s.name)).toEqual(['Hueprint/Sunset/01 #ff0000', 'Hueprint/Sunset/02 #00ff00', 'Hueprint/Sunset/03 #0000ff']);
    expect(fake.localPaintStyles[0].paints).toEqual([{ type: 'SOLID', color: { r: 1, g: 0, b: 0 } }]);
    const styleIds = fake.localPaintStyles.map((s) => s.id);
    const [collection] = fake.localVariableCollections;
    expect(fake.localVariableCollections).toHaveLength(1);
    expect(collection.name).toBe('Hueprint · Sunset');
    expect(fake.localVariables.map((v) => [v.name, v.resolvedType, v.valuesByMode[collection.defaultModeId]])).toEqual([
      ['colour 01', 'COLOR', { r: 1, g: 0, b: 0 }],
      ['colour 02', 'COLOR', { r: 0, g: 1, b: 0 }],
      ['colour 03', 'COLOR', { r: 0, g: 0, b: 1 }],
    ]);
    const variableIds = fake.localVariables.map((v) => v.id);

    // Re-train: the palette changed and shrank.
    const second = await running.send(savePalette(['#808080', '#ffffff']));
    expect(only(second, 'DONE')[0].message).toContain('0 new, 2 updated, 1 removed');
    expect(fake.localPaintStyles.map((s) => [s.id, s.name])).toEqual([
      [styleIds[0], 'Hueprint/Sunset/01 #808080'],
      [styleIds[1], 'Hueprint/Sunset/02 #ffffff'],
    ]);
    const gray = 128 / 255;
    expect(fake.localPaintStyles[0].paints).toEqual([{ type: 'SOLID', color: { r: gray, g: gray, b: gray } }]);
    expect(fake.localVariableCollections.map((c) => c.id)).toEqual([collection.id]);
    expect(fake.localVariables.map((v) => [v.id, v.name, v.valuesByMode[collection.defaultModeId]])).toEqual([
      [variableIds[0], 'colour 01', { r: gray, g: gray, b: gray }],
      [variableIds[1], 'colour 02', { r: 1, g: 1, b: 1 }],
    ]);

    // Another style gets its own styles and collection.
    await running.send(savePalette(['#123456'], 'Night/Blue'));
    expect(fake.localPaintStyles.map((s) => s.name)).toContain('Hueprint/Night-Blue/01 #123456');
    expect(fake.localVariableCollections.map((c) => c.name)).toEqual(['Hueprint · Sunset', 'Hueprint · Night-Blue']);
  });

  it('sets every mode of a collection a designer gave extra modes, and leaves their own variables alone', async () => {
    running = await startPlugin(createFakeFigma());
    const { fake } = running;
    await running.send(savePalette(['#ff0000']));
    const [collection] = fake.localVariableCollections;
    const dark = collection.addMode('Dark');
    fake.variables.createVariable('accent', collection as unknown as VariableCollection, 'COLOR');
    await running.send(savePalette(['#00ff00']));
    const colour = fake.localVariables.find((v) => v.name === 'colour 01')!;
    expect(colour.valuesByMode).toEqual({ [collection.defaultModeId]: { r: 0, g: 1, b: 0 }, [dark]: { r: 0, g: 1, b: 0 } });
    expect(fake.localVariables.map((v) => v.name)).toEqual(['colour 01', 'accent']);
  });
});
