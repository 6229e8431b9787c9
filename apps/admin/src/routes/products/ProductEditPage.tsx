import { useMutation } from "@apollo/client/react";
import { type ProductStatus, SetProductStatusDocument } from "@ocop/schema/admin";
import { TOURISM_GROUP_CODE } from "@ocop/schema/enums";
import { useMemo } from "react";
import { Link, useSearch } from "wouter";
import { DemoBadge, ProductStatusBadge, Stars } from "../../components/badges";
import { CheckboxField, SelectField, TextArea, TextField } from "../../components/fields";
import { useNotify } from "../../components/Notifier";
import { ProducerSelect, useCategoryGroups } from "../../components/pickers";
import {
  FormSection,
  LocalizedSection,
  localizedLabels,
  RecordEditorFrame,
  suffixedText,
  translatedText,
  translationLabels,
} from "../../components/RecordEditorFrame";
import { usePermissions } from "../../components/session";
import { useRecordEditor } from "../../components/useRecordEditor";
import { type Translate, useI18n } from "../../i18n/i18n";
import { problemOf } from "../../lib/errors";
import { can, resource } from "../../lib/resources";
import { CertificationsPanel } from "./CertificationsPanel";
import { ImagesPanel } from "./ImagesPanel";
import { EMPTY_PRODUCT, type ProductValues, productRecord } from "./productForm";
import { paths } from "@ocop/schema/routes";

export function productLabels(t: Translate): Record<keyof ProductValues, string> {
  const visiting = { openingHours: t("product.openingHours") };
  const visitingLabels = { ...visiting, ...translationLabels(t, visiting) };
  return {
    ...localizedLabels(t, "name", "description"),
    categoryCode: t("product.category"),
    producerId: t("product.producer"),
    packaging: t("product.packaging"),
    unit: t("product.unit"),
    priceMin: t("product.priceMin"),
    priceMax: t("product.priceMax"),
    seasons: t("product.seasons"),
    placeAddress: t("product.placeAddress"),
    ...visitingLabels,
    latitude: t("common.latitude"),
    longitude: t("common.longitude"),
    traceabilityUrl: t("product.traceabilityUrl"),
    internalNote: t("product.internalNote"),
    featured: t("product.featured"),
  };
}

