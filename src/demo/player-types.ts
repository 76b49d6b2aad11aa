// What the demo player acts on and reports (src/demo/player.ts): its target, its options,
// and its status as the dashboard's hint line shows it.
import type { HostState } from '../sim/index.js';
import type { ClaimReport } from './claims/report.js';
import type { KeyName } from './keys.js';
import type { PaneName } from './schema.js';
import { chapterAt, type Timeline } from './timeline.js';

export type PlayerState = 'playing' | 'paused' | 'finished' | 'taken-over';

export interface DemoStatus {
  readonly state: PlayerState;
  readonly speed: number;
  /** 1-based. */
  readonly chapter: number;
  readonly chapters: number;
  readonly chapterTitle: string;
  /** 1-based index of the step being played, and the count. */
  readonly step: number;
  readonly steps: number;
}

/** What the player acts on. The dashboard implements it over its stores. */
export interface DemoTarget {
  /** Back to the scenario's starting state with an empty console. */
  reset(): void;
  typeText(text: string): void;
  /** Runs the console's current line. */
  submit(): void;
  pressKey(key: KeyName, container: string | null): void;
  narrate(text: string | null): void;
  spotlight(pane: PaneName | null): void;
  status(status: DemoStatus): void;
  /** The user takes over: the console is theirs, the state is kept. */
  handOver(): void;
  /** A narration's claims, checked when it is shown (expected against actual). */
  claimsChecked?(report: ClaimReport): void;
  /** The step talks about this container: the view selects it (issue 14). */
  follow?(container: string): void;
}

export interface PlayerOptions {
  readonly speed?: number;
  /** Start again when the end is reached (kiosk use). */
  readonly loop?: boolean;
  /** Wait for a key (`.`) at each step. */
  readonly stepMode?: boolean;
  /** The model as the target shows it, for checking what narrations claim. */
  readonly modelState?: () => HostState;
}

/** The status at beat `cursor`: chapter and step (1-based), state and speed. */
export function statusAt(
  timeline: Timeline,
  cursor: number,
  state: PlayerState,
  speed: number,
): DemoStatus {
  const last = timeline.beats.length - 1;
  const chapterIndex = chapterAt(timeline, Math.max(0, Math.min(cursor, last)));
  const beat = timeline.beats[Math.min(cursor, last)];
  return {
    state,
    speed,
    chapter: chapterIndex + 1,
    chapters: timeline.chapterStarts.length,
    chapterTitle: timeline.chapterTitles[chapterIndex] ?? '',
    step: Math.min(timeline.stepCount, (beat?.step ?? timeline.stepCount - 1) + 1),
    steps: timeline.stepCount,
  };
}
