// How a key reaches the screen's picture (key p, issue 14 "frames for writers"): the
// dashboard's root builds the port (the frame on screen, drawn as SVG, handed to the
// writer the CLI injects); actions only call it and say what became of it.

/** Written to `path`; not written (`why`); or no frame to write (`path` null). */
export type SnapshotResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly path: string | null; readonly why: string };

export type SnapshotPort = () => SnapshotResult;
