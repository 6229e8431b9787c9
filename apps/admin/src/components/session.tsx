import type { SessionFieldsFragment } from "@ocop/schema/admin";
import { createContext, type ReactNode, useContext } from "react";
import { NO_PERMISSIONS, type Permissions } from "../lib/resources";

const SessionContext = createContext<SessionFieldsFragment | null>(null);

export function SessionProvider({ session, children }: { session: SessionFieldsFragment | null; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionFieldsFragment | null {
  return useContext(SessionContext);
}

export function usePermissions(): Permissions {
  return useContext(SessionContext)?.permissions ?? NO_PERMISSIONS;
}

/** The commune/ward a commune officer's work is limited to; null when it is not limited. */
export function useCommuneScope(): string | null {
  return useContext(SessionContext)?.communeCode ?? null;
}
