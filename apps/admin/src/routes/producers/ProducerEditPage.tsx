import { useMutation, useQuery } from "@apollo/client/react";
import {
  AdminProducerEditDocument,
  CreateProducerDocument,
  DeleteProducerDocument,
  UpdateProducerDocument,
} from "@ocop/schema/admin";
import { type FormEvent, useMemo, useState } from "react";
import { Link } from "wouter";
import { DemoBadge } from "../../components/badges";
import { ConflictDialog } from "../../components/ConflictDialog";
import { CheckboxField, SelectField, TextArea, TextField } from "../../components/fields";
import { ErrorSummary, FormProblem } from "../../components/FormProblem";
import { LangTabs } from "../../components/LangTabs";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { CommuneSelect, useCommunes } from "../../components/pickers";
import { QueryState } from "../../components/QueryState";
import { useCommuneScope, usePermissions } from "../../components/session";
import { useEntityForm } from "../../components/useEntityForm";
import { useRecordActions } from "../../components/useRecordActions";
import { type Translate, useI18n } from "../../i18n/i18n";
import { type ApiProblem } from "../../lib/errors";
import { resource } from "../../lib/resources";
import {
  EMPTY_PRODUCER,
  PRODUCER_FIELDS,
  type ProducerValues,
  producerFromRecord,
  producerInput,
  producerValues,
} from "./producerForm";
import { PRODUCER_TYPES } from "./producerListState";

export function producerLabels(t: Translate): Record<keyof ProducerValues, string> {
  return {
    name: t("producer.name"),
    type: t("producer.type"),
    communeCode: t("producer.commune"),
    provinceCode: t("producer.province"),
    addressAsReported: t("producer.addressAsReported"),
    address: t("producer.address"),
    descriptionVi: t("product.descriptionIn", { lang: t("lang.vi") }),
    descriptionEn: t("product.descriptionIn", { lang: t("lang.en") }),
    descriptionZh: t("product.descriptionIn", { lang: t("lang.zh") }),
    website: t("producer.website"),
    email: t("producer.email"),
    phone: t("producer.phone"),
    contactPublished: t("producer.contactPublished"),
    latitude: t("common.latitude"),
    longitude: t("common.longitude"),
  };
}

const REQUIRED = ["name", "type"] as const;

