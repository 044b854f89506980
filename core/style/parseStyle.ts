import * as v from 'valibot';
import { parseHex } from '../colour/parseHex';
import { countWeights, modelShapes } from '../model/modelShapes';
import type { NamedWeight } from '../model/NamedWeight';
import type { ColorizerScores } from '../types';
import { READABLE_STYLE_VERSIONS, STYLE_FORMAT, STYLE_VERSION, type StyleFile } from './StyleFile';
import { StyleFormatError } from './StyleFormatError';
import { styleHeaderSchema } from './styleHeaderSchema';
import { align4, CHECKSUM_BYTES, STYLE_MAGIC } from './serializeStyle';
import { crc32 } from './crc32';
import { displaySafeName } from './displaySafeName';
import { issuesToProblems } from '../protocol/issuesToProblems';
import { MAX_WEIGHTS } from '../limits/modelLimits';
import { decodeUtf8 } from './utf8';

const NOT_A_STYLE = 'This file is not a Hueprint style (it does not start with "HUEPRINT"). Choose a .hueprint file saved by Hueprint.';
const DAMAGED = 'This Hueprint style is damaged';
/** No trained weight comes near this; ±3e38 painted everything one colour. */
const MAX_ABS_WEIGHT = 1e6;
const AGAIN = 'Export it again from the file it came from, or train it again.';

/**
 * Read a `.hueprint` file (see serializeStyle), checking everything before
 * trusting it: the magic, the format version, the header against a schema
 * whose architecture and palette bounds are the trainer's (see modelLimits),
 * that the weights are exactly the ones its architecture needs, the
 * checksum (version 2 on; version 1 files have none and still load), and
 * that every weight is finite and in range. The name comes back without
 * terminal escapes or control characters. Throws StyleFormatError with a
 * message that says what is wrong and what to do.
 */
