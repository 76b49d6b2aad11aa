// The claims vocabulary: small declarative facts about the model that a demo's narration
// states and a lesson's task asks for. A claim is told apart by the key it has (the first
// of CLAIM_MARKERS present; a bare `container` is the container's own facts).
import { z } from 'zod';
import { CLAIM_MARKERS, claimKind, type ClaimKind } from './kind.js';

export { claimKind, type ClaimKind };

const name = z.string().min(1).max(200);
const count = z.number().int().min(0).max(1_000_000);
const runtime = z.enum(['Default', 'HyperV']);
const state = z.enum(['Off', 'Running']);
const owner = z.enum(['VMMS', 'docker']);
const image = z.enum(['NanoServer', 'WindowsServerCore']);
const switchName = z.string().min(1).max(100);
const ipv4 = z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, 'an IPv4 address such as 172.16.0.2');

/** Process name → how many; one to twenty names. */
const processCounts = z
  .record(z.string().min(1).max(100), count)
  .refine((counts) => Object.keys(counts).length >= 1 && Object.keys(counts).length <= 20, {
    message: 'name one to twenty processes, e.g. { "csrss": 1 }',
  });

export const CLAIM_SCHEMAS = {
  /** How many csrss the host shows (and, optionally, in which sessions). */
  hostCsrss: z.object({ hostCsrss: count, sessions: z.array(count).max(100).optional() }).strict(),
  /** How many processes of each name the host shows, whoever they belong to. */
  hostShows: z.object({ hostShows: processCounts }).strict(),
  /** How many processes of each name a container sees inside (`only`: and no others). */
  sees: z.object({ container: name, sees: processCounts, only: z.boolean().optional() }).strict(),
  /** How many of a container's processes of each name the host shows (`only`: and no others). */
  onHost: z
    .object({ container: name, onHost: processCounts, only: z.boolean().optional() })
    .strict(),
  /** A process seen inside a container, with this session and/or PID. */
  process: z
    .object({ container: name, process: name, session: count.optional(), pid: count.optional() })
    .strict(),
  /** A process seen inside the container is seen on the host with the same PID. */
  samePid: z.object({ samePid: z.object({ container: name, process: name }).strict() }).strict(),
  /** Whether a vmwp runs on the host for the container, as the container's ID. */
  vmwpFor: z.object({ vmwpFor: name, running: z.boolean() }).strict(),
  /** Where the console is: inside the named container, or (null) on the host. */
  entered: z.object({ entered: name.nullable() }).strict(),
  /** How many containers there are with these properties. */
  containers: z
    .object({
      containers: count,
      runtime: runtime.optional(),
      state: state.optional(),
      owner: owner.optional(),
      image: image.optional(),
    })
    .strict(),
  /** How many rows Get-ComputeProcess shows (optionally of one owner). */
  computeProcesses: z.object({ computeProcesses: count, owner: owner.optional() }).strict(),
  /** A virtual switch of the host, with its type and subnet (docs/fidelity-notes.md N). */
  switch: z
    .object({
      switch: switchName,
      type: z.enum(['External', 'NAT']).optional(),
      subnet: z.string().min(1).max(50).optional(),
    })
    .strict(),
  /** The container holds an address on the switch's subnet (null: it holds none). */
  addressOn: z
    .object({ addressOn: switchName.nullable(), container: name, address: ipv4.optional() })
    .strict(),
  /** Where a running container's NIC lives: a vNIC of the host's stack, or in its utility VM. */
  nicIn: z.object({ nicIn: z.enum(['host', 'utilityVm']), container: name }).strict(),
  /** How many container vNICs the host's own network stack holds (its Get-NetAdapter). */
  hostNics: z.object({ hostNics: count }).strict(),
  /** Which running container publishes the host port (null: none does). */
  hostPort: z
    .object({ hostPort: z.number().int().min(1).max(65535), container: name.nullable() })
    .strict(),
  /** A container's own facts; `exists: false` says there is no such container. */
  container: z
    .object({
      container: name,
      exists: z.boolean().optional(),
      runtime: runtime.optional(),
      state: state.optional(),
      owner: owner.optional(),
      image: image.optional(),
    })
    .strict()
    .refine((c) => Object.keys(c).length > 1, {
      message: 'say something about the container: exists, runtime, state, owner or image',
    }),
} as const satisfies Record<ClaimKind, z.ZodType>;

export type Claims = { [K in ClaimKind]: z.infer<(typeof CLAIM_SCHEMAS)[K]> };
export type Claim = Claims[ClaimKind];

export interface ClaimProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Why a value is not a claim (the first problem), or null when it is one. */
export function claimProblem(value: unknown): ClaimProblem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { path: [], message: `expected a claim object with one of ${CLAIM_MARKERS.join(', ')}` };
  const kind = claimKind(value);
  if (kind === undefined)
    return { path: [], message: `a claim needs one of ${CLAIM_MARKERS.join(', ')}` };
  const checked = CLAIM_SCHEMAS[kind].safeParse(value);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  if (issue?.code === 'unrecognized_keys')
    return {
      path: issue.path,
      message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} in a ${kind} claim`,
    };
  return { path: issue?.path ?? [], message: issue?.message ?? 'invalid claim' };
}

/**
 * One claim, for other schemas (a say step's `claims`, a lesson task's `goal`): the first
 * problem is reported at its own path, e.g. `claims[0].sees.csrss`.
 */
export const claimSchema = z.unknown().superRefine((value, ctx) => {
  const problem = claimProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path] });
}) as unknown as z.ZodType<Claim>;

export const claimListSchema = z.array(claimSchema).min(1).max(20);
