import { createServer, type AddressInfo } from "node:net";

/**
 * A TCP port on 127.0.0.1 that was free a moment ago, for the embedded PostgreSQL and the servers
 * that tests and benchmarks start. The probe is unref'd so a forgotten one never keeps Node alive.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
