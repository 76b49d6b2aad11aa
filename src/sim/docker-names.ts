// docker's names-generator style (adjective_scientist), for `docker run` without --name.
import type { RngCursor } from './rng.js';

const LEFT = [
  'admiring',
  'angry',
  'boring',
  'clever',
  'drunk',
  'elegant',
  'focused',
  'gloomy',
  'happy',
  'jolly',
  'pensive',
  'sharp',
  'stoic',
  'tender',
  'zen',
];
const RIGHT = [
  'albattani',
  'babbage',
  'curie',
  'darwin',
  'einstein',
  'feynman',
  'hopper',
  'kalam',
  'lovelace',
  'mccarthy',
  'noether',
  'pasteur',
  'ritchie',
  'swartz',
  'turing',
];

/** An unused name: `taken` says whether a name is in use. Draws twice from the RNG. */
export function generateDockerName(rng: RngCursor, taken: (name: string) => boolean): string {
  const base = `${rng.pick(LEFT)}_${rng.pick(RIGHT)}`;
  // Once a name is taken docker appends a digit; counting up always finds a free one.
  for (let n = 0; ; n++) {
    const name = n === 0 ? base : `${base}${n}`;
    if (!taken(name)) return name;
  }
}