export function ProductEditPage({ id }: { id: string | null }) {
  const { t, dateTime } = useI18n();
  const notify = useNotify();
  const permissions = usePermissions();
  // "Add product" on a producer's page opens this form with that producer chosen.
  const preselectedProducer = new URLSearchParams(useSearch()).get("producer") ?? "";
  const empty = useMemo(() => ({ ...EMPTY_PRODUCT, producerId: preselectedProducer }), [preselectedProducer]);
  const editor = useRecordEditor({
    ...productRecord,
    id,
    empty,
    confirmDelete: (p) => ({
      title: t("product.deleteTitle"),
      message: t("product.deleteMessage", { name: p.nameVi }),
    }),
  });
  const { record: product, form, setActionProblem } = editor;
  const labels = productLabels(t);
  const categories = useCategoryGroups();
  const [setStatus, statusState] = useMutation(SetProductStatusDocument);

  const canEdit = product ? product.canEdit : resource("products").canCreate(permissions);
  const isTourism =
    form.values.categoryCode === TOURISM_GROUP_CODE || form.values.categoryCode.startsWith(`${TOURISM_GROUP_CODE}-`);

  const changeStatus = async (status: ProductStatus) => {
    if (!product) return;
    setActionProblem(null);
    try {
      await setStatus({ variables: { id: product.id, version: form.version ?? product.version, status } });
      notify(t("product.statusChanged", { status: t(`productStatus.${status}`) }));
    } catch (err) {
      setActionProblem(problemOf(err));
      void editor.refetch();
    }
  };

  return (
    <RecordEditorFrame
      editor={editor}
      listTitle={t("nav.products")}
      title={product ? product.nameVi : t("product.new")}
      formLabel={t("product.formLabel")}
      labels={labels}
      canEdit={canEdit}
      // Deleting is an administrator's act; the others archive.
      canDelete={canEdit && can(permissions, "catalog.delete")}
      actions={
        product && (
          <>
            <ProductStatusBadge status={product.status} />
            <a className="button" href={paths.product(product.slug)} target="_blank" rel="noopener">
              {t("product.preview")}
            </a>
            {can(permissions, "audit.read") && (
              // The product's history, its certificates and photos included.
              <Link className="button" href={`/audit?entity=Product&id=${encodeURIComponent(product.id)}`}>
                {t("product.history")}
              </Link>
            )}
            {canEdit && product.status !== "PUBLISHED" && (
              <button
                type="button"
                className="primary"
                disabled={statusState.loading}
                onClick={() => void changeStatus("PUBLISHED")}
              >
                {t("product.publish")}
              </button>
            )}
            {canEdit && product.status === "PUBLISHED" && (
              <button type="button" disabled={statusState.loading} onClick={() => void changeStatus("DRAFT")}>
                {t("product.unpublish")}
              </button>
            )}
            {canEdit && product.status !== "ARCHIVED" && (
              <button type="button" disabled={statusState.loading} onClick={() => void changeStatus("ARCHIVED")}>
                {t("product.archive")}
              </button>
            )}
          </>
        )
      }
      meta={
        product && (
          <p className="page-meta">
            <Stars stars={product.stars} /> <DemoBadge isDemo={product.isDemo} /> ·{" "}
            {t("common.updatedAt", { when: dateTime(product.updatedAt) })}
            {product.publishedAt && <> · {t("product.publishedAt", { when: dateTime(product.publishedAt) })}</>}
            {" · "}
            <Link href={`/producers/${product.producer.id}`}>{product.producer.name}</Link>
          </p>
        )
      }
      after={
        product && (
          <>
            <ImagesPanel
              productId={product.id}
              images={product.images}
              canEdit={canEdit}
              onChanged={() => void editor.refetch()}
            />
            <CertificationsPanel
              productId={product.id}
              certifications={product.certifications}
              canEdit={canEdit}
              onChanged={() => void editor.refetch()}
            />
            <section className="card" aria-labelledby="product-links">
              <h2 id="product-links">{t("product.distributorLinks")}</h2>
              {product.distributorLinks.length === 0 ? (
                <p className="empty">{t("product.noDistributorLinks")}</p>
              ) : (
                <ul>
                  {product.distributorLinks.map((l) => (
                    <li key={l.id}>
                      {can(permissions, "distributor.read") ? (
                        <Link href={`/distributors/${l.distributor.id}`}>{l.distributor.nameVi}</Link>
                      ) : (
                        l.distributor.nameVi
                      )}
                      {l.url && (
                        <>
                          {" · "}
                          <a href={l.url} target="_blank" rel="noopener noreferrer">
                            {l.url}
                          </a>
                        </>
                      )}
                      {l.note && <span className="muted"> · {l.note}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )
      }
    >
      <LocalizedSection
        id="product-content"
        heading={t("product.content")}
        form={form}
        labels={labels}
        texts={[suffixedText("name"), suffixedText("description", 6)]}
      />

      <FormSection id="product-class" heading={t("product.classification")} grid>
        <SelectField
          label={labels.categoryCode}
          {...form.text("categoryCode")}
          options={categories}
          placeholder={t("common.choose")}
          required
        />
        <ProducerSelect
          value={form.values.producerId}
          currentLabel={product?.producer.name}
          onChange={(v) => form.set("producerId", v)}
          error={form.errors.producerId}
          required
          disabled={!canEdit}
        />
      </FormSection>

      <FormSection id="product-details" heading={t("product.details")} grid>
        <TextField label={labels.packaging} {...form.text("packaging")} />
        <TextField label={labels.unit} {...form.text("unit")} />
        {!isTourism && (
          <>
            <TextField
              label={labels.priceMin}
              {...form.text("priceMin")}
              inputMode="numeric"
              hint={t("product.priceHint")}
            />
            <TextField label={labels.priceMax} {...form.text("priceMax")} inputMode="numeric" />
          </>
        )}
        <TextField label={labels.seasons} {...form.text("seasons")} />
        {isTourism && (
          <TextField
            label={labels.placeAddress}
            {...form.text("placeAddress")}
            hint={t("product.placeAddressHint")}
            className="span-all"
          />
        )}
        <TextField label={labels.latitude} {...form.text("latitude")} inputMode="decimal" />
        <TextField label={labels.longitude} {...form.text("longitude")} inputMode="decimal" />
        <TextField
          label={labels.traceabilityUrl}
          {...form.text("traceabilityUrl")}
          type="url"
          hint={t("product.traceabilityHint")}
          className="span-all"
        />
        <CheckboxField label={labels.featured} {...form.check("featured")} />
        <TextArea
          label={labels.internalNote}
          {...form.text("internalNote")}
          hint={t("product.internalNoteHint")}
          className="span-all"
          rows={3}
        />
      </FormSection>

      {isTourism && (
        <LocalizedSection
          id="product-visiting"
          heading={t("product.visiting")}
          hint={t("product.visitingHint")}
          form={form}
          labels={labels}
          texts={[translatedText("openingHours", 2)]}
        />
      )}
    </RecordEditorFrame>
  );
}
