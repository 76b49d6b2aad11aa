// The event log: one entry per successful action, newest last, bounded so a long-running
// kiosk demo does not grow without limit. `seq` keeps counting past the bound so the
// dashboard can tell which events it has already seen.
import {
  EVENT_LOG_LIMIT,
  type HostState,
  type ProcessRef,
  type SimEvent,
  type SimProcess,
} from './types.js';

export function toProcessRef(p: SimProcess): ProcessRef {
  return {
    kernelId: p.kernelId,
    pid: p.pid,
    name: p.name,
    sessionId: p.sessionId,
    containerId: p.containerId,
  };
}

export interface EventInput {
  readonly action: string;
  readonly summary: string;
  readonly appeared?: readonly SimProcess[];
  readonly vanished?: readonly SimProcess[];
}

export function appendEvent(state: HostState, input: EventInput): HostState {
  const event: SimEvent = {
    seq: state.nextEventSeq,
    time: state.now,
    action: input.action,
    summary: input.summary,
    appeared: (input.appeared ?? []).map(toProcessRef),
    vanished: (input.vanished ?? []).map(toProcessRef),
  };
  const events =
    state.events.length >= EVENT_LOG_LIMIT
      ? [...state.events.slice(state.events.length - EVENT_LOG_LIMIT + 1), event]
      : [...state.events, event];
  return { ...state, events, nextEventSeq: state.nextEventSeq + 1 };
}
