// The demo player: walks a timeline on the injected clock, typing into the live console,
// pressing keys and narrating. It drives a DemoTarget (the dashboard, or a test double).
import type { Clock, TimerHandle } from '../sim/index.js';
import { claimReport } from './claims/report.js';
import type { Claim } from './claims/schema.js';
import { claimContainer, containerInLine } from './follow.js';
import {
  statusAt,
  type DemoStatus,
  type DemoTarget,
  type PlayerOptions,
  type PlayerState,
} from './player-types.js';
import { chapterAt, type Beat, type Timeline } from './timeline.js';

export type { DemoStatus, DemoTarget, PlayerOptions, PlayerState };

export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 8, 16] as const;
export const LOOP_PAUSE_MS = 4000;

export class Player {
  private cursor = 0;
  private timer: TimerHandle | null = null;
  private state: PlayerState = 'paused';
  private speed: number;
  /** The console line typed since the last submit (to follow the container it names). */
  private typed = '';

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
    this.typed = '';
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
    this.jumpWithin(() => this.rebuildTo(next));
  }

  previousChapter(): void {
    if (this.state === 'taken-over') return;
    const current = chapterAt(this.timeline, Math.max(0, this.cursor - 1));
    let target = this.timeline.chapterStarts[current] ?? 0;
    // Right at a chapter's start, go one further back, as a media player does.
    if (this.cursor - target <= 1 && current > 0)
      target = this.timeline.chapterStarts[current - 1] ?? 0;
    this.jumpWithin(() => this.rebuildTo(target));
  }

  faster(): void {
    this.speed = SPEEDS.find((s) => s > this.speed) ?? this.speed;
    this.reschedule();
  }

  slower(): void {
    this.speed = [...SPEEDS].reverse().find((s) => s < this.speed) ?? this.speed;
    this.reschedule();
  }

  /** From the start again, also after a take-over (the user gives the keys back). */
  restart(): void {
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
    return statusAt(this.timeline, this.cursor, this.state, this.speed);
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

  /**
   * A chapter jump rebuilds the state by replaying from the start to `end`: the model, the
   * console and the narration are what they would be had the demo played to that point.
   */
  private rebuildTo(end: number): void {
    this.target.reset();
    this.target.narrate(null);
    this.target.spotlight(null);
    this.cursor = 0;
    this.typed = '';
    this.fastForward(end);
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
      this.typed += typed;
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
        this.typed += beat.text;
        break;
      case 'submit':
        this.target.submit();
        this.followLine();
        break;
      case 'say':
        this.target.narrate(beat.text);
        if (beat.pane) this.target.spotlight(beat.pane);
        if (beat.claims) this.sayClaims(beat.claims);
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

  /** A line just run that names a container still there: the view follows it. */
  private followLine(): void {
    const line = this.typed;
    this.typed = '';
    const state = this.options.modelState?.();
    const name = state ? containerInLine(line, state) : null;
    if (name !== null) this.target.follow?.(name);
  }

  /** The view follows the container the claims talk about, then they are checked. */
  private sayClaims(claims: readonly Claim[]): void {
    const name = claimContainer(claims);
    if (name !== null) this.target.follow?.(name);
    this.checkClaims(claims);
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
