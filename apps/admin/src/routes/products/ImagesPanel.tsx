import { useMutation } from "@apollo/client/react";
import {
  type AdminImageFieldsFragment,
  DeleteImageDocument,
  ReorderImagesDocument,
  UpdateImageDocument,
} from "@ocop/schema/admin";
import { productImageInputSchema } from "@ocop/schema/inputs";
import { type FormEvent, useEffect, useMemo, useRef, useState } from "react";
import { useConfirm } from "../../components/ConfirmProvider";
import { FormConflictDialog } from "../../components/ConflictDialog";
import { FileDropZone } from "../../components/FileDropZone";
import { TextField } from "../../components/fields";
import { FormProblem } from "../../components/FormProblem";
import { useNotify } from "../../components/Notifier";
import { formSchema, nullable, recordMapper, str, useVersionedForm } from "../../components/useVersionedForm";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, problemOf } from "../../lib/errors";
import { move, UploadError, uploadProductImage } from "../../lib/upload";

type Img = AdminImageFieldsFragment;

interface Upload {
  key: string;
  name: string;
  progress: number;
  status: "queued" | "uploading" | "done" | "error";
  message?: string;
  abort?: () => void;
}

/** Images of a product: upload (drop or choose, with progress), order, alt texts, delete. */
export function ImagesPanel({
  productId,
  images,
  canEdit,
  onChanged,
}: {
  productId: string;
  images: readonly Img[];
  canEdit: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const confirm = useConfirm();
  const sorted = useMemo(() => [...images].sort((a, b) => a.position - b.position), [images]);
  const [order, setOrder] = useState<Img[]>(sorted);
  useEffect(() => setOrder(sorted), [sorted]);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const dragFrom = useRef<number | null>(null);
  const [reorder] = useMutation(ReorderImagesDocument);
  const [remove] = useMutation(DeleteImageDocument);
  const itemRefs = useRef<Record<string, HTMLLIElement | null>>({});
  /** Queued uploads the user dismissed before their turn came. */
  const dismissed = useRef(new Set<string>());

  const uploadError = (e: unknown): string => {
    if (!(e instanceof UploadError)) return String(e);
    if (e.status === 415) return t("images.notImage");
    if (e.status === 413) return t("images.tooLarge");
    if (e.status === 400) return e.message || t("images.tooManyPixels");
    if (e.status === 401) return t("error.unauthenticated");
    if (e.status === 403) return t("error.forbidden");
    if (e.code === "ABORTED") return t("images.aborted");
    return e.message || t("error.unknown");
  };

  // Files chosen together are sent one after another, in the order chosen: the server places each
  // upload after the last image, so parallel uploads would land in the order they finish (the
  // smallest first) and the cover would not be the first file.
  const startUploads = (files: FileList | File[]) => {
    const batch = Array.from(files).map((file) => ({
      file,
      key: `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}`,
      isImage: file.type.startsWith("image/"),
    }));
    setUploads((u) => [
      ...u,
      ...batch.map(({ file, key, isImage }): Upload =>
        isImage
          ? { key, name: file.name, progress: 0, status: "queued" }
          : { key, name: file.name, progress: 0, status: "error", message: t("images.notImage") },
      ),
    ]);
    const update = (key: string, change: Partial<Upload>) =>
      setUploads((u) => u.map((x) => (x.key === key ? { ...x, ...change } : x)));
    void (async () => {
      for (const { file, key, isImage } of batch) {
        if (!isImage || dismissed.current.has(key)) continue;
        const handle = uploadProductImage(productId, file, { onProgress: (p) => update(key, { progress: p }) });
        update(key, { status: "uploading", abort: handle.abort });
        try {
          await handle.promise;
          update(key, { progress: 1, status: "done" });
          notify(t("images.uploaded", { name: file.name }));
          onChanged();
        } catch (e: unknown) {
          update(key, { status: "error", message: uploadError(e) });
        }
      }
    })();
  };

  const saveOrder = async (next: Img[], movedId: string, position: number, direction = -1) => {
    const previous = order;
    setOrder(next);
    setProblem(null);
    try {
      await reorder({ variables: { productId, imageIds: next.map((i) => i.id) } });
      setAnnouncement(t("images.movedTo", { position, count: next.length }));
      // Keep focus on the moved image's buttons (the other one when it reached an end).
      requestAnimationFrame(() => {
        const buttons = Array.from(
          itemRefs.current[movedId]?.querySelectorAll<HTMLButtonElement>(".reorder-buttons button") ?? [],
        ).slice(0, 2);
        const preferred = buttons[direction < 0 ? 0 : 1];
        (preferred && !preferred.disabled ? preferred : buttons.find((b) => !b.disabled))?.focus();
      });
      onChanged();
    } catch (e) {
      setOrder(previous);
      setProblem(problemOf(e));
    }
  };

  const moveBy = (index: number, delta: number) => {
    const to = index + delta;
    if (to < 0 || to >= order.length) return;
    const img = order[index]!;
    void saveOrder(move(order, index, to), img.id, to + 1, delta);
  };

  const onDelete = async (img: Img, index: number) => {
    const ok = await confirm({
      title: t("images.deleteTitle"),
      message: t("images.deleteMessage", { n: index + 1 }),
      confirmLabel: t("common.delete"),
      danger: true,
    });
    if (!ok) return;
    try {
      await remove({ variables: { id: img.id, version: img.version } });
      notify(t("common.deleted"));
      onChanged();
    } catch (e) {
      setProblem(problemOf(e));
    }
  };

  return (
    <section className="card" aria-labelledby="images-heading">
      <h2 id="images-heading">{t("images.title")}</h2>
      <FormProblem problem={problem} />
      {canEdit && (
        <FileDropZone
          prompt={t("images.dropHere")}
          chooseLabel={t("images.choose")}
          hint={t("images.hint")}
          accept="image/jpeg,image/png,image/webp,image/avif"
          multiple
          onFiles={startUploads}
        />
      )}
      {uploads.length > 0 && (
        <ul className="upload-list" aria-label={t("images.uploads")}>
          {uploads.map((u) => (
            <li key={u.key} className={`upload upload-${u.status}`}>
              <span>{u.name}</span>
              {u.status === "uploading" && (
                <>
                  <progress max={1} value={u.progress} aria-label={t("images.progress", { name: u.name })} />
                  <span>{Math.round(u.progress * 100)}%</span>
                  <button type="button" className="link-button" onClick={() => u.abort?.()}>
                    {t("common.cancel")}
                  </button>
                </>
              )}
              {u.status === "queued" && <span>{t("images.queued")}</span>}
              {u.status === "done" && <span>{t("images.done")}</span>}
              {u.status === "error" && <span role="alert">{u.message}</span>}
              {u.status !== "uploading" && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    dismissed.current.add(u.key);
                    setUploads((list) => list.filter((x) => x.key !== u.key));
                  }}
                  aria-label={t("images.dismiss", { name: u.name })}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {order.length === 0 ? (
        <p className="empty">{t("images.none")}</p>
      ) : (
        <ol className="image-list">
          {order.map((img, index) => (
            <li
              key={img.id}
              ref={(el) => {
                itemRefs.current[img.id] = el;
              }}
              className="image-item"
              draggable={canEdit}
              onDragStart={(e) => {
                dragFrom.current = index;
                e.dataTransfer.effectAllowed = "move";
                e.dataTransfer.setData("text/plain", img.id);
              }}
              onDragOver={(e) => {
                if (dragFrom.current !== null) e.preventDefault();
              }}
              onDrop={(e) => {
                if (dragFrom.current === null) return;
                e.preventDefault();
                const from = dragFrom.current;
                dragFrom.current = null;
                if (from !== index) void saveOrder(move(order, from, index), order[from]!.id, index + 1);
              }}
              onDragEnd={() => {
                dragFrom.current = null;
              }}
            >
              <img
                src={img.url}
                alt={img.altVi}
                width={120}
                height={Math.round((120 * img.height) / Math.max(1, img.width))}
                loading="lazy"
              />
              <div className="image-meta">
                <p className="muted small">
                  {t("images.position", { n: index + 1 })} · {img.width}×{img.height}
                </p>
                {canEdit && (
                  <div className="reorder-buttons" role="group" aria-label={t("images.reorder", { n: index + 1 })}>
                    <button
                      type="button"
                      className="drag-handle"
                      aria-label={t("images.moveUp", { n: index + 1 })}
                      disabled={index === 0}
                      onClick={() => moveBy(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t("images.moveDown", { n: index + 1 })}
                      disabled={index === order.length - 1}
                      onClick={() => moveBy(index, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void onDelete(img, index)}
                      aria-label={t("images.delete", { n: index + 1 })}
                    >
                      {t("common.delete")}
                    </button>
                  </div>
                )}
                <AltTextForm image={img} index={index} canEdit={canEdit} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type AltValues = { altVi: string; altEn: string; altZh: string };
const ALT_FIELDS = ["altVi", "altEn", "altZh"] as const;
const altFromRecord = recordMapper<AltValues>({ altVi: [], altEn: [], altZh: [] });
const altInput = (v: AltValues) => ({ altVi: v.altVi.trim(), altEn: nullable(v.altEn), altZh: nullable(v.altZh) });
const altFormSchema = formSchema(altInput, productImageInputSchema);

function AltTextForm({ image, index, canEdit }: { image: Img; index: number; canEdit: boolean }) {
  const { t } = useI18n();
  const notify = useNotify();
  const [update] = useMutation(UpdateImageDocument);
  const source = useMemo(
    () => ({
      values: { altVi: image.altVi, altEn: str(image.altEn), altZh: str(image.altZh) },
      version: image.version,
    }),
    [image],
  );
  const form = useVersionedForm<AltValues>(source, source.values, {
    fields: ALT_FIELDS,
    schema: altFormSchema,
    fromRecord: altFromRecord,
  });
  const labels = {
    altVi: t("images.altIn", { lang: t("lang.vi"), n: index + 1 }),
    altEn: t("images.altIn", { lang: t("lang.en"), n: index + 1 }),
    altZh: t("images.altIn", { lang: t("lang.zh"), n: index + 1 }),
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (v, version) => {
      const res = await update({
        variables: {
          id: image.id,
          version: version ?? image.version,
          input: altInput(v),
        },
      });
      const saved = res.data!.updateImage;
      return {
        values: { altVi: saved.altVi, altEn: str(saved.altEn), altZh: str(saved.altZh) },
        version: saved.version,
      };
    });
    if (ok) notify(t("form.saved"));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="alt-form" aria-label={t("images.altForm", { n: index + 1 })}>
      <FormProblem problem={form.problem} />
      <fieldset disabled={!canEdit || form.saving} className="plain">
        <TextField label={labels.altVi} {...form.text("altVi")} required lang="vi" />
        <TextField label={labels.altEn} {...form.text("altEn")} lang="en" />
        <TextField label={labels.altZh} {...form.text("altZh")} lang="zh" />
      </fieldset>
      {canEdit && (
        <button type="submit" disabled={!form.dirty || form.saving}>
          {t("images.saveAlt", { n: index + 1 })}
        </button>
      )}
      <FormConflictDialog form={form} labels={labels} />
    </form>
  );
}
