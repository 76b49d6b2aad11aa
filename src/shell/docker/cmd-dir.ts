// `dir` in a container's cmd at C:\ — the base image's root folders (the lab keeps no file
// system, so the listing is fixed: docs/fidelity-notes.md Q9). Dates are the TP4 image's.
export function dirListing(): string[] {
  const folder = (name: string) => `11/19/2015  09:00 AM    <DIR>          ${name}`;
  return [
    ' Volume in drive C has no label.',
    ' Volume Serial Number is 7A4E-2C1B',
    '',
    ' Directory of C:\\',
    '',
    folder('Program Files'),
    folder('Program Files (x86)'),
    folder('ProgramData'),
    folder('Users'),
    folder('Windows'),
    '               0 File(s)              0 bytes',
    '               5 Dir(s)  21,474,836,480 bytes free',
  ];
}
