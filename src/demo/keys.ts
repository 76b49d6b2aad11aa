// The dashboard keys a scenario may press, by name. The dashboard's keymap accepts the
// same names (a test checks every one is bound).
export const KEY_NAMES = [
  't',
  's',
  'n',
  'd',
  'x',
  'c',
  'o',
  '/',
  ':',
  '?',
  '1',
  '2',
  '3',
  '4',
  'j',
  'k',
  'up',
  'down',
  'pageup',
  'pagedown',
  'home',
  'end',
  'tab',
  'shift+tab',
  'enter',
  'escape',
] as const;

export type KeyName = (typeof KEY_NAMES)[number];
