/**
 * The command line's bad-input cases from the 2026-11-30 trial (numbers are
 * the trial's rows), each run through the real bundle as a user runs it, in
 * a fresh folder. Every case asserts the exit code, the message (naming the
 * problem and what to do, no stack trace, no raw errno), and that every file
 * that was there before is byte-identical afterwards with nothing new but the
 * outputs the user named (no half-written or temporary file).
 *
 * Training here is tiny (1 epoch, 16 px crops, art scaled to 32 px) and most
 * refusals happen before the backend starts, so the file stays fast on 2 cores.
 */
import { chmod, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStyle, type Rgba8Image } from '../../core';
import { decodeImageBytes, encodePng, FileExistsError, readImageFile, writeFileAtomicAsync } from '../../cli/io';
import { orientImage } from '../../cli/io/orientImage';
import { readJpegOrientation } from '../../cli/io/readJpegOrientation';
import { makeShapeArt } from '../helpers/makeShapeArt';
import { GIF_BYTES, interlacedPalettePng, jpegWithOrientation, lyingPng, pngWithData, zlibBombPng } from './cliBadImageBytes';
import { buildCliAsync, expectOnlyCreated, expectRefusal, makeWorkspaceAsync, runCli, snapshotAsync, workspaceRoot, type Entry, type Run } from './cliHarness';

const TINY = ['--epochs', '1', '--size', '16', '--max-side', '32', '--k', '4'];
const isRoot = process.getuid?.() === 0;

const art = makeShapeArt({ count: 4, size: 32, seed: 7 }).map((img) => encodePng(img));
const gray = makeShapeArt({ count: 2, size: 24, seed: 99, gray: true }).map((img) => encodePng(img));
/** art/000.png … art/003.png: colour shape art. */
const ART: Record<string, Entry> = Object.fromEntries(art.map((bytes, i) => [`art/00${i}.png`, bytes]));
let style: Uint8Array;

beforeAll(async () => {
  await buildCliAsync();
  const ws = await makeWorkspaceAsync(ART);
  const result = await runCli(['train', 'art', '-o', 'S.hueprint', ...TINY, '-q'], { cwd: ws });
  expect(result.code, result.stderr).toBe(0);
  style = await readFile(join(ws, 'S.hueprint'));
}, 300_000);

afterAll(async () => {
  const base = workspaceRoot();
  if (base) await rm(base, { recursive: true, force: true });
});

/**
 * Runs one case in a fresh folder holding `entries` and checks that nothing
 * but `created` appeared and nothing that was there changed.
 */
async function caseAsync(
  entries: Record<string, Entry>,
  args: readonly string[],
  options: { created?: readonly string[]; asNobody?: boolean; readOnly?: readonly string[] } = {},
): Promise<Run & { ws: string }> {
  const ws = await makeWorkspaceAsync(entries);
  for (const dir of options.readOnly ?? []) await chmod(join(ws, dir), 0o555);
  const before = await snapshotAsync(ws);
  const result = await runCli(args, { cwd: ws, asNobody: options.asNobody && isRoot });
  for (const dir of options.readOnly ?? []) await chmod(join(ws, dir), 0o755);
  expectOnlyCreated(before, await snapshotAsync(ws), options.created ?? []);
  return { ...result, ws };
}

