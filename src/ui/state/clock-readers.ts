// Who on screen reads the simulation clock: a pane that shows (or sorts by) a counter, the
// details view's uptime. While nobody does, the dashboard lets the clock's ticks wait and
// catches them up, exactly, when something reads the model (clock-actions.ts): at 10,000
// processes a tick drifts every CPU counter, work an idle screen that shows none of them
// would do every second for nothing (issue 16).
export class ClockReaders {
  readonly #reading = new Map<object, boolean>();
  #count = 0;

  /** `reader` (a component's own key) reads the clock now, or not. */
  set(reader: object, reads: boolean): void {
    const was = this.#reading.get(reader) === true;
    if (was !== reads) this.#count += reads ? 1 : -1;
    this.#reading.set(reader, reads);
  }

  /** `reader` left the screen. */
  remove(reader: object): void {
    if (this.#reading.get(reader) === true) this.#count -= 1;
    this.#reading.delete(reader);
  }

  /** Whether anything on screen reads the clock. */
  get any(): boolean {
    return this.#count > 0;
  }
}

const byStore = new WeakMap<object, ClockReaders>();

/** The readers of one dashboard's store (the store's clock decides by them). */
export function clockReadersOf(store: object): ClockReaders {
  let readers = byStore.get(store);
  if (readers === undefined) {
    readers = new ClockReaders();
    byStore.set(store, readers);
  }
  return readers;
}
