import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_SETTINGS, EFFORTS } from '../../ui/jobs/TrainSettingsValue';
import { checkTrainSettings } from '../../ui/lib/checkTrainSettings';
import { estimateTraining } from '../../ui/lib/estimateTraining';
import { nameFromArt } from '../../ui/lib/nameFromArt';

const MB = 1024 * 1024;
/** Six 128 px images, as in the designer trial. */
const six = Array.from({ length: 6 }, (_, i) => ({
  nodeId: `1:${i}`,
  name: `Fruit ${i + 1}`,
  kind: 'image' as const,
  nodeType: 'RECTANGLE',
  width: 128,
  height: 128,
}));
const room = { freeBytes: 5 * MB, quotaBytes: 5 * MB };

describe('training settings, checked before Train', () => {
  it('estimates time from the steps trainStyle takes and the backend speed, and the style size', () => {
    const standard = estimateTraining(DEFAULT_TRAIN_SETTINGS, six, 'wasm');
    const quick = estimateTraining({ ...DEFAULT_TRAIN_SETTINGS, effort: 'quick', ...EFFORTS.quick }, six, 'wasm');
    const thorough = estimateTraining({ ...DEFAULT_TRAIN_SETTINGS, effort: 'thorough', ...EFFORTS.thorough }, six, 'wasm');
    expect(quick.seconds).toBeLessThan(standard.seconds);
    expect(standard.seconds).toBeLessThan(thorough.seconds);
    // 10 epochs × 4 steps (+ 6 on all the art) × 8 crops of 64²: the harness measured 56.5 s on WebAssembly.
    expect(standard.seconds).toBeGreaterThan(45);
    expect(standard.seconds).toBeLessThan(70);
    // Software WebGL is an order of magnitude slower.
    expect(estimateTraining(DEFAULT_TRAIN_SETTINGS, six, 'webgl (software)').seconds).toBeGreaterThan(10 * (standard.seconds - 3));
    expect(standard.styleBytes).toBeLessThan(300 * 1024);
    expect(estimateTraining({ ...DEFAULT_TRAIN_SETTINGS, preset: 'seed' }, six, 'wasm').styleBytes).toBeGreaterThan(3.5 * MB);
  });

  it('says in words what is wrong instead of clamping: out-of-range colours, a working size off the grid, no epochs', () => {
    const check = (over: object) => {
      const settings = { ...DEFAULT_TRAIN_SETTINGS, ...over };
      return checkTrainSettings(settings, estimateTraining(settings, six, 'wasm'), room);
    };
    expect(check({}).problems).toEqual([]);
    expect(check({ k: 9999 }).problems).toEqual(['Colours: choose a whole number from 2 to 64 (not 9999).']);
    expect(check({ k: -5 }).problems[0]).toContain('(not -5)');
    expect(check({ size: 30 }).problems[0]).toMatch(/^Working size: choose a multiple of 4/);
    expect(check({ epochs: Number.NaN }).problems).toEqual(['Epochs: choose a whole number of 1 or more.']);
  });

  it('refuses a run over an hour (500 epochs at 256 px), and palette 64 at 256 px on a GPU whose textures stop at 8192', () => {
    const long = { ...DEFAULT_TRAIN_SETTINGS, effort: 'custom' as const, size: 256, epochs: 500 };
    const problems = checkTrainSettings(long, estimateTraining(long, six, 'wasm'), room).problems;
    expect(problems.join(' ')).toMatch(/This would take about \d+ h \d+ min\. Hueprint does not start runs over an hour/);
    const big = { ...DEFAULT_TRAIN_SETTINGS, effort: 'custom' as const, k: 64, size: 256, epochs: 1 };
    const onGpu = checkTrainSettings(big, estimateTraining(big, six, 'webgl'), { ...room, maxTextureSide: 8192 }).problems;
    expect(onGpu.join(' ')).toMatch(/64 colours at working size 256 px do not fit this GPU .* Use a working size of \d+ px or less/);
    const allowed = Number(/working size of (\d+) px/.exec(onGpu.join(' '))![1]);
    const smaller = { ...big, size: allowed };
    expect(checkTrainSettings(smaller, estimateTraining(smaller, six, 'webgl'), { ...room, maxTextureSide: 8192 }).problems.join(' ')).not.toMatch(
      /do not fit this GPU/,
    );
  });

  it('warns when the style will not fit the storage left, and explains the seed preset', () => {
    const seed = { ...DEFAULT_TRAIN_SETTINGS, preset: 'seed' as const };
    const { problems, warnings } = checkTrainSettings(seed, estimateTraining(seed, six, 'wasm'), { freeBytes: 1 * MB, quotaBytes: 5 * MB });
    expect(problems).toEqual([]);
    expect(warnings[0]).toMatch(/will not fit in the 1\sMB free of your 5\sMB storage/);
    expect(warnings[1]).toMatch(/to compare with that study.*takes about 4\.\d+\sMB of your 5\sMB/);
  });
});

describe('a default style name from the art', () => {
  it('takes what the layer names share, else the first name and how many more', () => {
    expect(nameFromArt(['Fruit 1', 'Fruit 2', 'Fruit 10'])).toBe('Fruit');
    expect(nameFromArt(['Noto cherries', 'Noto bread'])).toBe('Noto');
    expect(nameFromArt(['Cherries', 'Bread', 'Nori'])).toBe('Cherries + 2 more');
    expect(nameFromArt(['Chestnut'])).toBe('Chestnut');
    expect(nameFromArt([])).toBe('My style');
  });
});
