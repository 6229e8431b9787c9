import argon2 from "argon2";

/** OWASP's argon2id settings (19 MiB, 2 passes) keep a sign-in near 50 ms on this machine. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

// Verifying against this when the account does not exist takes as long as a real check, so the
// answer time does not tell which emails have accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await (dummyHash ??= hashPassword("not-a-real-password")), password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
