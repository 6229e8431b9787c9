import { useMemo } from "react";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { contactLabels, ContactSection } from "../../components/ContactSection";
import { SelectField, TextArea, TextField } from "../../components/fields";
import { CommuneSelect, useCommunes } from "../../components/pickers";
import {
  FormSection,
  LocalizedSection,
  localizedLabels,
  RecordEditorFrame,
  suffixedText,
  translatedText,
  translationLabels,
} from "../../components/RecordEditorFrame";
import { useCommuneScope, usePermissions } from "../../components/session";
import { useRecordEditor } from "../../components/useRecordEditor";
import { type Translate, useI18n } from "../../i18n/i18n";
import { can, resource } from "../../lib/resources";
import { EMPTY_PRODUCER, type ProducerValues, producerRecord } from "./producerForm";
import { PRODUCER_TYPES } from "./producerListState";

export function producerLabels(t: Translate): Record<keyof ProducerValues, string> {
  const buyer = {
    productionCapacity: t("producer.productionCapacity"),
    minimumOrder: t("producer.minimumOrder"),
    packaging: t("producer.packaging"),
    shelfLife: t("producer.shelfLife"),
    standards: t("producer.standards"),
  };
  return {
    name: t("producer.name"),
    type: t("producer.type"),
    communeCode: t("producer.commune"),
    provinceCode: t("producer.province"),
    addressAsReported: t("producer.addressAsReported"),
    internalNote: t("product.internalNote"),
    ...contactLabels(t),
    ...localizedLabels(t, "description"),
    ...buyer,
    ...translationLabels(t, buyer),
    latitude: t("common.latitude"),
    longitude: t("common.longitude"),
  };
}

/**
 * What a buyer asks first, shown on the public page in the reader's language (Vietnamese where a
 * translation is empty). A producer's name is its legal name, the same in every language.
 */
const BUYER_TEXTS = [
  translatedText("productionCapacity"),
  translatedText("minimumOrder"),
  translatedText("packaging"),
  translatedText("shelfLife"),
  translatedText("standards", 2),
] as const;

export function ProducerEditPage({ id }: { id: string | null }) {
  const { t, dateTime } = useI18n();
  const permissions = usePermissions();
  const communeScope = useCommuneScope();
  // A commune officer creates producers in their own commune only.
  const empty = useMemo(() => ({ ...EMPTY_PRODUCER, communeCode: communeScope ?? "" }), [communeScope]);
  const editor = useRecordEditor({
    ...producerRecord,
    id,
    empty,
    confirmDelete: (p) => ({
      title: t("producer.deleteTitle"),
      message: t("producer.deleteMessage", { name: p.name }),
    }),
  });
  const { record: producer, form } = editor;
  const labels = producerLabels(t);
  const { units } = useCommunes();

  const canEdit = producer ? producer.canEdit : resource("producers").canCreate(permissions);
  const unit = units.find((u) => u.code === form.values.communeCode);

  const onCommune = (code: string) => {
    form.set("communeCode", code);
    const province = units.find((u) => u.code === code)?.province.code;
    if (province) form.set("provinceCode", province);
  };

  const display = (field: keyof ProducerValues, value: unknown): string | undefined => {
    if (field === "type" && typeof value === "string" && value)
      return t(`producerType.${value as (typeof PRODUCER_TYPES)[number]}`);
    if (field === "communeCode" && typeof value === "string" && value)
      return units.find((u) => u.code === value)?.fullName ?? value;
    return undefined;
  };

  return (
    <RecordEditorFrame
      editor={editor}
      listTitle={t("nav.producers")}
      title={producer ? producer.name : t("producer.new")}
      formLabel={t("producer.formLabel")}
      labels={labels}
      display={display}
      canEdit={canEdit}
      // Only an administrator deletes, and only a producer without products (the server refuses others).
      canDelete={canEdit && can(permissions, "catalog.delete") && producer?.productCount === 0}
      actions={
        producer && (
          <>
            <Link href={`/products?producer=${encodeURIComponent(producer.id)}`} className="button">
              {t("producer.products", { count: producer.productCount })}
            </Link>
            {resource("products").canCreate(permissions) && canEdit && (
              <Link href={`/products/new?producer=${encodeURIComponent(producer.id)}`} className="button">
                {t("product.new")}
              </Link>
            )}
          </>
        )
      }
      meta={
        producer && (
          <p className="page-meta">
            <DemoBadge isDemo={producer.isDemo} /> {t("common.updatedAt", { when: dateTime(producer.updatedAt) })}
          </p>
        )
      }
    >
      <FormSection id="producer-identity" heading={t("producer.identity")} grid>
        <TextField label={labels.name} {...form.text("name")} required className="span-all" />
        <SelectField
          label={labels.type}
          {...form.text("type")}
          options={PRODUCER_TYPES.map((k) => ({ value: k, label: t(`producerType.${k}`) }))}
          placeholder={t("common.choose")}
          required
        />
        <CommuneSelect
          label={labels.communeCode}
          value={form.values.communeCode}
          onChange={onCommune}
          error={form.errors.communeCode}
          onlyCode={communeScope}
          hint={unit ? t("producer.provinceIs", { province: unit.province.name }) : t("producer.communeHint")}
        />
        <TextField
          label={labels.addressAsReported}
          {...form.text("addressAsReported")}
          hint={t("producer.addressAsReportedHint")}
          className="span-all"
        />
        <TextArea
          label={labels.internalNote}
          {...form.text("internalNote")}
          hint={t("product.internalNoteHint")}
          className="span-all"
          rows={3}
        />
        {form.errors.provinceCode && (
          <p className="field-error span-all" role="alert">
            {labels.provinceCode}: {form.errors.provinceCode}
          </p>
        )}
      </FormSection>

      <ContactSection id="producer-contact" form={form}>
        <TextField label={labels.latitude} {...form.text("latitude")} inputMode="decimal" />
        <TextField label={labels.longitude} {...form.text("longitude")} inputMode="decimal" />
      </ContactSection>

      <LocalizedSection
        id="producer-buyers"
        heading={t("producer.forBuyers")}
        hint={t("producer.forBuyersHint")}
        form={form}
        labels={labels}
        texts={BUYER_TEXTS}
      />

      <LocalizedSection
        id="producer-description"
        heading={t("producer.description")}
        form={form}
        labels={labels}
        texts={[suffixedText("description", 6)]}
      />
    </RecordEditorFrame>
  );
}
