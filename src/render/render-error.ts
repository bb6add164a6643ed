/** A gathering that cannot be rendered as asked: an unknown template, audience or group, a logo outside the project. */
export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}
