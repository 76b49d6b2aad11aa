// A scenario as a timeline of beats: the smallest things the player does (type one
// character, press Enter, show a narration), each followed by a pause at 1× speed.
import { showControls } from '../text/index.js';
import type { Claim } from './claims/schema.js';
import type { KeyName } from './keys.js';
import type { Lang } from './lang.js';
import type { PaneName, Scenario } from './schema.js';

export type Beat =
  | { readonly kind: 'chapter'; readonly title: string; readonly chapter: number }
  | {
      readonly kind: 'say';
      readonly text: string;
      readonly pane: PaneName | null;
      /** What the narration states; the player checks it when it shows the text. */
      readonly claims?: readonly Claim[];
    }
  | { readonly kind: 'char'; readonly text: string }
  | { readonly kind: 'submit' }
  | { readonly kind: 'key'; readonly key: KeyName; readonly container: string | null }
  | { readonly kind: 'spotlight'; readonly pane: PaneName | null }
  | { readonly kind: 'pause' };

export interface TimedBeat {
  readonly beat: Beat;
  /** The scenario step this beat belongs to. */
  readonly step: number;
  /** How long to wait after it, in ms at 1× speed. */
  readonly pauseMs: number;
}

/** Human typing pace, and time to read what appeared. */
export const PACE = {
  charMs: 55,
  beforeSubmitMs: 300,
  afterSubmitMs: 1400,
  afterKeyMs: 1200,
  sayBaseMs: 900,
  sayPerCharMs: 45,
  sayMaxMs: 7000,
  afterChapterMs: 600,
} as const;

function readingTime(text: string): number {
  return Math.min(PACE.sayMaxMs, PACE.sayBaseMs + PACE.sayPerCharMs * [...text].length);
}

export interface Timeline {
  readonly beats: readonly TimedBeat[];
  /** Index of the first beat of each chapter. */
  readonly chapterStarts: readonly number[];
  readonly chapterTitles: readonly string[];
  readonly stepCount: number;
}

export function compileTimeline(scenario: Scenario, lang: Lang): Timeline {
  const beats: TimedBeat[] = [];
  const chapterStarts: number[] = [];
  const chapterTitles: string[] = [];
  scenario.steps.forEach((step, index) => {
    const push = (beat: Beat, pauseMs: number) => beats.push({ beat, step: index, pauseMs });
    if ('chapter' in step) {
      // Titles and narration go to the screen as text: controls shown, never interpreted.
      const title = showControls(step.chapter[lang]);
      chapterStarts.push(beats.length);
      chapterTitles.push(title);
      push({ kind: 'chapter', title, chapter: chapterStarts.length }, PACE.afterChapterMs);
    } else if ('say' in step) {
      const text = showControls(step.say[lang]);
      const claims = step.claims ? { claims: step.claims } : {};
      push({ kind: 'say', text, pane: step.pane ?? null, ...claims }, readingTime(text));
    } else if ('type' in step) {
      const chars = [...step.type];
      chars.forEach((ch, i) =>
        push(
          { kind: 'char', text: ch },
          i === chars.length - 1 ? PACE.beforeSubmitMs : PACE.charMs,
        ),
      );
      push({ kind: 'submit' }, PACE.afterSubmitMs);
    } else if ('key' in step) {
      push({ kind: 'key', key: step.key, container: step.container ?? null }, PACE.afterKeyMs);
    } else if ('wait' in step) {
      push({ kind: 'pause' }, step.wait);
    } else if ('spotlight' in step) {
      push({ kind: 'spotlight', pane: step.spotlight }, 0);
    }
  });
  if (chapterStarts.length === 0) {
    chapterStarts.push(0);
    chapterTitles.push(showControls(scenario.title[lang]));
  }
  return { beats, chapterStarts, chapterTitles, stepCount: scenario.steps.length };
}

/** The chapter (0-based) a beat index falls in. */
export function chapterAt(timeline: Timeline, beatIndex: number): number {
  let chapter = 0;
  timeline.chapterStarts.forEach((start, i) => {
    if (start <= beatIndex) chapter = i;
  });
  return chapter;
}
