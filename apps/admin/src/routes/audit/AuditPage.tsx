import { useQuery } from "@apollo/client/react";
import { AuditAuthorsDocument, AuditEntryListDocument } from "@ocop/schema/admin";
import { useState } from "react";
import { Link } from "wouter";
import { DateField, SelectField, TextField } from "../../components/fields";
import { useCategoryGroups, useCommunes } from "../../components/pickers";
import { isIsoDate } from "../../lib/dates";
import { column, DataList, useListQuery } from "../../components/DataList";
import { FilterBar, useListState } from "../../components/list";
import { PageHeader } from "../../components/PageHeader";
import { useI18n } from "../../i18n/i18n";
import { jsonDiff } from "../../lib/jsonDiff";
import { auditFilter, auditListState, dayEnd, dayStart } from "@ocop/schema/lists";
import { actionLabel, entityTypeLabel, fieldLabel, formatValue, isDerivedField, type ValueFormat } from "./auditText";
import { AUDIT_ENTITY_TYPES, entityHref } from "./entityLinks";

// Shared with the API, whose spreadsheet export reads the same URL parameters.
export { auditFilter, auditListState, dayEnd, dayStart };

export function AuditPage() {
  const { t, dateTime } = useI18n();
  const list = useListState(auditListState);
  const s = list.state;
  const result = useListQuery(AuditEntryListDocument, s, { filter: auditFilter(s) }, (d) => d.auditEntries);
  const authors = useQuery(AuditAuthorsDocument, { fetchPolicy: "cache-and-network" });
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
    column<Entry>("action", t("audit.action"), (entry) => (
      <span title={entry.action}>{actionLabel(t, entry.action)}</span>
    )),
    column<Entry>("entity", t("audit.entity"), (entry) => {
      const href = entityHref(entry.entityType, entry.entityId);
      const name = entry.entityName ?? `#${entry.entityId}`;
      return (
        <>
          <span className="muted small">{entityTypeLabel(t, entry.entityType)}</span>{" "}
          {href ? <Link href={href}>{name}</Link> : <span>{name}</span>}{" "}
          <Link
            href={list.href({ entity: entry.entityType, id: entry.entityId })}
            className="small"
            aria-label={t("audit.historyOf", { id: name })}
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
  const userOptions = (authors.data?.auditAuthors ?? []).map((a) => ({ value: a.id, label: a.displayName }));
  return (
    <>
      <PageHeader title={t("nav.audit")} />
      <FilterBar label={t("list.filters")} onClear={filtered ? list.reset : undefined}>
        <SelectField
          label={t("audit.user")}
          name="user"
          value={s.user}
          onChange={(user) => list.update({ user })}
          options={[
            ...userOptions,
            // A user given in the URL who has no entries (yet) is still shown as chosen.
            ...(s.user && !userOptions.some((o) => o.value === s.user) ? [{ value: s.user, label: `#${s.user}` }] : []),
          ]}
          placeholder={t("common.all")}
        />
        <SelectField
          label={t("audit.entityType")}
          name="entity"
          value={s.entity}
          onChange={(entity) => list.update({ entity })}
          options={[
            ...AUDIT_ENTITY_TYPES,
            ...(s.entity && !(AUDIT_ENTITY_TYPES as readonly string[]).includes(s.entity) ? [s.entity] : []),
          ].map((e) => ({ value: e, label: entityTypeLabel(t, e) }))}
          placeholder={t("common.all")}
        />
        <TextField
          label={t("audit.entityId")}
          name="id"
          value={s.id}
          onChange={(id) => list.update({ id }, { replace: true })}
        />
        <DateField
          label={t("audit.from")}
          name="from"
          value={s.from ?? ""}
          onChange={(v) => (v === "" || isIsoDate(v)) && list.update({ from: v || null })}
        />
        <DateField
          label={t("audit.to")}
          name="to"
          value={s.to ?? ""}
          onChange={(v) => (v === "" || isIsoDate(v)) && list.update({ to: v || null })}
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
            ? {
                id: `diff-${entry.id}`,
                content: <JsonDiffTable entityType={entry.entityType} before={entry.before} after={entry.after} />,
              }
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

export function JsonDiffTable({ entityType, before, after }: { entityType: string; before: unknown; after: unknown }) {
  const { t, date, dateTime, number } = useI18n();
  const { units } = useCommunes();
  const categories = useCategoryGroups();
  const [all, setAll] = useState(false);
  const format: ValueFormat = {
    t,
    date,
    dateTime,
    number,
    communeName: (code) => units.find((u) => u.code === code)?.fullName,
    categoryName: (code) => categories.flatMap((g) => g.options).find((o) => o.value === code)?.label,
  };
  // Versions, timestamps and computed fields change by themselves: they are not anyone's change.
  const rows = jsonDiff(before, after).filter((r) => !isDerivedField(r.path));
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
                  <span title={r.path}>{fieldLabel(t, entityType, r.path)}</span>
                  {r.kind !== "same" && <span className="visually-hidden"> ({t(`audit.kind.${r.kind}`)})</span>}
                </th>
                <td className="diff-before">{formatValue(format, entityType, r.path, r.before)}</td>
                <td className="diff-after">{formatValue(format, entityType, r.path, r.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
