import { useMutation } from "@apollo/client/react";
import {
  ChangeOwnPasswordDocument,
  CreateStaffUserDocument,
  SetStaffPasswordDocument,
  type StaffRole,
  type StaffUserFieldsFragment,
  StaffUserListDocument,
  UpdateStaffUserDocument,
} from "@ocop/schema/admin";
import {
  checkStaffCommune,
  MIN_PASSWORD_LENGTH,
  passwordSchema,
  staffCommuneWhen,
  staffUserInputFields,
  staffUserInputSchema,
} from "@ocop/schema/inputs";
import { type FormEvent, useMemo, useState } from "react";
import { Link } from "wouter";
import { FormConflictDialog } from "../../components/ConflictDialog";
import { Dialog, DialogActions } from "../../components/Dialog";
import { CheckboxField, SelectField, TextField } from "../../components/fields";
import { ErrorSummary, FormProblem } from "../../components/FormProblem";
import { column, DataList, useListQuery } from "../../components/DataList";
import { useListState } from "../../components/list";
import { useNotify } from "../../components/Notifier";
import { PageHeader } from "../../components/PageHeader";
import { CommuneSelect, useCommunes } from "../../components/pickers";
import { useSession } from "../../components/session";
import { formSchema, nullable, recordMapper, useVersionedForm } from "../../components/useVersionedForm";
import { useFieldErrorText } from "../../i18n/fieldErrors";
import { useI18n } from "../../i18n/i18n";
import { type ApiProblem, fieldErrorMap, problemOf } from "../../lib/errors";
import { defineListState, text } from "../../lib/listState";

export const STAFF_ROLES: readonly StaffRole[] = ["ADMIN", "EDITOR", "COMMUNE_OFFICER"];
/** Staff list URL: ?edit=<user id>|new&page=2 */
export const staffListState = defineListState({ edit: text() });

export function StaffPage() {
  const { t, dateTime } = useI18n();
  const list = useListState(staffListState);
  const s = list.state;
  const result = useListQuery(StaffUserListDocument, s, {}, (d) => d.staffUsers);
  const { rows, refetch } = result;
  const editing = s.edit === "new" ? "new" : (rows.find((u) => u.id === s.edit) ?? null);
  const close = () => list.update({ edit: "", page: s.page });
  const columns = [
    column<StaffUserFieldsFragment>("name", t("staff.displayName"), (u) => u.displayName),
    column<StaffUserFieldsFragment>("email", t("staff.email"), (u) => u.email),
    column<StaffUserFieldsFragment>("role", t("staff.role"), (u) => t(`role.${u.role}`)),
    column<StaffUserFieldsFragment>("commune", t("common.commune"), (u) => u.commune?.fullName ?? "–"),
    column<StaffUserFieldsFragment>("active", t("staff.active"), (u) => (u.active ? t("common.yes") : t("common.no"))),
    column<StaffUserFieldsFragment>("lastSignIn", t("staff.lastSignIn"), (u) => dateTime(u.lastSignInAt)),
    column<StaffUserFieldsFragment>("actions", t("common.actions"), (u) => (
      <Link href={list.href({ edit: u.id, page: s.page })} aria-label={t("staff.editOne", { name: u.displayName })}>
        {t("common.edit")}
      </Link>
    )),
  ];
  return (
    <>
      <PageHeader
        title={t("nav.staff")}
        actions={
          <Link href={list.href({ edit: "new", page: s.page })} className="button primary">
            {t("staff.new")}
          </Link>
        }
      />
      <DataList
        caption={t("nav.staff")}
        columns={columns}
        result={result}
        rowId={(u) => u.id}
        rowClassName={(u) => (u.active ? undefined : "row-inactive")}
        list={list}
        emptyLabel={t("staff.none")}
      />
      {editing && (
        <StaffDialog
          key={editing === "new" ? "new" : editing.id}
          user={editing === "new" ? null : editing}
          onClose={close}
          onSaved={() => {
            void refetch().catch(() => undefined);
          }}
        />
      )}
    </>
  );
}

type StaffValues = {
  email: string;
  displayName: string;
  role: string;
  communeCode: string;
  active: boolean;
  password: string;
};
const STAFF_FIELDS = ["email", "displayName", "role", "communeCode", "active", "password"] as const;
const staffFromRecord = recordMapper<StaffValues>({
  email: [],
  displayName: [],
  role: [],
  communeCode: ["communeCode", "commune.code"],
  active: [],
});

function staffInput(v: StaffValues) {
  return {
    email: v.email.trim(),
    displayName: v.displayName.trim(),
    role: v.role as StaffRole,
    communeCode: v.role === "COMMUNE_OFFICER" ? nullable(v.communeCode) : null,
    active: v.active,
  };
}
const staffFormSchema = formSchema(staffInput, staffUserInputSchema);
const newStaffFormSchema = formSchema(
  (v: StaffValues) => ({ ...staffInput(v), password: v.password }),
  staffUserInputFields.extend({ password: passwordSchema }).superRefine(checkStaffCommune, staffCommuneWhen),
);

function staffValues(u: StaffUserFieldsFragment): StaffValues {
  return {
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    communeCode: u.commune?.code ?? "",
    active: u.active,
    password: "",
  };
}

