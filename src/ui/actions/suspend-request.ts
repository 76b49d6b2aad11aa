// Ctrl+Z: the key raises the SIGTSTP event that output/suspend.ts answers in runDashboard
// (the same path as a SIGTSTP from outside). With nobody listening (a test rendering the
// dashboard in-process) the event reaches no one and nothing stops: emitting the event sends
// no signal.
export function requestSuspend(): void {
  process.emit('SIGTSTP');
}
