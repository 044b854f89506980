import { ProtocolError } from '../../core/protocol/ProtocolError';
import { STYLE_FORMAT } from '../../core/style/StyleFile';
import type { WorkerReply } from './workerMessages';

/** Longest text read from a worker message; longer is cut, never trusted to be small. */
const MAX_TEXT = 4000;
const STOP_REASONS = new Set(['cancelled', 'context-lost', 'diverged', 'failed']);
const BACKENDS = new Set(['webgl', 'wasm', 'cpu']);
const FALLBACKS = new Set(['unavailable', 'software-webgl', 'lost']);

/**
 * Checks what the UI received from its compute worker: a known `type`, a
 * whole-number `jobId`, finite numbers and bounded text where they are read.
 * A job's DONE `result` is checked by the job that asked for it. Throws a
 * ProtocolError naming what is wrong.
 */
export function parseWorkerReply(raw: unknown): WorkerReply {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null) throw new ProtocolError('compute worker', ['not an object'], raw);
  const m = raw as Record<string, unknown>;
  const jobId = (): number => {
    if (!Number.isSafeInteger(m.jobId)) problems.push('jobId: not a whole number');
    return m.jobId as number;
  };
  const finite = (value: unknown, field: string): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`${field}: not a number`);
    return value as number;
  };
  const text = (value: unknown, field: string): string => {
    if (typeof value !== 'string') {
      problems.push(`${field}: not text`);
      return '';
    }
    return value.slice(0, MAX_TEXT);
  };
  let reply: WorkerReply | undefined;
  switch (m.type) {
    case 'BACKEND': {
      const b = m.backend as Record<string, unknown> | null;
      if (typeof b !== 'object' || b === null || !BACKENDS.has(b.name as string) || typeof b.software !== 'boolean') problems.push('backend: not a backend');
      else if (b.fallback !== undefined && !FALLBACKS.has(b.fallback as string)) problems.push('backend.fallback: unknown');
      else
        reply = {
          type: 'BACKEND',
          backend: {
            name: b.name as 'webgl' | 'wasm' | 'cpu',
            software: b.software,
            fallback: b.fallback as 'unavailable' | 'software-webgl' | 'lost' | undefined,
            fallbackReason: b.fallbackReason === undefined ? undefined : text(b.fallbackReason, 'backend.fallbackReason'),
            maxTextureSide: typeof b.maxTextureSide === 'number' && b.maxTextureSide > 0 ? b.maxTextureSide : undefined,
          },
        };
      break;
    }
    case 'CONTEXT_LOST':
      reply = { type: 'CONTEXT_LOST' };
      break;
    case 'LOST_FOR_TEST':
      reply = { type: 'LOST_FOR_TEST', lost: m.lost === true };
      break;
    case 'TENSORS':
      reply = { type: 'TENSORS', numTensors: finite(m.numTensors, 'numTensors') };
      break;
    case 'STEP':
      reply = { type: 'STEP', jobId: jobId(), step: finite(m.step, 'step'), steps: finite(m.steps, 'steps') };
      break;
    case 'PROGRESS': {
      const p = m.progress as Record<string, unknown> | null;
      if (typeof p !== 'object' || p === null) problems.push('progress: not an object');
      else {
        for (const field of ['epoch', 'epochs', 'loss', 'trainAccuracy', 'secondsElapsed', 'secondsRemaining'] as const) {
          if (typeof p[field] !== 'number') problems.push(`progress.${field}: not a number`);
        }
        if (typeof p.testAccuracy !== 'number') problems.push('progress.testAccuracy: not a number');
      }
      const style = m.style as Record<string, unknown> | null;
      if (typeof style !== 'object' || style === null || style.format !== STYLE_FORMAT) problems.push('style: not a style');
      reply = { type: 'PROGRESS', jobId: jobId(), progress: p as never, style: style as never, trusted: m.trusted === true };
      break;
    }
    case 'NOTICE':
      reply = { type: 'NOTICE', jobId: jobId(), message: text(m.message, 'message') };
      break;
    case 'DONE':
      reply = { type: 'DONE', jobId: jobId(), result: m.result };
      break;
    case 'STOPPED':
      if (!STOP_REASONS.has(m.reason as string)) problems.push('reason: unknown');
      reply = {
        type: 'STOPPED',
        jobId: jobId(),
        reason: m.reason as 'cancelled',
        message: text(m.message, 'message'),
        lastGoodStyle: typeof m.lastGoodStyle === 'object' && m.lastGoodStyle !== null ? (m.lastGoodStyle as never) : undefined,
        cause: m.cause === undefined ? undefined : text(m.cause, 'cause'),
      };
      break;
    case 'FAILED':
      reply = { type: 'FAILED', jobId: jobId(), message: text(m.message, 'message') };
      break;
    default:
      problems.push('type: unknown');
  }
  if (problems.length > 0 || reply === undefined) throw new ProtocolError('compute worker', problems, raw);
  return reply;
}
