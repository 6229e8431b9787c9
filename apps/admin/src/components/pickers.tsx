import { useQuery } from "@apollo/client/react";
import {
  CategoriesDocument,
  CommunesDocument,
  type CommunesQuery,
  ProducerPickerChosenDocument,
  ProducerPickerDocument,
  type ProducerPickerFieldsFragment,
  ProductPickerDocument,
  type ProductPickerQuery,
} from "@ocop/schema/admin";
import { type ReactNode, useEffect, useId, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n";
import { problemOf } from "../lib/errors";
import { useProblemMessage } from "./FormProblem";
import { useCommuneScope } from "./session";
import { type OptionGroup, SelectField } from "./fields";

type Unit = CommunesQuery["communes"][number];

/** Communes and wards grouped by province and unit type, so homonyms are never ambiguous. */
export function communeGroups(units: readonly Unit[], typeLabel: (type: Unit["type"]) => string): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const u of units) {
    const label = `${u.province.name} · ${typeLabel(u.type)}`;
    let g = groups.get(label);
    if (!g) {
      g = { label, options: [] };
      groups.set(label, g);
    }
    g.options.push({ value: u.code, label: `${u.fullName} (${u.code})` });
  }
  for (const g of groups.values()) g.options.sort((a, b) => a.label.localeCompare(b.label, "vi"));
  return [...groups.values()];
}

export function useCommunes() {
  const { data, loading, error } = useQuery(CommunesDocument, { fetchPolicy: "cache-first" });
  return { units: data?.communes ?? [], loading, error };
}

export function CommuneSelect({
  label,
  value,
  onChange,
  error,
  required,
  name = "communeCode",
  placeholder,
  disabled,
  onlyCode,
  hint,
}: {
  label: string;
  value: string;
  onChange(code: string): void;
  error?: string | undefined;
  required?: boolean;
  name?: string;
  placeholder?: string;
  disabled?: boolean;
  /** A commune officer may only choose their own unit. */
  onlyCode?: string | null | undefined;
  hint?: ReactNode;
}) {
  const { t } = useI18n();
  const { units } = useCommunes();
  const groups = useMemo(
    () =>
      communeGroups(onlyCode ? units.filter((u) => u.code === onlyCode || u.code === value) : units, (type) =>
        t(`unitType.${type}`),
      ),
    [units, onlyCode, value, t],
  );
  // Keep a value the list does not (yet) hold selectable, so it is not silently dropped.
  const options = value && !units.some((u) => u.code === value) ? [{ value, label: value }, ...groups] : groups;
  return (
    <SelectField
      label={label}
      name={name}
      value={value}
      onChange={onChange}
      error={error}
      required={required}
      disabled={disabled}
      options={options}
      placeholder={placeholder ?? t("common.choose")}
      hint={hint}
    />
  );
}

export function useCategoryGroups(): OptionGroup[] {
  const { data } = useQuery(CategoriesDocument, { fetchPolicy: "cache-first" });
  return useMemo(() => {
    const all = data?.categories ?? [];
    const roots = all.filter((c) => !c.parent);
    return roots.map((root) => {
      const children = root.children.length ? root.children : all.filter((c) => c.parent?.code === root.code);
      return {
        label: root.name,
        options: [
          { value: root.code, label: `${root.name} (${root.code})` },
          ...children.map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })),
        ],
      };
    });
  }, [data]);
}

function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

export type PickedProduct = ProductPickerQuery["adminProducts"]["edges"][number]["node"];

/**
 * Search products (the API's search ignores diacritics) and act on a result: the action is given by
 * the caller (add to a table, link to a distributor…).
 */
export function ProductSearch({
  label,
  communeCode,
  exclude,
  action,
}: {
  label: string;
  communeCode?: string | null;
  exclude?: ReadonlySet<string>;
  action(product: PickedProduct): ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState("");
  const search = useDebounced(text.trim());
  const { data, loading, error } = useQuery(ProductPickerDocument, {
    variables: { search: search || null, communeCode: communeCode || null },
    fetchPolicy: "cache-and-network",
  });
  const message = useProblemMessage();
  // A failed search says so: "0 results" would be a lie.
  const results = error ? [] : (data?.adminProducts.edges ?? []).map((e) => e.node).filter((p) => !exclude?.has(p.id));
  return (
    <div className="product-search">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("picker.productPlaceholder")}
        />
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {message(problemOf(error))}
        </p>
      ) : (
        <p className="field-hint" role="status" aria-live="polite">
          {loading && !data ? t("common.loading") : t("picker.results", { count: results.length })}
        </p>
      )}
      <ul className="picker-results">
        {results.map((p) => (
          <li key={p.id}>
            <span className="picker-name">
              {p.nameVi}
              <span className="muted">
                {" "}
                · {p.producer.name}
                {p.producer.commune ? ` · ${p.producer.commune.fullName}` : ""}
              </span>
            </span>
            {action(p)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Producer chooser: a search narrowing a select (for the product form). */
export function ProducerSelect({
  value,
  currentLabel,
  onChange,
  error,
  required,
  disabled,
}: {
  value: string;
  currentLabel?: string | undefined;
  onChange(id: string): void;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState("");
  const search = useDebounced(text.trim());
  // A commune officer adds products only to producers of their own unit: offer only those.
  const communeCode = useCommuneScope();
  const { data } = useQuery(ProducerPickerDocument, {
    variables: { search: search || null, communeCode },
    skip: disabled,
  });
  const found = (data?.adminProducers.edges ?? []).map((e) => e.node);
  const chosenIsListed = !value || found.some((p) => p.id === value);
  // A producer chosen before the search (preselected from its page) is named, not shown as an id.
  const chosen = useQuery(ProducerPickerChosenDocument, {
    variables: { id: value },
    skip: chosenIsListed || currentLabel !== undefined,
  }).data?.adminProducer;
  const label = (p: ProducerPickerFieldsFragment) => (p.commune ? `${p.name} · ${p.commune.fullName}` : p.name);
  const options = found.map((p) => ({ value: p.id, label: label(p) }));
  if (!chosenIsListed) options.unshift({ value, label: currentLabel ?? (chosen ? label(chosen) : value) });
  return (
    <div className="producer-select">
      {!disabled && (
        <div className="field">
          <label htmlFor={id}>{t("product.producerSearch")}</label>
          <input id={id} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
      )}
      <SelectField
        label={t("product.producer")}
        name="producerId"
        value={value}
        onChange={onChange}
        options={options}
        placeholder={t("common.choose")}
        error={error}
        required={required}
        disabled={disabled}
      />
    </div>
  );
}
