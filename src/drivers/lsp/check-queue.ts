/**
 * When the language server checks a document: once the messages the
 * editor has already sent are handled, so that a fast typist's keystrokes
 * (or a script's ten thousand changes) are checked once, at the newest
 * version, not one by one. The protocol library handles one message a
 * turn of the event loop while any wait; so a document is checked after a
 * whole turn in which no message was handled, and a check that finds the
 * document changed again since it was asked for leaves it to the next.
 */

export class CheckQueue {
  readonly #dirty = new Set<string>();
  #waiting = false;

  /** `handled` counts the messages handled so far (the connection's messageStrategy counts them). */
  constructor(
    private readonly handled: () => number,
    private readonly check: (uri: string) => void,
  ) {}

  /** The document changed: it is checked once what has arrived is handled. */
  changed(uri: string): void {
    this.#dirty.add(uri);
    if (this.#waiting) return;
    this.#waiting = true;
    // Counted from the next turn on: this turn's message is still being handled.
    setImmediate(() => this.#turn());
  }

  /** Looks again after a turn: checks if no message was handled in it, else waits another. */
  #turn(): void {
    const seen = this.handled();
    setImmediate(() => (this.handled() === seen ? this.#run() : this.#turn()));
  }

  #run(): void {
    this.#waiting = false;
    const uris = [...this.#dirty];
    this.#dirty.clear();
    for (const uri of uris) this.check(uri);
  }
}
