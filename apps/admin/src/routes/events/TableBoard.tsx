import {
  type Active,
  type Announcements,
  type CollisionDetection,
  closestCorners,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  MouseSensor,
  type Over,
  pointerWithin,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useMutation } from "@apollo/client/react";
import {
  AddShowcaseTablesDocument,
  DeleteShowcaseTableDocument,
  SetEventPlacementsDocument,
  type TableFieldsFragment,
} from "@ocop/schema/admin";
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { Stars } from "../../components/badges";
import { useConfirm } from "../../components/ConfirmProvider";
import { TextField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { CommuneSelect, ProductSearch } from "../../components/pickers";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, problemOf } from "../../lib/errors";
import { navigationGuard } from "../../lib/navigationGuard";
import {
  changedBoardTables,
  type DetailsDraft,
  dropProduct,
  type Placement,
  placeProduct,
  savePlan,
  shiftProduct,
  type TableDetails,
  tableOf,
} from "./board";

type Table = TableFieldsFragment;
interface ProductInfo {
  id: string;
  nameVi: string;
  stars: number | null;
  producerName: string;
  communeName: string | null;
}

/** What a draggable or droppable stands for: a card on a table, a table's free space, a search result. */
type DragData =
  | { kind: "card"; productId: string; tableId: string }
  | { kind: "table"; tableId: string }
  | { kind: "pool"; productId: string };

function dataOf(entry: Active | Over | null | undefined): DragData | null {
  return (entry?.data.current as DragData | undefined) ?? null;
}

/** Where a drop over `over` puts the product: before a card, or last on a table. */
function targetOf(over: Over | null): { tableId: string; before: string | null } | null {
  const data = dataOf(over);
  if (data?.kind === "card") return { tableId: data.tableId, before: data.productId };
  if (data?.kind === "table") return { tableId: data.tableId, before: null };
  return null;
}

/**
 * A card lies inside its table's column, so the pointer is over both: the card wins (the product
 * goes before it), the column only takes drops on its free space. Without a pointer (keyboard),
 * the closest target to where the keys moved the card.
 */
const boardCollisions: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCorners(args).slice(0, 1);
  const hits = pointerWithin(args);
  const card = hits.find((hit) => hit.data?.droppableContainer.data.current?.kind === "card");
  return card ? [card] : hits.slice(0, 1);
};

/**
 * A press on a card's own controls (up/down, "move to table", links) is a click, not the start of a
 * drag; the grip is the one control that drags.
 */
function startsDrag(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null;
  if (!el) return true;
  if (el.closest("[data-drag-handle]")) return true;
  return !el.closest("button, select, input, textarea, a, label");
}

class BoardMouseSensor extends MouseSensor {
  static override activators = MouseSensor.activators.map((a) => ({
    ...a,
    handler: (...args: Parameters<typeof a.handler>) => startsDrag(args[0].nativeEvent.target) && a.handler(...args),
  }));
}

class BoardTouchSensor extends TouchSensor {
  static override activators = TouchSensor.activators.map((a) => ({
    ...a,
    handler: (...args: Parameters<typeof a.handler>) => startsDrag(args[0].nativeEvent.target) && a.handler(...args),
  }));
}

function placementOf(tables: readonly Table[]): Placement {
  return Object.fromEntries(tables.map((t) => [t.id, t.products.map((p) => p.id)]));
}

const EMPTY_DETAILS: TableDetails = {
  label: "",
  labelEn: "",
  labelZh: "",
  note: "",
  internalNote: "",
  communeCode: "",
};

function detailsOf(tables: readonly Table[]): DetailsDraft {
  return Object.fromEntries(
    tables.map((t) => [
      t.id,
      {
        label: t.label ?? "",
        labelEn: t.labelEn ?? "",
        labelZh: t.labelZh ?? "",
        note: t.note ?? "",
        internalNote: t.internalNote ?? "",
        communeCode: t.commune?.code ?? "",
      },
    ]),
  );
}

