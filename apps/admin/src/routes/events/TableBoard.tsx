import { useMutation } from "@apollo/client/react";
import {
  AddShowcaseTablesDocument,
  DeleteShowcaseTableDocument,
  SetEventPlacementsDocument,
  type TableFieldsFragment,
  UpdateShowcaseTableDocument,
} from "@ocop/schema/admin";
import { type DragEvent, type FormEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { Stars } from "../../components/badges";
import { useConfirm } from "../../components/ConfirmProvider";
import { TextField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { CommuneSelect, ProductSearch } from "../../components/pickers";
import { nullable } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, problemOf } from "../../lib/errors";
import { navigationGuard } from "../../lib/navigationGuard";
import { changedTables, type Placement, placeProduct, savePlan, shiftProduct, tableOf } from "./board";

type Table = TableFieldsFragment;
interface ProductInfo {
  id: string;
  nameVi: string;
  stars: number | null;
  producerName: string;
  communeName: string | null;
}

const DRAG_TYPE = "application/x-ocop-product";

function placementOf(tables: readonly Table[]): Placement {
  return Object.fromEntries(tables.map((t) => [t.id, t.products.map((p) => p.id)]));
}

/**
 * The event's tables as a board: one column per table, products as cards. Products move by drag
 * and drop, or by keyboard (a "move to table" select, up/down buttons); the draft is saved with
 * setEventPlacements, all changed tables in one transaction.
 */
export function TableBoard({
  eventId,
  tables,
  onChanged,
}: {
  eventId: string;
  tables: readonly Table[];
  onChanged(): Promise<unknown>;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const confirm = useConfirm();
  const sortedTables = useMemo(() => [...tables].sort((a, b) => a.number - b.number), [tables]);
  const original = useMemo(() => placementOf(sortedTables), [sortedTables]);
  const [draft, setDraft] = useState<Placement>(original);
  const dirty = changedTables(original, draft).length > 0;
  const info = useRef(new Map<string, ProductInfo>());
  for (const table of sortedTables) {
    for (const p of table.products) {
      info.current.set(p.id, {
        id: p.id,
        nameVi: p.nameVi,
        stars: p.stars,
        producerName: p.producer.name,
        communeName: p.producer.commune?.fullName ?? null,
      });
    }
  }

  // Follow the server while the draft is clean; keep the draft (with new or deleted tables) otherwise.
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    setDraft((current) => {
      if (!dirtyRef.current) return original;
      const merged: Record<string, readonly string[]> = {};
      for (const id of Object.keys(original)) merged[id] = current[id] ?? original[id] ?? [];
      return merged;
    });
  }, [original]);

  const guardKey = useRef(Symbol("board"));
  useEffect(() => navigationGuard.setDirty(guardKey.current, dirty), [dirty]);
  useEffect(() => {
    const key = guardKey.current;
    return () => navigationGuard.setDirty(key, false);
  }, []);

  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [count, setCount] = useState("1");
  const [setEventPlacements] = useMutation(SetEventPlacementsDocument);
  const [addTables, addState] = useMutation(AddShowcaseTablesDocument);
  const [deleteTable] = useMutation(DeleteShowcaseTableDocument);
  const dragging = useRef<string | null>(null);
  const countId = useId();

  const tableName = (table: Table) =>
    table.label ? `${t("event.tableN", { n: table.number })} · ${table.label}` : t("event.tableN", { n: table.number });
  const tableById = (id: string | null) => sortedTables.find((x) => x.id === id) ?? null;
  const nameOf = (productId: string) => info.current.get(productId)?.nameVi ?? productId;

  const place = (productId: string, toTable: string | null, index?: number) => {
    setDraft((d) => placeProduct(d, productId, toTable, index));
    const target = tableById(toTable);
    setAnnouncement(
      target
        ? t("board.movedTo", { name: nameOf(productId), table: tableName(target) })
        : t("board.removed", { name: nameOf(productId) }),
    );
  };
  const shift = (tableId: string, productId: string, delta: number) => {
    const next = shiftProduct(draft, tableId, productId, delta);
    setDraft(next);
    const position = (next[tableId] ?? []).indexOf(productId) + 1;
    setAnnouncement(t("board.position", { name: nameOf(productId), position, count: (next[tableId] ?? []).length }));
    requestAnimationFrame(() => {
      const preferred = document.getElementById(
        `move-${delta < 0 ? "up" : "down"}-${productId}`,
      ) as HTMLButtonElement | null;
      const other = document.getElementById(
        `move-${delta < 0 ? "down" : "up"}-${productId}`,
      ) as HTMLButtonElement | null;
      (preferred && !preferred.disabled ? preferred : other)?.focus();
    });
  };

  const save = async () => {
    setSaving(true);
    setProblem(null);
    const versions = new Map(sortedTables.map((x) => [x.id, x.version]));
    const tables = savePlan(original, draft).map((step) => ({ ...step, version: versions.get(step.tableId) ?? 0 }));
    try {
      // One call, one transaction: the whole board is saved, or nothing is.
      if (tables.length) await setEventPlacements({ variables: { eventId, tables } });
      dirtyRef.current = false;
      await onChanged();
      notify(t("board.saved"));
    } catch (e) {
      setProblem(problemOf(e));
      await onChanged();
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    setDraft(original);
    setProblem(null);
  };

  const onAddTables = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > 50) {
      setProblem({
        code: "BAD_USER_INPUT",
        message: t("board.countRange"),
        fields: [],
        current: null,
        retryAfterSeconds: null,
      });
      return;
    }
    setProblem(null);
    try {
      await addTables({ variables: { eventId, count: n } });
      await onChanged();
      notify(t("board.tablesAdded", { count: n }));
    } catch (err) {
      setProblem(problemOf(err));
    }
  };

  const onDeleteTable = async (table: Table) => {
    const ok = await confirm({
      title: t("board.deleteTableTitle", { table: tableName(table) }),
      message: t("board.deleteTableMessage", { count: table.products.length }),
      confirmLabel: t("common.delete"),
      danger: true,
    });
    if (!ok) return;
    try {
      await deleteTable({ variables: { id: table.id, version: table.version } });
      await onChanged();
    } catch (err) {
      setProblem(problemOf(err));
    }
  };

  const onDropOn = (e: DragEvent, tableId: string, index?: number) => {
    const productId = e.dataTransfer.getData(DRAG_TYPE) || dragging.current;
    if (!productId) return;
    e.preventDefault();
    e.stopPropagation();
    dragging.current = null;
    // Dropping further down the same table: account for the card leaving its old place.
    const from = (draft[tableId] ?? []).indexOf(productId);
    const at = index !== undefined && from >= 0 && from < index ? index - 1 : index;
    place(productId, tableId, at);
  };

  const allowDrop = (e: DragEvent) => {
    if (dragging.current || Array.from(e.dataTransfer.types).includes(DRAG_TYPE)) e.preventDefault();
  };

  const placedIds = useMemo(() => new Set(Object.values(draft).flat()), [draft]);

  return (
    <section className="board-section" aria-labelledby="board-heading">
      <div className="section-title-row">
        <h2 id="board-heading">{t("board.title")}</h2>
        <form className="inline-form" onSubmit={onAddTables} aria-label={t("board.addTables")}>
          <div className="field-inline">
            <label htmlFor={countId}>{t("board.tableCount")}</label>
            <input
              id={countId}
              type="number"
              min={1}
              max={50}
              value={count}
              onChange={(e) => setCount(e.target.value)}
            />
          </div>
          <button type="submit" disabled={addState.loading}>
            {t("board.addTables")}
          </button>
        </form>
      </div>
      <p className="field-hint">{t("board.help")}</p>
      <FormProblem problem={problem} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {dirty && (
        <div className="board-savebar" role="region" aria-label={t("board.unsavedRegion")}>
          <span>{t("board.unsaved", { count: changedTables(original, draft).length })}</span>
          <button type="button" onClick={discard} disabled={saving}>
            {t("board.discard")}
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={saving}>
            {saving ? t("form.saving") : t("board.save")}
          </button>
        </div>
      )}

      <div className="board-layout">
        <ul className="board" aria-label={t("board.tablesList")}>
          {sortedTables.length === 0 && <li className="empty">{t("board.noTables")}</li>}
          {sortedTables.map((table) => {
            const ids = draft[table.id] ?? [];
            return (
              <li
                key={table.id}
                className="board-column"
                aria-labelledby={`table-h-${table.id}`}
                onDragOver={allowDrop}
                onDrop={(e) => onDropOn(e, table.id)}
              >
                <h3 id={`table-h-${table.id}`}>
                  {tableName(table)}
                  {table.commune && <span className="muted small"> · {table.commune.fullName}</span>}
                </h3>
                <TableSettings table={table} title={tableName(table)} onSaved={onChanged} />
                {ids.length === 0 ? (
                  <p className="empty small">{t("board.emptyTable")}</p>
                ) : (
                  <ol className="board-cards">
                    {ids.map((productId, index) => {
                      const p = info.current.get(productId);
                      const name = p?.nameVi ?? productId;
                      return (
                        <li
                          key={productId}
                          className="board-card"
                          draggable
                          onDragStart={(e) => {
                            dragging.current = productId;
                            e.dataTransfer.setData(DRAG_TYPE, productId);
                            e.dataTransfer.effectAllowed = "move";
                          }}
                          onDragEnd={() => {
                            dragging.current = null;
                          }}
                          onDragOver={allowDrop}
                          onDrop={(e) => onDropOn(e, table.id, index)}
                        >
                          <div className="board-card-title">
                            <span aria-hidden="true" className="grip">
                              ⠿
                            </span>{" "}
                            {name} <Stars stars={p?.stars} />
                          </div>
                          {p && (
                            <div className="muted small">
                              {p.producerName}
                              {p.communeName ? ` · ${p.communeName}` : ""}
                            </div>
                          )}
                          <div className="board-card-actions">
                            <button
                              type="button"
                              id={`move-up-${productId}`}
                              aria-label={t("board.moveUp", { name })}
                              disabled={index === 0}
                              onClick={() => shift(table.id, productId, -1)}
                            >
                              ↑
                            </button>
                            <button
                              type="button"
                              id={`move-down-${productId}`}
                              aria-label={t("board.moveDown", { name })}
                              disabled={index === ids.length - 1}
                              onClick={() => shift(table.id, productId, 1)}
                            >
                              ↓
                            </button>
                            <label className="visually-hidden" htmlFor={`move-to-${productId}`}>
                              {t("board.moveTo", { name })}
                            </label>
                            <select
                              id={`move-to-${productId}`}
                              value={table.id}
                              onChange={(e) => place(productId, e.target.value || null)}
                            >
                              {sortedTables.map((other) => (
                                <option key={other.id} value={other.id}>
                                  {tableName(other)}
                                </option>
                              ))}
                              <option value="">{t("board.offTables")}</option>
                            </select>
                          </div>
                        </li>
                      );
                    })}
                  </ol>
                )}
                <p className="field-hint small">{t("board.productCount", { count: ids.length })}</p>
                <button type="button" className="link-button danger-text" onClick={() => void onDeleteTable(table)}>
                  {t("board.deleteTable", { table: tableName(table) })}
                </button>
              </li>
            );
          })}
        </ul>

        {sortedTables.length > 0 && (
          <aside className="board-pool card" aria-label={t("board.addProducts")}>
            <h3>{t("board.addProducts")}</h3>
            <ProductSearch
              label={t("board.searchProducts")}
              action={(p) => {
                const on = tableOf(draft, p.id);
                info.current.set(p.id, {
                  id: p.id,
                  nameVi: p.nameVi,
                  stars: p.stars,
                  producerName: p.producer.name,
                  communeName: p.producer.commune?.fullName ?? null,
                });
                return (
                  <span
                    className="pool-action"
                    draggable
                    onDragStart={(e) => {
                      dragging.current = p.id;
                      e.dataTransfer.setData(DRAG_TYPE, p.id);
                    }}
                  >
                    <label className="visually-hidden" htmlFor={`place-${p.id}`}>
                      {t("board.placeOn", { name: p.nameVi })}
                    </label>
                    <select id={`place-${p.id}`} value={on ?? ""} onChange={(e) => place(p.id, e.target.value || null)}>
                      <option value="">{placedIds.has(p.id) ? t("board.offTables") : t("board.chooseTable")}</option>
                      {sortedTables.map((table) => (
                        <option key={table.id} value={table.id}>
                          {tableName(table)}
                          {table.commune ? ` · ${table.commune.fullName}` : ""}
                        </option>
                      ))}
                    </select>
                  </span>
                );
              }}
            />
          </aside>
        )}
      </div>
    </section>
  );
}

