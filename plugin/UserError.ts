/** An error whose message is written for the designer: shown as is in the UI and in figma.notify. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
