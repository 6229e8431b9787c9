import { useQuery } from "@apollo/client/react";
import { AuditEntryListDocument, AuditUsersDocument } from "@ocop/schema/admin";
import { useState } from "react";
import { Link } from "wouter";
import { SelectField, TextField } from "../../components/fields";
import { column, DataList, useListQuery } from "../../components/DataList";
import { FilterBar, useListState } from "../../components/list";
import { PageHeader } from "../../components/PageHeader";
import { usePermissions } from "../../components/session";
import { useI18n } from "../../i18n/i18n";
import { jsonDiff } from "../../lib/jsonDiff";
import { can } from "../../lib/resources";
import { auditFilter, auditListState, dayEnd, dayStart } from "@ocop/schema/lists";
import { AUDIT_ENTITY_TYPES, entityHref } from "./entityLinks";

// Shared with the API, whose spreadsheet export reads the same URL parameters.
export { auditFilter, auditListState, dayEnd, dayStart };

export function AuditPage() {
  const { t, dateTime } = useI18n();
  const permissions = usePermissions();
  const list = useListState(auditListState);
  const s = list.state;
  const result = useListQuery(AuditEntryListDocument, s, { filter: auditFilter(s) }, (d) => d.auditEntries);
  // The user list needs staff.read; without it the filter is a plain text field.
  const users = useQuery(AuditUsersDocument, { skip: !can(permissions, "staff.read"), errorPolicy: "all" });
  const filtered = auditListState.isFiltered(s);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((cur) => {
      const next = new Set(cur);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  type Entry = (typeof result.rows)[number];
  const columns = [
    column<Entry>("when", t("audit.when"), (entry) => dateTime(entry.createdAt)),
    column<Entry>("user", t("audit.user"), (entry) => entry.userName ?? t("audit.system")),
    column<Entry>("action", t("audit.action"), (entry) => <code>{entry.action}</code>),
    column<Entry>("entity", t("audit.entity"), (entry) => {
      const href = entityHref(entry.entityType, entry.entityId);
      return (
        <>
          {entry.entityType} {href ? <Link href={href}>{entry.entityId}</Link> : <code>{entry.entityId}</code>}{" "}
          <Link
            href={list.href({ entity: entry.entityType, id: entry.entityId })}
            className="small"
            aria-label={t("audit.historyOf", { id: entry.entityId })}
          >
            {t("audit.history")}
          </Link>
        </>
      );
    }),
    column<Entry>("changes", t("audit.changes"), (entry) => (
      <button
        type="button"
        aria-expanded={expanded.has(entry.id)}
        aria-controls={`diff-${entry.id}`}
        onClick={() => toggle(entry.id)}
      >
        {expanded.has(entry.id) ? t("audit.hideChanges") : t("audit.showChanges")}
      </button>
    )),
  ];
  const userOptions = (users.data?.staffUsers.edges ?? []).map((e) => ({
    value: e.node.id,
    label: `${e.node.displayName} (${e.node.email})`,
  }));
  return (
    <>
      <PageHeader title={t("nav.audit")} />
      <FilterBar label={t("list.filters")} onClear={filtered ? list.reset : undefined}>
        {userOptions.length > 0 ? (
          <SelectField
            label={t("audit.user")}
            name="user"
            value={s.user}
            onChange={(user) => list.update({ user })}
            options={userOptions}
            placeholder={t("common.all")}
          />
        ) : (
          <TextField
            label={t("audit.userId")}
            name="user"
            value={s.user}
            onChange={(user) => list.update({ user }, { replace: true })}
          />
        )}
        <SelectField
          label={t("audit.entityType")}
          name="entity"
          value={s.entity}
          onChange={(entity) => list.update({ entity })}
          options={[
            ...AUDIT_ENTITY_TYPES,
            ...(s.entity && !(AUDIT_ENTITY_TYPES as readonly string[]).includes(s.entity) ? [s.entity] : []),
          ].map((e) => ({ value: e, label: e }))}
          placeholder={t("common.all")}
        />
        <TextField
          label={t("audit.entityId")}
          name="id"
          value={s.id}
          onChange={(id) => list.update({ id }, { replace: true })}
        />
        <TextField
          label={t("audit.from")}
          name="from"
          type="date"
          value={s.from ?? ""}
          onChange={(v) => list.update({ from: v || null })}
          max={s.to ?? undefined}
        />
        <TextField
          label={t("audit.to")}
          name="to"
          type="date"
          value={s.to ?? ""}
          onChange={(v) => list.update({ to: v || null })}
          min={s.from ?? undefined}
        />
      </FilterBar>
      <DataList
        caption={t("nav.audit")}
        exportAs="audit-log"
        className="audit-table"
        columns={columns}
        result={result}
        rowId={(entry) => entry.id}
        detail={(entry) =>
          expanded.has(entry.id)
            ? { id: `diff-${entry.id}`, content: <JsonDiffTable before={entry.before} after={entry.after} /> }
            : null
        }
        list={list}
        filtered={filtered}
        emptyLabel={t("audit.none")}
        onReset={list.reset}
      />
    </>
  );
}

function show(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export function JsonDiffTable({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const rows = jsonDiff(before, after);
  const visible = all ? rows : rows.filter((r) => r.kind !== "same");
  return (
    <div className="json-diff">
      <label className="inline-check">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        {t("audit.showUnchanged")}
      </label>
      {visible.length === 0 ? (
        <p className="empty">{t("audit.noDiff")}</p>
      ) : (
        <table className="diff-table">
          <thead>
            <tr>
              <th scope="col">{t("audit.field")}</th>
              <th scope="col">{t("audit.before")}</th>
              <th scope="col">{t("audit.after")}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={r.path} className={`diff-${r.kind}`}>
                <th scope="row">
                  <code>{r.path}</code>
                  {r.kind !== "same" && <span className="visually-hidden"> ({t(`audit.kind.${r.kind}`)})</span>}
                </th>
                <td className="diff-before">
                  <code>{show(r.before)}</code>
                </td>
                <td className="diff-after">
                  <code>{show(r.after)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
