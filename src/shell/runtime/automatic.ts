// Automatic variables students type first on a new host: $PSVersionTable and $host, as TP4's
// Windows PowerShell 5.0.10586.0 holds them (docs/reference-quickstarts.md "TP4
// $PSVersionTable"; docs/fidelity-notes.md Q11).
import { makeObject, type PSObject, type PSValue } from './values.js';

export const VERSION_TYPE = 'System.Version';
export const HASHTABLE_TYPE = 'System.Collections.Hashtable';

export function versionObject(text: string): PSObject {
  const [major = 0, minor = 0, build = -1, revision = -1] = text.split('.').map(Number);
  return makeObject([VERSION_TYPE, 'System.Object'], {
    Major: major,
    Minor: minor,
    Build: build,
    Revision: revision,
  });
}

/** System.Version.ToString(): the parts that are set, joined by dots. */
export function versionToString(obj: PSObject): string {
  return obj.properties
    .map((p) => p.value)
    .filter((v): v is number => typeof v === 'number' && v >= 0)
    .join('.');
}

function psVersionTable(): PSObject {
  return makeObject([HASHTABLE_TYPE, 'System.Object'], {
    PSVersion: versionObject('5.0.10586.0'),
    PSCompatibleVersions: ['1.0', '2.0', '3.0', '4.0', '5.0.10586.0'].map(versionObject),
    BuildVersion: versionObject('10.0.10586.0'),
    CLRVersion: versionObject('4.0.30319.42000'),
    WSManStackVersion: versionObject('3.0'),
    PSRemotingProtocolVersion: versionObject('2.3'),
    SerializationVersion: versionObject('1.1.0.1'),
  });
}

function host(): PSObject {
  return makeObject(['System.Management.Automation.Internal.Host.InternalHost', 'System.Object'], {
    Name: 'ConsoleHost',
    Version: versionObject('5.0.10586.0'),
    InstanceId: '8a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d',
    CurrentCulture: 'en-US',
    CurrentUICulture: 'en-US',
    IsRunspacePushed: false,
  });
}

/** The automatic variable of that (lower-case) name, or undefined. */
export function automaticVariable(lower: string): PSValue | undefined {
  if (lower === 'psversiontable') return psVersionTable();
  if (lower === 'host') return host();
  return undefined;
}

/** A hashtable prints one Name/Value row per entry (PowerShell's DictionaryEntry view). */
export function hashtableEntries(obj: PSObject): PSObject[] {
  return obj.properties.map((p) =>
    makeObject(['System.Collections.DictionaryEntry', 'System.Object'], {
      Name: p.name,
      Value: p.value,
    }),
  );
}