/**
 * The event's tables as a board: one column per table, products as cards. Products move by drag
 * and drop (@dnd-kit: mouse, touch, or the keyboard on a card's grip; the page scrolls while a
 * card is dragged near its edge), from a table or from the search panel, or with a card's own
 * controls ("move to table" select, up/down buttons). Each table's commune/ward, label and note
 * are part of the same draft. The draft is saved with setEventPlacements, all changed tables in one
 * transaction.
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
  const originalDetails = useMemo(() => detailsOf(sortedTables), [sortedTables]);
  const [draftDetails, setDraftDetails] = useState<DetailsDraft>(originalDetails);
  const changedCount = changedBoardTables(original, draft, originalDetails, draftDetails).length;
  const dirty = changedCount > 0;
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
    setDraftDetails((current) => {
      if (!dirtyRef.current) return originalDetails;
      const merged: Record<string, TableDetails> = {};
      for (const id of Object.keys(originalDetails)) merged[id] = current[id] ?? originalDetails[id]!;
      return merged;
    });
  }, [original, originalDetails]);

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
  const [activeProduct, setActiveProduct] = useState<string | null>(null);
  const [setEventPlacements] = useMutation(SetEventPlacementsDocument);
  const [addTables, addState] = useMutation(AddShowcaseTablesDocument);
  const [deleteTable] = useMutation(DeleteShowcaseTableDocument);
  const countId = useId();

  // Mouse: a few pixels of travel first, so a click stays a click. Touch: a short press first, so a
  // swipe still scrolls the page. Keyboard: Space or Enter on a grip, arrows, Space or Enter.
  const sensors = useSensors(
    useSensor(BoardMouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(BoardTouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

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

  /** The draft a drop over `over` would make, and the product's place on that table (for announcements). */
  const afterDrop = (active: Active, over: Over | null) => {
    const data = dataOf(active);
    const target = targetOf(over);
    if (!data || data.kind === "table" || !target) return null;
    const next = dropProduct(draft, data.productId, target.tableId, target.before);
    const ids = next[target.tableId] ?? [];
    return {
      productId: data.productId,
      next,
      table: tableById(target.tableId),
      position: ids.indexOf(data.productId) + 1,
      count: ids.length,
    };
  };

  // Said by @dnd-kit's own live region, in the staff member's language.
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const data = dataOf(active);
      return data && data.kind !== "table" ? t("board.dragStart", { name: nameOf(data.productId) }) : undefined;
    },
    onDragOver: ({ active, over }) => {
      const data = dataOf(active);
      if (!data || data.kind === "table") return undefined;
      const drop = afterDrop(active, over);
      return drop?.table
        ? t("board.dragOver", { name: nameOf(drop.productId), table: tableName(drop.table), position: drop.position })
        : t("board.dragOverNone", { name: nameOf(data.productId) });
    },
    onDragEnd: ({ active, over }) => {
      const data = dataOf(active);
      if (!data || data.kind === "table") return undefined;
      const drop = afterDrop(active, over);
      if (!drop?.table) return t("board.dragCancel", { name: nameOf(data.productId) });
      const name = nameOf(drop.productId);
      return `${t("board.movedTo", { name, table: tableName(drop.table) })} ${t("board.position", {
        name,
        position: drop.position,
        count: drop.count,
      })}`;
    },
    onDragCancel: ({ active }) => {
      const data = dataOf(active);
      return data && data.kind !== "table" ? t("board.dragCancel", { name: nameOf(data.productId) }) : undefined;
    },
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    const data = dataOf(active);
    setActiveProduct(data && data.kind !== "table" ? data.productId : null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActiveProduct(null);
    const drop = afterDrop(active, over);
    if (drop) setDraft(drop.next);
  };

  const save = async () => {
    setSaving(true);
    setProblem(null);
    const versions = new Map(sortedTables.map((x) => [x.id, x.version]));
    const tables = savePlan(original, draft, originalDetails, draftDetails).map((step) => ({
      ...step,
      version: versions.get(step.tableId) ?? 0,
    }));
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
    setDraftDetails(originalDetails);
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

  const placedIds = useMemo(() => new Set(Object.values(draft).flat()), [draft]);
  const dragged = activeProduct ? info.current.get(activeProduct) : undefined;

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
          <span>{t("board.unsaved", { count: changedCount })}</span>
          <button type="button" onClick={discard} disabled={saving}>
            {t("board.discard")}
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={saving}>
            {saving ? t("form.saving") : t("board.save")}
          </button>
        </div>
      )}

      <DndContext
        sensors={sensors}
        collisionDetection={boardCollisions}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setActiveProduct(null)}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("board.dragInstructions") } }}
      >
        <div className="board-layout">
          <ul className="board" aria-label={t("board.tablesList")}>
            {sortedTables.length === 0 && <li className="empty">{t("board.noTables")}</li>}
            {sortedTables.map((table) => {
              const ids = draft[table.id] ?? [];
              return (
                <TableColumn key={table.id} tableId={table.id}>
                  <h3 id={`table-h-${table.id}`}>
                    {tableName(table)}
                    {table.commune && <span className="muted small"> · {table.commune.fullName}</span>}
                  </h3>
                  <TableSettings
                    tableId={table.id}
                    title={tableName(table)}
                    details={draftDetails[table.id] ?? EMPTY_DETAILS}
                    onChange={(d) => setDraftDetails((all) => ({ ...all, [table.id]: d }))}
                  />
                  {ids.length === 0 ? (
                    <p className="empty small">{t("board.emptyTable")}</p>
                  ) : (
                    <SortableContext id={`cards:${table.id}`} items={[...ids]} strategy={verticalListSortingStrategy}>
                      <ol className="board-cards">
                        {ids.map((productId, index) => {
                          const p = info.current.get(productId);
                          const name = p?.nameVi ?? productId;
                          return (
                            <BoardCard key={productId} productId={productId} tableId={table.id} name={name}>
                              <div className="board-card-title">
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
                            </BoardCard>
                          );
                        })}
                      </ol>
                    </SortableContext>
                  )}
                  <p className="field-hint small">{t("board.productCount", { count: ids.length })}</p>
                  <button type="button" className="link-button danger-text" onClick={() => void onDeleteTable(table)}>
                    {t("board.deleteTable", { table: tableName(table) })}
                  </button>
                </TableColumn>
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
                    <PoolSource productId={p.id} name={p.nameVi}>
                      <label className="visually-hidden" htmlFor={`place-${p.id}`}>
                        {t("board.placeOn", { name: p.nameVi })}
                      </label>
                      <select
                        id={`place-${p.id}`}
                        value={on ?? ""}
                        onChange={(e) => place(p.id, e.target.value || null)}
                      >
                        <option value="">{placedIds.has(p.id) ? t("board.offTables") : t("board.chooseTable")}</option>
                        {sortedTables.map((table) => (
                          <option key={table.id} value={table.id}>
                            {tableName(table)}
                            {table.commune ? ` · ${table.commune.fullName}` : ""}
                          </option>
                        ))}
                      </select>
                    </PoolSource>
                  );
                }}
              />
            </aside>
          )}
        </div>
        <DragOverlay>
          {dragged ? (
            <div className="board-card board-card-overlay">
              <div className="board-card-title">
                <span aria-hidden="true" className="grip">
                  ⠿
                </span>{" "}
                {dragged.nameVi} <Stars stars={dragged.stars} />
              </div>
              <div className="muted small">
                {dragged.producerName}
                {dragged.communeName ? ` · ${dragged.communeName}` : ""}
              </div>
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
    </section>
  );
}

