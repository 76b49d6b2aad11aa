// The bench's sizes: S is the lab; the others a host of that many processes and containers.
export const SCALE_SIZES = {
  S: null,
  M: { hostProcesses: 1000, containers: 50 },
  L: { hostProcesses: 10000, containers: 500 },
  XL: { hostProcesses: 50000, containers: 2000 },
};
