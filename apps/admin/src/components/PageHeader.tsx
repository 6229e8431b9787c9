import { type ReactNode, useEffect } from "react";
import { Link, useLocation } from "wouter";
import { useI18n } from "../i18n/i18n";
import { breadcrumbs, resource, type ResourceId } from "../lib/resources";
import { usePermissions } from "./session";

/**
 * Breadcrumbs (from the resource registry), the page's h1 (focused after navigation, see Layout)
 * and its actions.
 */
export function PageHeader({ title, actions, children }: { title: string; actions?: ReactNode; children?: ReactNode }) {
  const { t } = useI18n();
  const [location] = useLocation();
  const crumbs = breadcrumbs(location, t, title);
  const brand = t("shell.brand");
  useEffect(() => {
    document.title = `${title} · ${brand}`;
  }, [title, brand]);
  return (
    <header className="page-header">
      {crumbs.length > 1 && (
        <nav aria-label={t("nav.breadcrumbs")} className="breadcrumbs">
          <ol>
            {crumbs.map((c, i) => (
              <li key={i}>
                {c.href !== undefined ? (
                  <Link href={c.href}>{c.label}</Link>
                ) : (
                  <span aria-current={i === crumbs.length - 1 ? "page" : undefined}>{c.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-title-row">
        <h1 tabIndex={-1}>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </header>
  );
}

/** A resource's list page header: its registry label, and its "new" button for those who may create. */
export function ListPageHeader({ id, newLabel }: { id: ResourceId; newLabel?: string }) {
  const { t } = useI18n();
  const permissions = usePermissions();
  const r = resource(id);
  return (
    <PageHeader
      title={t(r.label)}
      actions={
        newLabel &&
        r.canCreate(permissions) && (
          <Link href={`${r.path}/new`} className="button primary">
            {newLabel}
          </Link>
        )
      }
    />
  );
}