/** A table's column: a drop on its free space puts the product last on the table. */
function TableColumn({ tableId, children }: { tableId: string; children: ReactNode }) {
  const data: DragData = { kind: "table", tableId };
  const { setNodeRef, isOver } = useDroppable({ id: `table:${tableId}`, data });
  return (
    <li
      ref={setNodeRef}
      className={isOver ? "board-column drop-target" : "board-column"}
      aria-labelledby={`table-h-${tableId}`}
    >
      {children}
    </li>
  );
}

/** A product on a table: dragged by itself (mouse, touch) or by its grip (keyboard). */
function BoardCard({
  productId,
  tableId,
  name,
  children,
}: {
  productId: string;
  tableId: string;
  name: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const data: DragData = { kind: "card", productId, tableId };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging, isOver, active } =
    useSortable({ id: productId, data, attributes: { roleDescription: t("board.dragRole") } });
  // From another table or the search panel the product goes in before this card: show where.
  const from = dataOf(active);
  const fromElsewhere = isOver && !(from?.kind === "card" && from.tableId === tableId);
  return (
    <li
      ref={setNodeRef}
      className={["board-card", isDragging && "dragging", fromElsewhere && "drop-before"].filter(Boolean).join(" ")}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...listeners}
    >
      <button
        type="button"
        className="grip"
        data-drag-handle
        ref={setActivatorNodeRef}
        {...attributes}
        aria-label={t("board.dragHandle", { name })}
      >
        ⠿
      </button>
      {children}
    </li>
  );
}

