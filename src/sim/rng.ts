// Seeded randomness for the model. The state is one unsigned 32-bit number stored in
// HostState.rng, so a whole simulation (GUIDs, PIDs, counters) replays byte-for-byte from
// its seed: no Math.random anywhere in src/sim.
//
// Two styles over the same generator (mulberry32, tiny and good enough for a simulator):
// - pure functions `next*(state) -> [value, newState]` for one-off draws;
// - `RngCursor`, a short-lived mutable wrapper an action creates from `state.rng`, draws
//   from, and writes back (`cursor.state`) into the state it returns. It avoids allocating
//   a tuple per draw, which matters in `tick` (several draws per process at 10k processes).

/** Normalises any number to a valid generator state (an unsigned 32-bit integer). */
export function seedToRngState(seed: number): number {
  return Math.trunc(seed) >>> 0;
}

/** mulberry32's next state. */
export function mulberryStep(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/** mulberry32's output for a state (after its step): a float in [0, 1). */
export function mulberryUnit(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** One mulberry32 step: a float in [0, 1) and the next state. */
export function nextFloat(state: number): [number, number] {
  const s = mulberryStep(state);
  return [mulberryUnit(s), s];
}

/** An integer in [min, max] (both inclusive). */
export function nextInt(state: number, min: number, max: number): [number, number] {
  const [f, s] = nextFloat(state);
  return [min + Math.floor(f * (max - min + 1)), s];
}

/** A lower-case, version-4 style GUID, as .NET's Guid.ToString() prints it. */
export function nextGuid(state: number): [string, number] {
  const cursor = new RngCursor(state);
  return [cursor.guid(), cursor.state];
}

/** A 64-hex docker container id. */
export function nextDockerId(state: number): [string, number] {
  const cursor = new RngCursor(state);
  return [cursor.dockerId(), cursor.state];
}

const HEX = '0123456789abcdef';

export class RngCursor {
  constructor(public state: number) {}

  float(): number {
    // mulberry32, as nextFloat, without allocating a tuple.
    this.state = mulberryStep(this.state);
    return mulberryUnit(this.state);
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** A float in [-1, 1), the unit of jitter. */
  signed(): number {
    return this.float() * 2 - 1;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('RngCursor.pick: empty list');
    return item;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += HEX[this.int(0, 15)];
    return out;
  }

  guid(): string {
    // Version nibble 4 and variant 8–b make it look like what New-Guid produces.
    const variant = HEX[8 + this.int(0, 3)] ?? '8';
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }

  dockerId(): string {
    return this.hex(64);
  }
}
