// The records Select-Object and Format-Table/List throw for a bad calculated property
// (MshParameter.cs ParameterProcessor, messages from FormatAndOut_MshParameter.resx;
// docs/fidelity-notes.md H4). Each is a terminating error: a NotSupportedException,
// InvalidArgument, whose ErrorDetails carry the message; the whole command is marked.
import { buildRecord, type ErrorRecord, type ErrorSite } from './error-record.js';

const MESSAGES = {
  // IllegalKeyError
  DictionaryKeyIllegal: (key: string) => `The ${key} key is not valid.`,
  // AmbiguousKeyError
  DictionaryKeyAmbiguous: (key: string, first: string, second: string) =>
    `The ${key} key is ambiguous; ${first} and ${second} conflict.`,
  // DuplicateKeyError
  DictionaryKeyDuplicate: (key: string, existing: string) =>
    `The duplicated key "${key}" conflicts with "${existing}".`,
  // MissingKeyMandatoryEntryError
  DictionaryKeyMandatoryEntry: (key: string) => `A mandatory entry for ${key} is missing.`,
  // MissingKeyValueError
  DictionaryKeyMissingValue: (key: string) => `The ${key} key has no value.`,
  // IllegalTypeSingleError
  DictionaryKeyIllegalValue2: (key: string, actual: string, expected: string) =>
    `The "${key}" key has a type, ${actual}, that is not valid; expected type is ${expected}.`,
  // IllegalTypeMultiError
  DictionaryKeyIllegalValue1: (key: string, actual: string, expected: string) =>
    `The "${key}" key has a type, ${actual}, that is not valid; expected types are ${expected}.`,
  // IllegalAlignmentValueError
  AlignmentIllegalValue: (value: string, key: string) =>
    `The value "${value}" for key "${key}" is not valid; valid values are {left, center, right}.`,
  // OutOfRangeWidthValueError
  WidthOutOfRange: (value: string, key: string) =>
    `The value "${value}" for key "${key}" should be greater than 0.`,
  // UnknownParameterTypeError
  DictionaryKeyUnknownType: (actual: string, expected: string) =>
    `Cannot convert ${actual} to one of the following types ${expected}.`,
} as const;

export type PropertyHashErrorId = keyof typeof MESSAGES;

export function propertyHashError<K extends PropertyHashErrorId>(
  errorId: K,
  site: ErrorSite,
  ...args: Parameters<(typeof MESSAGES)[K]>
): ErrorRecord {
  const message = (MESSAGES[errorId] as (...a: readonly string[]) => string)(...args);
  const shape = { category: 'InvalidArgument', exceptionType: 'NotSupportedException', errorId };
  return buildRecord(shape, site, message);
}