const withStyle = (entries: Record<string, Entry> = {}): Record<string, Entry> => ({ 'S.hueprint': style, ...entries });
const noWorkDone = (result: Run): void => expect(result.stderr).not.toMatch(/Training "|Colorizing \d|epoch \d/);

describe('1. never overwrite a file the user did not name as output', () => {
  it('#99 colorize gray/ into art/ holding the colour originals of the same names: refused, originals kept', async () => {
    const entries = withStyle({ 'scen/art/000.png': art[0], 'scen/art/001.png': art[1], 'scen/gray/000.png': gray[0], 'scen/gray/001.png': gray[1] });
    const result = await caseAsync(entries, ['colorize', 'S.hueprint', 'scen/gray', '-o', 'scen/art']);
    expectRefusal(result, 1, /2 files in scen\/art would be replaced \(000\.png, 001\.png\); colorize into another folder with -o, or add --force/);
    noWorkDone(result);
  });

  it('#99 with --force the user asked: the outputs replace them, and the gray inputs are untouched', async () => {
    const entries = withStyle({ 'scen/art/000.png': art[0], 'scen/gray/000.png': gray[0] });
    const ws = await makeWorkspaceAsync(entries);
    const before = await snapshotAsync(ws);
    const result = await runCli(['colorize', 'S.hueprint', 'scen/gray', '-o', 'scen/art', '--force', '-q'], { cwd: ws });
    expect(result.code, result.stderr).toBe(0);
    const after = await snapshotAsync(ws);
    expect(after.get('scen/gray/000.png')).toBe(before.get('scen/gray/000.png'));
    expect(after.get('S.hueprint')).toBe(before.get('S.hueprint'));
    expect(after.get('scen/art/000.png')).not.toBe(before.get('scen/art/000.png'));
    expect([...after.keys()].filter((k) => k.endsWith('.tmp'))).toEqual([]);
  });

  it('#98 colorize cat.jpg into its own folder where an unrelated cat.png exists: refused', async () => {
    const entries = withStyle({ 'ow/cat.jpg': jpegWithOrientation(16, 16, 1), 'ow/cat.png': art[2] });
    const result = await caseAsync(entries, ['colorize', 'S.hueprint', 'ow/cat.jpg', '-o', 'ow']);
    expectRefusal(result, 1, /1 file in ow would be replaced \(cat\.png\)/);
  });

  it("#97 an output folder that is a symlink to the input's folder: refused even with --force", async () => {
    const entries = withStyle({ 'ow/dog.png': gray[0], owlink: { link: 'ow' } });
    const result = await caseAsync(entries, ['colorize', 'S.hueprint', 'ow/dog.png', '-o', 'owlink', '--force']);
    expectRefusal(result, 1, /Colorizing ow\/dog\.png into owlink would overwrite the original; choose another output folder with -o/);
  });

  it("#96 colorize into the input's own folder: refused", async () => {
    const result = await caseAsync(withStyle({ 'ow/dog.png': gray[0] }), ['colorize', 'S.hueprint', 'ow/dog.png', '-o', 'ow', '--force']);
    expectRefusal(result, 1, /would overwrite the original/);
  });

  it('an input spelled through ".." and a symlinked file: still recognised as the input', async () => {
    const entries = withStyle({ 'ow/dog.png': gray[0], 'other/x': 'x', 'out/dog.png': { link: '../ow/dog.png' } });
    const result = await caseAsync(entries, ['colorize', 'S.hueprint', 'other/../ow/dog.png', '-o', 'out', '--force']);
    expectRefusal(result, 1, /would overwrite the original/);
  });

  it('#100 two inputs that would be written to one output: refused before any work', async () => {
    const entries = withStyle({ 'a/dog.png': gray[0], 'b/dog.png': gray[1] });
    const result = await caseAsync(entries, ['colorize', 'S.hueprint', 'a/dog.png', 'b/dog.png', '-o', 'out']);
    expectRefusal(result, 1, /a\/dog\.png and b\/dog\.png would both be written to out\/dog\.png/);
    noWorkDone(result);
  });

  it('an output name taken by a folder: refused', async () => {
    const result = await caseAsync(withStyle({ 'g/x.png': gray[0], 'out/x.png': { dir: true } }), [
      'colorize',
      'S.hueprint',
      'g/x.png',
      '-o',
      'out',
      '--force',
    ]);
    expectRefusal(result, 1, /out\/x\.png is a folder/);
  });

  it('#101 train -o one of its training images: refused before training, even with --force', async () => {
    const result = await caseAsync(ART, ['train', 'art', '-o', 'art/000.png', ...TINY, '--force']);
    expectRefusal(result, 1, /art\/000\.png is one of the inputs, and Hueprint never overwrites an input; give -o another file name/);
    noWorkDone(result);
  });

  it('train -o a symlink to one of its training images: refused', async () => {
    const result = await caseAsync({ ...ART, 'link.hueprint': { link: 'art/001.png' } }, ['train', 'art', '-o', 'link.hueprint', ...TINY, '--force']);
    expectRefusal(result, 1, /link\.hueprint is one of the inputs/);
  });

  it('#102 palette --png its own input image: refused', async () => {
    const result = await caseAsync(ART, ['palette', 'art/001.png', '--k', '4', '--png', 'art/001.png']);
    expectRefusal(result, 1, /art\/001\.png is one of the inputs, and Hueprint never overwrites an input; give --png another file name/);
  });

  it('palette --png an existing unrelated file: refused without --force', async () => {
    const result = await caseAsync({ ...ART, 'swatch.png': art[3] }, ['palette', 'art', '--k', '4', '--png', 'swatch.png']);
    expectRefusal(result, 1, /swatch\.png already exists; give --png another file name, or add --force to replace it/);
  });

  it('palette --png an existing file with --force: only that file is replaced, with a real swatch', async () => {
    const ws = await makeWorkspaceAsync({ ...ART, 'swatch.png': 'old', 'other.txt': 'keep' });
    const before = await snapshotAsync(ws);
    const result = await runCli(['palette', 'art', '--k', '4', '--png', 'swatch.png', '--force'], { cwd: ws });
    expect(result.code, result.stderr).toBe(0);
    const after = await snapshotAsync(ws);
    expect(after.get('swatch.png')).not.toBe(before.get('swatch.png'));
    before.delete('swatch.png');
    after.delete('swatch.png');
    expectOnlyCreated(before, after);
    const swatch = await readImageFile(join(ws, 'swatch.png'));
    expect([swatch.width, swatch.height]).toEqual([3 * 32, 32]);
  });

  it('train -o an existing style: refused before training without --force', async () => {
    const result = await caseAsync({ ...ART, 'keep.hueprint': style }, ['train', 'art', '-o', 'keep.hueprint', ...TINY]);
    expectRefusal(result, 1, /keep\.hueprint already exists; give -o another file name, or add --force to replace it/);
    noWorkDone(result);
  });

  it('train with the default output name, which exists: refused before training', async () => {
    const result = await caseAsync({ ...ART, 'art.hueprint': "someone else's file" }, ['train', 'art', ...TINY]);
    expectRefusal(result, 1, /art\.hueprint already exists/);
    noWorkDone(result);
  });

  it('#17/#20 one flat colour trains a one-colour style, and says "1 colour"', async () => {
    const flat = new Uint8Array(8 * 8 * 4).map((_, i) => [200, 30, 30, 255][i % 4]!);
    const result = await caseAsync(
      { 'in/flat.png': encodePng({ width: 8, height: 8, data: flat }) },
      ['train', 'in/flat.png', '-o', 'flat.hueprint', ...TINY],
      {
        created: ['flat.hueprint'],
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Wrote flat\.hueprint \([^)]*\): 1 colour, /);
  });

  it('#103 a failed train with --force leaves the existing -o byte-identical', async () => {
    const transparent = encodePng({ width: 8, height: 8, data: new Uint8Array(8 * 8 * 4) });
    const result = await caseAsync({ 'in/clear.png': transparent, 'keep.hueprint': style }, [
      'train',
      'in/clear.png',
      '-o',
      'keep.hueprint',
      ...TINY,
      '--force',
    ]);
    expectRefusal(result, 1, /no opaque pixel/);
  });
});

describe('2. the output is checked before any work, and finished work is kept', () => {
  it('#90 train -o in a folder the user cannot write in: refused before training', async () => {
    const result = await caseAsync({ ...ART, 'ro/keep.txt': 'x' }, ['train', 'art', '-o', 'ro/s.hueprint', ...TINY], { asNobody: true, readOnly: ['ro'] });
    expectRefusal(result, 1, /You cannot write in ro \(permission denied\); choose another -o/);
    noWorkDone(result);
  });

  it('#91 train -o under a regular file: refused before training, without a clean-up error', async () => {
    const result = await caseAsync({ ...ART, afile: 'x' }, ['train', 'art', '-o', 'afile/s.hueprint', ...TINY]);
    expectRefusal(result, 1, /afile is a file, not a folder, so -o cannot be written inside it/);
    noWorkDone(result);
  });

  it('#92 train -o an existing folder: refused before training, with a file name to use', async () => {
    const result = await caseAsync({ ...ART, 'adir/x.txt': 'x' }, ['train', 'art', '-o', 'adir', ...TINY]);
    expectRefusal(result, 1, /adir is a folder; give -o a file name, e.g. -o adir\/art\.hueprint/);
    noWorkDone(result);
  });

  it("#93 train -o '': refused before training", async () => {
    const result = await caseAsync(ART, ['train', 'art', '-o', '', ...TINY]);
    expectRefusal(result, 1, /-o is empty; give a file name, e.g. -o art\.hueprint/);
    noWorkDone(result);
  });

  it('#94 colorize -o an unwritable existing folder: one clear message, no image colorized', async () => {
    const entries = withStyle({ 'g/a.png': gray[0], 'g/b.png': gray[1], 'ro/keep.txt': 'x' });
    const result = await caseAsync(entries, ['colorize', 'S.hueprint', 'g', '-o', 'ro'], { asNobody: true, readOnly: ['ro'] });
    expectRefusal(result, 1, /^hueprint: You cannot write in ro \(permission denied\); choose another -o\.\n$/);
  });

  it('#94 colorize -o a folder to create inside an unwritable one: one clear message', async () => {
    const entries = withStyle({ 'g/a.png': gray[0], 'g/b.png': gray[1], 'ro/keep.txt': 'x' });
    const result = await caseAsync(entries, ['colorize', 'S.hueprint', 'g', '-o', 'ro/sub'], { asNobody: true, readOnly: ['ro'] });
    expectRefusal(result, 1, /^hueprint: ro\/sub cannot be created: you cannot write in ro \(permission denied\); choose another -o\.\n$/);
  });

  it('#94 colorize -o an existing file: one clear message (no raw EEXIST per image)', async () => {
    const result = await caseAsync(withStyle({ 'g/a.png': gray[0], 'g/b.png': gray[1], afile: 'x' }), ['colorize', 'S.hueprint', 'g', '-o', 'afile']);
    expectRefusal(result, 1, /^hueprint: afile is a file, not a folder; give -o a folder for the colorized images\.\n$/);
  });

  it("colorize -o '': refused", async () => {
    const result = await caseAsync(withStyle({ 'g/a.png': gray[0] }), ['colorize', 'S.hueprint', 'g/a.png', '-o', '']);
    expectRefusal(result, 1, /-o is empty; give a folder/);
  });

  it('#95 palette --png into an unwritable folder: refused before clustering', async () => {
    const result = await caseAsync({ ...ART, 'ro/keep.txt': 'x' }, ['palette', 'art', '--k', '4', '--png', 'ro/sw.png'], { asNobody: true, readOnly: ['ro'] });
    expectRefusal(result, 1, /You cannot write in ro \(permission denied\); choose another --png/);
    expect(result.stdout).toBe('');
  });

  it("palette --png '': refused", async () => {
    const result = await caseAsync(ART, ['palette', 'art', '--png', '']);
    expectRefusal(result, 1, /--png is empty; give a file name, e.g. --png swatch\.png/);
  });

  it('#107 Ctrl-C after the last epoch, while held-out images are scored: the finished style is written', async () => {
    // Large held-out art makes scoring long enough to interrupt (it is scaled to 32 px for training); big images now colorize fast, so
    // the signal goes as soon as the last epoch is reported.
    const big = makeShapeArt({ count: 4, size: 1536, seed: 3 }).map((img) => encodePng(img));
    const ws = await makeWorkspaceAsync(Object.fromEntries(big.map((bytes, i) => [`big/${i}.png`, bytes])));
    const before = await snapshotAsync(ws);
    let sentAt = '';
    const result = await runCli(['train', 'big', '-o', 'sig.hueprint', '--epochs', '1', '--size', '16', '--max-side', '32', '--k', '4'], {
      cwd: ws,
      onStderr: (text, signal) => {
        if (!sentAt && /epoch 1\/1/.test(text)) {
          sentAt = text;
          signal('SIGINT');
        }
      },
    });
    expect(sentAt).not.toBe('');
    expect(result.code, result.stderr).toBe(130);
    expect(result.stderr).toMatch(/Wrote the style of (all 1 epochs|epoch 1 of 1) to sig\.hueprint/);
    expectOnlyCreated(before, await snapshotAsync(ws), ['sig.hueprint']);
    const saved = parseStyle(new Uint8Array(await readFile(join(ws, 'sig.hueprint'))));
    expect(saved.training.epochs).toBe(1);
  }, 180_000);

  it('#105 Ctrl-C before the first epoch ends: says plainly that nothing was written, and the existing -o is kept', { timeout: 120_000 }, async () => {
    const ws = await makeWorkspaceAsync({ ...ART, 'keep.hueprint': style });
    const before = await snapshotAsync(ws);
    let sent = false;
    const result = await runCli(['train', 'art', '-o', 'keep.hueprint', '--force', '--epochs', '1', '--size', '16', '--max-side', '32'], {
      cwd: ws,
      onStderr: (text, signal) => {
        if (!sent && /Training "/.test(text)) {
          sent = true;
          signal('SIGINT');
        }
      },
    });
    expect(sent).toBe(true);
    expectRefusal(result, 130, /Training was cancelled before its first epoch finished, so nothing was written\./);
    expect(result.stderr).not.toMatch(/kept/);
    expectOnlyCreated(before, await snapshotAsync(ws));
  });
});

describe('7. no quiet wrong results', () => {
  it('#23 a 4096×4096 PNG header over 100 bytes of data: refused at once, not colorized as a blank image', async () => {
    const started = Date.now();
    const result = await caseAsync(withStyle({ 'in/lying.png': lyingPng() }), ['colorize', 'S.hueprint', 'in/lying.png', '-o', 'o']);
    expectRefusal(
      result,
      1,
      /in\/lying\.png is damaged: its header says 4096×4096 px, but it holds only 20000 of the 67112960 bytes of pixel data that size needs.*Export it again/,
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('#3 a PNG cut in half: refused', async () => {
    const whole = art[0];
    const result = await caseAsync(withStyle({ 'in/half.png': whole.subarray(0, whole.length >> 1) }), ['colorize', 'S.hueprint', 'in/half.png', '-o', 'o']);
    expectRefusal(result, 1, /in\/half\.png (looks like a PNG but cannot be decoded|is damaged)/);
  });

  it('#29 a PNG zlib bomb: refused quickly in bounded memory', async () => {
    const result = await caseAsync(withStyle({ 'in/bomb.png': zlibBombPng() }), ['colorize', 'S.hueprint', 'in/bomb.png', '-o', 'o']);
    expectRefusal(result, 1, /in\/bomb\.png looks like a PNG but cannot be decoded/);
  });

  it('#34 a JPEG with EXIF Orientation 6 is colorized as shown (turned a quarter), as the plugin does', async () => {
    const result = await caseAsync(withStyle({ 'in/exif6.jpg': jpegWithOrientation(64, 32, 6) }), ['colorize', 'S.hueprint', 'in/exif6.jpg', '-o', 'o', '-q'], {
      created: ['o', 'o/exif6.png'],
    });
    expect(result.code, result.stderr).toBe(0);
    const out = await readImageFile(join(result.ws, 'o/exif6.png'));
    expect([out.width, out.height]).toEqual([32, 64]);
  });

  it('#40 a folder whose images are symlinks (with a loop and a dangling link among them): all four images used', async () => {
    const links: Record<string, Entry> = {
      ...ART,
      'linkdir/a.png': { link: '../art/000.png' },
      'linkdir/b.png': { link: '../art/001.png' },
      'linkdir/c.png': { link: '../art/002.png' },
      'linkdir/d.png': { link: '../art/003.png' },
      'linkdir/loop.png': { link: 'loop.png' },
      'linkdir/dangling.png': { link: 'nowhere.png' },
      'linkdir/self': { link: '.' },
    };
    const result = await caseAsync(links, ['palette', 'linkdir', '--k', '4', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).images).toBe(4);
  });

  it('#39 a looping symlink given directly: refused with its name', async () => {
    const result = await caseAsync(withStyle({ 'loopa.png': { link: 'loopb.png' }, 'loopb.png': { link: 'loopa.png' } }), [
      'colorize',
      'S.hueprint',
      'loopa.png',
      '-o',
      'o',
    ]);
    expectRefusal(result, 1, /loopa\.png cannot be read/);
  });

  it('#67 eval --test-fraction 0: refused, since it would measure nothing', async () => {
    const result = await caseAsync(ART, ['eval', 'art', '--test-fraction', '0', ...TINY, '--json']);
    expectRefusal(result, 1, /--test-fraction.*'0' is invalid\. It must be a number between 0 and 1 \(not 0 itself, which would hold out nothing to score/);
    expect(result.stdout).toBe('');
  });

  it('#13 a folder with no images says what it holds instead', async () => {
    const result = await caseAsync({ 'emptydir/a.gif': GIF_BYTES, 'emptydir/notes.txt': 'x' }, ['train', 'emptydir', '-o', 'e.hueprint', '--epochs', '1']);
    expectRefusal(result, 1, /The folder emptydir has no PNG, JPEG or SVG images in it \(it has a\.gif, notes\.txt; only PNG, JPEG and SVG files/);
  });
});

describe('images that are not what they claim (kept from the trial, all met the bar)', () => {
  const cases: [string, Entry, RegExp][] = [
    ['#11 a zero-byte .png', new Uint8Array(0), /in\/x\.png is empty \(0 bytes\); export it again/],
    ['#12 a text file named .png', 'hello, world', /in\/x\.png is not a PNG or JPEG \(starts with 68 65 6c 6c\); export it as PNG/],
    ['#7 a GIF named .png', GIF_BYTES, /in\/x\.png is not a PNG or JPEG \(starts with 47 49 46 38\)/],
    ['#22 a 100000×100000 PNG header', pngWithData(100000, 100000, new Uint8Array(10)), /100000×100000 px; Figma images are at most 4096 px a side/],
    ['#27 a PNG with zero width', pngWithData(0, 10, new Uint8Array(10)), /is 0×10 px, so it has no pixels/],
  ];
  for (const [name, bytes, pattern] of cases) {
    it(`${name}: refused with its name`, async () => {
      expectRefusal(await caseAsync(withStyle({ 'in/x.png': bytes }), ['colorize', 'S.hueprint', 'in/x.png', '-o', 'o']), 1, pattern);
    });
  }

  it('#42 one bad image among good ones: the good ones are colorized, the bad one named, exit 1', async () => {
    const entries = withStyle({ 'in/a.png': gray[0], 'in/b.png': gray[1], 'in/empty.png': new Uint8Array(0) });
    const result = await caseAsync(entries, ['colorize', 'S.hueprint', 'in/a.png', 'in/empty.png', 'in/b.png', '-o', 'o'], {
      created: ['o', 'o/a.png', 'o/b.png'],
    });
    expectRefusal(result, 1, /in\/empty\.png is empty.*\n.*1 of 3 images could not be colorized \(see above\); 2 written/s);
  });
});

describe('options, paths and styles (kept from the trial)', () => {
  it('#14 a training path that does not exist', async () => {
    expectRefusal(await caseAsync({}, ['train', 'nope/', '-o', 'e.hueprint']), 1, /nope\/ does not exist; check the path/);
  });

  it('#44 --k 0', async () => {
    expectRefusal(await caseAsync(ART, ['train', 'art', '--k', '0']), 1, /'--k <n>' argument '0' is invalid\. It must be from 1 to 256/);
  });

  it('#62 an option without its value is wrong usage', async () => {
    expectRefusal(await caseAsync(ART, ['train', 'art', '--k']), 2, /option '--k <n>' argument missing/);
  });

  it('#64 eval with one image', async () => {
    expectRefusal(await caseAsync({ 'in/a.png': art[0] }, ['eval', 'in/a.png', ...TINY]), 1, /Evaluating needs at least 2 images/);
  });

  it('#65 eval with --train-dir only is wrong usage', async () => {
    expectRefusal(await caseAsync(ART, ['eval', '--train-dir', 'art']), 2, /--train-dir and --test-dir go together/);
  });

  it('#86 a style path that is a folder', async () => {
    expectRefusal(
      await caseAsync({ ...ART, 'g/a.png': gray[0] }, ['colorize', 'art', 'g/a.png', '-o', 'o']),
      1,
      /art is a folder, not a \.hueprint style file/,
    );
  });

  it('#76 a PNG renamed .hueprint', async () => {
    expectRefusal(
      await caseAsync({ 'png.hueprint': art[0], 'g/a.png': gray[0] }, ['colorize', 'png.hueprint', 'g/a.png', '-o', 'o']),
      1,
      /png\.hueprint: This file is not a Hueprint style/,
    );
  });

  it('#68 a style cut to half', async () => {
    const half = style.subarray(0, style.length >> 1);
    expectRefusal(
      await caseAsync({ 'half.hueprint': half, 'g/a.png': gray[0] }, ['colorize', 'half.hueprint', 'g/a.png', '-o', 'o']),
      1,
      /half\.hueprint: This Hueprint style is damaged/,
    );
  });
});

describe('the file layer under the commands, in process', () => {
  it('#33 an interlaced (Adam7) 2-bit paletted PNG still decodes pixel-exact through the completeness check', () => {
    const { bytes, palette } = interlacedPalettePng(13, 11);
    const img = decodeImageBytes(bytes, 'interlaced.png');
    expect([img.width, img.height]).toEqual([13, 11]);
    for (let y = 0; y < 11; y++) {
      for (let x = 0; x < 13; x++) {
        const p = (y * 13 + x) * 4;
        expect(Array.from(img.data.subarray(p, p + 4))).toEqual([...palette[(x + 2 * y) % 4], 255]);
      }
    }
  });

  it('an interlaced PNG with part of its scanlines missing is refused, not padded', () => {
    const { bytes } = interlacedPalettePng(13, 11, 0.6);
    expect(() => decodeImageBytes(bytes, 'cut.png')).toThrow(/cut\.png is damaged: its header says 13×11 px, but it holds only \d+ of the \d+ bytes/);
  });

  it('orientImage turns and mirrors as each EXIF Orientation 1–8 says', () => {
    // Stored 3×2: a b c / d e f, one byte value per pixel (all four channels).
    const stored = { width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6].flatMap((v) => [v, v, v, v])) };
    const shown: Record<number, [number, number, number[]]> = {
      1: [3, 2, [1, 2, 3, 4, 5, 6]],
      2: [3, 2, [3, 2, 1, 6, 5, 4]],
      3: [3, 2, [6, 5, 4, 3, 2, 1]],
      4: [3, 2, [4, 5, 6, 1, 2, 3]],
      5: [2, 3, [1, 4, 2, 5, 3, 6]],
      6: [2, 3, [4, 1, 5, 2, 6, 3]],
      7: [2, 3, [6, 3, 5, 2, 4, 1]],
      8: [2, 3, [3, 6, 2, 5, 1, 4]],
    };
    for (const [orientation, [width, height, values]] of Object.entries(shown)) {
      const out = orientImage(stored, Number(orientation));
      expect([out.width, out.height, Array.from(out.data.filter((_, i) => i % 4 === 0))], `orientation ${orientation}`).toEqual([width, height, values]);
    }
  });

  it('a JPEG with Orientation 6 turns clockwise and 8 anticlockwise, through the real decoder', () => {
    // Stored: left half black, right half white, 64×32.
    const mean = (img: Rgba8Image, y0: number, y1: number): number => {
      let sum = 0;
      for (let y = y0; y < y1; y++) for (let x = 0; x < img.width; x++) sum += img.data[(y * img.width + x) * 4];
      return sum / ((y1 - y0) * img.width);
    };
    const six = decodeImageBytes(jpegWithOrientation(64, 32, 6), 'six.jpg');
    const eight = decodeImageBytes(jpegWithOrientation(64, 32, 8), 'eight.jpg');
    expect([six.width, six.height, eight.width, eight.height]).toEqual([32, 64, 32, 64]);
    expect(mean(six, 0, 28)).toBeLessThan(20); // the stored left (black) is on top when turned clockwise
    expect(mean(six, 36, 64)).toBeGreaterThan(235);
    expect(mean(eight, 0, 28)).toBeGreaterThan(235);
    expect(mean(eight, 36, 64)).toBeLessThan(20);
  });

  it('a damaged EXIF block (entry count and offsets past its end) is ignored, never read out of bounds', () => {
    const bytes = Buffer.from(jpegWithOrientation(16, 8, 6));
    const tiff = 2 + 4 + 6; // SOI, APP1 marker and length, "Exif\0\0"
    bytes.writeUInt16LE(0xffff, tiff + 8); // entry count of the first directory: far past the segment's end
    bytes.writeUInt16LE(0x0110, tiff + 10); // and its one real entry is no longer the Orientation
    expect(readJpegOrientation(bytes)).toBe(1);
    bytes.writeUInt32LE(0x7fffffff, tiff + 4); // offset of the first directory
    expect(readJpegOrientation(bytes)).toBe(1);
    expect(decodeImageBytes(bytes, 'odd.jpg').width).toBe(16);
  });

  it('#91 a write under a regular file fails with the real reason, not a clean-up error', async () => {
    const ws = await makeWorkspaceAsync({ afile: 'x' });
    const before = await snapshotAsync(ws);
    const error = await writeFileAtomicAsync(join(ws, 'afile/s.hueprint'), new Uint8Array([1, 2, 3]), { overwrite: true }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/afile\/s\.hueprint could not be written: part of the path is a file, not a folder\.$/);
    expect((error as Error).message).not.toMatch(/ENOTDIR|lstat|\.tmp/);
    expectOnlyCreated(before, await snapshotAsync(ws));
  });

  it('a file that appears after the checks is still not replaced without --force', async () => {
    const ws = await makeWorkspaceAsync({ 'out/x.png': 'theirs' });
    const before = await snapshotAsync(ws);
    await expect(writeFileAtomicAsync(join(ws, 'out/x.png'), new Uint8Array([1]), { overwrite: false })).rejects.toBeInstanceOf(FileExistsError);
    expectOnlyCreated(before, await snapshotAsync(ws));
    await writeFileAtomicAsync(join(ws, 'out/y.png'), new Uint8Array([7]), { overwrite: false });
    await writeFileAtomicAsync(join(ws, 'out/x.png'), new Uint8Array([9]), { overwrite: true });
    const after = await snapshotAsync(ws);
    expect([...after.keys()].sort()).toEqual(['out', 'out/x.png', 'out/y.png']);
    expect(Array.from(await readFile(join(ws, 'out/x.png')))).toEqual([9]);
  });
});
