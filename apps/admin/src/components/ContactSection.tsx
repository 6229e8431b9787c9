import { CONTACT_FIELDS, type ContactField } from "@ocop/schema/inputs";
import type { ReactNode } from "react";
import { type Translate, useI18n } from "../i18n/i18n";
import { type ContactValues, publicSwitchOf } from "../lib/contact";
import { CheckboxField, TextField } from "./fields";
import { FormSection } from "./RecordEditorFrame";
import type { VersionedForm } from "./useVersionedForm";

const INPUT: Record<ContactField, { type?: string; inputMode?: "tel" }> = {
  contactPerson: {},
  phone: { type: "tel" },
  zalo: { inputMode: "tel" },
  email: { type: "email" },
  website: { type: "url" },
  address: {},
};

/** Labels of the contact fields and of their public switches, for forms and error summaries. */
export function contactLabels(t: Translate): Record<keyof ContactValues, string> {
  const out = {} as Record<keyof ContactValues, string>;
  for (const f of CONTACT_FIELDS) {
    out[f] = t(`contact.${f}`);
    out[publicSwitchOf(f)] = t("contact.publicSwitch", { field: t(`contact.${f}`) });
  }
  return out;
}

/** Each contact field with its own switch for the public site. */
export function ContactSection<V extends ContactValues>({
  id,
  form,
  children,
}: {
  id: string;
  form: VersionedForm<V>;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const labels = contactLabels(t);
  return (
    <FormSection id={id} heading={t("contact.heading")} grid>
      <p className="muted span-all">{t("contact.publicHint")}</p>
      {CONTACT_FIELDS.map((f) => (
        <div key={f} className="contact-field">
          <TextField
            label={labels[f]}
            {...form.text(f as keyof V & string)}
            {...INPUT[f]}
            autoComplete="off"
            hint={f === "zalo" ? t("contact.zaloHint") : undefined}
          />
          <CheckboxField label={labels[publicSwitchOf(f)]} {...form.check(publicSwitchOf(f) as keyof V & string)} />
        </div>
      ))}
      {children}
    </FormSection>
  );
}
