import net from "node:net";

/**
 * A TCP proxy in front of PostgreSQL that a test can break the way production breaks: `stop()`
 * drops every connection and refuses new ones (a stopped server), `freeze()` holds every byte
 * without forwarding it, as a hung server's kernel would, `restore()` delivers them and goes on.
 */
export interface TcpProxy {
  port: number;
  stop(): void;
  freeze(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let mode: "forward" | "stopped" | "frozen" = "forward";
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  const server = net.createServer((client) => {
    if (mode === "stopped") {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, targetHost);
    const pair = { client, upstream };
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    if (mode === "frozen") {
      client.pause();
      upstream.pause();
    }
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stop() {
      mode = "stopped";
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
    },
    freeze() {
      mode = "frozen";
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream.pause();
      }
    },
    restore() {
      mode = "forward";
      for (const { client, upstream } of pairs) {
        client.resume();
        upstream.resume();
      }
    },
    async close() {
      mode = "stopped";
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
