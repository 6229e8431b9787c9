import type { TypedDocumentNode } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import {
  type ColumnDef,
  type RowData,
  type RowSelectionState,
  type Updater,
  flexRender,
  getCoreRowModel,
  useReactTable,
} from "@tanstack/react-table";
import { Fragment, type ReactNode } from "react";
import { useI18n } from "../i18n/i18n";
import { type Paging, pageVariables } from "../lib/listState";
import { ExportButton } from "./ExportButton";
import { ListStatus, type ListStateApi, Pagination } from "./list";
import { SortHeader } from "./SortHeader";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameters must match TanStack's declaration to merge with it
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The list sort this column's header selects; the API's sorts have one direction each. */
    sort?: { value: string; direction: "ascending" | "descending" };
    className?: string;
  }
}

/** A column that renders a cell from its row; `sort` makes its header select that list sort. */
export function column<Row>(
  id: string,
  header: ReactNode,
  cell: (row: Row) => ReactNode,
  meta?: { sort?: { value: string; direction: "ascending" | "descending" }; className?: string },
): ColumnDef<Row> {
  return { id, header: () => header, cell: ({ row }) => cell(row.original), meta };
}

interface Connection<Row> {
  totalCount: number;
  edges: ReadonlyArray<{ node: Row }>;
}

export interface ListResult<Row> {
  rows: Row[];
  /** null until the first answer. */
  total: number | null;
  loading: boolean;
  error: unknown;
  refetch(): Promise<unknown>;
}

/**
 * One page of a staff list from its connection query: the page from the URL state becomes the
 * API's `first`/`offset`, and while the next page loads the previous rows stay (never after an
 * error: a failed query must show its error, not old rows as if they were the answer).
 */
export function useListQuery<TData, TVariables extends { first: number; offset?: number | null }, Row>(
  document: TypedDocumentNode<TData, TVariables>,
  paging: Paging,
  variables: Omit<TVariables, "first" | "offset">,
  connection: (data: TData) => Connection<Row>,
): ListResult<Row> {
  const { data, previousData, loading, error, refetch } = useQuery(document, {
    variables: { ...variables, ...pageVariables(paging.page, paging.size) } as unknown as TVariables,
  } as useQuery.Options<TData, TVariables>);
  const shown = error ? undefined : ((data ?? previousData) as TData | undefined);
  const page = shown ? connection(shown) : null;
  return {
    rows: page ? page.edges.map((e) => e.node) : [],
    total: page ? page.totalCount : null,
    loading,
    error,
    refetch,
  };
}

export interface Selection<Row> {
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  canSelect(row: Row): boolean;
  /** The accessible name of a row's checkbox. */
  label(row: Row): string;
}

export interface DataListProps<Row> {
  caption: string;
  columns: Array<ColumnDef<Row>>;
  result: ListResult<Row>;
  rowId(row: Row): string;
  rowClassName?(row: Row): string | undefined;
  /** A detail row under a row (e.g. an audit entry's changes), or null while it is closed. */
  detail?(row: Row): { id: string; content: ReactNode } | null;
  className?: string;
  list: ListStateApi<Paging>;
  /** The list's current sort and the URL that selects another (sortable headers). */
  sort?: { current: string | null; href(value: string): string };
  filtered?: boolean;
  emptyLabel: string;
  onReset?: () => void;
  /** Row checkboxes for bulk actions; `actions` show above the table while a row may be selected. */
  selection?: Selection<Row>;
  actions?: ReactNode;
  /** The list's spreadsheet export (`/admin/exports/<exportAs>.xlsx`), offered once it has rows. */
  exportAs?: string;
}

/**
 * Every staff list: status (loading, error, empty, count), an optional bulk-action bar, the table
 * (TanStack Table, headless) with sortable headers and row selection, and the pager. The state
 * (filters, sort, page, size) lives in the URL through `list`.
 */
export function DataList<Row>({
  caption,
  columns,
  result,
  rowId,
  rowClassName,
  detail,
  className,
  list,
  sort,
  filtered = false,
  emptyLabel,
  onReset,
  selection,
  actions,
  exportAs,
}: DataListProps<Row>) {
  const { t } = useI18n();
  const { rows, total, loading, error } = result;
  const rowSelection: RowSelectionState = Object.fromEntries([...(selection?.selected ?? [])].map((id) => [id, true]));
  const select: Array<ColumnDef<Row>> = selection
    ? [
        {
          id: "select",
          meta: { className: "col-check" },
          header: ({ table }) =>
            table.getRowModel().rows.some((r) => r.getCanSelect()) && (
              <input
                type="checkbox"
                aria-label={t("list.selectAll")}
                checked={table.getIsAllRowsSelected()}
                onChange={table.getToggleAllRowsSelectedHandler()}
              />
            ),
          cell: ({ row }) =>
            row.getCanSelect() && (
              <input
                type="checkbox"
                aria-label={t("list.selectRow", { name: selection.label(row.original) })}
                checked={row.getIsSelected()}
                onChange={row.getToggleSelectedHandler()}
              />
            ),
        },
      ]
    : [];
  const table = useReactTable({
    data: rows,
    columns: [...select, ...columns],
    getRowId: rowId,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    enableRowSelection: selection ? (row) => selection.canSelect(row.original) : false,
    state: { rowSelection },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => {
      const next = typeof updater === "function" ? updater(rowSelection) : updater;
      selection?.onChange(new Set(Object.keys(next).filter((id) => next[id])));
    },
  });
  const selectable = selection ? rows.some((r) => selection.canSelect(r)) : false;

  return (
    <>
      <ListStatus
        loading={loading}
        error={error}
        count={total}
        filtered={filtered}
        emptyLabel={emptyLabel}
        onReset={onReset}
      />
      {exportAs && total !== null && total > 0 && (
        <div className="list-export">
          <ExportButton path={exportAs} />
        </div>
      )}
      {selectable && actions && (
        <div className="bulk-bar" role="group" aria-label={t("list.bulkActions")}>
          <span>{t("list.selected", { count: selection?.selected.size ?? 0 })}</span>
          {actions}
        </div>
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className={className ? `data-table ${className}` : "data-table"} aria-busy={loading}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const meta = header.column.columnDef.meta;
                    const label = flexRender(header.column.columnDef.header, header.getContext());
                    return meta?.sort && sort ? (
                      <SortHeader
                        key={header.id}
                        label={label}
                        active={sort.current === meta.sort.value}
                        direction={meta.sort.direction}
                        href={sort.href(meta.sort.value)}
                      />
                    ) : (
                      <th key={header.id} scope="col" className={meta?.className}>
                        {label}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => {
                const more = detail?.(row.original);
                return (
                  <Fragment key={row.id}>
                    <tr className={rowClassName?.(row.original)}>
                      {row.getVisibleCells().map((cell) => (
                        <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </td>
                      ))}
                    </tr>
                    {more && (
                      <tr id={more.id} className="diff-row">
                        <td colSpan={row.getVisibleCells().length}>{more.content}</td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {total !== null && total > 0 && (
        <Pagination
          page={list.state.page}
          size={list.state.size}
          totalCount={total}
          href={(page) => list.href({ page })}
          onSize={(size) => list.update({ size })}
        />
      )}
    </>
  );
}
