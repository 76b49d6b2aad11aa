// The clock a typed line's budget is timed by in the app (docs/terminal-safety.md §6).
type CpuUsage = () => { readonly user: number; readonly system: number };
const ownCpu: CpuUsage =
  (process as { threadCpuUsage?: CpuUsage }).threadCpuUsage?.bind(process) ??
  (() => process.cpuUsage());

/**
 * The line budget's clock (docs/terminal-safety.md §6): this thread's CPU time in ms
 * (Node >= 23.9; the process's before), not wall time, so a line's result never depends
 * on how busy the machine is — a wall clock could end a demo's line early on a loaded
 * machine — while a line still cannot hold the event loop past the budget's own work.
 */
export function threadCpuMs(): number {
  const { user, system } = ownCpu();
  return (user + system) / 1000;
}
