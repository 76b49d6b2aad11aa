// The scenario format: a starting state and steps. Built-in scenarios and user files are
// the same JSON, validated here. A scenario is data: it can only type into the simulated
// console and press the dashboard's keys — nothing in it reaches the real system.
import { z } from 'zod';
import { KEY_NAMES } from './keys.js';
import { claimListSchema } from './claims/schema.js';

export const PANES = ['containers', 'host', 'session', 'console'] as const;
export type PaneName = (typeof PANES)[number];

/**
 * A text in both languages, at most `max` characters: a title fits the status line, a
 * narration its one to three rows (longer ones only cost time to measure and wrap).
 */
const localized = (max: number) => {
  const one = z.string().min(1).max(max, `at most ${max} characters`);
  return z.object({ en: one, ko: one }).strict();
};

/** The header fields scenarios and lessons share: a file's name, its start, its seed. */
export const fileName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');
export const startingState = z.enum(['host', 'lab']);
export const optionalSeed = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
  .optional();

export const TEXT_LIMITS = { title: 120, chapter: 120, description: 500, say: 500 } as const;
const text = localized(TEXT_LIMITS.say);
export type LocalizedText = z.infer<typeof text>;
/** The longest wait a step may ask for, in ms. */
export const MAX_WAIT_MS = 60_000;

const pane = z.enum(PANES);

/** One schema per step kind; a step is told apart by the key it has. */
export const STEP_SCHEMAS = {
  chapter: z.object({ chapter: localized(TEXT_LIMITS.chapter) }).strict(),
  // `claims`: what the narration states about the model, checked when the step is reached.
  say: z.object({ say: text, pane: pane.optional(), claims: claimListSchema.optional() }).strict(),
  type: z.object({ type: z.string().min(1).max(500, 'at most 500 characters') }).strict(),
  key: z
    .object({
      key: z.enum(KEY_NAMES),
      container: z.string().min(1).max(128, 'at most 128 characters').optional(),
    })
    .strict(),
  // The range first, so 1e308 is told the range it left, not that it is no safe integer.
  wait: z
    .object({
      wait: z
        .number()
        .min(0, `from 0 to ${MAX_WAIT_MS} ms`)
        .max(MAX_WAIT_MS, `from 0 to ${MAX_WAIT_MS} ms`)
        .int('a whole number of ms'),
    })
    .strict(),
  spotlight: z.object({ spotlight: pane.nullable() }).strict(),
} as const;

export type StepKind = keyof typeof STEP_SCHEMAS;
export const STEP_KINDS = Object.keys(STEP_SCHEMAS) as StepKind[];

export type ChapterStep = z.infer<typeof STEP_SCHEMAS.chapter>;
export type SayStep = z.infer<typeof STEP_SCHEMAS.say>;
export type TypeStep = z.infer<typeof STEP_SCHEMAS.type>;
export type KeyStep = z.infer<typeof STEP_SCHEMAS.key>;
export type WaitStep = z.infer<typeof STEP_SCHEMAS.wait>;
export type SpotlightStep = z.infer<typeof STEP_SCHEMAS.spotlight>;
export type Step = ChapterStep | SayStep | TypeStep | KeyStep | WaitStep | SpotlightStep;

/** Everything but the steps, which are checked one by one for precise messages. */
export const scenarioHeader = z
  .object({
    $schema: z.string().optional(),
    name: fileName,
    title: localized(TEXT_LIMITS.title),
    description: localized(TEXT_LIMITS.description),
    start: startingState,
    seed: optionalSeed,
    steps: z.array(z.unknown()).min(1).max(2000),
  })
  .strict();

export interface Scenario {
  readonly name: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly start: 'host' | 'lab';
  readonly seed?: number;
  readonly steps: readonly Step[];
}

export function stepKind(step: Step): StepKind {
  return STEP_KINDS.find((kind) => kind in step) as StepKind;
}
