// The demo player: walks a timeline on the injected clock, typing into the live console,
// pressing keys and narrating. It drives a DemoTarget (the dashboard, or a test double).
import type { Clock, HostState, TimerHandle } from '../sim/index.js';
import { claimReport, type ClaimReport } from './claims/report.js';
import type { Claim } from './claims/schema.js';
import type { KeyName } from './keys.js';
import type { PaneName } from './schema.js';
import { chapterAt, type Beat, type Timeline } from './timeline.js';

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

export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 8, 16] as const;
export const LOOP_PAUSE_MS = 4000;

export class Player {
  private cursor = 0;
  private timer: TimerHandle | null = null;
  private state: PlayerState = 'paused';
  private speed: number;

  constructor(
    private readonly timeline: Timeline,
    private readonly target: DemoTarget,
    private readonly clock: Clock,
    private readonly options: PlayerOptions = {},
  ) {
    this.speed = options.speed && options.speed > 0 ? options.speed : 1;
  }

  /** Resets the target and starts playing (paused at the first step in step mode). */
  start(): void {
    this.cancel();
    this.target.reset();
    this.cursor = 0;
    if (this.options.stepMode) this.pause();
    else this.play();
  }

  togglePlay(): void {
    if (this.state === 'playing') this.pause();
    else if (this.state === 'paused') this.play();
    else if (this.state === 'finished') this.restart();
  }

  /** Finishes the step under way (or plays the next one whole) and pauses. */
  step(): void {
    if (this.state === 'taken-over') return;
    this.cancel();
    const beat = this.timeline.beats[this.cursor];
    if (beat) this.fastForward(this.endOfStep(this.cursor));
    this.state = this.cursor >= this.timeline.beats.length ? 'finished' : 'paused';
    this.emit();
  }

  nextChapter(): void {
    if (this.state === 'taken-over') return;
    const next =
      this.timeline.chapterStarts.find((start) => start > this.cursor) ??
      this.timeline.beats.length;
    this.jumpWithin(() => this.fastForward(next));
  }

  previousChapter(): void {
    if (this.state === 'taken-over') return;
    const current = chapterAt(this.timeline, Math.max(0, this.cursor - 1));
    let target = this.timeline.chapterStarts[current] ?? 0;
    // Right at a chapter's start, go one further back, as a media player does.
    if (this.cursor - target <= 1 && current > 0)
      target = this.timeline.chapterStarts[current - 1] ?? 0;
    this.jumpWithin(() => {
      this.target.reset();
      this.cursor = 0;
      this.fastForward(target);
    });
  }

  faster(): void {
    this.speed = SPEEDS.find((s) => s > this.speed) ?? this.speed;
    this.reschedule();
  }

  slower(): void {
    this.speed = [...SPEEDS].reverse().find((s) => s < this.speed) ?? this.speed;
    this.reschedule();
  }

  restart(): void {
    if (this.state === 'taken-over') return;
    this.start();
  }

  /** Stops the script and hands the console to the user; the simulated state stays. */
  takeOver(): void {
    this.cancel();
    this.state = 'taken-over';
    this.target.narrate(null);
    this.target.spotlight(null);
    this.emit();
    this.target.handOver();
  }

  /** Cancels any pending timer (on exit: no timer is left behind). */
  stop(): void {
    this.cancel();
  }

  status(): DemoStatus {
    const chapterIndex = chapterAt(
      this.timeline,
      Math.max(0, Math.min(this.cursor, this.timeline.beats.length - 1)),
    );
    const beat = this.timeline.beats[Math.min(this.cursor, this.timeline.beats.length - 1)];
    return {
      state: this.state,
      speed: this.speed,
      chapter: chapterIndex + 1,
      chapters: this.timeline.chapterStarts.length,
      chapterTitle: this.timeline.chapterTitles[chapterIndex] ?? '',
      step: Math.min(this.timeline.stepCount, (beat?.step ?? this.timeline.stepCount - 1) + 1),
      steps: this.timeline.stepCount,
    };
  }

  private play(): void {
    this.state = 'playing';
    this.emit();
    this.schedule(0);
  }

  private pause(): void {
    this.cancel();
    this.state = 'paused';
    this.emit();
  }

  private jumpWithin(jump: () => void): void {
    const wasPlaying = this.state === 'playing';
    this.cancel();
    jump();
    if (this.cursor >= this.timeline.beats.length) return this.finish();
    this.state = wasPlaying ? 'playing' : 'paused';
    this.emit();
    if (wasPlaying) this.schedule(0);
  }

  private endOfStep(index: number): number {
    const step = this.timeline.beats[index]?.step;
    let end = index;
    while (end < this.timeline.beats.length && this.timeline.beats[end]?.step === step) end++;
    return end;
  }

  /** Performs beats up to (not including) `end` at once; typing lands as whole words. */
  private fastForward(end: number): void {
    let typed = '';
    const flush = () => {
      if (typed) this.target.typeText(typed);
      typed = '';
    };
    while (this.cursor < end) {
      const beat = this.timeline.beats[this.cursor++]?.beat;
      if (!beat) break;
      if (beat.kind === 'char') typed += beat.text;
      else {
        flush();
        this.perform(beat);
      }
    }
    flush();
  }

  private advance(): void {
    this.timer = null;
    const timed = this.timeline.beats[this.cursor];
    if (!timed) return this.finish();
    this.cursor++;
    this.perform(timed.beat);
    if (this.cursor >= this.timeline.beats.length) {
      this.timer = this.clock.setTimeout(() => this.finish(), timed.pauseMs / this.speed);
      return;
    }
    const stepEnded = this.timeline.beats[this.cursor]?.step !== timed.step;
    if (this.options.stepMode && stepEnded) {
      this.state = 'paused';
      this.emit();
      return;
    }
    if (stepEnded || timed.beat.kind === 'chapter') this.emit();
    this.schedule(timed.pauseMs);
  }

  private perform(beat: Beat): void {
    switch (beat.kind) {
      case 'char':
        this.target.typeText(beat.text);
        break;
      case 'submit':
        this.target.submit();
        break;
      case 'say':
        this.target.narrate(beat.text);
        if (beat.pane) this.target.spotlight(beat.pane);
        if (beat.claims) this.checkClaims(beat.claims);
        break;
      case 'key':
        this.target.pressKey(beat.key, beat.container);
        break;
      case 'spotlight':
        this.target.spotlight(beat.pane);
        break;
      case 'chapter':
      case 'pause':
        break;
    }
  }

  /** Checks what a narration states against the model and tells the target. */
  private checkClaims(claims: readonly Claim[]): void {
    const state = this.options.modelState?.();
    if (state === undefined || !this.target.claimsChecked) return;
    const step = this.timeline.beats[this.cursor - 1]?.step ?? 0;
    this.target.claimsChecked(claimReport(state, claims, step));
  }

  private finish(): void {
    this.cancel();
    if (this.options.loop) {
      this.state = 'finished';
      this.emit();
      this.timer = this.clock.setTimeout(() => this.start(), LOOP_PAUSE_MS);
      return;
    }
    this.state = 'finished';
    this.emit();
  }

  private schedule(delayMs: number): void {
    this.cancel();
    this.timer = this.clock.setTimeout(() => this.advance(), delayMs / this.speed);
  }

  private reschedule(): void {
    if (this.state === 'playing' && this.timer) this.schedule(0);
    this.emit();
  }

  private cancel(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  private emit(): void {
    this.target.status(this.status());
  }
}
