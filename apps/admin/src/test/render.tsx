import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { CommunesDocument, type SessionFieldsFragment } from "@ocop/schema/admin";
import type { StaffRole } from "@ocop/schema/enums";
import { permissionsOf } from "@ocop/schema/permissions";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { Router } from "wouter";
import { memoryLocation } from "wouter/memory-location";
import { ConfirmProvider } from "../components/ConfirmProvider";
import { Notifier } from "../components/Notifier";
import { SessionProvider } from "../components/session";
import { I18nProvider } from "../i18n/i18n";
import { createCache } from "../lib/apollo";
import { navigationGuard } from "../lib/navigationGuard";

const lang = { __typename: "Province", code: "20", name: "Lạng Sơn" } as const;

export const CHI_LANG = {
  __typename: "AdministrativeUnit",
  code: "06463",
  name: "Chi Lăng",
  fullName: "Xã Chi Lăng",
  type: "XA",
  province: lang,
} as const;
export const KY_LUA = {
  __typename: "AdministrativeUnit",
  code: "06187",
  name: "Kỳ Lừa",
  fullName: "Phường Kỳ Lừa",
  type: "PHUONG",
  province: lang,
} as const;

/** A session as the API gives it: the role's permissions from the shared table, an officer's commune. */
function session(role: StaffRole): SessionFieldsFragment {
  const officer = role === "COMMUNE_OFFICER";
  return {
    __typename: "Session",
    expiresAt: "2030-01-01T00:00:00.000Z",
    user: {
      __typename: "StaffUser",
      id: `u-${role}`,
      email: `${role.toLowerCase()}@demo.ocop.vn`,
      displayName: role,
      role,
      commune: officer ? { __typename: "AdministrativeUnit", code: CHI_LANG.code, fullName: CHI_LANG.fullName } : null,
    },
    permissions: [...permissionsOf(role)],
    communeCode: officer ? CHI_LANG.code : null,
    // The generated types leave __typename out; Apollo's mocked cache wants it.
  } as SessionFieldsFragment;
}

export const ADMIN = session("ADMIN");
export const EDITOR = session("EDITOR");
export const OFFICER = session("COMMUNE_OFFICER");

export const communesMock: MockLink.MockedResponse = {
  request: { query: CommunesDocument, variables: () => true },
  result: { data: { communes: [CHI_LANG, KY_LUA] } },
  maxUsageCount: 10,
};

/** Renders a page as the app does: language, Apollo (mocked), router at `path`, session, dialogs. */
export function renderPage(
  ui: ReactElement,
  {
    path = "/",
    session: s = EDITOR,
    mocks = [],
  }: { path?: string; session?: SessionFieldsFragment | null; mocks?: ReadonlyArray<MockLink.MockedResponse> } = {},
) {
  navigationGuard.reset();
  const [pathname, search = ""] = path.split("?");
  const location = memoryLocation({ path: pathname, searchPath: search, record: true });
  const utils = render(
    <I18nProvider initialLang="vi">
      <MockedProvider mocks={mocks} cache={createCache()}>
        <Router
          hook={location.hook}
          searchHook={location.searchHook}
          aroundNav={(navigate, to, options) => navigationGuard.request(() => navigate(to, options))}
        >
          <SessionProvider session={s}>
            <ConfirmProvider>
              <Notifier>{ui}</Notifier>
            </ConfirmProvider>
          </SessionProvider>
        </Router>
      </MockedProvider>
    </I18nProvider>,
  );
  return { ...utils, location };
}