function StaffDialog({
  user,
  onClose,
  onSaved,
}: {
  user: StaffUserFieldsFragment | null;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const notify = useNotify();
  const session = useSession();
  const { units } = useCommunes();
  const [create] = useMutation(CreateStaffUserDocument);
  const [update] = useMutation(UpdateStaffUserDocument);
  const source = useMemo(() => (user ? { values: staffValues(user), version: user.version } : null), [user]);
  const form = useVersionedForm<StaffValues>(
    source,
    { email: "", displayName: "", role: "EDITOR", communeCode: "", active: true, password: "" },
    { fields: STAFF_FIELDS, schema: user ? staffFormSchema : newStaffFormSchema, fromRecord: staffFromRecord },
  );
  const labels: Record<keyof StaffValues, string> = {
    email: t("staff.email"),
    displayName: t("staff.displayName"),
    role: t("staff.role"),
    communeCode: t("staff.commune"),
    active: t("staff.active"),
    password: t("staff.password"),
  };
  const isOfficer = form.values.role === "COMMUNE_OFFICER";
  const isSelf = user !== null && session?.user.id === user.id;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await form.submit(async (v, version) => {
      const input = staffInput(v);
      if (!user) {
        const res = await create({ variables: { input, password: v.password } });
        return { values: staffValues(res.data!.createStaffUser), version: res.data!.createStaffUser.version };
      }
      const res = await update({ variables: { id: user.id, version: version ?? user.version, input } });
      return { values: staffValues(res.data!.updateStaffUser), version: res.data!.updateStaffUser.version };
    });
    if (ok) {
      notify(t("form.saved"));
      onSaved();
      if (!user) onClose();
    }
  };

  return (
    <Dialog
      open
      wide
      title={user ? t("staff.editTitle", { name: user.displayName }) : t("staff.new")}
      onClose={onClose}
      closeLabel={t("common.close")}
    >
      <form
        onSubmit={onSubmit}
        noValidate
        className="form-grid"
        aria-label={user ? t("staff.editTitle", { name: user.displayName }) : t("staff.new")}
      >
        <div className="span-all">
          <FormProblem problem={form.problem} />
          <ErrorSummary errors={form.errors} labels={labels} />
        </div>
        <TextField label={labels.displayName} {...form.text("displayName")} required autoComplete="off" />
        <TextField label={labels.email} {...form.text("email")} type="email" required autoComplete="off" />
        <SelectField
          label={labels.role}
          {...form.text("role")}
          options={STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          required
          disabled={isSelf}
          hint={isSelf ? t("staff.ownRole") : t(`roleHint.${(form.values.role || "EDITOR") as StaffRole}`)}
        />
        {isOfficer && (
          <CommuneSelect
            label={labels.communeCode}
            value={form.values.communeCode}
            onChange={(v) => form.set("communeCode", v)}
            error={form.errors.communeCode}
            required
          />
        )}
        <CheckboxField label={labels.active} {...form.check("active")} disabled={isSelf} hint={t("staff.activeHint")} />
        {!user && (
          <TextField
            label={labels.password}
            {...form.text("password")}
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            hint={t("staff.passwordHint", { n: MIN_PASSWORD_LENGTH })}
          />
        )}
        <DialogActions
          cancelLabel={t("common.close")}
          onCancel={onClose}
          submitLabel={user ? t("form.save") : t("form.create")}
          disabled={form.saving || (user !== null && !form.dirty)}
          grid
        />
      </form>
      {user && <PasswordForm userId={user.id} name={user.displayName} />}
      <FormConflictDialog
        form={form}
        labels={labels}
        display={(f, v) =>
          f === "role" && typeof v === "string" && v
            ? t(`role.${v as StaffRole}`)
            : f === "communeCode" && typeof v === "string" && v
              ? (units.find((u) => u.code === v)?.fullName ?? v)
              : undefined
        }
      />
    </Dialog>
  );
}

/** Another user's password, or one's own, which needs the current password (changeOwnPassword). */
export function PasswordForm({ userId, name }: { userId: string; name: string }) {
  const { t } = useI18n();
  const fieldText = useFieldErrorText();
  const notify = useNotify();
  const own = useSession()?.user.id === userId;
  const [currentPassword, setCurrentPassword] = useState("");
  const [password, setPassword] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [setStaffPassword, setting] = useMutation(SetStaffPasswordDocument);
  const [changeOwnPassword, changing] = useMutation(ChangeOwnPasswordDocument);
  const loading = setting.loading || changing.loading;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const next: Record<string, string> = {};
    if (own && !currentPassword) next.currentPassword = t("form.required");
    if (password.length < MIN_PASSWORD_LENGTH) next.password = t("staff.passwordHint", { n: MIN_PASSWORD_LENGTH });
    if (confirmation !== password) next.confirmation = t("staff.passwordMismatch");
    setErrors(next);
    if (Object.keys(next).length) return;
    try {
      if (own) await changeOwnPassword({ variables: { currentPassword, newPassword: password } });
      else await setStaffPassword({ variables: { id: userId, password } });
      setCurrentPassword("");
      setPassword("");
      setConfirmation("");
      notify(own ? t("staff.ownPasswordSet") : t("staff.passwordSet", { name }));
    } catch (err) {
      const p = problemOf(err);
      if (p.code === "BAD_USER_INPUT" && p.fields.length) setErrors(fieldErrorMap(p.fields, fieldText));
      else setProblem(p);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="password-form" aria-label={t("staff.setPassword")}>
      <h3>{t("staff.setPassword")}</h3>
      <FormProblem problem={problem} />
      {own && (
        <TextField
          label={t("staff.currentPassword")}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors.currentPassword}
          required
        />
      )}
      <TextField
        label={t("staff.newPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        required
      />
      <TextField
        label={t("staff.confirmPassword")}
        name="confirmation"
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={setConfirmation}
        error={errors.confirmation}
        required
      />
      <button type="submit" disabled={loading}>
        {t("staff.setPassword")}
      </button>
    </form>
  );
}
