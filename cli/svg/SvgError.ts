/** An SVG that cannot be used, with what is wrong and what to do. */
export class SvgError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SvgError';
  }
}