/** A table's label, commune/ward and note, saved on their own (updateShowcaseTable). */
function TableSettings({ table, title, onSaved }: { table: Table; title: string; onSaved(): Promise<unknown> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState(table.label ?? "");
  const [note, setNote] = useState(table.note ?? "");
  const [commune, setCommune] = useState(table.commune?.code ?? "");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [update, { loading }] = useMutation(UpdateShowcaseTableDocument);
  useEffect(() => {
    setLabel(table.label ?? "");
    setNote(table.note ?? "");
    setCommune(table.commune?.code ?? "");
  }, [table]);
  const dirty = label !== (table.label ?? "") || note !== (table.note ?? "") || commune !== (table.commune?.code ?? "");
  const guardKey = useRef(Symbol("table"));
  useEffect(() => navigationGuard.setDirty(guardKey.current, dirty), [dirty]);
  useEffect(() => {
    const key = guardKey.current;
    return () => navigationGuard.setDirty(key, false);
  }, []);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      await update({
        variables: {
          id: table.id,
          version: table.version,
          input: { label: nullable(label), note: nullable(note), communeCode: nullable(commune) },
        },
      });
      await onSaved();
    } catch (err) {
      setProblem(problemOf(err));
      if (problemOf(err).code === "CONFLICT") await onSaved();
    }
  };
  return (
    <div className="table-settings">
      <CommuneSelect
        label={t("board.tableCommune", { table: title })}
        name={`commune-${table.id}`}
        value={commune}
        onChange={(v) => {
          setCommune(v);
          setOpen(true);
        }}
      />
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t("board.tableDetails")}
      </button>
      {open && (
        <form onSubmit={onSubmit} noValidate aria-label={t("board.tableSettings", { table: title })}>
          <FormProblem problem={problem} />
          <TextField label={t("board.tableLabel")} name={`label-${table.id}`} value={label} onChange={setLabel} />
          <TextField label={t("board.tableNote")} name={`note-${table.id}`} value={note} onChange={setNote} />
          <button type="submit" disabled={!dirty || loading}>
            {t("board.saveTable", { table: title })}
          </button>
        </form>
      )}
    </div>
  );
}
