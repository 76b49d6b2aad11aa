// Every mark and symbol the dashboard draws, defined once: the views draw these and the
// help's legend (keys/help-content.ts) explains these, so the legend cannot drift from
// what is on screen (issue 12).

/** A process of the host kernel that a Windows Server container shares (same PID). */
export const SHARED_MARK = '◆';
/** A utility VM: a Hyper-V container's own kernel, or its vmwp on the host. */
export const UTILITY_VM_MARK = '◇';
/** The selected row. */
export const SELECTED_MARK = '▶';
/** A process that just appeared. */
export const APPEARED_MARK = '+';
/** A process that just vanished (its row is also struck through for a few seconds). */
export const VANISHED_MARK = '−';
/** The pane the demo's narration talks about. */
export const SPOTLIGHT_MARK = '★';
/** The sort, on the sorted column's header: ascending, descending. */
export const SORT_UP = '▲';
export const SORT_DOWN = '▼';
/** A message line's outcome: an action that ran, one that failed. */
export const DONE_MARK = '✓';
export const FAILED_MARK = '✗';

/** The entered session's container, as the Containers pane names it: `[NAME]`. */
export const enteredName = (name: string): string => `[${name}]`;
