import type { RequestHandler } from "express";
import type { DataSource } from "typeorm";

/** 200 only when the database answers (within 2 s): load balancers take the replica out otherwise. */
export function healthCheck(dataSource: DataSource): RequestHandler {
  return async (_req, res) => {
    try {
      await Promise.race([
        dataSource.query("SELECT 1"),
        new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), 2000).unref()),
      ]);
      res.set("cache-control", "no-store").json({ status: "ok" });
    } catch {
      // The reason (an address, a user name) is for the logs of the database, not for the caller.
      res.status(503).set("cache-control", "no-store").set("retry-after", "5").json({ status: "unavailable" });
    }
  };
}
