// PowerShell values as the evaluator and the formatter see them.
// Strings, numbers, booleans and $null are JS primitives; everything with a .NET type
// PowerShell treats specially (enums, GUIDs, TimeSpans, objects) is a tagged record.
import type { ScriptBlock } from '../ast.js';

export interface PSEnum {
  readonly $kind: 'enum';
  /** Full .NET type name, e.g. `Microsoft.Containers.PowerShell.Objects.RuntimeType`. */
  readonly typeName: string;
  readonly value: string;
  /** Every enumerator name, in declaration order (for conversion errors). */
  readonly names: readonly string[];
}

export interface PSGuid {
  readonly $kind: 'guid';
  /** Lower-case, as .NET's Guid.ToString() prints it. */
  readonly value: string;
}

export interface PSTimeSpan {
  readonly $kind: 'timespan';
  readonly ms: number;
}

export interface PSProperty {
  readonly name: string;
  readonly value: PSValue;
}

/** What the object stands for in the model, so cmdlets can act on the live thing. */
export type PSObjectRef =
  | { readonly kind: 'container'; readonly containerId: string }
  | { readonly kind: 'process'; readonly kernelId: string; readonly pid: number }
  | { readonly kind: 'image'; readonly name: string };

export interface PSObject {
  readonly $kind: 'object';
  /** Most derived first, like PSObject.TypeNames. The first one selects the view. */
  readonly typeNames: readonly string[];
  /** In declaration order. Looked up case-insensitively; `name` keeps its real case. */
  readonly properties: readonly PSProperty[];
  readonly ref?: PSObjectRef;
}

export interface PSScriptBlock {
  readonly $kind: 'scriptblock';
  readonly body: ScriptBlock;
  /** The source text between the braces, for display. */
  readonly text: string;
}

export type PSValue =
  | null
  | string
  | number
  | boolean
  | PSEnum
  | PSGuid
  | PSTimeSpan
  | PSObject
  | PSScriptBlock
  | readonly PSValue[];

export const isPSObject = (v: PSValue): v is PSObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PSObject).$kind === 'object';
export const isPSEnum = (v: PSValue): v is PSEnum =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PSEnum).$kind === 'enum';
export const isPSGuid = (v: PSValue): v is PSGuid =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (v as PSGuid).$kind === 'guid';
export const isPSTimeSpan = (v: PSValue): v is PSTimeSpan =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  (v as PSTimeSpan).$kind === 'timespan';
export const isScriptBlock = (v: PSValue): v is PSScriptBlock =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  (v as PSScriptBlock).$kind === 'scriptblock';
export const isArray = (v: PSValue): v is readonly PSValue[] => Array.isArray(v);

/** Case-insensitive member lookup, as PowerShell does. */
export function findProperty(obj: PSObject, name: string): PSProperty | undefined {
  // The name as declared first: views ask with the real case, and lower-casing every
  // property of 10,000 objects is most of a Get-Process table's time.
  for (const p of obj.properties) if (p.name === name) return p;
  const lower = name.toLowerCase();
  return obj.properties.find((p) => p.name.toLowerCase() === lower);
}

function propertyArray(properties: Readonly<Record<string, PSValue>>): PSProperty[] {
  const out: PSProperty[] = [];
  for (const name in properties) out.push({ name, value: properties[name] as PSValue });
  return out;
}

export function makeObject(
  typeNames: readonly string[],
  properties: Readonly<Record<string, PSValue>>,
  ref?: PSObjectRef,
): PSObject {
  return {
    $kind: 'object',
    typeNames,
    properties: propertyArray(properties),
    ...(ref ? { ref } : {}),
  };
}

export const TYPE = {
  process: 'System.Diagnostics.Process',
  /** Get-Process -IncludeUserName adds this type name; it selects the UserName view. */
  processWithUser: 'System.Diagnostics.Process#IncludeUserName',
  /** Objects coming back from Invoke-Command carry PSComputerName. */
  remoteProcess: 'Deserialized.System.Diagnostics.Process',
  container: 'Microsoft.Containers.PowerShell.Objects.Container',
  containerImage: 'Microsoft.Containers.PowerShell.Objects.ContainerImage',
  computeProcess: 'Microsoft.HostCompute.PowerShell.Objects.ComputeProcess',
  runtimeType: 'Microsoft.Containers.PowerShell.Objects.RuntimeType',
  computeProcessType: 'Microsoft.HostCompute.PowerShell.Objects.ComputeProcessType',
  /** Select-Object output: no view, auto-sized table or list. */
  selected: 'Selected.',
  measureInfo: 'Microsoft.PowerShell.Commands.GenericMeasureInfo',
  commandInfo: 'System.Management.Automation.CmdletInfo',
} as const;
