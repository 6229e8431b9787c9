import { Link } from "wouter";
import { useI18n } from "../i18n/i18n";
import { PageHeader } from "./PageHeader";

export function NotAllowed() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t("error.forbiddenTitle")} />
      <p>{t("error.forbidden")}</p>
      <Link href="/">{t("nav.dashboard")}</Link>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t("error.notFoundTitle")} />
      <p>{t("error.notFound")}</p>
      <Link href="/">{t("nav.dashboard")}</Link>
    </>
  );
}