/** A search result of the side panel: dragged onto a table (or a card) to place it there. */
function PoolSource({ productId, name, children }: { productId: string; name: string; children: ReactNode }) {
  const { t } = useI18n();
  const data: DragData = { kind: "pool", productId };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: `pool:${productId}`,
    data,
    attributes: { roleDescription: t("board.dragRole") },
  });
  return (
    <span ref={setNodeRef} className={isDragging ? "pool-action dragging" : "pool-action"} {...listeners}>
      <button
        type="button"
        className="grip"
        data-drag-handle
        ref={setActivatorNodeRef}
        {...attributes}
        aria-label={t("board.dragFromPool", { name })}
      >
        ⠿
      </button>
      {children}
    </span>
  );
}

/** A table's commune/ward, label and note: part of the board's draft, saved with it in one action. */
function TableSettings({
  tableId,
  title,
  details,
  onChange,
}: {
  tableId: string;
  title: string;
  details: TableDetails;
  onChange(details: TableDetails): void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div className="table-settings">
      <CommuneSelect
        label={t("board.tableCommune", { table: title })}
        name={`commune-${tableId}`}
        value={details.communeCode}
        onChange={(communeCode) => onChange({ ...details, communeCode })}
      />
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t("board.tableDetails")}
      </button>
      {open && (
        <div role="group" aria-label={t("board.tableSettings", { table: title })}>
          <TextField
            label={t("board.tableLabel")}
            name={`label-${tableId}`}
            value={details.label}
            onChange={(label) => onChange({ ...details, label })}
          />
          {(["en", "zh"] as const).map((lang) => {
            const field = lang === "en" ? "labelEn" : "labelZh";
            return (
              <TextField
                key={lang}
                label={t("form.inLanguage", { field: t("board.tableLabel"), lang: t(`lang.${lang}`) })}
                name={`${field}-${tableId}`}
                value={details[field]}
                onChange={(value) => onChange({ ...details, [field]: value })}
                lang={lang}
              />
            );
          })}
          <TextField
            label={t("board.tableNote")}
            name={`note-${tableId}`}
            value={details.note}
            onChange={(note) => onChange({ ...details, note })}
          />
          <TextField
            label={t("product.internalNote")}
            name={`internal-note-${tableId}`}
            value={details.internalNote}
            onChange={(internalNote) => onChange({ ...details, internalNote })}
            hint={t("product.internalNoteHint")}
          />
        </div>
      )}
    </div>
  );
}
