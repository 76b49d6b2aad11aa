// docker images --digests and -f at TP4's 1.10.0-dev, as moby 59a341e has them
// (api/client/images.go, graph/list.go, pkg/parsers/filters): docs/fidelity-notes.md I14.
import { describe, expect, it } from 'vitest';
import { dockerImages } from '../../src/shell/docker/docker-images.js';
import { newConsole } from './shell-harness.js';

const squash = (line: string) => line.trim().split(/\s{2,}/);

/**
 * Images: `x` tagged; its first commit left untagged and unused (dangling); `p` untagged
 * but the parent of `q` (not dangling: docker's heads only); the two OS images.
 */
function lab() {
  const c = newConsole();
  c.ok(
    'docker run --name base windowsservercore cmd',
    'docker commit base x',
    'docker commit base x',
    'docker commit base p',
    'docker run --name child p cmd',
    'docker commit child q',
    'docker rm child',
    'docker rmi p',
  );
  const state = c.sim.getState();
  const untagged = state.images.filter((i) => i.owner === 'docker' && i.dockerTags.length === 0);
  const isParent = (id: string) => state.images.some((i) => i.parentImageId === id);
  const dangling = untagged.filter((i) => !isParent(i.dockerImageId));
  return { c, untagged, dangling };
}

describe('docker images --digests: a DIGEST column, <none> for local images (I14)', () => {
  const { c } = lab();
  const plain = c.ok('docker images').lines.slice(1).map(squash);
  const lines = c.ok('docker images --digests').lines;
  it('the header has DIGEST between TAG and IMAGE ID', () => {
    expect(squash(lines[0]!)).toEqual([
      'REPOSITORY',
      'TAG',
      'DIGEST',
      'IMAGE ID',
      'CREATED',
      'VIRTUAL SIZE',
    ]);
  });
  it('every row is the plain row with <none> as its digest', () => {
    // CREATED is left out: each command line moves the lab's clock on.
    const rows = lines.slice(1).map(squash);
    const noCreated = (r: string[]) => r.filter((_, i) => i !== r.length - 2);
    expect(rows.map(noCreated)).toEqual(
      plain.map((r) => noCreated([r[0]!, r[1]!, '<none>', ...r.slice(2)])),
    );
  });
  it('-q --digests prints the ids only, as -q does', () => {
    expect(c.ok('docker images -q --digests').lines).toEqual(c.ok('docker images -q').lines);
  });
});

describe('docker images -f: dangling and label, as graph/list.go filtered (I14)', () => {
  const { c, untagged, dangling } = lab();
  const everything = c.ok('docker images -q').lines;
  it('the lab has an untagged parent, so dangling is a narrower set', () => {
    expect(untagged.length).toBe(2);
    expect(dangling.length).toBe(1);
  });
  const rows: [string, () => readonly string[]][] = [
    ['-f dangling=true', () => dangling.map((i) => i.dockerImageId)],
    ['--filter dangling=TRUE', () => dangling.map((i) => i.dockerImageId)],
    ['--filter=dangling=false', () => everything],
    ['-f dangling=false -f dangling=true', () => dangling.map((i) => i.dockerImageId)],
    ['-f label=maintainer', () => []],
    ['-f label=a=b -f dangling=true', () => []],
    ['-f dangling=true x', () => []],
  ];
  it.each(rows)('docker images -q %s', (flags, expected) => {
    expect(c.ok(`docker images -q ${flags}`).lines).toEqual(expected());
  });
  it('the table shows the dangling image as <none> <none>', () => {
    const table = c.ok('docker images -f dangling=true').lines;
    expect(table).toHaveLength(2);
    expect(squash(table[1]!).slice(0, 3)).toEqual(['<none>', '<none>', dangling[0]!.dockerImageId]);
  });
  const refusals: [string, string][] = [
    ['-f dangling', 'bad format of filter (expected name=value)'],
    ['-f size=1', "Error response from daemon: Invalid filter 'size'"],
    ['-f DANGLING=Maybe', "Error response from daemon: Invalid filter 'dangling=maybe'"],
  ];
  it.each(refusals)('docker images %s is refused: %s', (flags, line) => {
    expect(c.fails(`docker images ${flags}`).lines).toEqual([line]);
    expect(dockerImages(c.sim, flags.split(' ')).exitCode).toBe(1);
  });
});
