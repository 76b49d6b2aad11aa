// What a claim expects and what is so, in words: a small catalogue, English and Korean side
// by side so they stay in step. Every phrase takes plain values; the checker picks them.
import type { LocalizedText } from '../schema.js';

type Words = LocalizedText;

export interface ProcessFacts {
  readonly session?: number | string;
  readonly pid?: number | string;
}

const list = (items: readonly (string | number)[]): string =>
  items.length === 0 ? '—' : items.join(', ');

/** `csrss ×4, vmwp ×1` (process counts read the same in both languages). */
export const tally = (counts: Readonly<Record<string, number>>): string =>
  Object.entries(counts)
    .map(([process, n]) => `${process} ×${n}`)
    .join(', ') || '—';

const ONLY_KO = ', 그 밖에는 없음';
const fact = (label: string, value: number | string | undefined): string =>
  value === undefined ? '' : `${label}${value}`;

export const WORDS = {
  hostCsrss: (n: number, sessions: readonly number[] | null): Words => ({
    en: `the host shows ${n} csrss${sessions ? ` (sessions ${list(sessions)})` : ''}`,
    ko: `호스트에 csrss ${n}개${sessions ? ` (세션 ${list(sessions)})` : ''}`,
  }),
  hostShows: (counts: Readonly<Record<string, number>>): Words => ({
    en: `the host shows ${tally(counts)}`,
    ko: `호스트에 ${tally(counts)}`,
  }),
  sees: (container: string, counts: Readonly<Record<string, number>>, only: boolean): Words => ({
    en: `inside ${container}: ${tally(counts)}${only ? ', nothing else' : ''}`,
    ko: `${container} 안: ${tally(counts)}${only ? ONLY_KO : ''}`,
  }),
  onHost: (container: string, counts: Readonly<Record<string, number>>, only: boolean): Words => ({
    en: `the host shows of ${container}: ${tally(counts)}${only ? ', nothing else' : ''}`,
    ko: `호스트에 보이는 ${container}의 프로세스: ${tally(counts)}${only ? ONLY_KO : ''}`,
  }),
  process: (container: string, process: string, facts: ProcessFacts): Words => {
    const en = `${fact(', session ', facts.session)}${fact(', PID ', facts.pid)}`;
    const ko = `${fact(', 세션 ', facts.session)}${fact(', PID ', facts.pid)}`;
    return { en: `${process} inside ${container}${en}`, ko: `${container} 안의 ${process}${ko}` };
  },
  noProcess: (container: string, process: string): Words => ({
    en: `no ${process} inside ${container}`,
    ko: `${container} 안에 ${process} 없음`,
  }),
  samePid: (container: string, process: string): Words => ({
    en: `${container}'s ${process} on the host with the same PID`,
    ko: `${container}의 ${process}가 같은 PID로 호스트에 보임`,
  }),
  pidsInsideAndOnHost: (inside: readonly number[], onHost: readonly number[]): Words => ({
    en: `PIDs inside: ${list(inside)}; on the host: ${list(onHost)}`,
    ko: `안의 PID: ${list(inside)}; 호스트의 PID: ${list(onHost)}`,
  }),
  vmwpRunning: (container: string): Words => ({
    en: `a vmwp on the host for ${container}, running as its container ID`,
    ko: `호스트에 ${container}의 vmwp가 컨테이너 ID로 실행 중`,
  }),
  vmwpAs: (userName: string): Words => ({
    en: `a vmwp running as ${userName}`,
    ko: `vmwp가 ${userName}(으)로 실행 중`,
  }),
  noVmwp: (container: string): Words => ({
    en: `no vmwp on the host for ${container}`,
    ko: `호스트에 ${container}의 vmwp 없음`,
  }),
  enteredInto: (container: string): Words => ({
    en: `the console inside ${container}`,
    ko: `콘솔이 ${container} 안에 있음`,
  }),
  onTheHost: (): Words => ({ en: 'the console on the host', ko: '콘솔이 호스트에 있음' }),
  containers: (n: number, filter: string): Words => ({
    en: `${n} container(s)${filter ? ` (${filter})` : ''}`,
    ko: `컨테이너 ${n}개${filter ? ` (${filter})` : ''}`,
  }),
  computeProcesses: (n: number, owner: string | null): Words => ({
    en: `Get-ComputeProcess shows ${n}${owner ? ` of owner ${owner}` : ''}`,
    ko: `Get-ComputeProcess에 ${n}개${owner ? ` (Owner ${owner})` : ''}`,
  }),
  container: (container: string, facts: string): Words => ({
    en: `${container}: ${facts}`,
    ko: `${container}: ${facts}`,
  }),
  noContainer: (container: string): Words => ({
    en: `no container named ${container}`,
    ko: `${container}라는 컨테이너 없음`,
  }),
  notRunning: (container: string): Words => ({
    en: `${container} is not running: nothing runs inside`,
    ko: `${container}는 실행 중이 아님: 안에서 아무것도 실행되지 않음`,
  }),
  switchIs: (name: string, facts: string): Words => ({
    en: `switch ${name}${facts ? `: ${facts}` : ''}`,
    ko: `스위치 ${name}${facts ? `: ${facts}` : ''}`,
  }),
  noSwitch: (name: string): Words => ({
    en: `no switch named ${name}`,
    ko: `${name}라는 스위치 없음`,
  }),
  addressOn: (container: string, switchName: string, address?: string): Words => ({
    en: `${container} holds an address${address ? ` ${address}` : ''} on ${switchName}'s subnet`,
    ko: `${container}가 ${switchName} 서브넷의 주소${address ? ` ${address}` : ''}를 가짐`,
  }),
  addresses: (container: string, addresses: readonly string[]): Words => ({
    en: `${container} holds ${list(addresses)}`,
    ko: `${container}의 주소: ${list(addresses)}`,
  }),
  noAddress: (container: string): Words => ({
    en: `${container} holds no address`,
    ko: `${container}에 주소 없음`,
  }),
  noNic: (container: string): Words => ({
    en: `${container} has no network adapter`,
    ko: `${container}에 네트워크 어댑터 없음`,
  }),
  nicIn: (container: string, where: 'host' | 'utilityVm'): Words =>
    where === 'host'
      ? {
          en: `${container}'s NIC is a vNIC of the host's own network stack`,
          ko: `${container}의 NIC는 호스트 네트워크 스택의 vNIC`,
        }
      : {
          en: `${container}'s NIC is inside its utility VM, not on the host's stack`,
          ko: `${container}의 NIC는 유틸리티 VM 안에 있고 호스트 스택에는 없음`,
        },
  hostNics: (n: number): Words => ({
    en: `the host's network stack holds ${n} container vNIC(s)`,
    ko: `호스트 네트워크 스택에 컨테이너 vNIC ${n}개`,
  }),
  hostPort: (port: number, container: string | null): Words => ({
    en: container ? `host port ${port} published by ${container}` : `host port ${port} free`,
    ko: container ? `호스트 포트 ${port}를 ${container}가 게시` : `호스트 포트 ${port} 비어 있음`,
  }),
} as const;
