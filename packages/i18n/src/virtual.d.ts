// The modules the plugin serves; an app includes this file (a triple-slash reference or its
// tsconfig's "types") to import `virtual:i18n/<lang>` with its type.
declare module "virtual:i18n/*" {
  import type { Messages } from "@lingui/core";
  const messages: Messages;
  export default messages;
}
