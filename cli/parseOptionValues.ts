import { InvalidArgumentError } from 'commander';

/**
 * Option value parsers for commander. A bad value throws
 * InvalidArgumentError, which commander reports as
 * "error: option '--k <n>' argument 'x' is invalid. <why>".
 */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n)) throw new InvalidArgumentError(`It must be a whole number from ${min} to ${max}.`);
    if (n < min || n > max) throw new InvalidArgumentError(`It must be from ${min} to ${max}.`);
    return n;
  };
}

/** A share of images to hold out for scoring: some must be held out (0 would measure nothing), and some kept to train on. */
export function heldOutFraction(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n > 0 && n < 1)) {
    throw new InvalidArgumentError('It must be a number between 0 and 1 (not 0 itself, which would hold out nothing to score, nor 1), e.g. 0.3.');
  }
  return n;
}

/** A comma-separated list of whole numbers, e.g. hint counts "0,1,2,5,10,20": at most 32 of them, each 0–1000. */
export function wholeNumberList(value: string): number[] {
  const parts = value.split(',').map((part) => part.trim());
  const numbers = parts.map(Number);
  if (parts.length > 32 || parts.some((part, i) => part === '' || !Number.isInteger(numbers[i]) || numbers[i] < 0 || numbers[i] > 1000)) {
    throw new InvalidArgumentError('It must be up to 32 whole numbers from 0 to 1000, separated by commas, e.g. 0,1,2,5,10,20.');
  }
  return [...new Set(numbers)];
}