export function ProducerEditPage({ id }: { id: string | null }) {
  const { t, dateTime } = useI18n();
  const notify = useNotify();
  const permissions = usePermissions();
  const communeScope = useCommuneScope();
  const { data, loading, error } = useQuery(AdminProducerEditDocument, {
    variables: { id: id ?? "" },
    skip: id === null,
  });
  const producer = data?.adminProducer ?? null;
  const source = useMemo(
    () => (producer ? { values: producerValues(producer), version: producer.version } : null),
    [producer],
  );
  const labels = producerLabels(t);
  // A commune officer creates producers in their own commune only.
  const empty = useMemo(() => ({ ...EMPTY_PRODUCER, communeCode: communeScope ?? "" }), [communeScope]);
  const form = useEntityForm(source, empty, {
    fields: PRODUCER_FIELDS,
    required: REQUIRED,
    fromRecord: producerFromRecord,
    requiredMessage: t("form.required"),
  });
  const { units } = useCommunes();
  const [create] = useMutation(CreateProducerDocument);
  const [update] = useMutation(UpdateProducerDocument);
  const [remove] = useMutation(DeleteProducerDocument);
  const [actionProblem, setActionProblem] = useState<ApiProblem | null>(null);
  const actions = useRecordActions("/producers", setActionProblem);

  if (id !== null && !producer) {
    return (
      <>
        <PageHeader title={t("nav.producers")} />
        <QueryState loading={loading} error={error} notFound={!loading && !error} />
      </>
    );
  }

  const canEdit = producer ? producer.canEdit : resource("producers").canCreate(permissions);
  const unit = units.find((u) => u.code === form.values.communeCode);

  const onCommune = (code: string) => {
    form.set("communeCode", code);
    const province = units.find((u) => u.code === code)?.province.code;
    if (province) form.set("provinceCode", province);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (values, version) => {
      if (!producer) {
        const res = await create({ variables: { input: producerInput(values) } });
        const created = res.data!.createProducer;
        actions.created(created.id);
        return { values: producerValues(created), version: created.version };
      }
      const res = await update({
        variables: { id: producer.id, version: version ?? producer.version, input: producerInput(values) },
      });
      const saved = res.data!.updateProducer;
      return { values: producerValues(saved), version: saved.version };
    });
    if (ok) notify(t("form.saved"));
  };

  const onDelete = async () => {
    if (!producer) return;
    await actions.confirmAndDelete(
      t("producer.deleteTitle"),
      producer.productCount > 0
        ? t("producer.deleteHasProducts", { count: producer.productCount })
        : t("producer.deleteMessage", { name: producer.name }),
      () => remove({ variables: { id: producer.id, version: form.version ?? producer.version } }),
    );
  };

  const display = (field: keyof ProducerValues, value: unknown): string | undefined => {
    if (field === "type" && typeof value === "string" && value)
      return t(`producerType.${value as (typeof PRODUCER_TYPES)[number]}`);
    if (field === "communeCode" && typeof value === "string" && value)
      return units.find((u) => u.code === value)?.fullName ?? value;
    return undefined;
  };

  return (
    <>
      <PageHeader
        title={producer ? producer.name : t("producer.new")}
        actions={
          producer && (
            <>
              <Link href={`/products?producer=${encodeURIComponent(producer.id)}`} className="button">
                {t("producer.products", { count: producer.productCount })}
              </Link>
              {resource("products").canCreate(permissions) && canEdit && (
                <Link href="/products/new" className="button">
                  {t("product.new")}
                </Link>
              )}
              {canEdit && (
                <button type="button" className="danger" onClick={() => void onDelete()}>
                  {t("common.delete")}
                </button>
              )}
            </>
          )
        }
      >
        {producer && (
          <p className="page-meta">
            <DemoBadge isDemo={producer.isDemo} /> {t("common.updatedAt", { when: dateTime(producer.updatedAt) })}
          </p>
        )}
        {producer && !canEdit && <p className="alert alert-info">{t("form.readOnly")}</p>}
      </PageHeader>
      <FormProblem problem={actionProblem} />
      <form onSubmit={onSubmit} noValidate aria-label={t("producer.formLabel")} className="edit-form">
        <FormProblem problem={form.problem} />
        <ErrorSummary errors={form.errors} labels={labels} />
        <fieldset disabled={!canEdit || form.saving} className="plain">
          <section className="card form-grid" aria-labelledby="producer-identity">
            <h2 id="producer-identity" className="span-all">
              {t("producer.identity")}
            </h2>
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
            <TextField
              label={labels.address}
              {...form.text("address")}
              hint={t("producer.addressHint")}
              className="span-all"
            />
            {form.errors.provinceCode && (
              <p className="field-error span-all" role="alert">
                {labels.provinceCode}: {form.errors.provinceCode}
              </p>
            )}
          </section>

          <section className="card form-grid" aria-labelledby="producer-contact">
            <h2 id="producer-contact" className="span-all">
              {t("producer.contact")}
            </h2>
            <TextField label={labels.phone} {...form.text("phone")} type="tel" autoComplete="off" />
            <TextField label={labels.email} {...form.text("email")} type="email" autoComplete="off" />
            <TextField label={labels.website} {...form.text("website")} type="url" className="span-all" />
            <CheckboxField
              label={labels.contactPublished}
              {...form.check("contactPublished")}
              hint={t("producer.consentHint")}
              className="span-all"
            />
            <TextField label={labels.latitude} {...form.text("latitude")} inputMode="decimal" />
            <TextField label={labels.longitude} {...form.text("longitude")} inputMode="decimal" />
          </section>

          <section className="card" aria-labelledby="producer-description">
            <h2 id="producer-description">{t("producer.description")}</h2>
            <LangTabs
              label={t("form.contentLanguage")}
              errorsIn={{
                vi: Boolean(form.errors.descriptionVi),
                en: Boolean(form.errors.descriptionEn),
                zh: Boolean(form.errors.descriptionZh),
              }}
            >
              {(lang) => {
                const field = lang === "vi" ? "descriptionVi" : lang === "en" ? "descriptionEn" : "descriptionZh";
                return <TextArea label={labels[field]} {...form.text(field)} rows={6} lang={lang} />;
              }}
            </LangTabs>
          </section>
        </fieldset>
        {canEdit && (
          <div className="form-footer">
            <span className="muted" aria-live="polite">
              {form.dirty ? t("form.unsaved") : ""}
            </span>
            <button type="submit" className="primary" disabled={form.saving || (!form.dirty && producer !== null)}>
              {form.saving ? t("form.saving") : producer ? t("form.save") : t("form.create")}
            </button>
          </div>
        )}
      </form>
      <ConflictDialog
        diff={form.conflict?.diff ?? null}
        labels={labels}
        display={display}
        onReloadTheirs={form.reloadTheirs}
        onKeepEditing={form.keepEditing}
      />
    </>
  );
}
