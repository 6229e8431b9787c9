import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import { useConfirm } from "../../components/ConfirmProvider";
import { FileDropZone } from "../../components/FileDropZone";
import { PageHeader } from "../../components/PageHeader";
import { useNotify } from "../../components/Notifier";
import { useCommuneScope } from "../../components/session";
import { type MessageKey, useI18n } from "../../i18n/i18n";
import { navigationGuard } from "../../lib/navigationGuard";
import { ColumnMapping, type Mapping } from "./ColumnMapping";
import {
  IMPORT_FIELDS,
  ImportError,
  type ImportPhase,
  type ImportReport,
  type ImportRequest,
  type ImportSheet,
  isoFromVietnamese,
  mappingOf,
  runImport,
  vietnameseFromIso,
} from "./importApi";
import { ImportReportTable, useFieldLabel } from "./ImportReportTable";

/** The issuing levels, in the order a round climbs them; the values the import sends. */
export const IMPORT_LEVELS = ["DISTRICT", "PROVINCE", "CENTRAL"] as const;
type Level = (typeof IMPORT_LEVELS)[number];

const ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

/** What the staff member can change between two dry runs of the same file. */
interface Settings {
  mapping: Mapping;
  decisionNumber: string;
  /** dd/mm/yyyy, as typed */
  decisionDate: string;
  level: Level | "";
  legalBasis: string;
}

const EMPTY: Settings = { mapping: {}, decisionNumber: "", decisionDate: "", level: "", legalBasis: "" };

function levelOf(value: string | null): Level | "" {
  const upper = value?.toUpperCase();
  return IMPORT_LEVELS.find((l) => l === upper) ?? "";
}

/** The screen's settings as the answer shows them: the mapping used and the decision read. */
function settingsOf(report: ImportReport): Settings {
  const d = report.decision;
  return {
    mapping: mappingOf(report.sheet),
    decisionNumber: d?.number ?? "",
    decisionDate: vietnameseFromIso(d?.date ?? null),
    level: levelOf(d?.level ?? null),
    legalBasis: d?.legalBasis ?? "",
  };
}

const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

function isSpreadsheet(file: File): boolean {
  return /\.(xlsx|csv)$/i.test(file.name);
}

/** Columns A to Z, for a sheet whose header row was not recognised. */
export function lettersOnly(): ImportSheet {
  const columns = Array.from({ length: 26 }, (_, i) => ({
    index: i + 1,
    letter: String.fromCharCode(65 + i),
    header: "",
    field: null,
  }));
  return { name: "", headerRow: 0, columns };
}

type Busy = { kind: "dryRun" | "commit"; phase: ImportPhase } | null;

/**
 * Importing a decision annex: choose the file, read the dry run's report, correct the column
 * mapping or the decision and check again (the file stays chosen), then commit. Commune officers
 * use the same screen: the server keeps only the rows of their own commune/ward.
 */
