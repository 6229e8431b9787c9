import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";

/**
 * CPU accounting for a shared machine: how much of the machine's CPU went to processes outside
 * the benchmark's own process tree (API, baseline, load generator, its PostgreSQL and their
 * children) during a run. Other work on the 2 cores makes a run slower; the report shows it.
 */
const TICKS = 100; // USER_HZ on Linux

function machineBusyTicks(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
}

function processTable(): Map<number, { ppid: number; ticks: number }> {
  const table = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields[1] = ppid; [11..14] = utime stime cutime cstime (children already waited for)
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      table.set(Number(name), { ppid: Number(fields[1]), ticks });
    } catch {
      // the process ended meanwhile
    }
  }
  return table;
}

function ownTicks(): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [process.pid];
  while (stack.length) {
    const pid = stack.pop() as number;
    total += table.get(pid)?.ticks ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface CpuShare {
  /** Share of the machine's CPU (all cores) used by the benchmark's own processes. */
  own: number;
  /** Share used by everything else on the machine (other users' builds, tests, servers). */
  others: number;
}

export function cpuMeter(): { stop(): CpuShare } {
  const t0 = process.hrtime.bigint();
  const busy0 = machineBusyTicks();
  const own0 = ownTicks();
  return {
    stop() {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const capacity = seconds * TICKS * os.cpus().length;
      const busy = machineBusyTicks() - busy0;
      const own = ownTicks() - own0;
      return { own: Math.min(1, own / capacity), others: Math.max(0, Math.min(1, (busy - own) / capacity)) };
    },
  };
}