export function parseStyle(bytes: Uint8Array): StyleFile {
  if (!(bytes instanceof Uint8Array) || bytes.length < 12 || STYLE_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new StyleFormatError(NOT_A_STYLE);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length)
    throw new StyleFormatError(`${DAMAGED}: it is cut short (${bytes.length} bytes). Export it again from the file it came from.`);
  let json: unknown;
  try {
    json = JSON.parse(decodeUtf8(bytes.subarray(12, 12 + headerLength)));
  } catch (error) {
    throw new StyleFormatError(`${DAMAGED}: its header is not readable (${String((error as Error).message).slice(0, 200)}). Export it again.`);
  }
  const claimed = json as { format?: unknown; version?: unknown };
  // The magic matched, so a header naming another format is a damaged one.
  if (claimed?.format !== STYLE_FORMAT) throw new StyleFormatError(`${DAMAGED}: its header does not say it is a Hueprint style. ${AGAIN}`);
  if (typeof claimed.version !== 'number' || !READABLE_STYLE_VERSIONS.includes(claimed.version)) {
    const newer = typeof claimed.version === 'number' && claimed.version > STYLE_VERSION;
    throw new StyleFormatError(
      newer
        ? `This style was saved by a newer Hueprint (format version ${claimed.version}; this one reads versions up to ${STYLE_VERSION}). Update Hueprint to use it.`
        : `This style has an unknown format version (${JSON.stringify(claimed.version)?.slice(0, 40)}); this Hueprint reads versions ${READABLE_STYLE_VERSIONS.join(' and ')}.`,
    );
  }
  const parsed = v.safeParse(styleHeaderSchema, json);
  if (!parsed.success) {
    // Problems quote the file's values, so each is cut short (a 2 MB name made a 2 MB message).
    throw new StyleFormatError(`${DAMAGED}: ${issuesToProblems(parsed.issues.slice(0, 3)).join('; ')}. ${AGAIN}`);
  }
  const header = parsed.output;
  const k = header.palette.rgb.length;
  if (header.palette.lab.length !== k * 3) {
    throw new StyleFormatError(`${DAMAGED}: its palette has ${k} colours but ${header.palette.lab.length / 3} Lab entries. ${AGAIN}`);
  }
  if (header.palette.frequency.length !== k) {
    throw new StyleFormatError(`${DAMAGED}: its palette has ${k} colours but ${header.palette.frequency.length} frequencies. ${AGAIN}`);
  }
  if (header.lookup.some((i) => i >= k)) throw new StyleFormatError(`${DAMAGED}: its lookup table points past its ${k} colours. ${AGAIN}`);

  if (countWeights(header.model, k) > MAX_WEIGHTS) throw new StyleFormatError(`${DAMAGED}: it declares a model larger than any Hueprint trains. ${AGAIN}`);
  const expected = modelShapes(header.model, k);
  const names = header.weights.map((w) => `${w.name}[${w.shape.join('×')}]`).join(', ');
  const wanted = expected.map((w) => `${w.name}[${w.shape.join('×')}]`).join(', ');
  if (names !== wanted) throw new StyleFormatError(`${DAMAGED}: its weights do not fit its ${header.model.preset} architecture. ${AGAIN}`);

  let offset = align4(12 + headerLength);
  const total = expected.reduce((sum, w) => sum + w.shape.reduce((a, b) => a * b, 1), 0);
  const weightsEnd = offset + total * 4;
  const checksummed = header.version >= 2;
  const length = weightsEnd + (checksummed ? CHECKSUM_BYTES : 0);
  if (bytes.length !== length) {
    throw new StyleFormatError(`${DAMAGED}: it should hold ${total} weights (${length} bytes) but has ${bytes.length} bytes. Export it again.`);
  }
  if (checksummed && crc32(bytes.subarray(0, weightsEnd)) !== view.getUint32(weightsEnd, true)) {
    throw new StyleFormatError(`${DAMAGED}: its contents changed after it was saved (the checksum does not match), so its colours cannot be trusted. ${AGAIN}`);
  }
  const weights: NamedWeight[] = expected.map(({ name, shape }) => {
    const size = shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(size);
    for (let i = 0; i < size; i++, offset += 4) {
      data[i] = view.getFloat32(offset, true);
      if (!Number.isFinite(data[i])) throw new StyleFormatError(`${DAMAGED}: weight ${name} holds a value that is not a number. ${AGAIN}`);
      if (Math.abs(data[i]) > MAX_ABS_WEIGHT)
        throw new StyleFormatError(`${DAMAGED}: weight ${name} holds ${data[i].toPrecision(3)}, far outside what training makes. ${AGAIN}`);
    }
    return { name, shape, data };
  });

  const rgb = new Uint8Array(k * 3);
  for (const [i, hex] of header.palette.rgb.entries()) rgb.set(parseHex(hex), i * 3);
  const t = header.training;
  return {
    format: STYLE_FORMAT,
    version: STYLE_VERSION,
    name: displaySafeName(header.name),
    createdAt: header.createdAt,
    palette: { rgb, lab: Float32Array.from(header.palette.lab), frequency: Float32Array.from(header.palette.frequency) },
    model: header.model,
    weights,
    lookup: Int32Array.from(header.lookup),
    training: {
      ...t,
      testAccuracy: t.testAccuracy ?? NaN,
      lookupTestAccuracy: t.lookupTestAccuracy ?? NaN,
      model: t.model && scoresFrom(t.model),
      lookup: t.lookup && scoresFrom(t.lookup),
    },
  };
}

function scoresFrom(s: Record<keyof ColorizerScores, number | null>): ColorizerScores {
  const n = (x: number | null): number => x ?? NaN;
  return {
    accuracy: n(s.accuracy),
    accuracyForeground: n(s.accuracyForeground),
    deltaE00: n(s.deltaE00),
    deltaE00Foreground: n(s.deltaE00Foreground),
    psnr: n(s.psnr),
    psnrForeground: n(s.psnrForeground),
  };
}