export function ImportPage() {
  const { t, lang, number } = useI18n();
  const notify = useNotify();
  const confirm = useConfirm();
  const fieldLabel = useFieldLabel();
  const scope = useCommuneScope();
  const fileInputId = useId();
  const ids = { number: useId(), date: useId(), level: useId(), basis: useId(), publish: useId() };

  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [committed, setCommitted] = useState<ImportReport | null>(null);
  const [settings, setSettings] = useState<Settings>(EMPTY);
  /** The settings the shown report was made with: a commit sends exactly these. */
  const [checked, setChecked] = useState<Settings | null>(null);
  /** Publishing is checked too (a product published needs a valid certificate). */
  const [checkedPublish, setCheckedPublish] = useState(false);
  const [publish, setPublish] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  /** Columns by letter only, when the server found no header row to show them by. */
  const [manualSheet, setManualSheet] = useState<ImportSheet | null>(null);
  const abortRef = useRef<(() => void) | null>(null);

  const problemText = (e: unknown, dryRun: boolean): string => {
    if (!(e instanceof ImportError)) return t("error.unknown");
    // The answer to a commit was lost, not necessarily the commit: a check tells which.
    if (e.code === "NETWORK") return t(dryRun ? "imports.networkFailed" : "imports.commitNetworkFailed");
    if (e.code === "ABORTED") return t("imports.aborted");
    if (e.status === 401) return t("error.unauthenticated");
    if (e.status === 403) return t("error.forbidden");
    if (e.status === 413) return t("imports.tooLarge");
    if (e.status === 422 && e.report) return t("imports.refused", { count: e.report.summary.error });
    if (!e.message) return t("error.unknown");
    return e.field ? `${fieldLabel(e.field)}: ${e.message}` : e.message;
  };

  const requestOf = (s: Settings, dryRun: boolean): ImportRequest | null => {
    let decisionDate: string | undefined;
    if (s.decisionDate.trim()) {
      const iso = isoFromVietnamese(s.decisionDate);
      if (!iso) {
        setDateError(t("imports.dateInvalid"));
        return null;
      }
      decisionDate = iso;
    }
    setDateError(null);
    return {
      dryRun,
      publish,
      decisionNumber: s.decisionNumber,
      decisionDate,
      level: s.level || undefined,
      legalBasis: s.legalBasis,
      // Every field, the unmapped ones as null: the screen's mapping is the whole mapping.
      mapping: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, s.mapping[f] ?? null])),
    };
  };

  const send = async (f: File, request: ImportRequest): Promise<ImportReport | null> => {
    setProblem(null);
    const kind = request.dryRun ? "dryRun" : "commit";
    setBusy({ kind, phase: { kind: "uploading", fraction: 0 } });
    const handle = runImport(f, request, {
      lang,
      onPhase: (phase) => setBusy({ kind, phase }),
    });
    abortRef.current = handle.abort;
    try {
      return await handle.promise;
    } catch (e) {
      // A refused commit shows why; everything else keeps the file, the settings and the report.
      if (e instanceof ImportError && e.report) setReport(e.report);
      // No header row recognised: the staff member names the columns by their letters instead.
      if (e instanceof ImportError && !e.report && e.field === "mapping") setManualSheet(lettersOnly());
      setProblem(problemText(e, request.dryRun));
      return null;
    } finally {
      abortRef.current = null;
      setBusy(null);
    }
  };

  const dryRun = async (f: File, s: Settings | null) => {
    const request: ImportRequest | null = s ? requestOf(s, true) : { dryRun: true, publish };
    if (!request) return;
    const answer = await send(f, request);
    if (!answer) return;
    const next = settingsOf(answer);
    setManualSheet(null);
    setReport(answer);
    setSettings(next);
    setChecked(next);
    setCheckedPublish(request.publish);
    notify(t("imports.checked", { rows: answer.summary.rows, errors: answer.summary.error }));
  };

  const choose = (f: File | undefined) => {
    if (!f || busy) return;
    setCommitted(null);
    setReport(null);
    setManualSheet(null);
    setChecked(null);
    setSettings(EMPTY);
    setDateError(null);
    if (!isSpreadsheet(f)) {
      setFile(null);
      setProblem(t("imports.notSpreadsheet", { name: f.name }));
      return;
    }
    setFile(f);
    // A new file is read as it is: nothing set for the previous one applies to it.
    void dryRun(f, null);
  };

  const onCheckAgain = (e: FormEvent) => {
    e.preventDefault();
    if (file) void dryRun(file, settings);
  };

  // A chosen, checked or corrected annex not yet committed is work that leaving would drop.
  const guardKey = useRef(Symbol("import"));
  const unsaved = !!file && !committed;
  useEffect(() => navigationGuard.setDirty(guardKey.current, unsaved), [unsaved]);
  useEffect(() => {
    const key = guardKey.current;
    return () => navigationGuard.setDirty(key, false);
  }, []);

  const layout = report?.sheet ?? manualSheet;
  const dirty = checked !== null && (!same(settings, checked) || publish !== checkedPublish);
  const canCommit = !!file && !!report && !report.committed && report.summary.error === 0 && !dirty && !busy;

  const onCommit = async () => {
    if (!file || !checked || !report) return;
    const s = report.summary;
    const ok = await confirm({
      title: t("imports.confirmTitle"),
      message: (
        <>
          <p>
            {t("imports.confirmCounts", {
              create: number(s.create),
              update: number(s.update),
              unchanged: number(s.unchanged),
            })}
          </p>
          <p>{t(publish ? "imports.confirmPublish" : "imports.confirmDraft")}</p>
        </>
      ),
      confirmLabel: t("imports.commit"),
    });
    if (!ok) return;
    const request = requestOf(checked, false);
    if (!request) return;
    const answer = await send(file, request);
    if (!answer) return;
    setReport(answer);
    setCommitted(answer);
    notify(t("imports.committed", { create: answer.summary.create, update: answer.summary.update }));
  };

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => setSettings((s) => ({ ...s, [key]: value }));
  const sourceHint = (source: "form" | "title" | null | undefined): MessageKey | null =>
    source === "title" ? "imports.fromTitle" : source === null && report ? "imports.notFound" : null;

  return (
    <>
      <PageHeader title={t("nav.imports")} />
      <p className="muted">{t("imports.intro")}</p>
      {scope && <p className="alert alert-info">{t("imports.officerScope")}</p>}

      <section className="card" aria-labelledby={`${fileInputId}-heading`}>
        <h2 id={`${fileInputId}-heading`}>{t("imports.file")}</h2>
        <FileDropZone
          prompt={t("imports.dropHere")}
          chooseLabel={t("imports.choose")}
          hint={t("imports.hint")}
          accept={ACCEPT}
          disabled={!!busy}
          onFiles={([chosen]) => choose(chosen)}
        />
        {file && (
          <p>{t("imports.chosen", { name: file.name, size: number(Math.max(1, Math.round(file.size / 1024))) })}</p>
        )}
        {busy && (
          <div className="import-progress" role="status">
            {busy.phase.kind === "uploading" ? (
              <>
                <progress max={1} value={busy.phase.fraction} aria-label={t("imports.progress")} />
                <span>{t("imports.uploading", { percent: Math.round(busy.phase.fraction * 100) })}</span>
              </>
            ) : (
              <span>{t(busy.kind === "commit" ? "imports.committing" : "imports.checking")}</span>
            )}
            {/* A commit the server has received runs to its end whatever the browser does. */}
            {(busy.kind === "dryRun" || busy.phase.kind === "uploading") && (
              <button type="button" className="link-button" onClick={() => abortRef.current?.()}>
                {t("common.cancel")}
              </button>
            )}
          </div>
        )}
        {problem && (
          <div className="alert alert-error" role="alert">
            <p>{problem}</p>
            {file && !busy && !report?.committed && (
              <button type="button" onClick={() => void dryRun(file, layout ? settings : null)}>
                {t("imports.checkAgain")}
              </button>
            )}
          </div>
        )}
      </section>

      {committed && (
        <section className="card" aria-labelledby={`${ids.publish}-done`}>
          <h2 id={`${ids.publish}-done`}>{t("imports.doneTitle")}</h2>
          <p role="status">
            {t("imports.doneSummary", {
              create: number(committed.summary.create),
              update: number(committed.summary.update),
              unchanged: number(committed.summary.unchanged),
            })}
          </p>
          <p className="actions">
            <Link href={`/products?status=${publish ? "PUBLISHED" : "DRAFT"}`} className="button">
              {t(publish ? "imports.seePublished" : "imports.seeDrafts")}
            </Link>
            <Link href="/products">{t("imports.seeAll")}</Link>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setFile(null);
                setReport(null);
                setCommitted(null);
                setChecked(null);
                setSettings(EMPTY);
                setProblem(null);
              }}
            >
              {t("imports.another")}
            </button>
          </p>
        </section>
      )}
      {layout && !committed && (
        <form aria-label={t("imports.settings")} onSubmit={onCheckAgain} noValidate>
          <ColumnMapping
            sheet={layout}
            mapping={settings.mapping}
            disabled={!!busy}
            onChange={(m) => set("mapping", m)}
          />
          <section className="card" aria-labelledby={`${ids.number}-heading`}>
            <h2 id={`${ids.number}-heading`}>{t("imports.decisionTitle")}</h2>
            <div className="form-grid">
              <div className="field">
                <label htmlFor={ids.number}>{t("imports.decisionNumber")}</label>
                <input
                  id={ids.number}
                  value={settings.decisionNumber}
                  disabled={!!busy}
                  aria-describedby={`${ids.number}-hint`}
                  onChange={(e) => set("decisionNumber", e.target.value)}
                />
                <p className="field-hint" id={`${ids.number}-hint`}>
                  {t(sourceHint(report?.decision?.source.number) ?? "imports.decisionNumberHint")}
                </p>
              </div>
              <div className="field">
                <label htmlFor={ids.date}>{t("imports.decisionDate")}</label>
                <input
                  id={ids.date}
                  value={settings.decisionDate}
                  placeholder="dd/mm/yyyy"
                  inputMode="numeric"
                  disabled={!!busy}
                  aria-invalid={dateError ? true : undefined}
                  aria-describedby={`${ids.date}-hint${dateError ? ` ${ids.date}-error` : ""}`}
                  onChange={(e) => set("decisionDate", e.target.value)}
                />
                <p className="field-hint" id={`${ids.date}-hint`}>
                  {t(sourceHint(report?.decision?.source.date) ?? "imports.decisionDateHint")}
                </p>
                {dateError && (
                  <p className="field-error" id={`${ids.date}-error`}>
                    {dateError}
                  </p>
                )}
              </div>
              <div className="field">
                <label htmlFor={ids.level}>{t("imports.level")}</label>
                <select
                  id={ids.level}
                  value={settings.level}
                  disabled={!!busy}
                  onChange={(e) => set("level", levelOf(e.target.value))}
                >
                  <option value="">{t("imports.levelByStars")}</option>
                  {IMPORT_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`certLevel.${l}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={ids.basis}>{t("imports.legalBasis")}</label>
                <input
                  id={ids.basis}
                  value={settings.legalBasis}
                  disabled={!!busy}
                  onChange={(e) => set("legalBasis", e.target.value)}
                />
              </div>
            </div>
            <div className="form-footer">
              <button type="submit" disabled={!!busy}>
                {t("imports.checkAgain")}
              </button>
              {dirty && <span className="muted">{t("imports.changedSinceCheck")}</span>}
            </div>
          </section>
        </form>
      )}

      {report && (
        <ImportReportTable key={committed ? "committed" : "report"} report={report} linkProducts={!!committed} />
      )}
      {report && !committed && (
        <section className="card" aria-labelledby={`${ids.publish}-heading`}>
          <h2 id={`${ids.publish}-heading`}>{t("imports.commitTitle")}</h2>
          <p className="field-check">
            <input
              id={ids.publish}
              type="checkbox"
              checked={publish}
              disabled={!!busy}
              onChange={(e) => setPublish(e.target.checked)}
            />
            <label htmlFor={ids.publish}>{t("imports.publish")}</label>
          </p>
          <p className="field-hint">{t("imports.publishHint")}</p>
          <div className="form-footer">
            <button type="button" className="primary" disabled={!canCommit} onClick={() => void onCommit()}>
              {t("imports.commit")}
            </button>
            {report.summary.error > 0 && (
              <span className="muted">{t("imports.fixFirst", { count: report.summary.error })}</span>
            )}
            {report.summary.error === 0 && dirty && <span className="muted">{t("imports.checkFirst")}</span>}
          </div>
        </section>
      )}
    </>
  );
}
