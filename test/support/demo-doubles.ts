// The test doubles of demo playback, one of each, shared by every test that needs them:
// - ConsoleTarget: a DemoTarget (src/demo/player.ts) over a real sim and shell, which does
//   what the dashboard does with a scripted step, minus the screen;
// - demoDriverDouble(): what the dashboard asks of demo playback (src/ui's DemoDriver), each
//   method a vi.fn() to count the keys routed to it. Typed by shape rather than by
//   importing src/ui, so it survives src/ui's files moving.
import { vi, type Mock } from 'vitest';
import type {
  ClaimReport,
  DemoStatus,
  DemoTarget,
  KeyName,
  PaneName,
} from '../../src/demo/index.js';
import { keyStepCommands } from '../../src/demo/key-step.js';
import { Shell } from '../../src/shell/index.js';
import { createSim, hostProcesses } from '../../src/sim/index.js';

/** A DemoTarget over a real sim and shell: what the dashboard does, minus the screen. */
export class ConsoleTarget implements DemoTarget {
  sim = createSim({ start: 'host' });
  shell = new Shell({ sim: this.sim });
  input = '';
  transcript: string[] = [];
  narration: string | null = null;
  pane: PaneName | null = null;
  statuses: DemoStatus[] = [];
  handedOver = false;
  resets = 0;
  csrssCounts: number[] = [];
  /** The container the view follows (DemoTarget.follow), as a dashboard selects it. */
  followed: string | null = null;
  /** Each narration's claims as checked, with the container followed at that moment. */
  checks: { report: ClaimReport; followed: string | null }[] = [];

  reset() {
    this.resets++;
    this.sim = createSim({ start: 'host' });
    this.shell = new Shell({ sim: this.sim });
    this.input = '';
    this.transcript = [];
  }
  typeText(text: string) {
    this.input += text;
  }
  submit() {
    this.run(this.input);
    this.input = '';
  }
  pressKey(key: KeyName, container: string | null) {
    keyStepCommands(key, container ?? undefined, this.sim.getState())?.commands.forEach((c) =>
      this.run(c),
    );
  }
  narrate(text: string | null) {
    this.narration = text;
  }
  spotlight(pane: PaneName | null) {
    this.pane = pane;
  }
  status(status: DemoStatus) {
    this.statuses.push(status);
  }
  handOver() {
    this.handedOver = true;
  }
  follow(container: string) {
    this.followed = container;
  }
  claimsChecked(report: ClaimReport) {
    this.checks.push({ report, followed: this.followed });
  }
  private run(line: string) {
    this.transcript.push(`${this.shell.prompt()}${line}`, ...this.shell.execute(line).lines);
    this.csrssCounts.push(
      hostProcesses(this.sim.getState()).filter((p) => p.name === 'csrss').length,
    );
  }
  get last(): DemoStatus {
    return this.statuses[this.statuses.length - 1] as DemoStatus;
  }
}

type Called = Mock<(...args: unknown[]) => void>;

/** src/ui's DemoDriver, each method a vi.fn(). */
export interface DemoDriverDouble {
  readonly narrations?: readonly string[];
  togglePlay: Called;
  step: Called;
  nextChapter: Called;
  previousChapter: Called;
  faster: Called;
  slower: Called;
  restart: Called;
  takeOver: Called;
  start: Called;
  stop: Called;
}

/** A DemoDriver whose every method is a vi.fn(); pass `narrations` to give it some. */
export function demoDriverDouble(narrations?: readonly string[]): DemoDriverDouble {
  return {
    ...(narrations ? { narrations } : {}),
    togglePlay: vi.fn(),
    step: vi.fn(),
    nextChapter: vi.fn(),
    previousChapter: vi.fn(),
    faster: vi.fn(),
    slower: vi.fn(),
    restart: vi.fn(),
    takeOver: vi.fn(),
    start: vi.fn(),
    stop: vi.fn(),
  };
}
