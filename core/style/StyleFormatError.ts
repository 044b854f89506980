/** A style file that cannot be loaded; the message says why and what to do. */
export class StyleFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StyleFormatError';
  }
}
