// The Windows features a Server Core container offers in the lab (docs/fidelity-notes.md F2):
// the Web Server (IIS) role and the role services Install-WindowsFeature adds with it.
// PS-QS prints the result's first names (`{Common HTTP Features, Default Document, D...`);
// the rest of the tree, its depths and display names are those of Server 2016's IIS role [I].

export interface FeatureInfo {
  readonly name: string;
  readonly displayName: string;
  /** 1 for a role, deeper for its services (Get-WindowsFeature indents 4 spaces a level). */
  readonly depth: number;
  /** The parent feature's name; null for a role. */
  readonly parent: string | null;
}

const f = (name: string, displayName: string, depth: number, parent: string | null) => ({
  name,
  displayName,
  depth,
  parent,
});

/** In Get-WindowsFeature's order (the tree, depth first). */
export const FEATURES: readonly FeatureInfo[] = [
  f('Web-Server', 'Web Server (IIS)', 1, null),
  f('Web-WebServer', 'Web Server', 2, 'Web-Server'),
  f('Web-Common-Http', 'Common HTTP Features', 3, 'Web-WebServer'),
  f('Web-Default-Doc', 'Default Document', 4, 'Web-Common-Http'),
  f('Web-Dir-Browsing', 'Directory Browsing', 4, 'Web-Common-Http'),
  f('Web-Http-Errors', 'HTTP Errors', 4, 'Web-Common-Http'),
  f('Web-Static-Content', 'Static Content', 4, 'Web-Common-Http'),
  f('Web-Health', 'Health and Diagnostics', 3, 'Web-WebServer'),
  f('Web-Http-Logging', 'HTTP Logging', 4, 'Web-Health'),
  f('Web-Performance', 'Performance', 3, 'Web-WebServer'),
  f('Web-Stat-Compression', 'Static Content Compression', 4, 'Web-Performance'),
  f('Web-Security', 'Security', 3, 'Web-WebServer'),
  f('Web-Filtering', 'Request Filtering', 4, 'Web-Security'),
];

export const findFeature = (name: string): FeatureInfo | undefined =>
  FEATURES.find((x) => x.name.toLowerCase() === name.toLowerCase());

/**
 * What installing `name` installs, in the order Install-WindowsFeature reports it: the role's
 * default services grouped under their headings, then the role and its parents (PS-QS's first
 * names are `Common HTTP Features, Default Document`).
 */
export function installSet(name: string): FeatureInfo[] {
  const root = findFeature(name);
  if (!root) return [];
  const below = (parent: string): FeatureInfo[] =>
    FEATURES.filter((x) => x.parent === parent).flatMap((x) => [x, ...below(x.name)]);
  const services = below(root.name).filter((x) => x.depth > root.depth + 1);
  const ancestors: FeatureInfo[] = [];
  for (let at = root.parent; at; at = findFeature(at)?.parent ?? null) {
    const parent = findFeature(at);
    if (parent) ancestors.push(parent);
  }
  const direct = below(root.name).filter((x) => x.depth === root.depth + 1);
  return [...services, root, ...direct, ...ancestors];
}
