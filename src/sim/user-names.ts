// Account names as Get-Process -IncludeUserName and Task Manager show them.
export const SYSTEM = 'NT AUTHORITY\\SYSTEM';
export const LOCAL_SERVICE = 'NT AUTHORITY\\LOCAL SERVICE';
export const NETWORK_SERVICE = 'NT AUTHORITY\\NETWORK SERVICE';
export const ADMINISTRATOR = 'HOST\\Administrator';
/** Idle belongs to no account; PowerShell shows a blank UserName for it. */
export const NO_USER = '';
export const dwmUser = (session: number) => `Window Manager\\DWM-${session}`;
