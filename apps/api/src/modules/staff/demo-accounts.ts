import type { DataSource } from "typeorm";
import { hashPassword } from "./password";

/** Demo mode only: one account per role, so a newcomer can walk through every staff task. */
export const DEMO_PASSWORD = "ocop-demo-2026";
export const DEMO_ACCOUNTS = [
  { email: "admin@demo.ocop.vn", displayName: "Quản trị (demo)", role: "ADMIN", communeCode: null },
  { email: "editor@demo.ocop.vn", displayName: "Biên tập viên (demo)", role: "EDITOR", communeCode: null },
  {
    email: "chilang@demo.ocop.vn",
    displayName: "Cán bộ xã Chi Lăng (demo)",
    role: "COMMUNE_OFFICER",
    communeCode: "06463",
  },
] as const;

/** Creates the demo accounts that are missing; never touches an account that exists. */
export async function ensureDemoAccounts(ds: DataSource): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await ds.query(
      `INSERT INTO staff_user (email, display_name, password_hash, role, commune_code)
       SELECT $1, $2, $3, $4::staff_role, $5::varchar WHERE $5::varchar IS NULL OR EXISTS (SELECT 1 FROM administrative_unit WHERE code = $5::varchar)
       ON CONFLICT (email) DO NOTHING`,
      [account.email, account.displayName, hash, account.role, account.communeCode],
    );
  }
}
