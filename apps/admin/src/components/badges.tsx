import type { CertificationStatus, ProductStatus } from "@ocop/schema/admin";
import { useI18n } from "../i18n/i18n";

export function Stars({ stars }: { stars: number | null | undefined }) {
  const { t } = useI18n();
  if (!stars) return <span className="muted">{t("product.noStars")}</span>;
  return (
    <span className="stars" title={t("product.starsN", { n: stars })}>
      <span aria-hidden="true">{"★".repeat(stars)}</span>
      <span className="visually-hidden">{t("product.starsN", { n: stars })}</span>
    </span>
  );
}

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`productStatus.${status}`)}</span>;
}

export function CertificationStatusBadge({ status }: { status: CertificationStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-cert-${status.toLowerCase()}`}>{t(`certStatus.${status}`)}</span>;
}

export function DemoBadge({ isDemo }: { isDemo: boolean }) {
  const { t } = useI18n();
  return isDemo ? <span className="badge badge-demo">{t("common.demo")}</span> : null;
}
